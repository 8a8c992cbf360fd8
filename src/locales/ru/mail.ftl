# Письма Procura на русском: слова шаблонов src/mail/templates/*.
# Термины — по GLOSSARY.md.

## Общее для всех писем

mail-footer = Вы получили это письмо в связи с вашей ролью в Procura.
mail-hello = Здравствуйте!
mail-hello-name = Здравствуйте, { $name }!
mail-button-fallback = Если кнопка не работает, откройте ссылку:
mail-open-application = Открыть заявку
mail-open-application-link = Открыть заявку:
mail-field-application = Заявка
mail-field-requester = Заявитель
mail-field-department = Подразделение
mail-field-total = Сумма
mail-field-needed-by = Требуемый срок
mail-col-line = Позиция
mail-col-category = Категория
mail-col-quantity = Количество
mail-col-unit-price = Цена за единицу
mail-col-total-in = Сумма ({ $currency })

## application_submitted

mail-submitted-subject = Требуется согласование: { $title } ({ $total } { $currency })
mail-submitted-subject-delegate = Требуется согласование (от имени: { $delegate_of }): { $title } ({ $total } { $currency })
mail-submitted-heading = Требуется согласование
mail-submitted-intro = Заявка ждёт вашего решения на этапе { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    }. Заявитель: { $requester }.
mail-submitted-intro-delegate = Заявка ждёт решения на этапе { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    }. Заявитель: { $requester }. Вы принимаете решение как заместитель согласующего: { $delegate_of }.
mail-submitted-why = Обоснование:
mail-submitted-budget = Бюджет закупок подразделения-плательщика на { $month } на момент отправки письма
mail-submitted-budget-warn = Заявка выходит за рамки бюджета или приходится на месяц без лимита: при согласовании нужно будет подтвердить это флажком «Согласовать сверх бюджета».
mail-submitted-budget-block = Заявка выходит за рамки бюджета, и политика это блокирует: согласовать её может только пользователь с ролью, указанной в политике.
mail-submitted-ask = Пожалуйста, рассмотрите её и согласуйте, верните на доработку или отклоните.
mail-submitted-decide-now = Принять решение
mail-submitted-review = Рассмотреть заявку
mail-submitted-link-yours = Эта кнопка предназначена только для вас: без входа в систему она открывает заявку с кнопками «Согласовать», «Вернуть на доработку» и «Отклонить». Ссылка срабатывает один раз и действует { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }. Не пересылайте это письмо. Чтобы вместо этого открыть заявку в Procura, перейдите по ссылке:
mail-submitted-decide-now-text = Принять решение (ссылка только для вас: работает без входа в систему, срабатывает один раз и действует { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }; не пересылайте это письмо):
mail-submitted-or-open = Или откройте заявку в Procura:

## application_step_decided

mail-step-decided-subject = Согласовано { $step ->
        [department_head] руководителем подразделения
        [it_head] руководителем ИТ-службы
        [finance] финансовой службой
       *[director] директором
    }: { $title }
mail-step-decided-subject-next = Согласовано { $step ->
        [department_head] руководителем подразделения
        [it_head] руководителем ИТ-службы
        [finance] финансовой службой
       *[director] директором
    }: { $title } — далее: { $approver }
mail-step-decided-heading = Согласовано { $step ->
        [department_head] руководителем подразделения
        [it_head] руководителем ИТ-службы
        [finance] финансовой службой
       *[director] директором
    }
mail-step-decided-intro = Заявка { $reference } «{ $title }» согласована на этапе { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    }. Согласующий: { $decided_by }.
mail-step-decided-intro-behalf = Заявка { $reference } «{ $title }» согласована на этапе { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    }. Согласующий: { $decided_by } (от имени: { $on_behalf_of }).
mail-step-decided-comment = Комментарий ({ $name }):
mail-step-decided-next = Следующий этап: решение принимает { $approver } ({ $step ->
        [department_head] руководитель подразделения
        [it_head] руководитель ИТ-службы
        [finance] финансовая служба
       *[director] директор
    }).
mail-step-decided-next-step = Следующий этап: решение принимает { $step ->
        [department_head] руководитель подразделения
        [it_head] руководитель ИТ-службы
        [finance] финансовая служба
       *[director] директор
    }.
mail-step-decided-last = Других этапов согласования нет.

## application_approved

