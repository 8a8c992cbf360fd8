# Страницы Procura на русском языке. Одно сообщение на каждую строку,
# которую показывает страница; ключи те же, что в английском каталоге.
# Термины и правила — в GLOSSARY.md рядом с этим файлом.

## Макет и навигация
skip-to-content = Перейти к содержимому
nav-label = Основное меню
nav-mine = Мои заявки
nav-new = Новая заявка
nav-inbox = Ждут моего решения
nav-sign-out = Выйти
nav-decided = Мои решения
nav-delegations = Замещения
overdue = просрочено
inbox-waiting = { $count ->
    [one] { $count } заявка ждёт вашего решения
    [few] { $count } заявки ждут вашего решения
    [many] { $count } заявок ждут вашего решения
   *[other] { $count } заявки ждут вашего решения
}
next-page = Следующая страница
choose = Выберите…
none = Не указано

## Вход
sign-in-title = Вход
sign-in-email = Электронная почта
sign-in-password = Пароль
sign-in-button = Войти
sign-in-wrong = Неверный адрес электронной почты или пароль.
sign-in-throttled = { $seconds ->
    [one] Слишком много попыток входа. Попробуйте ещё раз через { $seconds } секунду.
    [few] Слишком много попыток входа. Попробуйте ещё раз через { $seconds } секунды.
    [many] Слишком много попыток входа. Попробуйте ещё раз через { $seconds } секунд.
   *[other] Слишком много попыток входа. Попробуйте ещё раз через { $seconds } секунды.
}
sign-in-first-admin = Первый запуск? Одноразовый пароль администратора записан в журнал сервиса.
resume-sign-in = Сеанс завершился до того, как форма была отправлена. Войдите снова — и её можно будет отправить в том виде, в каком вы её оставили.
resume-heading = Отправка формы
resume-detail = Вы снова вошли в систему, и всё, что вы ввели, сохранено. Отправьте форму сейчас или откажитесь от отправки.
resume-send = Отправить форму
resume-discard = Не отправлять и перейти на главную

## Ошибки
error-heading = Не удалось выполнить действие
error-back = Вернуться в Procura
error-csrf-heading = Форма устарела
error-csrf-detail = Форма была отправлена не со страницы Procura, или после её открытия изменился ваш сеанс. Вернитесь на предыдущую страницу, обновите её и повторите попытку.
error-not-found-heading = Страница не найдена
error-not-found-detail = Такой страницы нет, или у вас нет к ней доступа.
error-internal-heading = Что-то пошло не так
error-internal-detail = Произошла непредвиденная ошибка, она записана в журнал. Повторите попытку чуть позже.

## Списки
mine-title = Мои заявки
mine-empty = У вас пока нет заявок.
inbox-title = Ждут моего решения
inbox-empty = Нет заявок, ожидающих вашего решения.
filter-status = Статус
filter-any-status = Все статусы
filter-any-department = Все подразделения
filter-apply = Показать
filter-step = Этап
filter-any-step = Все этапы
filter-waiting = Ожидает как минимум
filter-any-wait = Все заявки
inbox-empty-filtered = Среди заявок, ожидающих вашего решения, нет подходящих под эти фильтры.
col-reference = Номер
col-title = Название
col-status = Статус
col-total = Сумма
col-decides-now = Сейчас решает
col-age = Возраст
col-requester = Заявитель
col-department = Подразделение
col-waiting = Ожидает
col-description = Описание
col-category = Категория
col-quantity = Количество
col-unit-price = Цена за единицу
col-line-total = Сумма
col-received = Получено
age-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
age-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
age-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}

## Справочники значений
status-draft = Черновик
status-submitted = На согласовании
status-approved = Согласована
status-ordered = Заказана
status-partially-received = Частично получена
status-received = Получена
status-returned = На доработке
status-rejected = Отклонена
status-cancelled = Отменена
category-hardware = Оборудование
category-software = Программное обеспечение
category-consumables = Расходные материалы
category-services = Услуги
category-other = Прочее
step-department-head = Руководитель подразделения
step-it-head = Руководитель ИТ-службы
step-finance = Финансовая служба
step-director = Директор
step-status-waiting = В очереди
step-status-pending = На рассмотрении
step-status-approved = Согласовано
step-status-returned = Возвращено на доработку
step-status-rejected = Отклонено
step-status-cancelled = Отменено
role-employee = Сотрудник
role-approver = Согласующий
role-it-specialist = ИТ-специалист
role-finance = Финансист
role-admin = Администратор
action-create = Создание черновика
action-edit = Изменение
action-submit = Отправка на согласование
action-approve = Согласование
action-return = Возврат на доработку
action-reject = Отклонение
action-cancel = Отмена заявки
action-order = Оформление заказа поставщику
action-receive = Оформление поступления
action-close-short = Закрытие с недопоставкой
action-escalate = Эскалация

## Одна заявка
field-requester = Заявитель
field-department = Подразделение
field-needed-by = Требуемый срок
field-total = Итого
field-created = Дата создания
field-decides-now = Сейчас решает
decides-now-waiting-since = ожидает с { $when }
field-title = Название
field-justification = Обоснование
field-justification-hint = Зачем нужна закупка: согласующие читают это в первую очередь.
field-paying-department = Подразделение-плательщик
field-location = Место хранения
field-location-hint = Для расходных материалов: куда товар поступит на хранение.
field-name = Полное имя
field-email = Электронная почта
field-roles = Роли
lines-heading = Позиции
chain-heading = Маршрут согласования
chain-round = { $round }-й круг
history-heading = История
on-behalf-of = от имени: { $name }
decide-heading = Ваше решение
decide-as-delegate = Вы принимаете решение как заместитель согласующего: { $name }.
decide-comment = Комментарий
decide-comment-hint = При согласовании — необязательно; при возврате на доработку или отклонении — обязательно (укажите причину).
decide-approve = Согласовать
decide-return = Вернуть на доработку
decide-reject = Отклонить
decide-approve-anyway = Согласовать сверх бюджета
decide-approve-anyway-hint = Согласование выходит за рамки бюджета, показанного выше, или приходится на месяц без лимита. Отметьте, чтобы подтвердить: это попадёт в историю, а финансовая служба получит уведомление.
decide-override-budget = Снять блокировку бюджета и согласовать
decide-override-budget-hint = Политика блокирует согласование сверх этого лимита, но ваша роль позволяет снять блокировку. Отметьте, чтобы подтвердить: это попадёт в историю, а финансовая служба получит уведомление.
decide-budget-blocked = Заявка выходит за рамки бюджета, и политика это блокирует: согласовать её вы не можете. Верните её на доработку, отклоните или попросите финансовую службу увеличить лимит либо принять решение.
problem-approve-anyway-over-budget-unconfirmed = Согласование выходит за рамки бюджета: установите флажок, чтобы всё равно согласовать, или верните заявку.
refusal-over-budget = Заявка выходит за рамки бюджета, и политика это блокирует: снять блокировку может только роль, указанная в политике.
refusal-over-budget-unconfirmed = Согласование выходит за рамки бюджета: отметьте «Согласовать сверх бюджета», чтобы подтвердить.
position-heading = Бюджет
position-intro = Что согласование означает для бюджета закупок подразделения-плательщика на { $month } с учётом этой заявки.
position-limit = Лимит
position-approved = Согласовано, не заказано
position-committed = Заказано, ожидается
position-actual = Получено
position-this = Эта заявка
position-remaining = Остаток лимита
position-over-by = превышение { $amount }
position-no-limit = лимит не задан
position-rule-warn = Согласование сверх бюджета согласующий должен подтвердить; финансовая служба получает уведомление.
position-rule-block = Политика блокирует согласование сверх этого бюджета; согласовать может только роль, которой разрешено снимать блокировку, а финансовая служба получает уведомление.
decide-through-link = Вы принимаете решение как { $name } — по ссылке из письма о согласовании. Ссылка срабатывает один раз; для любых других действий войдите в Procura.
history-via-email = по ссылке из письма

