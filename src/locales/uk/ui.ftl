# Сторінки Procura українською. Одне повідомлення на кожен рядок, який
# показує сторінка; інші локалі мають ті самі ключі (їх додає задача про мови).

## Макет і навігація
skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-mine = Мої заявки
nav-new = Нова заявка
nav-inbox = Чекають на мене
nav-sign-out = Вийти
nav-decided = Мої рішення
nav-delegations = Делегування
overdue = прострочено
inbox-waiting = { $count ->
    [one] { $count } заявка чекає на вас
    [few] { $count } заявки чекають на вас
    [many] { $count } заявок чекають на вас
   *[other] { $count } заявки чекають на вас
}
next-page = Наступна сторінка
choose = Виберіть…
none = Не вказано

## Вхід
sign-in-title = Вхід
sign-in-email = Електронна пошта
sign-in-password = Пароль
sign-in-button = Увійти
sign-in-wrong = Неправильно введено адресу електронної пошти або пароль.
sign-in-throttled = Забагато спроб. Спробуйте ще раз через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
sign-in-first-admin = Перший запуск? Одноразовий пароль адміністратора записано в журнал сервісу.
resume-sign-in = Сеанс завершився до того, як форму було надіслано. Увійдіть знову — і її можна буде надіслати такою, якою ви її залишили.
resume-heading = Надсилання форми
resume-detail = Ви знову ввійшли в систему, і все, що ви ввели, збережено. Надішліть форму зараз або відмовтеся від надсилання.
resume-send = Надіслати форму
resume-discard = Не надсилати й перейти на головну

## Помилки
error-heading = Не вдалося виконати дію
error-back = Повернутися до Procura
error-csrf-heading = Термін дії форми минув
error-csrf-detail = Форму надіслано не з цієї сторінки Procura, або ваш сеанс змінився після того, як її відкрили. Поверніться на попередню сторінку, оновіть її й спробуйте ще раз.
error-not-found-heading = Не знайдено
error-not-found-detail = Такої сторінки немає, або ви не маєте доступу до неї.
error-internal-heading = Щось пішло не так
error-internal-detail = Сталася неочікувана помилка; її записано в журнал. Спробуйте ще раз трохи згодом.

## Списки
mine-title = Мої заявки
mine-empty = У вас ще немає заявок.
inbox-title = Чекають на мене
inbox-empty = Жодна заявка не чекає на ваше рішення.
filter-status = Статус
filter-any-status = Будь-який статус
filter-any-department = Будь-який підрозділ
filter-apply = Показати
filter-step = Етап
filter-any-step = Будь-який етап
filter-waiting = Чекає щонайменше
filter-any-wait = Будь-який строк
inbox-empty-filtered = Жодна із заявок, що чекають на ваше рішення, не відповідає цим фільтрам.
col-reference = Номер
col-title = Назва
col-status = Статус
col-total = Сума
col-decides-now = Зараз вирішує
col-age = Від створення
col-requester = Заявник
col-department = Підрозділ
col-waiting = Чекає
col-description = Опис
col-category = Категорія
col-quantity = Кількість
col-unit-price = Ціна за одиницю
col-line-total = Сума за позицією
col-received = Отримано
age-minutes = { $count ->
    [one] { $count } хвилина
    [few] { $count } хвилини
    [many] { $count } хвилин
   *[other] { $count } хвилини
}
age-hours = { $count ->
    [one] { $count } година
    [few] { $count } години
    [many] { $count } годин
   *[other] { $count } години
}
age-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}

## Довідники
status-draft = Чернетка
status-submitted = На погодженні
status-approved = Погоджено
status-ordered = Замовлено
status-partially-received = Отримано частково
status-received = Отримано
status-returned = Повернуто на доопрацювання
status-rejected = Відхилено
status-cancelled = Скасовано
category-hardware = Обладнання
category-software = Програмне забезпечення
category-consumables = Витратні матеріали
category-services = Послуги
category-other = Інше
step-department-head = Керівник підрозділу
step-it-head = Керівник ІТ-служби
step-finance = Фінансова служба
step-director = Директор
step-status-waiting = Очікує черги
step-status-pending = На розгляді
step-status-approved = Погоджено
step-status-returned = Повернуто
step-status-rejected = Відхилено
step-status-cancelled = Скасовано
role-employee = Працівник
role-approver = Погоджувач
role-it-specialist = ІТ-фахівець
role-finance = Фінансист
role-admin = Адміністратор
action-create = створення чернетки
action-edit = редагування
action-submit = надсилання на погодження
action-approve = погодження
action-return = повернення на доопрацювання
action-reject = відхилення
action-cancel = скасування
action-order = оформлення замовлення
action-receive = реєстрація надходження
action-close-short = закриття з недопоставкою
action-escalate = ескалація

## Одна заявка
field-requester = Заявник
field-department = Підрозділ
field-needed-by = Потрібно до
field-total = Загальна сума
field-created = Створено
field-decides-now = Зараз вирішує
decides-now-waiting-since = чекає з { $when }
field-title = Назва
field-justification = Обґрунтування
field-justification-hint = Поясніть, навіщо потрібна закупівля: погоджувачі читають це поле насамперед.
field-paying-department = Підрозділ-платник
field-location = Місце зберігання
field-location-hint = Для витратних матеріалів: де зберігатимуть товар.
field-name = Ім’я
field-email = Електронна пошта
field-roles = Ролі
lines-heading = Позиції
chain-heading = Погодження
chain-round = коло { $round }
history-heading = Історія
on-behalf-of = від імені: { $name }
decide-heading = Ваше рішення
decide-as-delegate = Ви ухвалюєте рішення як заступник погоджувача: { $name }.
decide-comment = Коментар
decide-comment-hint = Для погодження — необов’язково; для повернення на доопрацювання чи відхилення — обов’язково (вкажіть причину).
decide-approve = Погодити
decide-return = Повернути на доопрацювання
decide-reject = Відхилити
decide-approve-anyway = Погодити понад бюджет
decide-approve-anyway-hint = Погодження виходить за межі бюджету, показаного вище, або припадає на місяць без ліміту. Позначте, щоб підтвердити: це буде записано в історії, а фінансова служба отримає сповіщення.
decide-override-budget = Зняти блокування бюджету й погодити
decide-override-budget-hint = Політика блокує погодження понад цей ліміт, але ваша роль дозволяє зняти блокування. Позначте, щоб підтвердити: це буде записано в історії, а фінансова служба отримає сповіщення.
decide-budget-blocked = Заявка виходить за межі бюджету, і політика це блокує: погодити її ви не можете. Поверніть її на доопрацювання, відхиліть або попросіть фінансову службу збільшити ліміт чи ухвалити рішення.
problem-approve-anyway-over-budget-unconfirmed = Погодження виходить за межі бюджету: позначте прапорець, щоб усе одно погодити, або поверніть заявку.
refusal-over-budget = Заявка виходить за межі бюджету, і політика це блокує: зняти блокування може лише роль, зазначена в політиці.
refusal-over-budget-unconfirmed = Погодження виходить за межі бюджету: позначте «Погодити понад бюджет», щоб підтвердити.
position-heading = Бюджет
position-intro = Що погодження означає для бюджету закупівель підрозділу-платника на { $month } з урахуванням цієї заявки.
position-limit = Ліміт
position-approved = Погоджено, не замовлено
position-committed = Замовлено, очікується
position-actual = Отримано
position-this = Ця заявка
position-remaining = Залишок ліміту
position-over-by = перевищення { $amount }
position-no-limit = ліміт не встановлено
position-rule-warn = Погодження понад бюджет погоджувач має підтвердити; фінансова служба отримує сповіщення.
position-rule-block = Політика блокує погодження понад цей бюджет; погодити може лише роль, якій дозволено знімати блокування, а фінансова служба отримує сповіщення.
decide-through-link = За посиланням із листа щодо погодження ви ухвалюєте рішення як { $name }. Посилання спрацьовує лише один раз; щоб зробити щось інше, увійдіть у Procura.
history-via-email = за посиланням із листа