mail-approved-subject = Заявка согласована: { $title }
mail-approved-heading = Заявка согласована
mail-approved-intro = Заявка { $reference } «{ $title }» прошла все этапы согласования и получила статус «Согласована».
mail-approved-last-step = На последнем этапе заявку { $step ->
        [department_head] согласовал руководитель подразделения
        [it_head] согласовал руководитель ИТ-службы
        [finance] согласовала финансовая служба
       *[director] согласовал директор
    }: { $decided_by }.
mail-approved-last-step-behalf = Последний этап — этап { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    } — согласован. Согласующий: { $decided_by } (от имени: { $on_behalf_of }).
mail-approved-comment = Комментарий ({ $name }):
mail-approved-order = ИТ-специалистам: пожалуйста, оформите заказ поставщику и укажите в Procura поставщика и номер заказа. Заявитель получит уведомление, когда заказ будет оформлен.

## application_returned

mail-returned-subject = Заявка возвращена на доработку: { $title }
mail-returned-heading = Заявка возвращена на доработку
mail-returned-intro = Ваша заявка { $reference } «{ $title }» возвращена вам на доработку. Согласующий: { $returned_by }.
mail-returned-comment = Комментарий ({ $name }):
mail-returned-ask = Пожалуйста, внесите в заявку запрошенные изменения и снова отправьте её на согласование.
mail-returned-ask-link = Пожалуйста, внесите в заявку запрошенные изменения и снова отправьте её на согласование:
mail-returned-edit = Изменить заявку

## application_rejected

mail-rejected-subject = Заявка отклонена: { $title }
mail-rejected-heading = Заявка отклонена
mail-rejected-intro = Ваша заявка { $reference } «{ $title }» отклонена. Согласующий: { $rejected_by }.
mail-rejected-reason = Причина:
mail-rejected-closed = Заявка закрыта, заказа по ней не будет. Если закупка вам всё ещё нужна, обсудите причину отклонения с согласующим ({ $rejected_by }), прежде чем отправлять новую заявку на согласование.

## application_cancelled

mail-cancelled-subject = Заявка отменена: { $title }
mail-cancelled-heading = Заявка отменена
mail-cancelled-intro = Заявка { $reference } «{ $title }» отменена, пока ожидала вашего решения. Инициатор отмены: { $cancelled_by }. От вас больше ничего не требуется.
mail-cancelled-comment = Комментарий:

## application_self_fulfilled

mail-self-fulfilled-subject = Заявку исполняет сам заявитель: { $title }
mail-self-fulfilled-heading = Заявку исполняет сам заявитель
mail-self-fulfilled-intro = Заявку { $reference } «{ $title }» (статус: { $status }) исполняет сам её заявитель — { $requester }: политика согласования разрешает ИТ-специалисту самостоятельно заказывать и получать то, что он запросил. Это письмо приходит финансовой службе каждый раз, когда так происходит, чтобы на заявку посмотрел кто-то ещё.

## account_created: новому пользователю — адрес для входа и роли

mail-account-subject = Ваша учётная запись в Procura создана
mail-account-title = Ваша учётная запись в Procura
mail-account-heading = Добро пожаловать в Procura
mail-account-intro = Для вас создана учётная запись в Procura — системе, где оформляют, согласуют и отслеживают ИТ-заявки на закупку.
mail-account-field-email = Электронная почта для входа
mail-account-field-roles = Роли
mail-account-open = Открыть Procura
mail-account-start = Чтобы начать работу, откройте ссылку:

## application_ordered: заявителю, когда ИТ-служба оформила заказ поставщику

mail-ordered-subject = Оформлен заказ: { $title }
mail-ordered-subject-expected = Оформлен заказ: { $title } (поставка ожидается { $expected_on })
mail-ordered-title = Заказ оформлен
mail-ordered-heading = Заказ оформлен
mail-ordered-intro = По вашей заявке { $reference } «{ $title }» оформлен заказ поставщику.
mail-ordered-field-supplier = Поставщик
mail-ordered-field-reference = Номер заказа
mail-ordered-field-expected = Ожидаемая дата поставки
mail-ordered-next = Когда товары поступят, вы получите уведомление. Сейчас от вас ничего не требуется.
mail-ordered-track = Следить за заявкой
mail-ordered-track-link = Следить за заявкой можно здесь:

## application_received: заявителю после приёмки (получено всё, поставка
## отклонена или получено частично)

