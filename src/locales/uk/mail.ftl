# Листи Procura українською: слова шаблонів src/mail/templates/*.
# Терміни — за GLOSSARY.md.

## Спільне для всіх листів

mail-footer = Ви отримали цей лист, оскільки маєте відповідну роль у Procura.
mail-hello = Добрий день!
mail-hello-name = Добрий день, { $name }!
mail-button-fallback = Якщо кнопка не працює, відкрийте посилання:
mail-open-application = Відкрити заявку
mail-open-application-link = Відкрити заявку:
mail-field-application = Заявка
mail-field-requester = Заявник
mail-field-department = Підрозділ
mail-field-total = Сума
mail-field-needed-by = Потрібно до
mail-col-line = Позиція
mail-col-category = Категорія
mail-col-quantity = Кількість
mail-col-unit-price = Ціна за одиницю
mail-col-total-in = Сума ({ $currency })

## application_submitted

mail-submitted-subject = Потрібне погодження: { $title } ({ $total } { $currency })
mail-submitted-subject-delegate = Потрібне погодження (замість особи: { $delegate_of }): { $title } ({ $total } { $currency })
mail-submitted-heading = Потрібне погодження
mail-submitted-intro = Надійшла заявка (заявник: { $requester }), яка чекає на ваше рішення на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }.
mail-submitted-intro-delegate = Надійшла заявка (заявник: { $requester }), яка чекає на рішення на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }. Ви ухвалюєте рішення як заступник погоджувача: { $delegate_of }.
mail-submitted-why = Обґрунтування:
mail-submitted-budget = Бюджет закупівель підрозділу-платника на { $month } на момент надсилання листа
mail-submitted-budget-warn = Заявка виходить за межі бюджету або припадає на місяць без ліміту: під час погодження потрібно буде підтвердити це прапорцем «Погодити понад бюджет».
mail-submitted-budget-block = Заявка виходить за межі бюджету, і політика це блокує: погодити її може лише користувач із роллю, зазначеною в політиці.
mail-submitted-ask = Будь ласка, розгляньте її та погодьте, поверніть на доопрацювання або відхиліть.
mail-submitted-decide-now = Ухвалити рішення
mail-submitted-review = Розглянути заявку
mail-submitted-link-yours = Ця кнопка лише для вас: вона без входу в систему відкриває заявку з кнопками «Погодити», «Повернути на доопрацювання» та «Відхилити». Кнопка спрацьовує лише один раз і діє { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }. Не пересилайте цей лист. Або відкрийте заявку в Procura:
mail-submitted-decide-now-text = Ухвалити рішення (посилання лише для вас, вхід у систему не потрібен: спрацьовує лише один раз і діє { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }; не пересилайте цей лист):
mail-submitted-or-open = Або відкрийте заявку в Procura:

## application_step_decided

mail-step-decided-subject = Погоджено на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }: { $title }
mail-step-decided-subject-next = Погоджено на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }: { $title } — далі: { $approver }
mail-step-decided-heading = Погоджено на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }
mail-step-decided-intro = Заявку { $reference } «{ $title }» погоджено на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }. Погоджувач: { $decided_by }.
mail-step-decided-intro-behalf = Заявку { $reference } «{ $title }» погоджено на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }. Погоджувач: { $decided_by } (від імені: { $on_behalf_of }).
mail-step-decided-comment = Коментар ({ $name }):
mail-step-decided-next = Наступний етап: рішення ухвалює { $approver } ({ $step ->
        [department_head] керівник підрозділу
        [it_head] керівник ІТ-служби
        [finance] фінансова служба
       *[director] директор
    }).
mail-step-decided-next-step = Наступний етап: рішення ухвалює { $step ->
        [department_head] керівник підрозділу
        [it_head] керівник ІТ-служби
        [finance] фінансова служба
       *[director] директор
    }.
mail-step-decided-last = Більше етапів погодження немає.

## application_approved

mail-approved-subject = Заявку погоджено: { $title }
mail-approved-heading = Заявку погоджено
mail-approved-intro = Заявка { $reference } «{ $title }» пройшла всі етапи погодження: тепер її погоджено.
mail-approved-last-step = Останнім був етап { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }. Погоджувач: { $decided_by }.
mail-approved-last-step-behalf = Останнім був етап { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    }. Погоджувач: { $decided_by } (від імені: { $on_behalf_of }).
mail-approved-comment = Коментар ({ $name }):
mail-approved-order = ІТ-фахівцям: будь ласка, оформіть замовлення й зазначте в Procura постачальника та номер замовлення. Заявник отримає сповіщення, коли замовлення буде оформлено.