## Посилання для рішення, яке вже нічого не вирішує
link-used-heading = Це посилання вже використано
link-used-detail = Посилання в листі щодо погодження спрацьовує лише один раз. Ухвалене за ним рішення наведено нижче.
link-decided-heading = Щодо цього етапу рішення вже ухвалено
link-decided-detail = Рішення ухвалено ще до переходу за цим посиланням, або заявку відкликано. Відкриття посилання нічого не змінило.
link-expired-heading = Термін дії посилання минув
link-expired-detail = Посилання в листах щодо погодження діють { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}. Заявка й далі чекає на рішення: відкрийте її в Procura й ухваліть його там.
link-disabled-heading = Це посилання більше не діє
link-disabled-detail = Обліковий запис, на який його надіслано, вимкнено.
link-application = Заявка
link-status = Статус заявки
link-step = Цей етап
link-decided-by = Хто ухвалив рішення
link-decided-at = Коли ухвалено рішення
link-valid-until = Посилання діяло до
link-open-application = Відкрити заявку
requester-actions = Що ви можете зробити
action-edit-button = Редагувати
action-submit-button = Надіслати на погодження
cancel-heading = Скасувати цю заявку
cancel-comment = Причина (необов’язково)
cancel-button = Скасувати заявку

## Форма заявки
editor-new-title = Нова заявка
editor-edit-title = Редагування заявки { $reference }
editor-returned-heading = Повернуто на доопрацювання
editor-problems = { $count ->
    [one] Щоб продовжити, потрібно виправити { $count } помилку.
    [few] Щоб продовжити, потрібно виправити { $count } помилки.
    [many] Щоб продовжити, потрібно виправити { $count } помилок.
   *[other] Щоб продовжити, потрібно виправити { $count } помилки.
}
editor-add-line = Додати позицію
editor-catalogue = З каталогу
editor-catalogue-hint = Введіть SKU або частину назви й виберіть товар: опис, категорію та ціну за одиницю буде заповнено автоматично.
editor-catalogue-find = Знайти
editor-catalogue-chosen = Товар із каталогу: { $item }
editor-catalogue-matches = Знайдені товари з каталогу
editor-catalogue-none = У каталозі немає товарів за запитом «{ $query }».
editor-remove-line = Видалити
editor-remove-line-label = Видалити позицію { $number }
editor-submit = Надіслати на погодження
editor-save = Зберегти чернетку
editor-back = Повернутися до заявки

## Мої рішення
decided-title = Мої рішення
decided-empty = Ви ще не ухвалили рішення щодо жодної заявки.
decided-latest = { $count ->
    [1] Ваше останнє рішення.
    [one] Ваші останні { $count } рішення, спершу найновіші.
    [few] Ваші останні { $count } рішення, спершу найновіші.
    [many] Ваші останні { $count } рішень, спершу найновіші.
   *[other] Ваші останні { $count } рішення, спершу найновіші.
}
col-my-decision = Моє рішення
col-now = Поточний статус

## Делегування
delegations-title = Делегування
delegations-given = Хто ухвалює рішення замість мене
delegations-given-empty = Ви не призначили заступника.
delegations-received = Замість кого я ухвалюю рішення
delegations-received-empty = Ніхто не призначив вас своїм заступником.
delegation-to = { $name } ухвалює рішення замість вас
delegation-for = Ви ухвалюєте рішення замість особи: { $name }
delegation-end = Завершити зараз
delegation-new = Призначити заступника
delegation-find = Пошук особи
delegation-find-button = Знайти
delegation-more = До списку потрапили не всі знайдені особи: щоб звузити пошук, введіть більше літер імені або адреси електронної пошти.
delegation-delegate = Заступник
delegation-starts = Дата початку
delegation-ends = Дата завершення (включно)
delegation-create = Призначити заступника

## Профіль
profile-title = Мій профіль
password-heading = Зміна пароля
password-first = Ви увійшли за одноразовим паролем. Задайте власний пароль: інші сторінки Procura стануть доступними, щойно ви це зробите.
password-current = Поточний пароль
password-new = Новий пароль
password-confirm = Повторіть новий пароль
password-rules = Щонайменше 10 символів.
password-button = Змінити пароль
password-changed = Пароль змінено. Усі ваші інші сеанси завершено.

## Проблеми з полями за кодом; якщо коду немає, показується власне речення сервісу
problem-mismatch = Нові паролі не збігаються.
# Будь-яке поле з цим кодом
problem-required = Обов’язкове поле.
problem-invalid = Procura не може прочитати це значення: перевірте, як його записано.
problem-invalid-value = Це значення тут не допускається.
problem-not-found = Вибраного варіанта більше немає, або він вам недоступний.
problem-inactive = Вимкнено або більше не використовується.
problem-negative = Значення не може бути від’ємним.
problem-not-positive = Значення має бути більшим за 0.
problem-too-long = Перевищено допустиму межу.
problem-too-short = Закороткий текст.
problem-too-large = Завелике число.
problem-too-precise = Забагато знаків після коми.
problem-too-many = Їх забагато.
problem-total-too-large = Завелика загальна сума.
problem-in-past = Ця дата вже минула.
problem-in-the-past = Ця дата вже минула.
problem-before-start = Не може бути раніше за початок.
problem-self = Укажіть іншу особу, не себе.
problem-duplicate = Зазначено двічі.
problem-wrong-password = Це не ваш поточний пароль.
problem-invalid-email = Це не адреса електронної пошти.
# Одне поле з одним кодом
problem-title-required = Укажіть назву заявки.
problem-justification-required = Поясніть, навіщо потрібна закупівля.
problem-department-id-required = Виберіть підрозділ-платника.
problem-needed-by-required = Укажіть, до якої дати потрібна закупівля.
problem-needed-by-in-past = Ця дата вже минула: виберіть сьогоднішній або пізніший день.
problem-needed-by-invalid = Введіть дату.
problem-lines-required = Додайте принаймні одну позицію.
problem-lines-total-too-large = Завелика сума за позиціями.
problem-line-description-required = Опишіть позицію або виберіть товар із каталогу.
problem-line-quantity-invalid = Введіть кількість числом.
problem-line-quantity-not-positive = Кількість має бути більшою за 0.
problem-line-quantity-too-precise = У кількості допускається щонайбільше 3 знаки після коми.
problem-line-unit-price-invalid = Введіть ціну за одиницю числом, наприклад 1 234,50.
problem-line-unit-price-negative = Ціна за одиницю не може бути від’ємною.
problem-line-unit-price-too-precise = У ціні допускається щонайбільше 2 знаки після коми.
problem-comment-required = Укажіть, що потрібно виправити.
problem-reason-required = Для відхилення потрібна причина.
problem-delegate-id-required = Виберіть, хто ухвалюватиме рішення замість вас.
problem-delegate-id-self = Не можна призначити заступником себе.
problem-starts-on-invalid = Введіть дату початку.
problem-ends-on-invalid = Введіть дату завершення.
problem-ends-on-before-start = Останній день не може бути раніше за перший.
problem-ends-on-in-the-past = Останній день уже минув: делегування не діятиме жодного дня.
problem-new-password-too-short = Новий пароль закороткий: потрібно щонайменше 10 символів.
problem-out-of-range = Значення поза допустимим діапазоном.
problem-nothing-remains = За цією позицією більше нічого не очікується.
problem-invalid-month = Введіть місяць, наприклад 2026-07.
problem-invalid-id = Вибраний варіант неприпустимий.
problem-unknown-field = Procura не знає такого поля.
problem-unknown-format = Procura не знає такого формату.
problem-ends-on-too-long = Делегування триває довше, ніж дозволяє політика погодження.