## Ссылка для решения, которая больше ничего не решает
link-used-heading = Эта ссылка уже использована
link-used-detail = Ссылка из письма о согласовании срабатывает только один раз. Принятое по ней решение — ниже.
link-decided-heading = Решение по этому этапу уже принято
link-decided-detail = Решение было принято до перехода по этой ссылке, или заявка отозвана. Переход по ссылке ничего не изменил.
link-expired-heading = Срок действия ссылки истёк
link-expired-detail = { $days ->
    [one] Ссылки из писем о согласовании действуют { $days } день. Заявка по-прежнему ждёт решения: откройте её в Procura и примите решение там.
    [few] Ссылки из писем о согласовании действуют { $days } дня. Заявка по-прежнему ждёт решения: откройте её в Procura и примите решение там.
    [many] Ссылки из писем о согласовании действуют { $days } дней. Заявка по-прежнему ждёт решения: откройте её в Procura и примите решение там.
   *[other] Ссылки из писем о согласовании действуют { $days } дня. Заявка по-прежнему ждёт решения: откройте её в Procura и примите решение там.
}
link-disabled-heading = Ссылка больше не действует
link-disabled-detail = Учётная запись получателя этой ссылки отключена.
link-application = Заявка
link-status = Статус заявки
link-step = Статус этапа
link-decided-by = Кто принял решение
link-decided-at = Дата решения
link-valid-until = Ссылка действовала до
link-open-application = Открыть заявку
requester-actions = Действия с заявкой
action-edit-button = Изменить
action-submit-button = Отправить на согласование
cancel-heading = Отмена заявки
cancel-comment = Причина (необязательно)
cancel-button = Отменить заявку

## Форма заявки
editor-new-title = Новая заявка
editor-edit-title = Изменение заявки { $reference }
editor-returned-heading = Возвращена на доработку
editor-problems = { $count ->
    [one] Чтобы продолжить, исправьте { $count } ошибку.
    [few] Чтобы продолжить, исправьте { $count } ошибки.
    [many] Чтобы продолжить, исправьте { $count } ошибок.
   *[other] Чтобы продолжить, исправьте { $count } ошибки.
}
editor-add-line = Добавить позицию
editor-catalogue = Из каталога
editor-catalogue-hint = Введите SKU или часть названия и выберите товар: описание, категория и цена за единицу заполнятся автоматически.
editor-catalogue-find = Найти
editor-catalogue-chosen = Товар из каталога: { $item }
editor-catalogue-matches = Найденные товары каталога
editor-catalogue-none = В каталоге нет товаров по запросу «{ $query }».
editor-remove-line = Удалить
editor-remove-line-label = Удалить позицию { $number }
editor-submit = Отправить на согласование
editor-save = Сохранить черновик
editor-back = Вернуться к заявке

## Мои решения
decided-title = Мои решения
decided-empty = Вы ещё не приняли решения ни по одной заявке.
decided-latest = { $count ->
    [1] Ваше последнее решение.
    [one] Ваши последние { $count } решение, сначала новые.
    [few] Ваши последние { $count } решения, сначала новые.
    [many] Ваши последние { $count } решений, сначала новые.
   *[other] Ваши последние { $count } решения, сначала новые.
}
col-my-decision = Моё решение
col-now = Текущий статус

## Замещения
delegations-title = Замещения
delegations-given = Кто замещает меня
delegations-given-empty = Вы не назначили заместителя.
delegations-received = Кого замещаю я
delegations-received-empty = Никто не назначил вас своим заместителем.
delegation-to = { $name } замещает вас
delegation-for = Вы замещаете: { $name }
delegation-end = Завершить сейчас
delegation-new = Назначение заместителя
delegation-find = Поиск сотрудника
delegation-find-button = Найти
delegation-more = В список попали не все найденные сотрудники: чтобы сузить поиск, введите больше букв имени или адреса электронной почты.
delegation-delegate = Заместитель
delegation-starts = Дата начала
delegation-ends = Дата окончания (включительно)
delegation-create = Назначить заместителя

## Профиль
profile-title = Мой профиль
password-heading = Смена пароля
password-first = Вы вошли по одноразовому паролю. Задайте собственный пароль: остальные страницы Procura станут доступны после смены пароля.
password-current = Текущий пароль
password-new = Новый пароль
password-confirm = Подтверждение нового пароля
password-rules = Не менее 10 символов.
password-button = Сменить пароль
password-changed = Пароль изменён. Во всех остальных сеансах выполнен выход.

## Ошибки в полях по коду; если кода нет, показывается текст самого сервиса
problem-mismatch = Новые пароли не совпадают.
# Любое поле с этим кодом
problem-required = Обязательное поле.
problem-invalid = Procura не может прочитать это значение: проверьте, как оно записано.
problem-invalid-value = Это значение здесь не допускается.
problem-not-found = Выбранного варианта больше нет, или он вам недоступен.
problem-inactive = Отключено или больше не используется.
problem-negative = Значение не может быть отрицательным.
problem-not-positive = Значение должно быть больше 0.
problem-too-long = Превышен допустимый предел.
problem-too-short = Слишком короткий текст.
problem-too-large = Слишком большое число.
problem-too-precise = Слишком много знаков после запятой.
problem-too-many = Их слишком много.
problem-total-too-large = Слишком большая итоговая сумма.
problem-in-past = Эта дата уже прошла.
problem-in-the-past = Эта дата уже прошла.
problem-before-start = Не может быть раньше начала.
problem-self = Укажите другого сотрудника, не себя.
problem-duplicate = Указано дважды.
problem-wrong-password = Это не ваш текущий пароль.
problem-invalid-email = Это не адрес электронной почты.
# Одно поле с одним кодом
problem-title-required = Укажите название заявки.
problem-justification-required = Объясните, зачем нужна закупка.
problem-department-id-required = Выберите подразделение-плательщика.
problem-needed-by-required = Укажите, к какой дате нужна закупка.
problem-needed-by-in-past = Эта дата уже прошла: выберите сегодняшний или более поздний день.
problem-needed-by-invalid = Введите дату.
problem-lines-required = Добавьте хотя бы одну позицию.
problem-lines-total-too-large = Слишком большая сумма по позициям.
problem-line-description-required = Опишите позицию или выберите товар из каталога.
problem-line-quantity-invalid = Введите количество числом.
problem-line-quantity-not-positive = Количество должно быть больше 0.
problem-line-quantity-too-precise = В количестве допускается не более 3 знаков после запятой.
problem-line-unit-price-invalid = Введите цену за единицу числом, например 1 234,50.
problem-line-unit-price-negative = Цена за единицу не может быть отрицательной.
problem-line-unit-price-too-precise = В цене допускается не более 2 знаков после запятой.
problem-comment-required = Укажите, что нужно исправить.
problem-reason-required = Для отклонения нужна причина.
problem-delegate-id-required = Выберите, кто будет принимать решения вместо вас.
problem-delegate-id-self = Нельзя назначить заместителем себя.
problem-starts-on-invalid = Введите дату начала.
problem-ends-on-invalid = Введите дату окончания.
problem-ends-on-before-start = Последний день не может быть раньше первого.
problem-ends-on-in-the-past = Последний день уже прошёл: замещение не будет действовать ни дня.
problem-new-password-too-short = Новый пароль слишком короткий: нужно не менее 10 символов.
problem-out-of-range = Значение вне допустимого диапазона.
problem-nothing-remains = По этой позиции больше ничего не ожидается.
problem-invalid-month = Введите месяц, например 2026-07.
problem-invalid-id = Выбранный вариант недопустим.
problem-unknown-field = Procura не знает такого поля.
problem-unknown-format = Procura не знает такого формата.
problem-ends-on-too-long = Замещение длится дольше, чем допускает политика согласования.