mail-received-subject-full = Получено: { $title }
mail-received-subject-rejected = Поставка отклонена: { $title }
mail-received-subject-partly = Получено частично: { $title }
mail-received-title = Товары получены
mail-received-heading-full = Товары получены
mail-received-heading-rejected = Поставка отклонена
mail-received-heading-partly = Товары получены частично
mail-received-intro-full = Все товары по вашей заявке { $reference } «{ $title }» получены.
mail-received-intro-rejected = Поставка по вашей заявке { $reference } «{ $title }» отклонена при приёмке и возвращена поставщику; товары по-прежнему ожидаются.
mail-received-intro-partly = Часть товаров по вашей заявке { $reference } «{ $title }» получена; остальные по-прежнему ожидаются.
mail-received-rejected-heading = Отклонено при приёмке и возвращено поставщику (по-прежнему ожидается)
mail-received-rejected-list = Отклонено при приёмке и возвращено поставщику (по-прежнему ожидается):
mail-received-rejected-line = { $item }: { $quantity } (причина: { $reason })
mail-received-items = Позиции:
mail-received-line = { $item }: получено { $received } из { $ordered }
mail-received-col-item = Позиция
mail-received-col-received = Получено
mail-received-col-ordered = Заказано
mail-received-col-rejected = Отклонено
mail-received-col-reason = Причина
mail-received-collect = Если с вами ещё не связались, обратитесь в ИТ-службу, чтобы договориться о выдаче или установке.
mail-received-more = Когда поступят остальные товары, вы получите ещё одно уведомление.

## application_closed_short: заявителю, когда ИТ-служба закрывает позиции с недопоставкой

mail-closed-short-subject = Недопоставка по заявке «{ $title }»: { $count ->
        [one] { $count } позиция
        [few] { $count } позиции
        [many] { $count } позиций
       *[other] { $count } позиции
    }
mail-closed-short-heading = Товары, которые не поступят
mail-closed-short-intro = ИТ-служба закрыла часть вашей заявки { $reference } «{ $title }»: остаток по этим позициям не поступит.
mail-closed-short-reason = Причина:
mail-closed-short-line = { $item }: получено { $received } из { $ordered }, не будет поставлено — { $closed }
mail-closed-short-col-item = Позиция
mail-closed-short-col-ordered = Заказано
mail-closed-short-col-received = Получено
mail-closed-short-col-closed = Не будет поставлено
mail-closed-short-complete = По этой заявке больше ничего не ожидается. Если остальное вам всё ещё нужно, создайте новую заявку.
mail-closed-short-rest = Остальные позиции по-прежнему ожидаются; когда они поступят, вы получите уведомление.

## delegation_named: заместителю — и то, что уже ждёт решения согласующего

mail-delegation-named-subject = Вы замещаете: { $approver }, с { $starts_on } по { $ends_on }
mail-delegation-named-title = Вы назначены заместителем
mail-delegation-named-heading = Вы замещаете: { $approver }
mail-delegation-named-intro = Вы назначены заместителем согласующего: { $approver } — с { $starts_on } по { $ends_on }. В этот период решения по этапам согласования, которые ждут этого согласующего, принимаете вы; каждое такое решение записывается как ваше с пометкой «от имени: { $approver }».
mail-delegation-named-waiting = Уже ждут решения (согласующий: { $approver }):
mail-delegation-named-item-needed = { $title }: { $total } { $currency }, нужно к { $needed_by }
mail-delegation-named-nothing = Сейчас ничего не ждёт решения (согласующий: { $approver }); когда что-то появится, вы получите письмо.
mail-delegation-named-inbox = Всё, что ждёт вашего решения:

## delegation_ended: заместителю, когда согласующий завершает замещение или
## истекает его срок

mail-delegation-ended-subject = Вы больше не замещаете: { $approver }
mail-delegation-ended-title = Замещение завершено
mail-delegation-ended-heading = Ваше замещение завершено
mail-delegation-ended-early = Замещение, назначенное с { $starts_on } по { $ends_on }, досрочно завершено по решению согласующего: { $approver }.
mail-delegation-ended-ran-out = Срок вашего замещения с { $starts_on } по { $ends_on } (согласующий: { $approver }) истёк.
mail-delegation-ended-after = Вы больше не принимаете решения по этапам согласования от имени этого согласующего; всё, что ещё ждёт решения, снова направляется согласующему: { $approver }.

## low_stock: товары с остатком на уровне точки заказа или ниже, ИТ-специалистам