## Відхилені дії, за кодом відмови
refusal-version-conflict = Поки сторінка була відкрита, дані змінилися. Оновіть сторінку та внесіть зміну ще раз.
refusal-step-already-decided = Щодо цього етапу рішення вже ухвалено.
refusal-not-your-step = Рішення на поточному етапі ухвалюєте не ви.
refusal-self-approval = Ніхто не ухвалює рішення щодо власної заявки чи бюджету: тут вирішує інша особа.
refusal-four-eyes = Ви вже вирішуєте на іншому етапі цієї заявки: коли йдеться про гроші, на цьому етапі вирішує інша особа.
refusal-invalid-transition = Ця дія недоступна за поточного статусу заявки.
refusal-forbidden = У вас немає права на цю дію.
refusal-not-requester = Це може зробити лише працівник, який подав заявку.
refusal-no-approver = Поки що немає кому ухвалити рішення на наступному етапі: адміністраторові потрібно призначити погоджувача.
refusal-not-delegator = Завершити делегування може лише погоджувач, який призначив заступника.
refusal-already-exists = Такий запис уже існує.
refusal-concurrent-change = Під час виконання дії щось змінилося. Спробуйте ще раз.
refusal-self-fulfilment = Політика погодження не дозволяє вам замовляти чи отримувати позиції власної заявки.
refusal-too-many-requests = { $seconds ->
        [one] Забагато спроб. Повторіть через { $seconds } секунду.
        [few] Забагато спроб. Повторіть через { $seconds } секунди.
        [many] Забагато спроб. Повторіть через { $seconds } секунд.
       *[other] Забагато спроб. Повторіть через { $seconds } секунди.
    }

## Мова
language-label = Мова
language-browser = Як у браузері
language-button = Зберегти мову
language-saved = Мову збережено.

## Дати: назви місяців у даті (родовий відмінок) і формати
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-long = { $day } { $month } { $year } р.
date-time = { $date }, { $time }

## Черги ІТ-фахівця, форми замовлення та приймання
nav-to-order = До замовлення
nav-deliveries = Поставки
to-order-title = До замовлення
to-order-intro = Погоджені заявки, що чекають на замовлення; першими — ті, що чекають найдовше.
to-order-empty = Жодна заявка не чекає на замовлення.
deliveries-title = Поставки
deliveries-intro = Замовлені заявки, за якими надійшли ще не всі товари; першими — найстаріші.
deliveries-empty = Поставок не очікується.
fulfil-heading = Замовлення та приймання
fulfil-order = Оформити замовлення
fulfil-receive = Прийняти поставку
order-title = Замовлення
order-intro = Внесіть у Procura замовлення, розміщене в постачальника, і ціни з нього.
order-supplier = Постачальник
order-reference = Номер замовлення в постачальника
order-expected-on = Очікувана дата поставки
order-prices = Ціни за позиціями
order-approved-price = Погоджена ціна за одиницю
order-actual-price = Ціна за одиницю в замовленні
order-approved-total = Погоджена сума
order-tolerance-hint = Загальну суму, вищу за погоджену, буде прийнято в межах допуску, визначеного політикою погодження; якщо допуск перевищено, заявка знову повертається на погодження різниці.
order-button = Оформити замовлення
receive-title = Приймання
receive-intro = Введіть, що надійшло зараз за кожною позицією. Поставлений, але відхилений під час приймання товар повертається постачальнику й далі очікується: укажіть його кількість і причину.
receive-location = Місце зберігання
receive-location-hint = Де зберігатимуть прийняті зараз витратні матеріали з каталогу.
receive-lines = Що надійшло
receive-now = Прийнято зараз
receive-rejected = Відхилено
receive-reason = Причина відхилення
receive-now-label = Прийнято зараз: { $line }
receive-rejected-label = Відхилено: { $line }
receive-reason-label = Причина відхилення: { $line }
receive-line-done = Більше нічого не очікується.
receive-button = Прийняти поставку
problem-over-receipt = Це більше, ніж залишилося поставити за цією позицією.
problem-supplier-required = Укажіть постачальника.
problem-reference-required = Укажіть номер замовлення в постачальника.
problem-location-id-required = Виберіть місце зберігання: витратні матеріали з каталогу поповнюють запас.
problem-line-rejection-reason-required = Укажіть причину відхилення.

## Головна сторінка: що потребує вашої уваги
home-title = Що потребує вашої уваги
home-nothing = Зараз ніщо не потребує вашої уваги.
home-oldest = Найдовше чекає ({ $age }):
home-returned = Повернуто вам на доопрацювання
home-drafts = Ваші чернетки
home-all = Показати всі
home-low-stock = Залишки на рівні точки замовлення або нижче
home-on-hand = у наявності: { $quantity }
home-reorder-point = точка замовлення: { $quantity }

## Залишки
nav-stock = Залишки
stock-title = Залишки в місцях зберігання
stock-search = Код SKU або назва
stock-any-location = Будь-яке місце зберігання
stock-below-only = Лише на рівні точки замовлення або нижче
stock-empty = Відповідних залишків немає.
stock-col-sku = Код SKU
stock-col-item = Товар
stock-col-on-hand = У наявності
stock-col-reorder-point = Точка замовлення
stock-col-max-level = Максимальний рівень запасу
stock-low = Мало

## Поставки, очікувані цього тижня
deliveries-week-intro = Поставки, очікувані до кінця цього тижня, зокрема прострочені; першими — найстаріші.
deliveries-week-empty = Цього тижня поставок не очікується.
home-deliveries-week = Поставки, очікувані цього тижня