## Отклонённые действия, по коду отказа
refusal-version-conflict = Пока страница была открыта, данные изменились. Обновите страницу и внесите изменение снова.
refusal-step-already-decided = По этому этапу решение уже принято.
refusal-not-your-step = Решение на текущем этапе принимаете не вы.
refusal-self-approval = Никто не принимает решение по собственной заявке или бюджету: здесь решает другой сотрудник.
refusal-four-eyes = Вы принимаете решение и на другом этапе этой заявки: когда речь идёт о деньгах, на этом этапе решает другой сотрудник.
refusal-invalid-transition = Это действие недоступно при текущем статусе заявки.
refusal-forbidden = У вас нет права на это действие.
refusal-not-requester = Это может сделать только сотрудник, подавший заявку.
refusal-no-approver = Принять решение на следующем этапе пока некому: администратору нужно назначить согласующего.
refusal-not-delegator = Завершить замещение может только согласующий, который назначил заместителя.
refusal-already-exists = Такая запись уже существует.
refusal-concurrent-change = Во время выполнения действия что-то изменилось. Попробуйте ещё раз.
refusal-self-fulfilment = Политика согласования не разрешает вам заказывать или принимать то, что вы запросили сами.
refusal-too-many-requests = { $seconds ->
        [one] Слишком много попыток. Попробуйте ещё раз через { $seconds } секунду.
        [few] Слишком много попыток. Попробуйте ещё раз через { $seconds } секунды.
        [many] Слишком много попыток. Попробуйте ещё раз через { $seconds } секунд.
       *[other] Слишком много попыток. Попробуйте ещё раз через { $seconds } секунды.
    }

## Язык
language-label = Язык
language-browser = Как в браузере
language-button = Сохранить язык
language-saved = Язык сохранён.

## Даты: названия месяцев в дате (родительный падеж) и форматы
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date-long = { $day } { $month } { $year } г.
date-time = { $date }, { $time }

## Очереди ИТ-специалиста, формы заказа и приёмки
nav-to-order = К заказу
nav-deliveries = Поставки
to-order-title = К заказу
to-order-intro = Согласованные заявки, ожидающие заказа; первыми — те, что ждут дольше всех.
to-order-empty = Нет заявок, ожидающих заказа.
deliveries-title = Поставки
deliveries-intro = Заказанные заявки, по которым поступили ещё не все товары; первыми — самые старые.
deliveries-empty = Поставок не ожидается.
fulfil-heading = Заказ и приёмка
fulfil-order = Оформить заказ
fulfil-receive = Принять поставку
order-title = Заказ
order-intro = Внесите в Procura заказ, размещённый у поставщика, с ценами из этого заказа.
order-supplier = Поставщик
order-reference = Номер заказа у поставщика
order-expected-on = Ожидаемая дата поставки
order-prices = Цены по позициям
order-approved-price = Согласованная цена за единицу
order-actual-price = Цена за единицу в заказе
order-approved-total = Согласованная сумма
order-tolerance-hint = Сумма выше согласованной принимается в пределах допуска, установленного политикой согласования; если допуск превышен, заявка снова уходит на согласование разницы.
order-button = Оформить заказ
receive-title = Приёмка
receive-intro = Введите, что поступило сейчас по каждой позиции. Поставленный, но отклонённый при приёмке товар возвращается поставщику и по-прежнему ожидается: укажите его количество и причину.
receive-location = Место хранения
receive-location-hint = Куда поступят на хранение принятые сейчас расходные материалы из каталога.
receive-lines = Что поступило
receive-now = Принято сейчас
receive-rejected = Отклонено
receive-reason = Причина отклонения
receive-now-label = Принято сейчас: { $line }
receive-rejected-label = Отклонено: { $line }
receive-reason-label = Причина отклонения: { $line }
receive-line-done = Больше ничего не ожидается.
receive-button = Принять поставку
problem-over-receipt = Это больше, чем осталось поставить по этой позиции.
problem-supplier-required = Укажите поставщика.
problem-reference-required = Укажите номер заказа у поставщика.
problem-location-id-required = Выберите место хранения: расходные материалы из каталога пополняют запасы.
problem-line-rejection-reason-required = Укажите причину отклонения.

## Главная страница: что требует вашего внимания
home-title = Что требует вашего внимания
home-nothing = Сейчас ничто не требует вашего внимания.
home-oldest = Дольше всех ждёт ({ $age }):
home-returned = Ваши заявки на доработке
home-drafts = Ваши черновики
home-all = Показать все
home-low-stock = Остатки на уровне точки заказа или ниже
home-on-hand = в наличии: { $quantity }
home-reorder-point = точка заказа: { $quantity }

## Остатки
nav-stock = Остатки
stock-title = Остатки по местам хранения
stock-search = Код SKU или название
stock-any-location = Все места хранения
stock-below-only = Только на уровне точки заказа или ниже
stock-empty = Подходящих остатков нет.
stock-col-sku = Код SKU
stock-col-item = Товар
stock-col-on-hand = В наличии
stock-col-reorder-point = Точка заказа
stock-col-max-level = Максимальный запас
stock-low = Мало

## Поставки, ожидаемые на этой неделе
deliveries-week-intro = Поставки, ожидаемые до конца этой недели, включая просроченные; первыми — самые старые.
deliveries-week-empty = На этой неделе поставок не ожидается.
home-deliveries-week = Поставки, ожидаемые на этой неделе