## application_returned

mail-returned-subject = Заявку повернуто на доопрацювання: { $title }
mail-returned-heading = Заявку повернуто на доопрацювання
mail-returned-intro = Вашу заявку { $reference } «{ $title }» повернуто вам на доопрацювання. Погоджувач: { $returned_by }.
mail-returned-comment = Коментар ({ $name }):
mail-returned-ask = Будь ласка, внесіть до заявки потрібні зміни й знову надішліть її на погодження.
mail-returned-ask-link = Будь ласка, внесіть до заявки потрібні зміни й знову надішліть її на погодження:
mail-returned-edit = Редагувати заявку

## application_rejected

mail-rejected-subject = Заявку відхилено: { $title }
mail-rejected-heading = Заявку відхилено
mail-rejected-intro = Вашу заявку { $reference } «{ $title }» відхилено. Погоджувач: { $rejected_by }.
mail-rejected-reason = Причина:
mail-rejected-closed = Заявку закрито, і замовлення за нею не буде. Якщо вам і далі це потрібно, обговоріть причину відхилення з погоджувачем ({ $rejected_by }), перш ніж надсилати нову заявку на погодження.

## application_cancelled

mail-cancelled-subject = Заявку скасовано: { $title }
mail-cancelled-heading = Заявку скасовано
mail-cancelled-intro = Заявку { $reference } «{ $title }» скасовано, поки вона чекала на ваше рішення. Ініціатор скасування: { $cancelled_by }. Від вас більше нічого не потрібно.
mail-cancelled-comment = Коментар:

## application_self_fulfilled

mail-self-fulfilled-subject = Заявку виконує сам заявник: { $title }
mail-self-fulfilled-heading = Заявку виконує сам заявник
mail-self-fulfilled-intro = Заявку { $reference } «{ $title }» (статус: { $status }) виконує її заявник — { $requester }: політика погодження дозволяє ІТ-фахівцеві самостійно замовляти й отримувати позиції власної заявки. Фінансова служба отримує такий лист щоразу, коли це відбувається, щоб заявку переглянув хтось інший.

## account_created: новому користувачеві — адреса для входу й ролі

mail-account-subject = Ваш обліковий запис у Procura створено
mail-account-title = Ваш обліковий запис у Procura
mail-account-heading = Ласкаво просимо до Procura
mail-account-intro = Для вас створено обліковий запис у Procura — системі, де оформлюють, погоджують і відстежують ІТ-заявки на закупівлю.
mail-account-field-email = Електронна пошта для входу
mail-account-field-roles = Ролі
mail-account-open = Відкрити Procura
mail-account-start = Щоб розпочати роботу, відкрийте посилання:

## application_ordered: заявникові, коли ІТ-служба оформила замовлення постачальнику

mail-ordered-subject = Оформлено замовлення: { $title }
mail-ordered-subject-expected = Оформлено замовлення: { $title } (поставка очікується { $expected_on })
mail-ordered-title = Замовлення оформлено
mail-ordered-heading = Замовлення оформлено
mail-ordered-intro = За вашою заявкою { $reference } «{ $title }» оформлено замовлення постачальнику.
mail-ordered-field-supplier = Постачальник
mail-ordered-field-reference = Номер замовлення
mail-ordered-field-expected = Очікувана дата поставки
mail-ordered-next = Коли товари надійдуть, ви отримаєте сповіщення. Зараз від вас нічого не потрібно.
mail-ordered-track = Стежити за заявкою
mail-ordered-track-link = Стежити за заявкою можна тут:

## application_received: заявникові після приймання (отримано все, поставку
## відхилено або отримано частково)