## Картка товару в запасі, форми операцій і параметри поповнення
stock-item-unit = Одиниця виміру
stock-item-lead-time = Строк поставки
stock-item-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}
stock-item-state = Статус
stock-item-retired = Виведено з асортименту
stock-item-balances = Наявність за місцями зберігання
stock-item-no-balance = Цього товару поки немає в жодному місці зберігання.
stock-item-links = Графік і параметри поповнення
stock-item-charted = Показано на графіку
stock-item-chart-at = Графік: { $location }
stock-item-policy-at = Параметри поповнення: { $location }
stock-chart-heading = Динаміка залишку за останні 90 днів: { $location }
stock-chart-changes = Дні, коли змінювався залишок
stock-chart-day = День
stock-chart-closing = Залишок на кінець дня
chart-reorder-point = Точка замовлення: { $value }
chart-max-level = Максимальний рівень запасу: { $value }
chart-summary = Залишок на { $from } — { $start }, на { $to } — { $end }; найменший — { $low } ({ $lowday }).
chart-summary-policy = Залишок на { $from } — { $start }, на { $to } — { $end }; найменший — { $low } ({ $lowday }); на рівні точки замовлення або нижче — { $below ->
    [one] { $below } день
    [few] { $below } дні
    [many] { $below } днів
   *[other] { $below } дня
}.
date-short = { $day } { $month }
stock-ledger-heading = Журнал руху запасів
stock-ledger-from = Початок періоду
stock-ledger-to = Кінець періоду
stock-ledger-empty = За цей період операцій немає.
stock-ledger-when = Дата
stock-ledger-kind = Операція
stock-ledger-unit-cost = Собівартість одиниці
stock-ledger-issued-to = Отримувач
stock-ledger-note = Примітка
stock-ledger-by = Хто зареєстрував
stock-ledger-system = Procura
movement-receipt = Надходження
movement-issue = Видача
movement-transfer = Переміщення
movement-write-off = Списання
movement-adjustment = Коригування за інвентаризацією
stock-move-actions = Нова операція із запасом
stock-move-receipt = Надходження
stock-move-receipt-intro = Товари, що надійшли до запасу поза поставкою за заявкою: повернення, знайдена коробка, введення початкового залишку.
stock-move-receipt-button = Зареєструвати надходження
stock-move-issue = Видача
stock-move-issue-intro = Видайте товари із запасу працівникові або підрозділу.
stock-move-issue-button = Зареєструвати видачу
stock-move-transfer = Переміщення
stock-move-transfer-intro = Перемістіть товари з одного місця зберігання в інше; залишки в обох місцях зміняться одночасно.
stock-move-transfer-button = Зареєструвати переміщення
stock-move-write-off = Списання
stock-move-write-off-intro = Спишіть пошкоджені, втрачені або прострочені товари, зазначивши причину.
stock-move-write-off-button = Зареєструвати списання
stock-move-from = Звідки
stock-move-to = Куди
stock-move-quantity = Кількість ({ $unit })
stock-move-unit-cost = Собівартість одиниці
stock-move-unit-cost-hint = Необов’язково: скільки коштувала одна одиниця — для оцінки вартості запасу.
stock-move-issued-to = Отримувач
stock-move-nobody = Без конкретного отримувача
stock-move-find-person = Пошук особи
stock-move-note = Примітка
stock-move-reason = Причина
stock-move-already-sent = Цю форму вже надіслано з іншими значеннями. Перевірте журнал руху запасів і надішліть форму ще раз, якщо операції там досі немає.
stock-back = Повернутися до товару
stock-policy-title = Параметри поповнення
stock-policy-intro = Коли залишок знижується до точки замовлення, Procura попереджає про низький залишок і пропонує замовити товар до максимального рівня запасу.
stock-policy-save = Зберегти параметри
stock-policy-suggested = Рекомендація за даними останніх 90 днів
stock-policy-basis = { $days ->
    [1] За останній день видано { $issued }: у середньому { $daily } на день.
    [one] За останні { $days } день видано { $issued }: у середньому { $daily } на день.
    [few] За останні { $days } дні видано { $issued }: у середньому { $daily } на день.
    [many] За останні { $days } днів видано { $issued }: у середньому { $daily } на день.
   *[other] За останні { $days } дня видано { $issued }: у середньому { $daily } на день.
}
stock-policy-safety-stock = Страховий запас
stock-policy-apply = Застосувати рекомендацію

## Інвентаризаційний опис

## The catalogue: list, item form, CSV import with a dry run
catalogue-title = Каталог
catalogue-new = Новий товар
catalogue-import = Імпорт із CSV
catalogue-export = Завантажити у форматі CSV
catalogue-state-active = В асортименті
catalogue-state-retired = Виведені з асортименту
catalogue-state-all = Усі товари
catalogue-empty = Відповідних товарів немає.
catalogue-category = Категорія
catalogue-unit-cost = Ціна за одиницю
catalogue-supplier = Постійний постачальник
catalogue-lead-time-days = Строк поставки, днів
catalogue-order-multiple = Кратність замовлення
catalogue-order-multiple-hint = Рекомендовану кількість округлюють угору до кратної цьому числу: 12 — для коробок по дванадцять штук, 1 — для будь-якої кількості.
catalogue-sku-hint = Код товару, унікальний у каталозі. Змінити його згодом не можна: за ним імпорт із CSV знаходить товар.
catalogue-unit-hint = У чому рахують товар: шт., пачка, коробка, м.
catalogue-create = Додати товар
catalogue-save = Зберегти товар
catalogue-back = Повернутися до каталогу
catalogue-retire-hint = Товар, виведений з асортименту, зберігає залишки та історію, але нове надходження для нього зареєструвати вже не можна, і він не потрапляє до рекомендацій щодо поповнення.
catalogue-retired-hint = Цей товар виведено з асортименту: нове надходження для нього зареєструвати не можна, і він не потрапляє до рекомендацій щодо поповнення.
catalogue-retire = Вивести з асортименту
catalogue-reactivate = Повернути в асортимент
catalogue-stock-page = Залишки товару
catalogue-import-intro = Виберіть файл CSV, у першому рядку якого названо стовпці: sku, name, unit і unit_cost обов’язкові; category, supplier, lead_time_days, order_multiple і active — необов’язкові. Спершу Procura перевірить увесь файл і покаже, що зробить імпорт; доки ви не підтвердите, нічого не зміниться. Як основу для файлу можна взяти каталог, завантажений у форматі CSV.
catalogue-import-file = Файл CSV
catalogue-import-check = Перевірити файл
catalogue-import-bad-cells = { $count ->
    [one] { $count } помилка у файлі
    [few] { $count } помилки у файлі
    [many] { $count } помилок у файлі
   *[other] { $count } помилки у файлі
}
catalogue-import-nothing-written = Нічого не імпортовано. Виправте файл і перевірте його знову.
catalogue-import-line = Рядок
catalogue-import-column = Стовпець
catalogue-import-problem = Помилка
catalogue-import-header = Рядок заголовка
catalogue-import-plan-heading = Що зробить імпорт
catalogue-import-plan = Буде додано нових товарів: { $created }, змінено: { $updated }, залишиться без змін: { $unchanged }.
catalogue-import-done = Імпорт виконано. Додано нових товарів: { $created }, змінено: { $updated }, без змін: { $unchanged }.
catalogue-import-what = Що відбудеться
catalogue-import-create = Буде додано
catalogue-import-update = Буде змінено
catalogue-import-unchanged = Без змін
catalogue-import-confirm = Імпортувати файл
catalogue-import-another = Вибрати інший файл
catalogue-import-too-large = Файл більший, ніж приймає Procura ({ $megabytes } МБ): розділіть його на частини.
catalogue-import-unreadable = Procura не вдалося прочитати завантажений файл: виберіть його ще раз.
problem-file-required = Виберіть файл для імпорту.
problem-sku-taken = Інший товар уже має цей код SKU.
problem-sku-duplicate = Цей код SKU вже є в одному з попередніх рядків файлу.
problem-category-invalid-value = Укажіть одне зі значень: hardware, software, consumables, services або other.
problem-active-invalid-value = Укажіть true або false.
problem-lead-time-days-invalid-value = Укажіть ціле число днів.
problem-unit-cost-invalid-value = Укажіть ціну за одиницю числом, наприклад 12.50.
problem-order-multiple-invalid-value = Укажіть число, наприклад 1 або 0.5.
problem-missing-column = У заголовку немає обов’язкового стовпця: потрібні sku, name, unit і unit_cost.
problem-unknown-column = У заголовку є стовпець, якого Procura не знає; допустимі стовпці: sku, name, category, unit, unit_cost, supplier, lead_time_days, order_multiple і active.
problem-invalid-csv = Procura не може прочитати цей файл у форматі CSV: збережіть його як текстовий файл у кодуванні UTF-8, з комами між значеннями та з рядком заголовка.
problem-too-many-rows = У файлі більше товарів, ніж приймає один імпорт: розділіть його на частини.