## Карточка товара в запасах, формы движений и параметры пополнения
stock-item-unit = Единица измерения
stock-item-lead-time = Срок поставки
stock-item-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
stock-item-state = Статус
stock-item-retired = Выведен из ассортимента
stock-item-balances = Наличие по местам хранения
stock-item-no-balance = Этого товара пока нет ни в одном месте хранения.
stock-item-links = График и параметры пополнения
stock-item-charted = Показано на графике
stock-item-chart-at = График: { $location }
stock-item-policy-at = Параметры пополнения: { $location }
stock-chart-heading = Динамика остатка за последние 90 дней: { $location }
stock-chart-changes = Дни, когда менялся остаток
stock-chart-day = День
stock-chart-closing = Остаток на конец дня
chart-reorder-point = Точка заказа: { $value }
chart-max-level = Максимальный запас: { $value }
chart-summary = Остаток на { $from } — { $start }, на { $to } — { $end }; наименьший — { $low } ({ $lowday }).
chart-summary-policy = Остаток на { $from } — { $start }, на { $to } — { $end }; наименьший — { $low } ({ $lowday }); на уровне точки заказа или ниже — { $below ->
    [one] { $below } день
    [few] { $below } дня
    [many] { $below } дней
   *[other] { $below } дня
}.
date-short = { $day } { $month }
stock-ledger-heading = Журнал движений
stock-ledger-from = Начало периода
stock-ledger-to = Конец периода
stock-ledger-empty = За этот период движений нет.
stock-ledger-when = Дата
stock-ledger-kind = Вид движения
stock-ledger-unit-cost = Себестоимость единицы
stock-ledger-issued-to = Получатель
stock-ledger-note = Примечание
stock-ledger-by = Кто оформил
stock-ledger-system = Procura
movement-receipt = Поступление
movement-issue = Выдача
movement-transfer = Перемещение
movement-write-off = Списание
movement-adjustment = Корректировка по инвентаризации
stock-move-actions = Новое движение запасов
stock-move-receipt = Поступление
stock-move-receipt-intro = Товар, поступивший в запасы не с поставкой по заявке: возврат, найденная коробка, ввод начального остатка.
stock-move-receipt-button = Оформить поступление
stock-move-issue = Выдача
stock-move-issue-intro = Выдайте товар из запасов сотруднику или подразделению.
stock-move-issue-button = Оформить выдачу
stock-move-transfer = Перемещение
stock-move-transfer-intro = Переместите товар из одного места хранения в другое; остатки в обоих местах изменятся одновременно.
stock-move-transfer-button = Оформить перемещение
stock-move-write-off = Списание
stock-move-write-off-intro = Спишите повреждённый, утерянный или просроченный товар, указав причину.
stock-move-write-off-button = Оформить списание
stock-move-from = Откуда
stock-move-to = Куда
stock-move-quantity = Количество ({ $unit })
stock-move-unit-cost = Себестоимость единицы
stock-move-unit-cost-hint = Необязательно: сколько стоила одна единица — для оценки стоимости запасов.
stock-move-issued-to = Получатель
stock-move-nobody = Без конкретного получателя
stock-move-find-person = Поиск сотрудника
stock-move-note = Примечание
stock-move-reason = Причина
stock-move-already-sent = Эта форма уже была отправлена с другими значениями. Проверьте журнал движений и отправьте форму ещё раз, если движения там по-прежнему нет.
stock-back = Вернуться к товару
stock-policy-title = Параметры пополнения
stock-policy-intro = Когда остаток опускается до точки заказа, Procura предупреждает о низком остатке и предлагает заказать товар до уровня максимального запаса.
stock-policy-save = Сохранить параметры
stock-policy-suggested = Рекомендация по данным за последние 90 дней
stock-policy-basis = { $days ->
    [1] За последний день выдано { $issued }: в среднем { $daily } в день.
    [one] За последние { $days } день выдано { $issued }: в среднем { $daily } в день.
    [few] За последние { $days } дня выдано { $issued }: в среднем { $daily } в день.
    [many] За последние { $days } дней выдано { $issued }: в среднем { $daily } в день.
   *[other] За последние { $days } дня выдано { $issued }: в среднем { $daily } в день.
}
stock-policy-safety-stock = Страховой запас
stock-policy-apply = Применить рекомендацию

## Каталог: список, карточка товара, импорт CSV с проверкой
catalogue-title = Каталог
catalogue-new = Новый товар
catalogue-import = Импорт из CSV
catalogue-export = Скачать в CSV
catalogue-state-active = В ассортименте
catalogue-state-retired = Выведенные из ассортимента
catalogue-state-all = Все товары
catalogue-empty = Подходящих товаров нет.
catalogue-category = Категория
catalogue-unit-cost = Цена за единицу
catalogue-supplier = Постоянный поставщик
catalogue-lead-time-days = Срок поставки, дней
catalogue-order-multiple = Кратность заказа
catalogue-order-multiple-hint = Рекомендуемое количество к заказу округляется вверх до числа, кратного этому значению: 12 — для товара в коробках по 12 штук, 1 — если подходит любое количество.
catalogue-sku-hint = Код товара, уникальный в каталоге. Изменить его потом нельзя: при импорте из CSV товар находится по этому коду.
catalogue-unit-hint = В каких единицах учитывается товар: шт., пачка, коробка, м.
catalogue-create = Добавить товар
catalogue-save = Сохранить товар
catalogue-back = Вернуться к каталогу
catalogue-retire-hint = Товар, выведенный из ассортимента, сохраняет остатки и историю, но новые поступления по нему больше не оформляются и в рекомендации по пополнению он не попадает.
catalogue-retired-hint = Этот товар выведен из ассортимента: новые поступления по нему не оформляются, и в рекомендации по пополнению он не попадает.
catalogue-retire = Вывести из ассортимента
catalogue-reactivate = Вернуть в ассортимент
catalogue-stock-page = Остатки товара
catalogue-import-intro = Выберите файл CSV, в первой строке которого названы столбцы: sku, name, unit и unit_cost обязательны; category, supplier, lead_time_days, order_multiple и active необязательны. Сначала Procura проверит весь файл и покажет, что сделает импорт; пока вы не подтвердите импорт, ничего не изменится. Чтобы получить готовый файл для правки, скачайте каталог в CSV.
catalogue-import-file = Файл CSV
catalogue-import-check = Проверить файл
catalogue-import-bad-cells = { $count ->
    [one] { $count } ошибка в файле
    [few] { $count } ошибки в файле
    [many] { $count } ошибок в файле
   *[other] { $count } ошибки в файле
}
catalogue-import-nothing-written = Ничего не импортировано. Исправьте файл и проверьте его снова.
catalogue-import-line = Строка
catalogue-import-column = Столбец
catalogue-import-problem = Ошибка
catalogue-import-header = Строка заголовка
catalogue-import-plan-heading = Что сделает импорт
catalogue-import-plan = Новых товаров: { $created }, изменённых: { $updated }, без изменений: { $unchanged }.
catalogue-import-done = Импорт выполнен. Новых товаров: { $created }, изменённых: { $updated }, без изменений: { $unchanged }.
catalogue-import-what = Что произойдёт
catalogue-import-create = Добавление
catalogue-import-update = Изменение
catalogue-import-unchanged = Без изменений
catalogue-import-confirm = Импортировать файл
catalogue-import-another = Выбрать другой файл
catalogue-import-too-large = Размер файла превышает допустимый ({ $megabytes } МБ): разделите его на несколько файлов.
catalogue-import-unreadable = Procura не удалось прочитать загруженный файл: выберите его ещё раз.
problem-file-required = Выберите файл для импорта.
problem-sku-taken = Этот SKU уже есть у другого товара.
problem-sku-duplicate = Этот SKU уже встречается в одной из предыдущих строк файла.
problem-category-invalid-value = Укажите одно из значений: hardware, software, consumables, services или other.
problem-active-invalid-value = Укажите true или false.
problem-lead-time-days-invalid-value = Укажите целое число дней.
problem-unit-cost-invalid-value = Укажите цену за единицу числом, например 12.50.
problem-order-multiple-invalid-value = Укажите число, например 1 или 0.5.
problem-missing-column = В заголовке нет обязательного столбца: нужны sku, name, unit и unit_cost.
problem-unknown-column = В заголовке есть столбец, которого Procura не знает; допустимые столбцы: sku, name, category, unit, unit_cost, supplier, lead_time_days, order_multiple и active.
problem-invalid-csv = Procura не может прочитать файл как CSV: сохраните его как текст в кодировке UTF-8, с разделителем-запятой и строкой заголовка.
problem-too-many-rows = В файле больше товаров, чем можно импортировать за один раз: разделите его на несколько файлов.