mail-low-stock-subject = Низкие остатки: { $count ->
        [one] { $count } товар
        [few] { $count } товара
        [many] { $count } товаров
       *[other] { $count } товара
    } на уровне точки заказа или ниже
mail-low-stock-heading = Низкие остатки
mail-low-stock-intro = { $count ->
        [one] Остаток на уровне точки заказа или ниже у { $count } товара:
        [few] Остаток на уровне точки заказа или ниже у { $count } товаров:
        [many] Остаток на уровне точки заказа или ниже у { $count } товаров:
       *[other] Остаток на уровне точки заказа или ниже у { $count } товара:
    }
mail-low-stock-col-sku = Код SKU
mail-low-stock-col-item = Товар
mail-low-stock-col-location = Место хранения
mail-low-stock-col-on-hand = В наличии
mail-low-stock-col-reorder-point = Точка заказа
mail-low-stock-line = { $item } ({ $sku }), место хранения «{ $location }»: в наличии { $on_hand } { $unit } (точка заказа — { $reorder_point } { $unit })
mail-low-stock-ask = { $count ->
        [1] Пожалуйста, закажите этот товар или переместите запас между местами хранения и отразите изменения в Procura.
        [one] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura.
        [few] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura.
        [many] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura.
       *[other] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura.
    }
mail-low-stock-ask-link = { $count ->
        [1] Пожалуйста, закажите этот товар или переместите запас между местами хранения и отразите изменения в Procura:
        [one] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura:
        [few] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura:
        [many] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura:
       *[other] Пожалуйста, закажите эти товары или переместите запасы между местами хранения и отразите изменения в Procura:
    }
mail-low-stock-open = Открыть запасы

## budget_ready: недельный или месячный бюджет закупок, финансовой службе ($kind —
## weekly или monthly; $start и $end — первый и последний день периода)

mail-budget-subject = { $kind ->
        [weekly] Недельный бюджет закупок { $start } – { $end } (редакция { $revision })
       *[monthly] Месячный бюджет закупок { $start } – { $end } (редакция { $revision })
    }
mail-budget-subject-late = { $kind ->
        [weekly] [С опозданием] Недельный бюджет закупок { $start } – { $end } (редакция { $revision })
       *[monthly] [С опозданием] Месячный бюджет закупок { $start } – { $end } (редакция { $revision })
    }
mail-budget-heading = { $kind ->
        [weekly] Недельный бюджет закупок
       *[monthly] Месячный бюджет закупок
    }
mail-budget-intro = { $kind ->
        [weekly] Недельный бюджет закупок на период { $start } – { $end } готов (редакция { $revision }).
       *[monthly] Месячный бюджет закупок на период { $start } – { $end } готов (редакция { $revision }).
    }
mail-budget-late = Обратите внимание: этот бюджет сформирован с опозданием — позже, чем предусмотрено расписанием.
# $earlier — сколько редакций за тот же период было до этой.
mail-budget-replaces = { $earlier ->
        [1] Эта редакция заменяет предыдущую редакцию за тот же период.
        [one] Эта редакция заменяет предыдущие редакции за тот же период.
        [few] Эта редакция заменяет предыдущие редакции за тот же период.
        [many] Эта редакция заменяет предыдущие редакции за тот же период.
       *[other] Эта редакция заменяет предыдущие редакции за тот же период.
    }