## Адміністрування: огляд, вихідна пошта, журнал аудиту
nav-admin = Адміністрування
admin-title = Адміністрування
home-failed-mail = Недоставлені листи
notifications-title = Вихідна пошта
notifications-failed-count = { $count ->
    [0] Недоставлених листів немає.
    [one] { $count } лист не вдалося доставити.
    [few] { $count } листи не вдалося доставити.
    [many] { $count } листів не вдалося доставити.
   *[other] { $count } листа не вдалося доставити.
}
notifications-pending-count = { $count ->
    [one] { $count } лист чекає на надсилання
    [few] { $count } листи чекають на надсилання
    [many] { $count } листів чекають на надсилання
   *[other] { $count } листа чекають на надсилання
}
notifications-degraded = Пошта затримується: найстаріший лист у черзі чекає довше, ніж допустимо. Перевірте поштовий сервер.
notifications-status-failed = Не доставлено
notifications-status-pending = У черзі на надсилання
notifications-status-sent = Надіслано
notifications-oldest = Найстаріший лист у черзі з
notifications-sent-last-minute = Надіслано за останню хвилину
notifications-show = Показати
notifications-empty = Листів тут немає.
notifications-created = Поставлено в чергу
notifications-to = Кому
notifications-subject = Тема
notifications-attempts = Спроби
notifications-sent-at = Надіслано
notifications-next-attempt = Наступна спроба
notifications-error = Остання помилка
notifications-actions = Дії
notifications-retry = Надіслати знову
notifications-retry-label = Надіслати знову: «{ $subject }»
notifications-dismiss = Видалити
notifications-dismiss-label = Видалити: «{ $subject }»
notifications-retried = Лист знову поставлено в чергу, і незабаром його буде надіслано.
notifications-dismissed = Лист видалено; його дані зберігаються в журналі аудиту.
audit-title = Журнал аудиту
audit-intro = Усі зміни: хто й коли їх зробив, спершу найновіші. Виберіть у списку особу або об’єкт, щоб побачити лише записи, які їх стосуються.
audit-entity = Об’єкт
audit-entity-id = Ідентифікатор об’єкта
audit-who = Хто
audit-action = Дія
audit-summary = Що змінено
audit-empty = Відповідних записів немає.
audit-clear = Показати все
audit-any-person = Усі користувачі

## Адміністрування: облікові записи
users-title = Користувачі
users-intro = Облікові записи, їхні ролі й підрозділи. Тут можна вимкнути обліковий запис, задати для нього одноразовий пароль або завершити його сеанси.
users-new = Новий користувач
users-search = Ім’я або електронна пошта
users-role = Роль
users-any-role = Будь-яка роль
users-state-active = Увімкнено
users-state-disabled = Вимкнено
users-state-all = Усі облікові записи
users-empty = Відповідних облікових записів немає.
users-name = Ім’я
users-email = Електронна пошта
users-roles = Ролі
users-department = Підрозділ
users-no-department = Без підрозділу
users-first-password = Перший пароль
users-first-password-hint = Щонайменше 10 символів. Повідомте пароль власникові облікового запису не електронною поштою, а іншим способом; під час першого входу Procura попросить задати власний.
users-create = Створити обліковий запис
users-save = Зберегти обліковий запис
users-back = Повернутися до списку користувачів
users-reset-password = Одноразовий пароль
users-reset-password-hint = Для власника облікового запису, який забув пароль: він увійде за цим паролем, а потім задасть власний. Усі сеанси облікового запису буде завершено відразу.
users-one-time-password = Новий одноразовий пароль
users-password-again = Повторіть одноразовий пароль
users-reset-password-button = Задати одноразовий пароль
users-sessions = Відкриті сеанси
users-no-sessions = Відкритих сеансів немає.
users-session-started = Початок
users-session-until = Діє до
users-session-from = IP-адреса
users-end-sessions = Завершити всі сеанси
users-account = Обліковий запис
users-disable-hint = Власник вимкненого облікового запису не може ввійти в Procura, а його сеанси завершуються; заявки, рішення та історія облікового запису зберігаються.
users-disabled-hint = Цей обліковий запис вимкнено: його власник не може ввійти в Procura.
users-disable = Вимкнути обліковий запис
users-enable = Увімкнути обліковий запис
users-history = Історія облікового запису
users-done-created = Обліковий запис створено; його власникові надіслано лист про це.
users-done-saved = Обліковий запис збережено.
users-done-enabled = Обліковий запис знову ввімкнено.
users-done-disabled = Обліковий запис вимкнено, усі його сеанси завершено.
users-done-password = Одноразовий пароль задано, усі сеанси облікового запису завершено.
users-done-signed-out = Усі сеанси облікового запису завершено.
problem-email-taken = Інший обліковий запис уже має цю адресу електронної пошти.
problem-roles-required = Виберіть принаймні одну роль.
problem-password-again-mismatch = Паролі не збігаються.
problem-password-too-short = Пароль закороткий: потрібно щонайменше 10 символів.

## Адміністрування: структура підрозділів
departments-title = Підрозділи
departments-intro = Структура організації, за якою проходить погодження: заявка надходить спершу до керівника свого підрозділу, а потім — до керівників вищих підрозділів; керівник верхнього підрозділу — директор, а керівник ІТ-служби перевіряє заявки на обладнання й програмне забезпечення.
departments-new = Новий підрозділ
departments-empty = Підрозділів поки немає.
departments-name = Назва
departments-code = Код
departments-head = Керівник
departments-no-head = Без керівника
departments-it = ІТ
departments-parent = Вищий підрозділ
departments-parent-hint = Підрозділ рівнем вище, до складу якого входить цей; верхній підрозділ організації не входить до складу жодного.
departments-top = Немає: це верхній підрозділ організації
departments-is-it = Це ІТ-служба: її керівник перевіряє заявки на обладнання й програмне забезпечення
departments-create = Додати підрозділ
departments-save = Зберегти підрозділ
departments-back = Повернутися до списку підрозділів
problem-code-taken = Інший підрозділ уже має цей код.
problem-parent-id-creates-cycle = Підрозділ не може входити до складу самого себе чи підпорядкованого йому підрозділу.
problem-head-user-id-inactive = Цей обліковий запис вимкнено: виберіть активного користувача.