## Администрирование: обзор, исходящая почта, журнал аудита
nav-admin = Администрирование
admin-title = Администрирование
home-failed-mail = Недоставленные письма
notifications-title = Исходящая почта
notifications-failed-count = { $count ->
    [0] Недоставленных писем нет.
    [one] { $count } письмо не удалось доставить.
    [few] { $count } письма не удалось доставить.
    [many] { $count } писем не удалось доставить.
   *[other] { $count } письма не удалось доставить.
}
notifications-pending-count = { $count ->
    [one] { $count } письмо ждёт отправки
    [few] { $count } письма ждут отправки
    [many] { $count } писем ждут отправки
   *[other] { $count } письма ждут отправки
}
notifications-degraded = Почта задерживается: самое старое письмо в очереди ждёт отправки дольше допустимого. Проверьте почтовый сервер.
notifications-status-failed = Не доставлены
notifications-status-pending = Ждут отправки
notifications-status-sent = Отправлены
notifications-oldest = Самое старое письмо ждёт с
notifications-sent-last-minute = Отправлено за последнюю минуту
notifications-show = Статус
notifications-empty = Писем с таким статусом нет.
notifications-created = Поставлено в очередь
notifications-to = Кому
notifications-subject = Тема
notifications-attempts = Попытки
notifications-sent-at = Отправлено
notifications-next-attempt = Следующая попытка
notifications-error = Последняя ошибка
notifications-actions = Действия
notifications-retry = Отправить снова
notifications-retry-label = Отправить письмо «{ $subject }» снова
notifications-dismiss = Удалить
notifications-dismiss-label = Удалить письмо «{ $subject }»
notifications-retried = Письмо снова поставлено в очередь и скоро будет отправлено.
notifications-dismissed = Письмо удалено; сведения о нём сохранены в журнале аудита.
audit-title = Журнал аудита
audit-intro = Все изменения с указанием, кто и когда их внёс; сначала самые новые. Чтобы оставить записи только одного пользователя или объекта, выберите его в таблице.
audit-entity = Объект
audit-entity-id = Идентификатор объекта
audit-who = Кто
audit-action = Действие
audit-summary = Что изменено
audit-empty = Подходящих записей нет.
audit-clear = Показать всё
audit-any-person = Все пользователи

## Администрирование: учётные записи
users-title = Пользователи
users-intro = Учётные записи с их ролями и подразделениями. Здесь учётную запись можно отключить, задать для неё одноразовый пароль или завершить её сеансы.
users-new = Новый пользователь
users-search = Имя или адрес электронной почты
users-role = Роль
users-any-role = Все роли
users-state-active = Активна
users-state-disabled = Отключена
users-state-all = Все учётные записи
users-empty = Подходящих учётных записей нет.
users-name = Полное имя
users-email = Электронная почта
users-roles = Роли
users-department = Подразделение
users-no-department = Без подразделения
users-first-password = Пароль для первого входа
users-first-password-hint = Не менее 10 символов. Сообщите пароль владельцу учётной записи любым способом, кроме электронной почты: при первом входе Procura попросит его задать собственный пароль.
users-create = Создать учётную запись
users-save = Сохранить учётную запись
users-back = Вернуться к списку пользователей
users-reset-password = Одноразовый пароль
users-reset-password-hint = Если пользователь забыл пароль, задайте ему одноразовый: он войдёт по этому паролю и затем задаст собственный. Все его открытые сеансы сразу завершатся.
users-one-time-password = Новый одноразовый пароль
users-password-again = Подтверждение пароля
users-reset-password-button = Задать одноразовый пароль
users-sessions = Открытые сеансы
users-no-sessions = Открытых сеансов нет.
users-session-started = Начало
users-session-until = Действует до
users-session-from = IP-адрес
users-end-sessions = Завершить все сеансы
users-account = Учётная запись
users-disable-hint = Под отключённой учётной записью нельзя войти, и все её сеансы завершаются. Заявки, решения и история при этом сохраняются.
users-disabled-hint = Эта учётная запись отключена: войти под ней нельзя.
users-disable = Отключить учётную запись
users-enable = Включить учётную запись
users-history = История изменений учётной записи
users-done-created = Учётная запись создана; её владельцу отправлено письмо об этом.
users-done-saved = Учётная запись сохранена.
users-done-enabled = Учётная запись снова включена.
users-done-disabled = Учётная запись отключена, все её сеансы завершены.
users-done-password = Одноразовый пароль задан, все сеансы учётной записи завершены.
users-done-signed-out = Все сеансы учётной записи завершены.
problem-email-taken = Этот адрес электронной почты уже указан в другой учётной записи.
problem-roles-required = Выберите хотя бы одну роль.
problem-password-again-mismatch = Пароли не совпадают.
problem-password-too-short = Пароль слишком короткий: нужно не менее 10 символов.

## Администрирование: структура подразделений
departments-title = Подразделения
departments-intro = Структура организации, по которой строится маршрут согласования: заявка попадает к руководителю её подразделения, а затем поднимается вверх по структуре. Руководитель подразделения верхнего уровня — директор; руководитель ИТ-службы проверяет заявки на оборудование и ПО.
departments-new = Новое подразделение
departments-empty = Подразделений пока нет.
departments-name = Название
departments-code = Код
departments-head = Руководитель
departments-no-head = Без руководителя
departments-it = ИТ-служба
departments-parent = Вышестоящее подразделение
departments-parent-hint = Подразделение, в состав которого входит это подразделение; у подразделения верхнего уровня его нет.
departments-top = Нет: это верхний уровень организации
departments-is-it = Это ИТ-служба: её руководитель проверяет заявки на оборудование и ПО
departments-create = Добавить подразделение
departments-save = Сохранить подразделение
departments-back = Вернуться к списку подразделений
problem-code-taken = Этот код уже есть у другого подразделения.
problem-parent-id-creates-cycle = Нельзя выбрать само это подразделение или подразделение, которое стоит ниже него в структуре.
problem-head-user-id-inactive = Эта учётная запись отключена: выберите активного пользователя.