mail-received-subject-full = Отримано: { $title }
mail-received-subject-rejected = Поставку відхилено: { $title }
mail-received-subject-partly = Отримано частково: { $title }
mail-received-title = Товари отримано
mail-received-heading-full = Товари отримано
mail-received-heading-rejected = Поставку відхилено
mail-received-heading-partly = Товари отримано частково
mail-received-intro-full = Усі товари за вашою заявкою { $reference } «{ $title }» отримано.
mail-received-intro-rejected = Поставку за вашою заявкою { $reference } «{ $title }» відхилено під час приймання й повернуто постачальнику; товари й далі очікуються.
mail-received-intro-partly = Частину товарів за вашою заявкою { $reference } «{ $title }» отримано; решта й далі очікується.
mail-received-rejected-heading = Відхилено під час приймання й повернуто постачальнику (товари й далі очікуються)
mail-received-rejected-list = Відхилено під час приймання й повернуто постачальнику (товари й далі очікуються):
mail-received-rejected-line = { $item }: { $quantity } (причина: { $reason })
mail-received-items = Позиції:
mail-received-line = { $item }: отримано { $received } з { $ordered }
mail-received-col-item = Позиція
mail-received-col-received = Отримано
mail-received-col-ordered = Замовлено
mail-received-col-rejected = Відхилено
mail-received-col-reason = Причина
mail-received-collect = Якщо з вами ще не зв’язалися, зверніться до ІТ-служби, щоб домовитися про видачу або встановлення.
mail-received-more = Коли надійдуть інші товари, ви отримаєте ще одне сповіщення.

## application_closed_short: заявникові, коли ІТ-служба закриває позиції з недопоставкою

mail-closed-short-subject = Недопоставка за заявкою «{ $title }»: { $count ->
        [one] { $count } позиція
        [few] { $count } позиції
        [many] { $count } позицій
       *[other] { $count } позиції
    }
mail-closed-short-heading = Товари, які не надійдуть
mail-closed-short-intro = ІТ-служба закрила частину вашої заявки { $reference } «{ $title }»: решта замовленої кількості за цими позиціями не надійде.
mail-closed-short-reason = Причина:
mail-closed-short-line = { $item }: отримано { $received } з { $ordered }, не буде поставлено — { $closed }
mail-closed-short-col-item = Позиція
mail-closed-short-col-ordered = Замовлено
mail-closed-short-col-received = Отримано
mail-closed-short-col-closed = Не буде поставлено
mail-closed-short-complete = За цією заявкою більше нічого не очікується. Якщо решта вам ще потрібна, створіть нову заявку.
mail-closed-short-rest = Інші позиції й далі очікуються; коли вони надійдуть, ви отримаєте сповіщення.

## delegation_named: заступникові — і те, що вже чекає на рішення погоджувача

mail-delegation-named-subject = З { $starts_on } по { $ends_on } ви ухвалюєте рішення замість особи: { $approver }
mail-delegation-named-title = Вас призначено заступником
mail-delegation-named-heading = Ви ухвалюєте рішення замість особи: { $approver }
mail-delegation-named-intro = { $approver } призначає вас своїм заступником з { $starts_on } по { $ends_on }. У цей період ви ухвалюєте рішення на етапах погодження, що чекають на цього погоджувача, і кожне ваше рішення записується з позначкою «від імені: { $approver }».
mail-delegation-named-waiting = Уже чекають на рішення (погоджувач: { $approver }):
mail-delegation-named-item-needed = { $title }: { $total } { $currency }, потрібно до { $needed_by }
mail-delegation-named-nothing = Зараз ніщо не чекає на рішення (погоджувач: { $approver }); коли щось з’явиться, ви отримаєте лист.
mail-delegation-named-inbox = Усе, що чекає на ваше рішення:

## delegation_ended: заступникові, коли погоджувач завершує делегування або
## минає його термін

mail-delegation-ended-subject = Ви більше не ухвалюєте рішення замість особи: { $approver }
mail-delegation-ended-title = Делегування завершено
mail-delegation-ended-heading = Ваше делегування завершилося
mail-delegation-ended-early = Делегування, призначене з { $starts_on } по { $ends_on }, достроково завершено за рішенням погоджувача: { $approver }.
mail-delegation-ended-ran-out = Ваше делегування з { $starts_on } по { $ends_on } (погоджувач: { $approver }) завершилося: минув його останній день.
mail-delegation-ended-after = Ви більше не ухвалюєте рішення на етапах погодження замість цього погоджувача; усе, що ще чекає на рішення, знову надходить до погоджувача: { $approver }.

## low_stock: товари із залишком на рівні точки замовлення або нижче, ІТ-фахівцям

mail-low-stock-subject = Низькі залишки: { $count ->
        [one] { $count } товар
        [few] { $count } товари
        [many] { $count } товарів
       *[other] { $count } товару
    } на рівні точки замовлення або нижче
mail-low-stock-heading = Низькі залишки
mail-low-stock-intro = { $count ->
        [one] { $count } товар має залишок на рівні точки замовлення або нижче:
        [few] { $count } товари мають залишок на рівні точки замовлення або нижче:
        [many] { $count } товарів мають залишок на рівні точки замовлення або нижче:
       *[other] { $count } товару має залишок на рівні точки замовлення або нижче:
    }