## Адміністрування: політика погодження
policy-title = Політика погодження
policy-intro = Хто погоджує заявку, від яких сум, а також правила замовлення, делегування й бюджетів. Зміна діє для заявок, надісланих на погодження після неї; етапи погодження заявок, надісланих раніше, не змінюються.
policy-saved = Політику погодження збережено: її застосовуватимуть до всіх заявок, надісланих відтепер.
policy-chain = Хто погоджує
policy-steps = Етапи, з яких може складатися погодження (у такому порядку)
policy-finance-threshold = Фінансова служба погоджує від суми
policy-finance-threshold-hint = Заявки, загальна сума яких дорівнює цій сумі або перевищує її, надходять також до фінансової служби.
policy-director-threshold = Директор погоджує від суми
policy-director-threshold-hint = Заявки, загальна сума яких дорівнює цій сумі або перевищує її, надходять також до директора — керівника верхнього підрозділу.
policy-it-review-categories = Категорії, заявки на які перевіряє керівник ІТ-служби
policy-fallback-approver-id = Резервний погоджувач
policy-fallback-approver-id-hint = Ухвалює рішення на етапі, для якого в структурі підрозділів немає нікого іншого, — наприклад, щодо власної заявки директора.
policy-no-fallback = Немає: таку заявку не можна надіслати на погодження
policy-four-eyes = Принцип «чотирьох очей», коли йдеться про гроші
policy-four-eyes-hint = На етапах фінансової служби й директора рішення ухвалює особа, яка не брала участі в жодному з попередніх етапів цієї заявки.
policy-distinct-steps = Окрема особа на кожному етапі
policy-distinct-steps-hint = Якщо керівник підрозділу водночас очолює ІТ-службу, рішення на етапі ІТ-служби ухвалює наступний керівник угору за структурою ІТ-служби, замість того щоб одне рішення зараховувалося за обидва етапи.
policy-ordering = Замовлення й делегування
policy-currency = Валюта
policy-currency-hint = Код валюти за ISO 4217, у якій ведуться всі суми, наприклад EUR або MDL.
policy-order-tolerance-percent = Замовлення може перевищувати погоджену загальну суму на (%)
policy-order-tolerance-percent-hint = Діє більше з двох значень — цей відсоток чи сума нижче; якщо допуск перевищено, різниця знову проходить погодження.
policy-order-tolerance-amount = …або на таку суму
policy-order-tolerance-amount-hint = Невеликі розбіжності в ціні не потребують нового погодження.
policy-allow-self-fulfilment = ІТ-фахівці можуть замовляти й отримувати позиції власних заявок
policy-allow-self-fulfilment-hint = Для організації з одним ІТ-фахівцем; кожен такий випадок записується, а фінансова служба отримує про нього лист.
policy-other-payer-roles = Ролі, яким дозволено вибирати інший підрозділ-платник
policy-max-delegation-days = Найдовший строк делегування (днів)
policy-max-delegation-days-hint = На який найдовший строк погоджувач може за один раз призначити заступника, включно з першим і останнім днем.
policy-budgets = Бюджети
policy-budget-self-approval = Фінансист може затвердити бюджет, який сам сформував
policy-budget-self-approval-hint = Для організації з одним фінансистом; таке затвердження буде позначено в бюджеті.
policy-stale-after-days = Потреба стає давно простроченою через (днів)
policy-stale-after-days-hint = Потреба, яка й через стільки днів після дати «Потрібно до» лишається відкритою, потрапляє до переліку давно прострочених потреб, щодо яких слід ужити заходів, і більше не враховується в лімітах.
policy-budget-check = Бюджет під час погодження
policy-budget-check-intro = Що відбувається в кожній категорії, коли погодження заявки вивело б підрозділ за межі місячного ліміту.
budget-rule-none = Нічого: показати бюджет і погодити
budget-rule-warn = Попередження: погоджувач підтверджує прапорцем «Погодити понад бюджет»
budget-rule-block = Блокування: погодити може лише роль, що знімає блокування
policy-no-limit = Місяць без ліміту
policy-no-limit-hint = Коли на місяць не встановлено ліміт для підрозділу й категорії. Це ніколи не означає «без обмежень»: виберіть «Попередження» або «Блокування», якщо тільки ліміти у вас узагалі не використовуються.
policy-override-role = Хто може зняти блокування
policy-override-role-hint = Користувачі з цією роллю можуть погодити заявку понад заблокований бюджет, підтвердивши це; кожен такий випадок потрапляє до журналу аудиту, а фінансова служба отримує сповіщення.
policy-override-nobody = Ніхто
policy-reminders = Нагадування та ескалація
policy-remind-after-business-days = Нагадувати погоджувачеві через (робочих днів)
policy-remind-after-business-days-hint = Той, хто може ухвалити рішення щодо етапу, що чекає, отримує лист через стільки робочих днів і далі через кожні стільки ж; відтоді етап вважається простроченим. 0 — без нагадувань.
policy-escalate-after-business-days = Ескалація через (робочих днів)
policy-escalate-after-business-days-hint = Через стільки робочих днів повідомляється вищий керівник погоджувача. 0 — без ескалації.
policy-escalation-moves-step = Під час ескалації етап передається вищому керівникові
policy-escalation-moves-step-hint = Тоді рішення ухвалює вищий керівник; етап фінансової служби лишається за нею. Передача записується в історію заявки.
policy-reminder-hour = Година надсилання нагадувань (0–23)
policy-reminder-hour-hint = Кожного робочого дня о цій годині за часом організації — один лист кожному: зведення, якщо на його рішення чекають кілька заявок.
policy-preview = Попередній перегляд
policy-preview-intro = Хто ухвалював би рішення щодо заявки, якби її сьогодні надіслав на погодження працівник підрозділу, вибраного нижче, — за політикою саме в тому вигляді, який показано на цій сторінці.
policy-preview-total = Загальна сума
policy-preview-category = Категорія
policy-preview-department = Підрозділ
policy-preview-button = Переглянути
policy-preview-unsaved = Цей перегляд ураховує зміни вище, які ще не збережено.
policy-preview-heading = Хто погоджував би заявку на суму { $total } у категорії «{ $category }» від підрозділу «{ $department }»:
policy-preview-blocked = Таку заявку не можна було б надіслати на погодження.
policy-preview-any-finance = будь-який фінансист
policy-gap-no-person = Немає кому ухвалити рішення на етапі «{ $step }»: у цього підрозділу та вищих за нього немає керівника, крім самого заявника. Призначте керівника або резервного погоджувача.
policy-gap-no-it-department = Немає кому ухвалити рішення на етапі «{ $step }»: жоден підрозділ не позначено як ІТ-службу.
policy-gap-no-finance-user = Немає кому ухвалити рішення на етапі «{ $step }»: іншого активного фінансиста немає.
policy-gap-director-decides-earlier = Немає кому ухвалити рішення на етапі «{ $step }»: директор уже ухвалює рішення на одному з попередніх етапів, а за принципом «чотирьох очей» тут має вирішувати інша особа. Призначте резервного погоджувача.
policy-save = Зберегти політику
problem-steps-required = Залиште принаймні один етап: без погодження нічого не замовляють.
problem-currency-invalid-currency = Укажіть код ISO 4217 із трьох літер, наприклад EUR або MDL.
problem-finance-threshold-invalid-amount = Укажіть суму, не меншу за 0, щонайбільше з 2 знаками після коми.
problem-director-threshold-invalid-amount = Укажіть суму, не меншу за 0, щонайбільше з 2 знаками після коми.
problem-order-tolerance-amount-invalid-amount = Укажіть суму, не меншу за 0, щонайбільше з 2 знаками після коми.
problem-stale-after-days-out-of-range = Укажіть кількість днів від 1 до 3650.
problem-max-delegation-days-out-of-range = Укажіть кількість днів від 1 до 366.
problem-remind-after-business-days-out-of-range = Укажіть кількість робочих днів від 0 (вимкнено) до 250.
problem-escalate-after-business-days-out-of-range = Укажіть кількість робочих днів від 0 (вимкнено) до 250.
problem-reminder-hour-out-of-range = Укажіть годину від 0 до 23.
problem-order-tolerance-percent-out-of-range = Укажіть відсоток від 0 до 100.