mail-budget-total = Итого: { $total } { $currency }.
mail-budget-total-carried = Итого: { $total } { $currency }, из них: новые позиции этого периода — { $new }, перенесённые из прошлых периодов — { $carried }.
mail-budget-amounts-in = Все суммы ниже указаны в { $currency }.
mail-budget-stale = Давно просроченные потребности (просрочка более { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    }), не вошедшие в итог: { $stale } { $currency }.
mail-budget-stale-list = Их список есть у ИТ-специалистов: каждую нужно заказать, перенести на новую дату или отменить.
mail-budget-by-department = По подразделениям
mail-budget-by-department-list = По подразделениям:
mail-budget-by-category = По категориям
mail-budget-by-category-list = По категориям:
mail-budget-col-limit = Лимит
mail-budget-col-remaining = Остаток лимита
mail-budget-col-status = Статус
mail-budget-over-limit = Лимит превышен
mail-budget-within-limit = В пределах лимита
mail-budget-no-limit = Без лимита
mail-budget-row = { $name }: { $total } { $currency } (лимит { $limit }, остаток { $remaining })
mail-budget-row-over = { $name }: { $total } { $currency } (лимит { $limit }, остаток { $remaining }) — ЛИМИТ ПРЕВЫШЕН
mail-budget-row-no-limit = { $name }: { $total } { $currency } (без лимита)
mail-budget-changes = Изменения по сравнению с редакцией { $earlier }
mail-budget-changes-summary = Итого: { $before } → { $after } { $currency } ({ $difference }). Позиций добавлено: { $added }, удалено: { $removed }, изменено: { $changed }.
mail-budget-changes-largest = Изменения позиций, сильнее всего повлиявшие на итог (все они — на листе «Изменения» файла XLSX):
mail-budget-col-group = Подразделение или категория
mail-budget-col-before = Было
mail-budget-col-after = Стало
mail-budget-col-difference = Разница
mail-budget-col-change = Что изменилось
mail-budget-change-added = добавлена
mail-budget-change-removed = удалена
mail-budget-change-changed = изменена
mail-budget-attachments = Во вложенных файлах CSV и XLSX — все позиции этого бюджета.
mail-budget-open = Открыть бюджет
mail-budget-open-link = Открыть бюджет в Procura:

## stale_needs: потребности, просроченные более чем на $days дней, ИТ-специалистам

mail-stale-subject = Давно просроченные потребности: { $count ->
        [one] { $count } открытая позиция
        [few] { $count } открытые позиции
        [many] { $count } открытых позиций
       *[other] { $count } открытой позиции
    } с просрочкой более { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    }
mail-stale-heading = Давно просроченные потребности
mail-stale-intro = Срок этих согласованных или заказанных потребностей наступил более чем за { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } до начала бюджетной недели { $start } – { $end }, а они всё ещё открыты. В бюджете они перечислены, но в лимиты больше не засчитываются.
mail-stale-ask = Пожалуйста, закажите каждую из них, перенесите на новую дату или отмените.
mail-stale-ask-list = Пожалуйста, закажите каждую из них, перенесите на новую дату или отмените:
mail-stale-col-need = Потребность
mail-stale-col-amount-in = Сумма ({ $currency })
mail-stale-col-due = Срок
mail-stale-col-days-overdue = Дней просрочки
mail-stale-line = { $description }: { $amount } { $currency }, срок { $due } (просрочка { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    })

## budget XLSX
# Вложение XLSX к бюджету (src/service/budgets/export.rs): названия листов
# (не длиннее 31 символа, без : \ / ? * [ ]), заголовки столбцов
# (mail-xlsx-col-<код столбца>), виды строк листа итогов и «да»/«нет»
# в столбце превышения лимита.

mail-xlsx-sheet-lines = Позиции
mail-xlsx-sheet-carried-over = Перенесённые позиции
mail-xlsx-sheet-totals = Итоги
mail-xlsx-sheet-changes = Изменения
mail-xlsx-col-change = Изменение
mail-xlsx-col-before = Было
mail-xlsx-col-after = Стало
mail-xlsx-col-difference = Разница
mail-xlsx-col-position = № п/п
mail-xlsx-col-section = Раздел
mail-xlsx-col-source = Источник
mail-xlsx-col-source-ref = Идентификатор источника
mail-xlsx-col-description = Описание
mail-xlsx-col-department-code = Код подразделения
mail-xlsx-col-department = Подразделение
mail-xlsx-col-category = Категория
mail-xlsx-col-quantity = Количество
mail-xlsx-col-unit-price = Цена за единицу
mail-xlsx-col-amount = Сумма
mail-xlsx-col-currency = Валюта
mail-xlsx-col-due-on = Срок
mail-xlsx-col-days-overdue = Дней просрочки
mail-xlsx-col-group = Группа
mail-xlsx-col-code = Код
mail-xlsx-col-name = Наименование
mail-xlsx-col-total = Итого
mail-xlsx-col-new = Новые
mail-xlsx-col-carried-over = Перенесённые
mail-xlsx-col-stale = Давно просроченные
mail-xlsx-col-limit = Лимит
mail-xlsx-col-remaining = Остаток лимита
mail-xlsx-col-overrun = Превышение лимита
mail-xlsx-sheet-execution = Исполнение
mail-xlsx-col-month = Месяц
mail-xlsx-col-approved = Согласовано, не заказано
mail-xlsx-col-committed = Заказано, ожидается
mail-xlsx-col-ordered = Заказано всего
mail-xlsx-col-actual = Получено