mail-low-stock-col-sku = Код SKU
mail-low-stock-col-item = Товар
mail-low-stock-col-location = Місце зберігання
mail-low-stock-col-on-hand = У наявності
mail-low-stock-col-reorder-point = Точка замовлення
mail-low-stock-line = { $item } ({ $sku }), місце зберігання «{ $location }»: у наявності { $on_hand } { $unit } (точка замовлення — { $reorder_point } { $unit })
mail-low-stock-ask = { $count ->
        [1] Будь ласка, замовте цей товар або перемістіть запас між місцями зберігання й зафіксуйте зміни в Procura.
        [one] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura.
        [few] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura.
        [many] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura.
       *[other] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura.
    }
mail-low-stock-ask-link = { $count ->
        [1] Будь ласка, замовте цей товар або перемістіть запас між місцями зберігання й зафіксуйте зміни в Procura:
        [one] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura:
        [few] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura:
        [many] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura:
       *[other] Будь ласка, замовте ці товари або перемістіть запаси між місцями зберігання й зафіксуйте зміни в Procura:
    }
mail-low-stock-open = Відкрити запаси

## budget_ready: тижневий або місячний бюджет закупівель, фінансовій службі ($kind —
## weekly або monthly; $start і $end — перший і останній день періоду)

mail-budget-subject = { $kind ->
        [weekly] Тижневий бюджет закупівель { $start } – { $end } (редакція { $revision })
       *[monthly] Місячний бюджет закупівель { $start } – { $end } (редакція { $revision })
    }
mail-budget-subject-late = { $kind ->
        [weekly] [Із запізненням] Тижневий бюджет закупівель { $start } – { $end } (редакція { $revision })
       *[monthly] [Із запізненням] Місячний бюджет закупівель { $start } – { $end } (редакція { $revision })
    }
mail-budget-heading = { $kind ->
        [weekly] Тижневий бюджет закупівель
       *[monthly] Місячний бюджет закупівель
    }
mail-budget-intro = { $kind ->
        [weekly] Тижневий бюджет закупівель на період { $start } – { $end } готовий (редакція { $revision }).
       *[monthly] Місячний бюджет закупівель на період { $start } – { $end } готовий (редакція { $revision }).
    }
mail-budget-late = Зверніть увагу: цей бюджет сформовано із запізненням — пізніше, ніж передбачено розкладом.
# $earlier — скільки редакцій за той самий період було до цієї.
mail-budget-replaces = { $earlier ->
        [1] Ця редакція замінює попередню редакцію за той самий період.
        [one] Ця редакція замінює попередні редакції за той самий період.
        [few] Ця редакція замінює попередні редакції за той самий період.
        [many] Ця редакція замінює попередні редакції за той самий період.
       *[other] Ця редакція замінює попередні редакції за той самий період.
    }
mail-budget-total = Загальна сума: { $total } { $currency }.
mail-budget-total-carried = Загальна сума: { $total } { $currency }, з них: нові позиції цього періоду — { $new }, перенесені з попередніх періодів — { $carried }.
mail-budget-amounts-in = Усі суми нижче наведено в { $currency }.
mail-budget-stale = Давно прострочені потреби (прострочення понад { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }), не враховані в загальній сумі: { $stale } { $currency }.
mail-budget-stale-list = Їх перелік мають ІТ-фахівці: кожну потребу слід замовити, перенести на нову дату або скасувати.
mail-budget-by-department = За підрозділами
mail-budget-by-department-list = За підрозділами:
mail-budget-by-category = За категоріями
mail-budget-by-category-list = За категоріями:
mail-budget-col-limit = Ліміт
mail-budget-col-remaining = Залишок ліміту
mail-budget-col-status = Статус
mail-budget-over-limit = Ліміт перевищено
mail-budget-within-limit = У межах ліміту
mail-budget-no-limit = Без ліміту
mail-budget-row = { $name }: { $total } { $currency } (ліміт { $limit }, залишок { $remaining })
mail-budget-row-over = { $name }: { $total } { $currency } (ліміт { $limit }, залишок { $remaining }) — ЛІМІТ ПЕРЕВИЩЕНО
mail-budget-row-no-limit = { $name }: { $total } { $currency } (без ліміту)
mail-budget-changes = Зміни порівняно з редакцією { $earlier }
mail-budget-changes-summary = Загальна сума: { $before } → { $after } { $currency } ({ $difference }). Позицій додано: { $added }, вилучено: { $removed }, змінено: { $changed }.
mail-budget-changes-largest = Зміни позицій, що найбільше вплинули на підсумок (усі вони — на аркуші «Зміни» файлу XLSX):
mail-budget-col-group = Підрозділ або категорія
mail-budget-col-before = Було
mail-budget-col-after = Стало
mail-budget-col-difference = Різниця
mail-budget-col-change = Що змінилося
mail-budget-change-added = додано
mail-budget-change-removed = вилучено
mail-budget-change-changed = змінено
mail-budget-attachments = У вкладених файлах CSV і XLSX — усі позиції цього бюджету.
mail-budget-open = Відкрити бюджет
mail-budget-open-link = Відкрити бюджет у Procura:

## stale_needs: потреби, прострочені понад $days днів, ІТ-фахівцям

mail-stale-subject = Давно прострочені потреби: { $count ->
        [one] { $count } відкрита позиція
        [few] { $count } відкриті позиції
        [many] { $count } відкритих позицій
       *[other] { $count } відкритої позиції
    }, прострочення понад { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
mail-stale-heading = Давно прострочені потреби
mail-stale-intro = Термін цих погоджених або замовлених потреб настав більш ніж за { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } до тижня бюджету { $start } – { $end }, а їх досі не закрито. Вони залишаються в бюджеті, але вже не враховуються під час порівняння з лімітами.
mail-stale-ask = Будь ласка, замовте кожну з них, перенесіть на нову дату або скасуйте.
mail-stale-ask-list = Будь ласка, замовте кожну з них, перенесіть на нову дату або скасуйте:
mail-stale-col-need = Потреба
mail-stale-col-amount-in = Сума ({ $currency })
mail-stale-col-due = Термін
mail-stale-col-days-overdue = Днів прострочення
mail-stale-line = { $description }: { $amount } { $currency }, термін { $due } (прострочено на { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    })

## budget XLSX
# Вкладення XLSX до бюджету (src/service/budgets/export.rs): назви аркушів
# (не довші за 31 символ, без : \ / ? * [ ]), заголовки стовпців
# (mail-xlsx-col-<код стовпця>), види рядків аркуша підсумків і «так»/«ні»
# у стовпці перевищення ліміту.

mail-xlsx-sheet-lines = Позиції
mail-xlsx-sheet-carried-over = Перенесені позиції
mail-xlsx-sheet-totals = Підсумки
mail-xlsx-sheet-changes = Зміни
mail-xlsx-col-change = Зміна
mail-xlsx-col-before = Було
mail-xlsx-col-after = Стало
mail-xlsx-col-difference = Різниця
mail-xlsx-col-position = № з/п
mail-xlsx-col-section = Розділ
mail-xlsx-col-source = Джерело
mail-xlsx-col-source-ref = Ідентифікатор джерела
mail-xlsx-col-description = Опис
mail-xlsx-col-department-code = Код підрозділу
mail-xlsx-col-department = Підрозділ
mail-xlsx-col-category = Категорія
mail-xlsx-col-quantity = Кількість
mail-xlsx-col-unit-price = Ціна за одиницю
mail-xlsx-col-amount = Сума
mail-xlsx-col-currency = Валюта
mail-xlsx-col-due-on = Термін
mail-xlsx-col-days-overdue = Днів прострочення
mail-xlsx-col-group = Група
mail-xlsx-col-code = Код
mail-xlsx-col-name = Назва
mail-xlsx-col-total = Загальна сума
mail-xlsx-col-new = Нові
mail-xlsx-col-carried-over = Перенесені
mail-xlsx-col-stale = Давно прострочені
mail-xlsx-col-limit = Ліміт
mail-xlsx-col-remaining = Залишок ліміту
mail-xlsx-col-overrun = Перевищення ліміту
mail-xlsx-sheet-execution = Виконання
mail-xlsx-col-month = Місяць
mail-xlsx-col-approved = Погоджено, не замовлено
mail-xlsx-col-committed = Замовлено, очікується
mail-xlsx-col-ordered = Замовлено загалом
mail-xlsx-col-actual = Отримано

## approval_reminder: нагадування тому, хто може ухвалити рішення щодо етапу;
## щодо однієї заявки або зведення щодо кількох

mail-late-prefix = [Із запізненням]
mail-reminder-subject = Нагадування: заявка { $reference } «{ $title }» чекає на ваше рішення { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }
mail-reminder-title = Заявка чекає на ваше рішення
mail-reminder-heading = Заявка чекає на ваше рішення { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }
mail-reminder-intro = Заявка чекає на рішення на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    } вже { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }.
mail-reminder-for = Ви ухвалюєте рішення як заступник погоджувача: { $name }.
mail-reminder-open = Відкрийте заявку, щоб погодити, повернути на доопрацювання або відхилити її:
mail-reminder-button = Відкрити заявку
mail-reminder-late = Нагадування надіслано із запізненням: його строк настав раніше, коли Procura не працювала.
mail-digest-subject = На ваше рішення чекають заявки: { $count }, найстаріша — { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }
mail-digest-heading = Заявки, що чекають на ваше рішення: { $count }
mail-digest-intro = На ваше рішення чекають заявки: { $count }. Найстаріша чекає { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }.
mail-digest-item = { $reference } «{ $title }»: { $total } { $currency }, чекає { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }
mail-digest-col-waiting = Чекає
mail-digest-days = { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }
mail-digest-inbox = Усі заявки, що чекають на ваше рішення:
mail-digest-button = Відкрити список «Чекають на мене»