## Администрирование: политика согласования
policy-title = Политика согласования
policy-intro = Кто согласует заявки и начиная с каких сумм, а также правила заказа, замещения и бюджетов. Изменения действуют для заявок, отправленных на согласование после сохранения; в уже сформированных маршрутах этапы не меняются.
policy-saved = Политика согласования сохранена: она действует для заявок, отправленных на согласование с этого момента.
policy-chain = Маршрут согласования
policy-steps = Этапы, которые может включать маршрут (в этом порядке)
policy-finance-threshold = Сумма, с которой согласует финансовая служба
policy-finance-threshold-hint = Заявки на сумму не менее указанной проходят также этап финансовой службы.
policy-director-threshold = Сумма, с которой согласует директор
policy-director-threshold-hint = Заявки на сумму не менее указанной проходят также этап директора — руководителя подразделения верхнего уровня.
policy-it-review-categories = Категории, которые проверяет руководитель ИТ-службы
policy-fallback-approver-id = Резервный согласующий
policy-fallback-approver-id-hint = Принимает решение на этапе, если в структуре подразделений больше некому это сделать, например по заявке самого директора.
policy-no-fallback = Не назначен: такую заявку нельзя будет отправить на согласование
policy-four-eyes = Принцип четырёх глаз, когда речь идёт о деньгах
policy-four-eyes-hint = На этапах финансовой службы и директора решение принимает сотрудник, который не принимает решения ни на одном из предыдущих этапов заявки.
policy-distinct-steps = Отдельный согласующий на каждом этапе
policy-distinct-steps-hint = Если руководитель подразделения одновременно руководит ИТ-службой, этап руководителя ИТ-службы переходит выше по структуре от ИТ-службы, чтобы одно решение не закрывало оба этапа.
policy-ordering = Заказ и замещение
policy-currency = Валюта
policy-currency-hint = Код валюты по ISO 4217, в которой указываются все суммы, например EUR или MDL.
policy-order-tolerance-percent = Допустимое превышение согласованной суммы в заказе, %
policy-order-tolerance-percent-hint = Действует большее из двух значений — этот процент или сумма ниже; если превышение больше допуска, разница снова проходит согласование.
policy-order-tolerance-amount = …или на такую сумму
policy-order-tolerance-amount-hint = Небольшая разница в цене не требует повторного согласования.
policy-allow-self-fulfilment = ИТ-специалисты могут сами заказывать и принимать то, что запросили
policy-allow-self-fulfilment-hint = Для организации с одним ИТ-специалистом; каждый такой случай записывается в журнал аудита, а финансовая служба получает письмо.
policy-other-payer-roles = Роли, которые могут указать плательщиком другое подразделение
policy-max-delegation-days = Наибольший срок замещения, дней
policy-max-delegation-days-hint = На сколько дней согласующий может за один раз назначить заместителя; первый и последний день входят в срок.
policy-budgets = Бюджеты закупок
policy-budget-self-approval = Финансист может утвердить редакцию бюджета, которую сформировал сам
policy-budget-self-approval-hint = Для организации с одним финансистом; такое утверждение отмечается в редакции бюджета.
policy-stale-after-days = Через сколько дней потребность считается давно просроченной
policy-stale-after-days-hint = Потребность, которая через столько дней после требуемого срока всё ещё открыта, попадает в список давно просроченных (её нужно заказать, перенести или отменить) и больше не засчитывается в лимиты.
policy-budget-check = Бюджет при согласовании
policy-budget-check-intro = Что происходит в каждой категории, когда согласование заявки вывело бы подразделение за пределы месячного лимита.
budget-rule-none = Ничего: показать бюджет и согласовать
budget-rule-warn = Предупреждение: согласующий подтверждает флажком «Согласовать сверх бюджета»
budget-rule-block = Блокировка: согласовать может только роль, снимающая блокировку
policy-no-limit = Месяц без лимита
policy-no-limit-hint = Когда на месяц не задан лимит для подразделения и категории. Это никогда не означает «без ограничений»: выберите «Предупреждение» или «Блокировка», если только лимиты у вас вообще не используются.
policy-override-role = Кто может снять блокировку
policy-override-role-hint = Пользователи с этой ролью могут согласовать заявку сверх заблокированного бюджета, подтвердив это; каждый такой случай попадает в журнал аудита, а финансовая служба получает уведомление.
policy-override-nobody = Никто
policy-reminders = Напоминания и эскалация
policy-remind-after-business-days = Напоминать согласующему через (рабочих дней)
policy-remind-after-business-days-hint = Тот, кто может принять решение по ожидающему этапу, получает письмо через столько рабочих дней и затем через каждые столько же; с этого момента этап считается просроченным. 0 — без напоминаний.
policy-escalate-after-business-days = Эскалация через (рабочих дней)
policy-escalate-after-business-days-hint = Через столько рабочих дней уведомляется вышестоящий руководитель согласующего. 0 — без эскалации.
policy-escalation-moves-step = При эскалации этап передаётся вышестоящему
policy-escalation-moves-step-hint = Тогда решение принимает вышестоящий; этап финансовой службы остаётся за ней. Передача записывается в историю заявки.
policy-reminder-hour = Час отправки напоминаний (0–23)
policy-reminder-hour-hint = Каждый рабочий день в этот час по времени организации — одно письмо каждому: сводка, если его решения ждут несколько заявок.
policy-preview = Предварительный просмотр маршрута
policy-preview-intro = Кто принял бы решение по заявке, которую сегодня отправил на согласование сотрудник указанного ниже подразделения, — по политике в том виде, в каком она показана на этой странице.
policy-preview-total = Сумма заявки
policy-preview-category = Категория
policy-preview-department = Подразделение
policy-preview-button = Показать маршрут
policy-preview-unsaved = Просмотр учитывает изменения выше, которые ещё не сохранены.
policy-preview-heading = Маршрут согласования заявки на сумму { $total } (категория «{ $category }», подразделение «{ $department }»):
policy-preview-blocked = Отправить такую заявку на согласование было бы нельзя.
policy-preview-any-finance = любой финансист
policy-gap-no-person = Принять решение на этапе «{ $step }» некому: у подразделения и вышестоящих подразделений нет руководителя, кроме самого заявителя. Назначьте руководителя или резервного согласующего.
policy-gap-no-it-department = Принять решение на этапе «{ $step }» некому: ни одно подразделение не отмечено как ИТ-служба.
policy-gap-no-finance-user = Принять решение на этапе «{ $step }» некому: других активных финансистов нет.
policy-gap-director-decides-earlier = Принять решение на этапе «{ $step }» некому: директор принимает решение на одном из предыдущих этапов, а по принципу четырёх глаз здесь нужен другой сотрудник. Назначьте резервного согласующего.
policy-save = Сохранить политику согласования
problem-steps-required = Оставьте хотя бы один этап: без согласования ничего не заказывается.
problem-currency-invalid-currency = Введите трёхбуквенный код ISO 4217, например EUR или MDL.
problem-finance-threshold-invalid-amount = Введите сумму не менее 0 и не более чем с 2 знаками после запятой.
problem-director-threshold-invalid-amount = Введите сумму не менее 0 и не более чем с 2 знаками после запятой.
problem-order-tolerance-amount-invalid-amount = Введите сумму не менее 0 и не более чем с 2 знаками после запятой.
problem-stale-after-days-out-of-range = Введите число дней от 1 до 3650.
problem-max-delegation-days-out-of-range = Введите число дней от 1 до 366.
problem-remind-after-business-days-out-of-range = Введите число рабочих дней от 0 (выключено) до 250.
problem-escalate-after-business-days-out-of-range = Введите число рабочих дней от 0 (выключено) до 250.
problem-reminder-hour-out-of-range = Введите час от 0 до 23.
problem-order-tolerance-percent-out-of-range = Введите процент от 0 до 100.