## approval_reminder: напоминание тому, кто может принять решение по этапу;
## по одной заявке или сводка по нескольким

mail-late-prefix = [С опозданием]
mail-reminder-subject = Напоминание: заявка { $reference } «{ $title }» ждёт вашего решения { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }
mail-reminder-title = Заявка ждёт вашего решения
mail-reminder-heading = Заявка ждёт вашего решения { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }
mail-reminder-intro = Заявка ждёт решения на этапе { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    } уже { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }.
mail-reminder-for = Вы принимаете решение как заместитель согласующего: { $name }.
mail-reminder-open = Откройте заявку, чтобы согласовать, вернуть на доработку или отклонить её:
mail-reminder-button = Открыть заявку
mail-reminder-late = Напоминание отправлено с опозданием: его срок наступил раньше, когда Procura не работала.
mail-digest-subject = Вашего решения ждут заявки: { $count }, самая давняя — { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }
mail-digest-heading = Заявки, ожидающие вашего решения: { $count }
mail-digest-intro = Вашего решения ждут заявки: { $count }. Самая давняя ждёт { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }.
mail-digest-item = { $reference } «{ $title }»: { $total } { $currency }, ждёт { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }
mail-digest-col-waiting = Ожидает
mail-digest-days = { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }
mail-digest-inbox = Все заявки, ожидающие вашего решения:
mail-digest-button = Открыть список «Ждут моего решения»

## approval_escalated: вышестоящему руководителю того, кто не принял решение

mail-escalated-subject = Нет решения { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }: заявка { $reference } «{ $title }»
mail-escalated-subject-moved = Теперь решение за вами: заявка { $reference } «{ $title }»
mail-escalated-title = Согласование задерживается
mail-escalated-heading = Согласование задерживается
mail-escalated-heading-moved = Решение по заявке теперь за вами
mail-escalated-intro = Заявка ждёт решения на этапе { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    } уже { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }. Согласующий: { $holder }. Вы получили это письмо, потому что стоите выше в маршруте согласования.
mail-escalated-told = Решение по-прежнему за согласующим; вы можете напомнить ему о заявке, но делать ничего не обязаны.
mail-escalated-moved = Политика согласования передаёт такой этап выше: теперь решение принимаете вы, а не прежний согласующий.
mail-escalated-history = Этап передан выше после { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } без решения. Прежний согласующий: { $from }. Новый согласующий: { $to }.
mail-escalated-history-told = Без решения { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }. Согласующий: { $from }. Уведомлён вышестоящий: { $to }.

## approval_handed_over: to a decider whose stalled step went to their superior

mail-handed-over-subject = Этап передан выше: заявка { $reference } «{ $title }»
mail-handed-over-heading = Этап согласования передан выше
mail-handed-over-intro = Заявка ждала вашего решения на этапе { $step ->
        [department_head] руководителя подразделения
        [it_head] руководителя ИТ-службы
        [finance] финансовой службы
       *[director] директора
    } { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }. Политика согласования передаёт такой этап выше, и теперь решение принимает другой согласующий: { $superior }.
mail-handed-over-nothing-left = Вам больше не нужно принимать решение по этой заявке; передача этапа записана в её истории.

# An approval past the budget (docs/design.md#budget-check): the history's
# note, and the mail to finance.
mail-over-budget-history = Согласовано сверх бюджета: { $details }
mail-over-budget-history-override = Согласовано сверх бюджета со снятием блокировки: { $details }
mail-over-budget-history-short = { $category } { $month }, не хватает { $shortfall }
mail-over-budget-history-no-limit = { $category } { $month }, лимит не задан
mail-over-budget-subject = Согласовано сверх бюджета: { $title }
mail-over-budget-heading = Согласование сверх бюджета
mail-over-budget-intro = Заявка { $reference } «{ $title }» согласована сверх бюджета закупок подразделения «{ $department }» на { $month }. Согласующий: { $approver }.
mail-over-budget-override = Политика блокирует согласование сверх этого лимита; у согласующего есть роль, которая позволяет снять блокировку, и блокировка снята. Согласующий: { $approver }.
mail-over-budget-warned = Политика предупреждает о согласовании сверх этого лимита; согласование подтверждено флажком «Согласовать сверх бюджета». Согласующий: { $approver }.
mail-over-budget-held = Уже учтено
mail-over-budget-this = Эта заявка