## approval_escalated: вищому керівникові того, хто не ухвалив рішення

mail-escalated-subject = Немає рішення { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }: заявка { $reference } «{ $title }»
mail-escalated-subject-moved = Тепер рішення за вами: заявка { $reference } «{ $title }»
mail-escalated-title = Погодження затримується
mail-escalated-heading = Погодження затримується
mail-escalated-heading-moved = Рішення щодо заявки тепер за вами
mail-escalated-intro = Заявка чекає на рішення на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    } вже { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }. Погоджувач: { $holder }. Ви отримали цей лист, бо стоїте вище в маршруті погодження.
mail-escalated-told = Рішення й далі за погоджувачем; ви можете нагадати йому про заявку, але робити щось не зобов’язані.
mail-escalated-moved = Політика погодження передає такий етап вище: тепер рішення ухвалюєте ви, а не попередній погоджувач.
mail-escalated-history = Етап передано вище після { $days ->
        [one] { $days } робочого дня
        [few] { $days } робочих днів
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    } без рішення. Попередній погоджувач: { $from }. Новий погоджувач: { $to }.
mail-escalated-history-told = Без рішення { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }. Погоджувач: { $from }. Повідомлено вищого керівника: { $to }.

## approval_handed_over: to a decider whose stalled step went to their superior

mail-handed-over-subject = Етап передано вище: заявка { $reference } «{ $title }»
mail-handed-over-heading = Етап погодження передано вище
mail-handed-over-intro = Заявка чекала на ваше рішення на етапі { $step ->
        [department_head] керівника підрозділу
        [it_head] керівника ІТ-служби
        [finance] фінансової служби
       *[director] директора
    } { $days ->
        [one] { $days } робочий день
        [few] { $days } робочі дні
        [many] { $days } робочих днів
       *[other] { $days } робочого дня
    }. Політика погодження передає такий етап вище, і тепер рішення ухвалює інший погоджувач: { $superior }.
mail-handed-over-nothing-left = Ухвалювати рішення щодо цієї заявки вам більше не потрібно; передачу етапу записано в її історії.

# An approval past the budget (docs/design.md#budget-check): the history's
# note, and the mail to finance.
mail-over-budget-history = Погоджено понад бюджет: { $details }
mail-over-budget-history-override = Погоджено понад бюджет зі зняттям блокування: { $details }
mail-over-budget-history-short = { $category } { $month }, бракує { $shortfall }
mail-over-budget-history-no-limit = { $category } { $month }, ліміт не встановлено
mail-over-budget-subject = Погоджено понад бюджет: { $title }
mail-over-budget-heading = Погодження понад бюджет
mail-over-budget-intro = Заявку { $reference } «{ $title }» погоджено понад бюджет закупівель підрозділу «{ $department }» на { $month }. Погоджувач: { $approver }.
mail-over-budget-override = Політика блокує погодження понад цей ліміт; погоджувач має роль, що дозволяє зняти блокування, і блокування знято. Погоджувач: { $approver }.
mail-over-budget-warned = Політика попереджає про погодження понад цей ліміт; погодження підтверджено прапорцем «Погодити понад бюджет». Погоджувач: { $approver }.
mail-over-budget-held = Уже враховано
mail-over-budget-this = Ця заявка