## Администрирование: праздничные дни
holidays-title = Праздничные дни
holidays-intro = Нерабочие дни помимо выходных. Напоминания и эскалация считают рабочие дни, поэтому в праздник этап не становится просроченным.
holidays-of-year = Праздничные дни { $year } года
holidays-year-link = { $year }
holidays-none = На этот год праздничные дни не заданы.
holidays-day = День
holidays-name = Название
holidays-actions = Действия
holidays-remove = Удалить
holidays-remove-label = Удалить праздничный день { $day }
holidays-add = Добавление или переименование праздничного дня
holidays-add-button = Сохранить праздничный день
holidays-import = Импорт списка
holidays-list = Праздничные дни, по одному в строке
holidays-list-hint = В каждой строке дата и название, например 2026-12-25 Рождество, — так обычно публикуют официальные праздники. Строки, начинающиеся с #, пропускаются; уже заданный день переименовывается.
holidays-check = Проверить список
holidays-import-button = Импортировать
holidays-checked = { $count ->
        [one] В списке { $count } праздничный день; ничего не сохраняется, пока вы его не импортируете:
        [few] В списке { $count } праздничных дня; ничего не сохраняется, пока вы их не импортируете:
        [many] В списке { $count } праздничных дней; ничего не сохраняется, пока вы их не импортируете:
       *[other] В списке { $count } праздничных дней; ничего не сохраняется, пока вы их не импортируете:
    }
holidays-line-problem = Строка { $line }: { $problem }
holidays-done-added = Праздничный день сохранён.
holidays-done-removed = Праздничный день удалён.
holidays-done-imported = Список импортирован.
problem-list-invalid-date = Начните строку с даты, например 2026-12-25.
problem-list-required = Укажите после даты название праздника.
problem-list-duplicate = Этот день уже есть в одной из строк выше.
problem-list-out-of-range = Укажите дату с 2000 по 2200 год.
problem-day-invalid-date = Выберите день.
problem-name-required = Укажите название праздника.

## Администрирование: расписание бюджетов
schedules-admin-title = Расписание формирования бюджетов
schedules-admin-intro = Когда формируются недельные и месячные бюджеты закупок и кто их получает. Каждый бюджет формируется один раз за период, даже если запущено несколько экземпляров Procura.
schedules-admin-next = Ближайшие запуски (часовой пояс { $zone }):
schedules-admin-not-running = Отключено: по расписанию не формируется.
schedules-admin-cron = Расписание (выражение cron)
schedules-admin-cron-hint = Минута, час, день месяца, месяц, день недели: «0 7 * * Wed» — каждую среду в 07:00, «0 7 25 * *» — 25-го числа каждого месяца.
schedules-admin-timezone = Часовой пояс
schedules-admin-recipients = Получатели
schedules-admin-recipients-hint = По одному адресу электронной почты в строке. Если оставить поле пустым, письмо получат все активные финансисты.
schedules-admin-enabled = Формировать по расписанию
schedules-admin-save = Сохранить расписание
schedules-saved = { $job }: расписание сохранено; ближайшие запуски ниже рассчитаны уже по нему.
problem-cron-invalid-cron = Procura не может прочитать это выражение: нужно пять полей, например «0 7 * * Wed».
problem-timezone-unknown-timezone = Procura не знает такого часового пояса: укажите его в виде Europe/Chisinau, Europe/Kyiv или UTC.
problem-recipients-invalid-email = Одна из строк — не адрес электронной почты.

## Пополнение запасов
replenishment-title = Пополнение запасов
replenishment-intro = Товары, у которых прогноз остатка — с учётом того, что уже в заказе, и ожидаемого расхода за срок поставки — опускается до точки заказа, и сколько заказать, чтобы довести запас до максимального. Отметьте, что заказать, при необходимости измените количество и создайте черновики заявок.
replenishment-empty = Заказывать ничего не нужно: все остатки, для которых заданы параметры пополнения, в течение срока поставки остаются выше точки заказа.
replenishment-no-supplier = Без постоянного поставщика
replenishment-col-order = Заказать
replenishment-col-on-order = В заказе
replenishment-col-daily-use = Расход в день
replenishment-col-projected = Прогноз остатка
replenishment-col-policy = Точка заказа / максимум
replenishment-col-quantity = К заказу
replenishment-col-cost = Ориентировочная стоимость
replenishment-select-label = Заказать: { $item }
replenishment-quantity-label = Количество к заказу: { $item }
replenishment-suggested-policy = рекомендация: { $reorder } / { $max }
replenishment-apply = Применить
replenishment-apply-label = Применить рекомендуемые параметры пополнения: { $item }
replenishment-applied = Рекомендуемые параметры пополнения применены; список ниже пересчитан с их учётом.
replenishment-create-hint = На каждое место хранения создаётся один черновик заявки с отмеченными товарами. Черновики откроются для проверки; на согласование их отправляете вы.
replenishment-create = Создать черновики заявок
problem-items-required = Отметьте хотя бы один товар для заказа.
problem-nothing-suggested = Для этого места хранения рекомендации по заказу товара больше нет: чтобы всё же заказать его, укажите количество.