## Адміністрування: святкові дні
holidays-title = Святкові дні
holidays-intro = Неробочі дні, крім вихідних. Нагадування та ескалація рахують робочі дні, тож у свято етап не стає простроченим.
holidays-of-year = Святкові дні { $year } року
holidays-year-link = { $year }
holidays-none = На цей рік святкові дні не задано.
holidays-day = День
holidays-name = Назва
holidays-actions = Дії
holidays-remove = Видалити
holidays-remove-label = Видалити святковий день { $day }
holidays-add = Додавання або перейменування святкового дня
holidays-add-button = Зберегти святковий день
holidays-import = Імпорт переліку
holidays-list = Святкові дні, по одному в рядку
holidays-list-hint = У кожному рядку дата й назва, наприклад 2026-12-25 Різдво, — так зазвичай публікують офіційні свята. Рядки, що починаються з #, пропускаються; уже заданий день перейменовується.
holidays-check = Перевірити перелік
holidays-import-button = Імпортувати
holidays-checked = { $count ->
        [one] У переліку { $count } святковий день; нічого не зберігається, доки ви його не імпортуєте:
        [few] У переліку { $count } святкові дні; нічого не зберігається, доки ви їх не імпортуєте:
        [many] У переліку { $count } святкових днів; нічого не зберігається, доки ви їх не імпортуєте:
       *[other] У переліку { $count } святкових днів; нічого не зберігається, доки ви їх не імпортуєте:
    }
holidays-line-problem = Рядок { $line }: { $problem }
holidays-done-added = Святковий день збережено.
holidays-done-removed = Святковий день видалено.
holidays-done-imported = Перелік імпортовано.
problem-list-invalid-date = Почніть рядок із дати, наприклад 2026-12-25.
problem-list-required = Укажіть після дати назву свята.
problem-list-duplicate = Цей день уже є в одному з рядків вище.
problem-list-out-of-range = Укажіть дату з 2000 по 2200 рік.
problem-day-invalid-date = Виберіть день.
problem-name-required = Укажіть назву свята.

## Адміністрування: розклад бюджетів
schedules-admin-title = Розклад формування бюджетів
schedules-admin-intro = Коли формуються тижневі й місячні бюджети та хто їх отримує. Кожен бюджет формується лише раз за період, навіть якщо працює кілька екземплярів Procura.
schedules-admin-next = Найближчі запуски за часовим поясом { $zone }:
schedules-admin-not-running = Вимкнено: цей бюджет не формується за розкладом.
schedules-admin-cron = Розклад (вираз cron)
schedules-admin-cron-hint = Хвилина, година, день місяця, місяць, день тижня: «0 7 * * Wed» — щосереди о 07:00, «0 7 25 * *» — 25-го числа щомісяця.
schedules-admin-timezone = Часовий пояс
schedules-admin-recipients = Отримувачі
schedules-admin-recipients-hint = По одній адресі електронної пошти в рядку; залиште поле порожнім, щоб бюджет отримували всі активні фінансисти.
schedules-admin-enabled = Формувати бюджет за розкладом
schedules-admin-save = Зберегти розклад
schedules-saved = { $job }: розклад збережено; найближчі запуски нижче показано вже за новим розкладом.
problem-cron-invalid-cron = Procura не може прочитати цей вираз: потрібно п’ять полів, наприклад «0 7 * * Wed».
problem-timezone-unknown-timezone = Procura не знає такого часового поясу: укажіть назву на зразок Europe/Chisinau, Europe/Kyiv або UTC.
problem-recipients-invalid-email = Один із рядків — не адреса електронної пошти.

## Replenishment
replenishment-title = Поповнення запасів
replenishment-intro = Тут перелічено товари, залишок яких з урахуванням того, що вже в замовленні, та очікуваної витрати за строк поставки знизиться до точки замовлення, і зазначено, скільки кожного замовити, щоб поповнити запас до максимального рівня. Позначте, що замовити, за потреби змініть кількість і створіть чернетки заявок.
replenishment-empty = Нічого замовляти не потрібно: кожен залишок, для якого задано параметри поповнення, протягом строку поставки лишається вище точки замовлення.
replenishment-no-supplier = Без постійного постачальника
replenishment-col-order = Замовити
replenishment-col-on-order = У замовленні
replenishment-col-daily-use = Витрата на день
replenishment-col-projected = Прогноз залишку
replenishment-col-policy = Точка замовлення / максимум
replenishment-col-quantity = До замовлення
replenishment-col-cost = Орієнтовна вартість
replenishment-select-label = Замовити: { $item }
replenishment-quantity-label = Кількість до замовлення: { $item }
replenishment-suggested-policy = рекомендація: { $reorder } / { $max }
replenishment-apply = Застосувати
replenishment-apply-label = Застосувати рекомендовані параметри: { $item }
replenishment-applied = Рекомендовані параметри поповнення застосовано, і список нижче вже їх ураховує.
replenishment-create-hint = Для кожного місця зберігання буде створено одну чернетку заявки з позначеними товарами; кожну ви зможете перевірити, перш ніж надіслати на погодження.
replenishment-create = Створити чернетки заявок
problem-items-required = Позначте принаймні один товар для замовлення.
problem-nothing-suggested = Для цього місця зберігання цей товар більше не рекомендовано замовляти: щоб усе ж замовити його, укажіть кількість.
count-title = Інвентаризаційний опис
count-open-sheet = Відкрити опис
count-choose-location = Виберіть місце зберігання для інвентаризації.
count-nothing-here = У цьому місці зберігання немає товарів, або за запитом нічого не знайдено.
count-sheet-hint = Введіть фактичну кількість; якщо товар не рахували, залиште поле порожнім. Доки ви не підтвердите результати, нічого не зміниться.
count-sheet-more = У цьому місці зберігання більше товарів, ніж уміщує один опис: проводьте інвентаризацію частинами, за допомогою пошуку.
count-sheet-caption = Товари в цьому місці зберігання
count-print = Надрукувати опис
count-col-expected = За обліком
count-col-counted = Фактично
count-col-adjustment = Коригування
count-counted-label = Фактична кількість: { $item }
count-preview-button = Перевірити розбіжності
count-preview-heading = Коригування за результатами інвентаризації
count-preview-summary = { $lines ->
    [one] Пораховано { $lines } товар
    [few] Пораховано { $lines } товари
    [many] Пораховано { $lines } товарів
   *[other] Пораховано { $lines } товару
}; { $differences ->
    [0] розбіжностей із залишком немає.
    [one] розбіжність із залишком — у { $differences } товару.
    [few] розбіжність із залишком — у { $differences } товарів.
    [many] розбіжність із залишком — у { $differences } товарів.
   *[other] розбіжність із залишком — у { $differences } товару.
}
count-preview-hint = Якщо до підтвердження залишок зміниться, кожне коригування буде розраховано від залишку на момент підтвердження.
count-confirm = { $count ->
    [0] Підтвердити інвентаризацію
    [one] Підтвердити й провести { $count } коригування
    [few] Підтвердити й провести { $count } коригування
    [many] Підтвердити й провести { $count } коригувань
   *[other] Підтвердити й провести { $count } коригування
}
count-change = Змінити дані опису
count-done-title = Інвентаризація місця зберігання
count-done-when = Дата інвентаризації
count-done-lines = Пораховано товарів
count-done-adjustments = Проведено коригувань
count-another = Повторити інвентаризацію цього місця зберігання