## Инвентаризационная опись
count-title = Инвентаризационная опись
count-open-sheet = Открыть опись
count-choose-location = Выберите место хранения для инвентаризации.
count-nothing-here = В этом месте хранения нет товаров, или по запросу ничего не найдено.
count-sheet-hint = Введите фактическое количество; если товар не подсчитывали, оставьте поле пустым. Пока вы не подтвердите результаты, ничего не изменится.
count-sheet-more = В этом месте хранения больше товаров, чем помещается в одну опись: проводите инвентаризацию по частям, с помощью поиска.
count-sheet-caption = Товары в этом месте хранения
count-print = Распечатать опись
count-col-expected = По учёту
count-col-counted = Фактически
count-col-adjustment = Корректировка
count-counted-label = Фактическое количество: { $item }
count-preview-button = Проверить расхождения
count-preview-heading = Корректировки по итогам инвентаризации
count-preview-summary = { $lines ->
    [one] Подсчитан { $lines } товар
    [few] Подсчитано { $lines } товара
    [many] Подсчитано { $lines } товаров
   *[other] Подсчитано { $lines } товара
}; { $differences ->
    [0] расхождений с остатком нет.
    [one] расхождение с остатком — у { $differences } товара.
    [few] расхождение с остатком — у { $differences } товаров.
    [many] расхождение с остатком — у { $differences } товаров.
   *[other] расхождение с остатком — у { $differences } товара.
}
count-preview-hint = Если до подтверждения остаток изменится, каждая корректировка будет рассчитана от остатка на момент подтверждения.
count-confirm = { $count ->
    [0] Подтвердить инвентаризацию
    [one] Подтвердить и провести { $count } корректировку
    [few] Подтвердить и провести { $count } корректировки
    [many] Подтвердить и провести { $count } корректировок
   *[other] Подтвердить и провести { $count } корректировки
}
count-change = Изменить данные описи
count-done-title = Инвентаризация места хранения
count-done-when = Дата инвентаризации
count-done-lines = Подсчитано товаров
count-done-adjustments = Проведено корректировок
count-another = Повторить инвентаризацию этого места хранения

## Бюджеты: список, страница редакции, сравнение двух редакций
nav-budgets = Бюджеты
budgets-title = Бюджеты закупок
budgets-kind = Тип бюджета
budgets-any-kind = Все типы
budget-kind-weekly = Недельный бюджет закупок
budget-kind-monthly = Месячный бюджет закупок
budgets-empty = Ещё не сформировано ни одного бюджета.
budgets-col-period = Период
budgets-col-revision = Редакция
budgets-col-generated = Сформировано
budgets-col-state = Статус
budget-authoritative = Действующая
budget-late = С опозданием
budget-manual = вручную
budget-overrun = Лимит превышен
budget-approved = Утверждено
budget-waiting = Ожидает утверждения
budgets-generate = Формирование редакции
budgets-generate-hint = Новая редакция бюджета за любую неделю или месяц на основе текущих заявок и запасов. По электронной почте она не рассылается: финансовая служба получает редакцию, сформированную по расписанию.
budgets-period-start = Первый день периода
budgets-period-start-hint = Для недельного бюджета — понедельник, для месячного — 1-е число.
budgets-generate-button = Сформировать
budget-revision = редакция { $revision }
budget-on-schedule = по расписанию
budget-limit = Лимит
budget-remaining = Остаток лимита
budget-month-to-date = Заказано с начала месяца
budget-counts = Это действующая редакция бюджета за этот период.
budget-superseded = Для этого периода действует редакция { $revision }.
budget-approval = Утверждение
budget-approved-by = Утверждено { $when }. Кто утвердил: { $name }.
budget-self-approved = Эту редакцию сформировал и утвердил один и тот же пользователь: политика согласования это допускает.
budget-approve = Утвердить эту редакцию
budget-own-revision = Эту редакцию сформировали вы, поэтому утверждает её другой финансист.
budget-waiting-finance = Ожидает утверждения в финансовой службе.
budget-download = Скачать:
budget-legend-new = Новые
budget-legend-carried = Перенесённые
budget-legend-over = Сверх лимита
budget-by-department = По подразделениям
budget-by-category = По категориям
budget-bar = Сумма в сравнении с лимитом
budget-no-department = Без подразделения
budget-lines = Позиции
budget-any = Все
budget-section = Раздел
section-new = Новые
section-carried-over = Перенесённые
section-stale = Давно просроченные
budget-stale-total = Давно просроченные потребности, вне итога
budget-lines-matched = { $count ->
    [0] Не найдено ни одной позиции.
    [one] Найдена { $count } позиция.
    [few] Найдено { $count } позиции.
    [many] Найдено { $count } позиций.
   *[other] Найдено { $count } позиции.
}
budget-due = Требуемый срок
budget-days-overdue = { $count ->
    [one] { $count } день просрочки
    [few] { $count } дня просрочки
    [many] { $count } дней просрочки
   *[other] { $count } дня просрочки
}
budget-other-revisions = Другие редакции за этот период
budget-compare-with = сравнить с редакцией { $revision }
budget-compare-title = Сравнение двух редакций
budget-compare-intro = Что изменилось в редакции { $after } по сравнению с редакцией { $before }.
budget-change = Изменение
budget-changed-lines = Добавленные, удалённые и изменённые позиции
budget-no-changed-lines = В обеих редакциях позиции совпадают.
budget-what-changed = Что изменилось
budget-line-added = Добавлена
budget-line-removed = Удалена
budget-line-changed = Изменена

## Лимиты и расписание формирования бюджетов
execution-title = Исполнение бюджета
execution-intro = Лимит каждого месяца в сравнении с тем, что приходится на его заявки: согласовано и ещё не заказано, заказано и ещё ожидается, получено, а также всё заказанное. Заявка учитывается в том месяце, к которому она нужна (после заказа — в месяце ожидаемой поставки). Выберите подразделение и категорию или посмотрите общий итог.
execution-year = Год
execution-all-departments = Все подразделения
execution-all-categories = Все категории
execution-caption = По месяцам, в { $currency }
execution-month = Месяц
execution-ordered = Заказано всего
execution-year-to-date = С начала года по { $month }
execution-year-to-date-none = С начала года (год ещё не начался)
execution-download = Весь год по всем подразделениям и категориям, для бухгалтерии:
limits-title = Лимиты и расписание
limits-month = Месяц
limits-hint = Каждая ячейка — месячный лимит подразделения по категории; недельный бюджет получает из него долю пропорционально числу своих дней, приходящихся на этот месяц. Если лимит не нужен, оставьте ячейку пустой.
limits-caption = Лимиты на { $month }
limits-save = Сохранить лимиты
limits-saved = { $set ->
    [0] Не установлено ни одного лимита
    [one] Установлен { $set } лимит
    [few] Установлено { $set } лимита
    [many] Установлено { $set } лимитов
   *[other] Установлено { $set } лимита
}, { $removed ->
    [0] ни один не удалён.
    [one] удалён { $removed }.
    [few] удалено { $removed }.
    [many] удалено { $removed }.
   *[other] удалено { $removed }.
}
limits-copied = { $count ->
    [0] Из предыдущего месяца не скопировано ни одного лимита.
    [one] Из предыдущего месяца скопирован { $count } лимит.
    [few] Из предыдущего месяца скопировано { $count } лимита.
    [many] Из предыдущего месяца скопировано { $count } лимитов.
   *[other] Из предыдущего месяца скопировано { $count } лимита.
}
limits-copy = Скопировать эти лимиты на следующий месяц
limits-copy-hint = Только там, где на следующий месяц лимит ещё не установлен.
schedules-heading = Расписание формирования бюджетов
schedules-job = Бюджет
schedules-cron = Расписание (cron)
schedules-next = Три ближайших запуска
schedules-off = Отключено
schedule-weekly-budget = Недельный бюджет закупок
schedule-monthly-budget = Месячный бюджет закупок
home-budgets-to-approve = Бюджеты, ожидающие вашего утверждения
home-next-budgets = Ближайшее формирование бюджетов