## Бюджети: список, сторінка редакції, порівняння двох редакцій
nav-budgets = Бюджети
budgets-title = Бюджети закупівель
budgets-kind = Тип бюджету
budgets-any-kind = Будь-який тип
budget-kind-weekly = Тижневий бюджет
budget-kind-monthly = Місячний бюджет
budgets-empty = Ще не сформовано жодного бюджету.
budgets-col-period = Період
budgets-col-revision = Редакція
budgets-col-generated = Сформовано
budgets-col-state = Статус
budget-authoritative = Чинна
budget-late = Із запізненням
budget-manual = вручну
budget-overrun = Ліміт перевищено
budget-approved = Затверджено
budget-waiting = Очікує на затвердження
budgets-generate = Формування редакції
budgets-generate-hint = Нова редакція бюджету за будь-який тиждень чи місяць на основі поточних заявок і запасів. Її не надсилають електронною поштою: фінансова служба отримує редакцію, сформовану за розкладом.
budgets-period-start = Перший день періоду
budgets-period-start-hint = Для тижневого бюджету — понеділок, для місячного — 1-ше число.
budgets-generate-button = Сформувати
budget-revision = редакція { $revision }
budget-on-schedule = за розкладом
budget-limit = Ліміт
budget-remaining = Залишок ліміту
budget-month-to-date = Замовлено з початку місяця
budget-counts = Це чинна редакція бюджету за цей період.
budget-superseded = Для цього періоду чинна редакція { $revision }.
budget-approval = Затвердження
budget-approved-by = Затверджено { $when }. Хто затвердив: { $name }.
budget-self-approved = Цю редакцію сформувала й затвердила та сама особа: політика погодження це дозволяє.
budget-approve = Затвердити цю редакцію
budget-own-revision = Цю редакцію сформували ви, тож затверджує її інший фінансист.
budget-waiting-finance = Очікує на затвердження у фінансовій службі.
budget-download = Завантажити:
budget-legend-new = Нові
budget-legend-carried = Перенесені
budget-legend-over = Понад ліміт
budget-by-department = За підрозділами
budget-by-category = За категоріями
budget-bar = Сума порівняно з лімітом
budget-no-department = Без підрозділу
budget-lines = Позиції
budget-any = Усі
budget-section = Розділ
section-new = Нові
section-carried-over = Перенесені
section-stale = Давно прострочені
budget-stale-total = Давно прострочені потреби, поза підсумком
budget-lines-matched = { $count ->
    [0] Не знайдено жодної позиції.
    [one] Знайдено { $count } позицію.
    [few] Знайдено { $count } позиції.
    [many] Знайдено { $count } позицій.
   *[other] Знайдено { $count } позиції.
}
budget-due = Потрібно до
budget-days-overdue = { $count ->
    [one] { $count } день прострочення
    [few] { $count } дні прострочення
    [many] { $count } днів прострочення
   *[other] { $count } дня прострочення
}
budget-other-revisions = Інші редакції за цей період
budget-compare-with = порівняти з редакцією { $revision }
budget-compare-title = Порівняння двох редакцій
budget-compare-intro = Що змінилося в редакції { $after } порівняно з редакцією { $before }.
budget-change = Зміна
budget-changed-lines = Додані, вилучені та змінені позиції
budget-no-changed-lines = В обох редакціях позиції однакові.
budget-what-changed = Що змінилося
budget-line-added = Додано
budget-line-removed = Вилучено
budget-line-changed = Змінено

## Ліміти й розклад формування бюджетів
execution-title = Виконання бюджету
execution-intro = Ліміт кожного місяця порівняно з тим, що припадає на його заявки: погоджено й ще не замовлено, замовлено й ще очікується, отримано, а також усе замовлене. Заявка враховується в тому місяці, до якого вона потрібна (після замовлення — у місяці очікуваної поставки). Виберіть підрозділ і категорію або перегляньте загальний підсумок.
execution-year = Рік
execution-all-departments = Усі підрозділи
execution-all-categories = Усі категорії
execution-caption = За місяцями, у { $currency }
execution-month = Місяць
execution-ordered = Замовлено загалом
execution-year-to-date = З початку року до { $month } включно
execution-year-to-date-none = З початку року (рік ще не почався)
execution-download = Увесь рік за всіма підрозділами й категоріями, для бухгалтерії:
limits-title = Ліміти й розклад
limits-month = Місяць
limits-hint = Кожна клітинка — ліміт підрозділу за категорією на місяць; тижневий бюджет отримує частку цього ліміту пропорційно до кількості своїх днів, що припадають на цей місяць. Якщо ліміт не потрібен, залиште клітинку порожньою.
limits-caption = Ліміти на { $month }
limits-save = Зберегти ліміти
limits-saved = { $set ->
    [0] Жодного ліміту не встановлено
    [one] Встановлено { $set } ліміт
    [few] Встановлено { $set } ліміти
    [many] Встановлено { $set } лімітів
   *[other] Встановлено { $set } ліміту
}, { $removed ->
    [0] жодного не вилучено.
    [one] вилучено { $removed }.
    [few] вилучено { $removed }.
    [many] вилучено { $removed }.
   *[other] вилучено { $removed }.
}
limits-copied = { $count ->
    [0] З попереднього місяця не скопійовано жодного ліміту.
    [one] З попереднього місяця скопійовано { $count } ліміт.
    [few] З попереднього місяця скопійовано { $count } ліміти.
    [many] З попереднього місяця скопійовано { $count } лімітів.
   *[other] З попереднього місяця скопійовано { $count } ліміту.
}
limits-copy = Скопіювати ці ліміти на наступний місяць
limits-copy-hint = Лише там, де на наступний місяць ліміту ще немає.
schedules-heading = Розклад формування бюджетів
schedules-job = Бюджет
schedules-cron = Розклад (cron)
schedules-next = Три найближчі запуски
schedules-off = Вимкнено
schedule-weekly-budget = Тижневий бюджет
schedule-monthly-budget = Місячний бюджет
home-budgets-to-approve = Бюджети, що очікують на ваше затвердження
home-next-budgets = Найближчі бюджети
