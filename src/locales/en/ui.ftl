# Procura's pages in English. One message per string a page shows; the
# other locales carry the same keys (the languages issue adds them).

## Layout and navigation
skip-to-content = Skip to content
nav-label = Main
nav-mine = My applications
nav-new = New application
nav-inbox = Awaiting me
nav-sign-out = Sign out
nav-decided = Decided by me
nav-delegations = Delegations
overdue = overdue
inbox-waiting = { $count ->
    [one] 1 application waits for you
   *[other] { $count } applications wait for you
}
next-page = Next page
choose = Choose…
none = None

## Sign-in
sign-in-title = Sign in
sign-in-email = Email
sign-in-password = Password
sign-in-button = Sign in
sign-in-wrong = The email or password is wrong.
sign-in-throttled = Too many attempts. Try again in { $seconds } seconds.
sign-in-first-admin = First start? The administrator's one-time password is in the service's log.
resume-sign-in = Your session ended before the form was sent. Sign in again and you can send it as you left it.
resume-heading = Send your form
resume-detail = You are signed in again, and what you typed is kept. Send it now, or leave it.
resume-send = Send the form
resume-discard = Leave it and go to the home page

## Errors
error-heading = This could not be done
error-back = Back to Procura
error-csrf-heading = This form has expired
error-csrf-detail = The form was not sent from this Procura page, or your session changed since it was opened. Go back, reload the page and try again.
error-not-found-heading = Not found
error-not-found-detail = There is no such page, or you may not see it.
error-internal-heading = Something went wrong
error-internal-detail = An unexpected error occurred and has been logged. Try again in a moment.

## Lists
mine-title = My applications
mine-empty = You have no applications yet.
inbox-title = Awaiting me
inbox-empty = Nothing is waiting for your decision.
filter-status = Status
filter-any-status = Any status
filter-any-department = Any department
filter-apply = Show
filter-step = Step
filter-any-step = Any step
filter-waiting = Waiting at least
filter-any-wait = Any time
inbox-empty-filtered = Nothing waiting for your decision matches these filters.
col-reference = Reference
col-title = Title
col-status = Status
col-total = Total
col-decides-now = Decides now
col-age = Age
col-requester = Requester
col-department = Department
col-waiting = Waiting
col-description = Description
col-category = Category
col-quantity = Quantity
col-unit-price = Unit price
col-line-total = Line total
col-received = Received
age-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
age-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
age-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}

## Vocabularies
status-draft = Draft
status-submitted = Submitted
status-approved = Approved
status-ordered = Ordered
status-partially-received = Partially received
status-received = Received
status-returned = Returned for correction
status-rejected = Rejected
status-cancelled = Cancelled
category-hardware = Hardware
category-software = Software
category-consumables = Consumables
category-services = Services
category-other = Other
step-department-head = Department head
step-it-head = Head of IT
step-finance = Finance
step-director = Director
step-status-waiting = Waiting
step-status-pending = Deciding now
step-status-approved = Approved
step-status-returned = Returned
step-status-rejected = Rejected
step-status-cancelled = Cancelled
role-employee = Employee
role-approver = Approver
role-it-specialist = IT specialist
role-finance = Finance
role-admin = Administrator
action-create = created the draft
action-edit = edited
action-submit = submitted
action-approve = approved
action-return = returned for correction
action-reject = rejected
action-cancel = cancelled
action-order = ordered
action-receive = recorded a receipt
action-close-short = closed short
action-escalate = escalated

## One application
field-requester = Requester
field-department = Department
field-needed-by = Needed by
field-total = Total
field-created = Created
field-decides-now = Decides now
decides-now-waiting-since = waiting since { $when }
field-title = Title
field-justification = Justification
field-justification-hint = Why the purchase is needed: approvers read this first.
field-paying-department = Paying department
field-location = Stock location
field-location-hint = For consumables: where the goods will be stocked.
field-name = Name
field-email = Email
field-roles = Roles
lines-heading = Lines
chain-heading = Approvals
chain-round = round { $round }
history-heading = History
on-behalf-of = for { $name }
decide-heading = Your decision
decide-as-delegate = You decide as the delegate of { $name }.
decide-comment = Comment
decide-comment-hint = Optional to approve; required to return it for correction or to reject it (the reason).
decide-approve = Approve
decide-return = Return for correction
decide-reject = Reject
decide-approve-anyway = Approve anyway, past the budget
decide-approve-anyway-hint = This approval goes past the budget shown above (or a month without a limit). Tick to confirm: the history records it and finance is told.
decide-override-budget = Override the budget block and approve
decide-override-budget-hint = The policy blocks approvals past this limit; your role may override it. Tick to confirm: the history records it and finance is told.
decide-budget-blocked = This application goes past the budget, and the policy blocks it: you cannot approve it. Return it, reject it, or ask finance to raise the limit or to decide.
problem-approve-anyway-over-budget-unconfirmed = This goes past the budget: tick the box to approve anyway, or return the application.
refusal-over-budget = This application goes past the budget, and the policy blocks it: only the role the policy names may override it.
refusal-over-budget-unconfirmed = This goes past the budget: tick the box above the buttons to confirm.
position-heading = Budget
position-intro = What approving does to the paying department's budget for { $month }, this application included.
position-limit = Limit
position-approved = Approved, not ordered
position-committed = Ordered, to come
position-actual = Received
position-this = This application
position-remaining = Remaining
position-over-by = over by { $amount }
position-no-limit = no limit set
position-rule-warn = Approving past the budget asks the approver to confirm it; finance is told.
position-rule-block = The policy blocks approvals past this budget; only its override role may approve, and finance is told.
decide-through-link = You decide as { $name }, through the link in your approval email. It works once; to do anything else, sign in to Procura.
history-via-email = through the email link

## A decision link that decides nothing any more
link-used-heading = This link has been used
link-used-detail = A link in an approval email decides once. What it decided is below.
link-decided-heading = This step has already been decided
link-decided-detail = It was decided before this link was used, or the application was withdrawn. Opening the link changed nothing.
link-expired-heading = This link has expired
link-expired-detail = Links in approval emails work for { $days } days. The application still waits for a decision: open it in Procura to decide there.
link-disabled-heading = This link no longer works
link-disabled-detail = The account it was sent to has been disabled.
link-application = Application
link-status = Application status
link-step = This step
link-decided-by = Decided by
link-decided-at = Decided
link-valid-until = The link was valid until
link-open-application = Open the application
requester-actions = What you can do
action-edit-button = Edit
action-submit-button = Submit for approval
cancel-heading = Cancel this application
cancel-comment = Why (optional)
cancel-button = Cancel the application

## The application form
editor-new-title = New application
editor-edit-title = Edit { $reference }
editor-returned-heading = Returned for correction
editor-problems = { $count ->
    [one] 1 thing needs fixing before this can go on.
   *[other] { $count } things need fixing before this can go on.
}
editor-add-line = Add a line
editor-catalogue = From the catalogue
editor-catalogue-hint = Type a SKU or part of a name, then choose the item: it fills the description, category and unit price.
editor-catalogue-find = Find
editor-catalogue-chosen = Catalogue item: { $item }
editor-catalogue-matches = Catalogue items found
editor-catalogue-none = No catalogue item matches “{ $query }”.
editor-remove-line = Remove
editor-remove-line-label = Remove line { $number }
editor-submit = Submit for approval
editor-save = Save draft
editor-back = Back to the application

## Decided by me
decided-title = Decided by me
decided-empty = You have not decided any application yet.
decided-latest = { $count ->
    [one] Your latest decision.
   *[other] Your latest { $count } decisions, newest first.
}
col-my-decision = My decision
col-now = Now

## Delegations
delegations-title = Delegations
delegations-given = Who decides for me
delegations-given-empty = You have not named a delegate.
delegations-received = For whom I decide
delegations-received-empty = Nobody has named you their delegate.
delegation-to = { $name } decides for you
delegation-for = You decide for { $name }
delegation-end = End now
delegation-new = Name a delegate
delegation-find = Find a person
delegation-find-button = Find
delegation-more = Not everyone found fits in the list: type more of a name or email to narrow it.
delegation-delegate = Delegate
delegation-starts = From
delegation-ends = Until (inclusive)
delegation-create = Name the delegate

## Profile
profile-title = My profile
password-heading = Change my password
password-first = The password you signed in with was a one-time password. Choose one of your own: Procura's other pages open once it is changed.
password-current = Current password
password-new = New password
password-confirm = New password again
password-rules = At least 10 characters.
password-button = Change password
password-changed = Your password has been changed. Your other sessions have been signed out.

## Field problems: by field and code, else by code; without either the
## service's own sentence is shown
problem-mismatch = The two new passwords differ.
# Any field with this code
problem-required = This is required.
problem-invalid = Procura cannot read this: check how it is written.
problem-invalid-value = This is not one of the values allowed here.
problem-not-found = This no longer exists, or you may not use it.
problem-inactive = This is disabled or no longer in use.
problem-negative = This must not be negative.
problem-not-positive = This must be greater than 0.
problem-too-long = This is too long.
problem-too-short = This is too short.
problem-too-large = This number is too large.
problem-too-precise = This has too many decimal places.
problem-too-many = There are too many of these.
problem-total-too-large = The total is too large.
problem-in-past = This date has passed.
problem-in-the-past = This date has passed.
problem-before-start = This must not be before the start.
problem-self = This must be someone other than yourself.
problem-duplicate = This is named twice.
problem-wrong-password = This is not your current password.
problem-invalid-email = This is not an email address.
# One field with one code
problem-title-required = Give the application a title.
problem-justification-required = Explain why the purchase is needed.
problem-department-id-required = Choose the department that pays.
problem-needed-by-required = Give the date by which the purchase is needed.
problem-needed-by-in-past = This date has passed: choose today or a later day.
problem-needed-by-invalid = Enter a date.
problem-lines-required = Add at least one line.
problem-lines-total-too-large = The total of the lines is too large.
problem-line-description-required = Describe the line or choose a catalogue item.
problem-line-quantity-invalid = Enter the quantity as a number.
problem-line-quantity-not-positive = The quantity must be greater than 0.
problem-line-quantity-too-precise = A quantity may have at most 3 decimal places.
problem-line-unit-price-invalid = Enter the unit price as an amount, such as 1,234.50.
problem-line-unit-price-negative = The unit price must not be negative.
problem-line-unit-price-too-precise = A price may have at most 2 decimal places.
problem-comment-required = Say what should be corrected.
problem-reason-required = A rejection needs a reason.
problem-delegate-id-required = Choose the person who decides for you.
problem-delegate-id-self = You cannot be your own delegate.
problem-starts-on-invalid = Enter the first day as a date.
problem-ends-on-invalid = Enter the last day as a date.
problem-ends-on-before-start = The last day must not be before the first.
problem-ends-on-in-the-past = The last day has passed: the delegation would never apply.
problem-new-password-too-short = The new password is too short: use at least 10 characters.
problem-out-of-range = This is outside the allowed range.
problem-nothing-remains = Nothing is left to come on this line.
problem-invalid-month = Enter a month, such as 2026-07.
problem-invalid-id = This is not a valid choice.
problem-unknown-field = Procura does not know this field.
problem-unknown-format = Procura does not know this format.
problem-ends-on-too-long = The delegation is longer than the approval policy allows.

## Refused actions, by the code of the refusal; without one the service's
## own sentence is shown
refusal-version-conflict = Someone changed this while you had it open. Reload the page and make your change again.
refusal-step-already-decided = This step has already been decided.
refusal-not-your-step = The step waiting for a decision is not yours to decide.
refusal-self-approval = Nobody decides on their own application or budget: someone else decides here.
refusal-four-eyes = You decide another step of this application: where money is concerned, someone else decides this one.
refusal-invalid-transition = This cannot be done while the application is in its current status.
refusal-forbidden = You may not do this.
refusal-not-requester = Only the employee who filed this application may do this.
refusal-no-approver = Nobody can decide the next step yet: an administrator needs to name an approver.
refusal-not-delegator = Only the approver who named the delegate may end the delegation.
refusal-already-exists = This already exists.
refusal-concurrent-change = Something changed at the same time. Try again.
refusal-self-fulfilment = The approval policy does not allow you to order or receive what you requested yourself.
refusal-too-many-requests = { $seconds ->
        [one] Too many attempts. Try again in a second.
       *[other] Too many attempts. Try again in { $seconds } seconds.
    }

## Language
language-label = Language
language-browser = As my browser asks
language-button = Save the language
language-saved = Your language has been saved.

## Dates: the month names as a date uses them, and the date patterns
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
date-time = { $date }, { $time }

## The IT specialist's queues, order and delivery forms
nav-to-order = To order
nav-deliveries = Deliveries
to-order-title = To order
to-order-intro = Approved applications waiting to be ordered, the longest waiting first.
to-order-empty = Nothing is waiting to be ordered.
deliveries-title = Deliveries
deliveries-intro = Ordered applications whose goods have not all arrived, the oldest first.
deliveries-empty = No delivery is expected.
fulfil-heading = Ordering and receipt
fulfil-order = Record the order
fulfil-receive = Record a delivery
order-title = Order
order-intro = Record the order placed with the supplier, with the prices on the supplier's order.
order-supplier = Supplier
order-reference = Supplier's order reference
order-expected-on = Expected delivery
order-prices = Prices per line
order-approved-price = Approved unit price
order-actual-price = Ordered unit price
order-approved-total = Approved total
order-tolerance-hint = A higher total within the approval policy's tolerance is accepted; beyond it, the application goes back for approval of the difference.
order-button = Record the order
receive-title = Delivery
receive-intro = Enter what arrived now on each line. Goods delivered but refused go back to the supplier and stay expected: give their quantity and the reason.
receive-location = Stock location
receive-location-hint = Where catalogue consumables received now go into stock.
receive-lines = What arrived
receive-now = Accepted now
receive-rejected = Refused
receive-reason = Reason for refusing
receive-now-label = Accepted now: { $line }
receive-rejected-label = Refused: { $line }
receive-reason-label = Reason for refusing: { $line }
receive-line-done = Nothing more to come.
receive-button = Record the delivery
problem-over-receipt = This is more than remains to come on this line.
problem-supplier-required = Name the supplier.
problem-reference-required = Give the supplier's order reference.
problem-location-id-required = Choose the stock location: catalogue consumables go into stock.
problem-line-rejection-reason-required = Say why the goods were refused.

## The home page: what needs me
home-title = What needs you
home-nothing = Nothing needs you right now.
home-oldest = The oldest has waited { $age }:
home-returned = Returned to you for changes
home-drafts = Your drafts
home-all = Show all
home-low-stock = At or below the reorder point
home-on-hand = { $quantity } on hand
home-reorder-point = reorder point { $quantity }

## Stock on hand
nav-stock = Stock
stock-title = Stock on hand
stock-search = SKU or name
stock-any-location = Any location
stock-below-only = Only at or below the reorder point
stock-empty = No balance matches.
stock-col-sku = SKU
stock-col-item = Item
stock-col-on-hand = On hand
stock-col-reorder-point = Reorder point
stock-col-max-level = Maximum level
stock-low = Low

## Deliveries expected this week
deliveries-week-intro = Deliveries expected by the end of this week, late ones included, the oldest first.
deliveries-week-empty = No delivery is expected this week.
home-deliveries-week = Expected this week

## The stock item page, its movement and policy forms
stock-item-unit = Unit
stock-item-lead-time = Supplier's lead time
stock-item-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
stock-item-state = State
stock-item-retired = No longer stocked
stock-item-balances = On hand by location
stock-item-no-balance = This item has no stock anywhere yet.
stock-item-links = Chart and policy
stock-item-charted = Shown in the chart
stock-item-chart-at = Chart for { $location }
stock-item-policy-at = Policy at { $location }
stock-chart-heading = Balance over the last 90 days at { $location }
stock-chart-changes = The days the balance changed
stock-chart-day = Day
stock-chart-closing = Balance at the end of the day
chart-reorder-point = Reorder point { $value }
chart-max-level = Maximum { $value }
chart-summary = From { $from } to { $to } the balance went from { $start } to { $end }; lowest { $low } on { $lowday }.
chart-summary-policy = From { $from } to { $to } the balance went from { $start } to { $end }; lowest { $low } on { $lowday }; { $below ->
    [one] { $below } day
   *[other] { $below } days
} at or below the reorder point.
date-short = { $day } { $month }
stock-ledger-heading = Ledger
stock-ledger-from = From
stock-ledger-to = To
stock-ledger-empty = No movement in these dates.
stock-ledger-when = When
stock-ledger-kind = Movement
stock-ledger-unit-cost = Unit cost
stock-ledger-issued-to = Issued to
stock-ledger-note = Note
stock-ledger-by = Recorded by
stock-ledger-system = Procura
movement-receipt = Receipt
movement-issue = Issue
movement-transfer = Transfer
movement-write-off = Write-off
movement-adjustment = Count adjustment
stock-move-actions = Record a movement
stock-move-receipt = Record a receipt
stock-move-receipt-intro = Goods that came into stock outside an application's delivery: a return, a found box, an opening balance.
stock-move-receipt-button = Record the receipt
stock-move-issue = Issue
stock-move-issue-intro = Hand items out of stock to an employee or a department.
stock-move-issue-button = Record the issue
stock-move-transfer = Transfer
stock-move-transfer-intro = Move items from one location to another; both balances change together.
stock-move-transfer-button = Record the transfer
stock-move-write-off = Write off
stock-move-write-off-intro = Take damaged, lost or expired items out of stock, with the reason.
stock-move-write-off-button = Record the write-off
stock-move-from = From
stock-move-to = To
stock-move-quantity = Quantity ({ $unit })
stock-move-unit-cost = Unit cost
stock-move-unit-cost-hint = Optional: what one unit cost, for the stock's value.
stock-move-issued-to = Issued to
stock-move-nobody = Nobody in particular
stock-move-find-person = Find a person
stock-move-note = Note
stock-move-reason = Reason
stock-move-already-sent = This form was already sent with other values. Check the ledger, then send it again if the movement is still missing.
stock-back = Back to the item
stock-policy-title = Stock policy
stock-policy-intro = Procura raises a low-stock alert and suggests a reorder when the balance falls to the reorder point, and suggests ordering up to the maximum level.
stock-policy-save = Save the policy
stock-policy-suggested = Suggested from the last 90 days
stock-policy-basis = Over the last { $days } days { $issued } were issued: { $daily } a day.
stock-policy-safety-stock = Safety stock
stock-policy-apply = Use the suggestion

## Replenishment
replenishment-title = Replenishment
replenishment-intro = The items whose balance, with what is already on order and the use expected over the supplier's lead time, falls to the reorder point, with what to order to bring them up to the maximum level. Check what to order and change any quantity, then create the draft applications.
replenishment-empty = Nothing needs ordering: every balance with a policy stays above its reorder point over its lead time.
replenishment-no-supplier = No usual supplier
replenishment-col-order = Order
replenishment-col-on-order = On order
replenishment-col-daily-use = Use a day
replenishment-col-projected = Projected
replenishment-col-policy = Reorder point / maximum
replenishment-col-quantity = To order
replenishment-col-cost = Estimated cost
replenishment-select-label = Order { $item }
replenishment-quantity-label = Quantity of { $item } to order
replenishment-suggested-policy = suggested { $reorder } / { $max }
replenishment-apply = Apply
replenishment-apply-label = Apply the suggested policy of { $item }
replenishment-applied = The suggested policy is in force, and the list below takes it into account.
replenishment-create-hint = One draft application per location, with the checked lines; each opens for you to review before you submit it.
replenishment-create = Create draft applications
problem-items-required = Check at least one suggestion to order.
problem-nothing-suggested = Nothing is suggested for this item here any more: give a quantity to order it anyway.

## The catalogue: list, item form, CSV import with a dry run
catalogue-title = Catalogue
catalogue-new = New item
catalogue-import = Import from CSV
catalogue-export = Download as CSV
catalogue-state-active = Stocked
catalogue-state-retired = Retired
catalogue-state-all = All items
catalogue-empty = No item matches.
catalogue-category = Category
catalogue-unit-cost = Unit cost
catalogue-supplier = Usual supplier
catalogue-lead-time-days = Supplier's lead time, in days
catalogue-order-multiple = Order multiple
catalogue-order-multiple-hint = Suggestions are rounded up to a whole number of these: 12 for boxes of twelve, 1 for any quantity.
catalogue-sku-hint = The item's code, unique in the catalogue. It cannot be changed later: CSV imports find the item by it.
catalogue-unit-hint = How the item is counted: pcs, ream, box, m.
catalogue-create = Add the item
catalogue-save = Save the item
catalogue-back = Back to the catalogue
catalogue-retire-hint = Retiring keeps the item's stock and history; it takes no new receipts and gets no replenishment suggestions.
catalogue-retired-hint = This item is retired: it takes no new receipts and gets no replenishment suggestions.
catalogue-retire = Retire the item
catalogue-reactivate = Stock it again
catalogue-stock-page = The item's stock
catalogue-import-intro = Choose a CSV file with a header line naming its columns: sku, name, unit and unit_cost are required; category, supplier, lead_time_days, order_multiple and active are optional. Procura first checks the whole file and shows what it would do; nothing changes until you confirm. Download the catalogue as CSV for a file to start from.
catalogue-import-file = CSV file
catalogue-import-check = Check the file
catalogue-import-bad-cells = { $count ->
    [one] { $count } problem in the file
   *[other] { $count } problems in the file
}
catalogue-import-nothing-written = Nothing was imported. Correct the file and check it again.
catalogue-import-line = Line
catalogue-import-column = Column
catalogue-import-problem = Problem
catalogue-import-header = Header line
catalogue-import-plan-heading = What the import will do
catalogue-import-plan = { $created ->
    [one] { $created } new item
   *[other] { $created } new items
}, { $updated } updated, { $unchanged } unchanged.
catalogue-import-done = Imported: { $created ->
    [one] { $created } new item
   *[other] { $created } new items
}, { $updated } updated, { $unchanged } unchanged.
catalogue-import-what = What happens
catalogue-import-create = New
catalogue-import-update = Updated
catalogue-import-unchanged = Unchanged
catalogue-import-confirm = Import the file
catalogue-import-another = Choose another file
catalogue-import-too-large = The file is larger than Procura takes ({ $megabytes } MB): split it.
catalogue-import-unreadable = Procura could not read the upload: choose the file again.
problem-file-required = Choose the file to import.
problem-sku-taken = Another item already has this SKU.
problem-sku-duplicate = This SKU is on an earlier line of the file too.
problem-category-invalid-value = Use one of hardware, software, consumables, services or other.
problem-active-invalid-value = Write true or false.
problem-lead-time-days-invalid-value = Write a whole number of days.
problem-unit-cost-invalid-value = Write the price of one unit as a number, such as 12.50.
problem-order-multiple-invalid-value = Write a number, such as 1 or 0.5.
problem-missing-column = The header lacks a required column: sku, name, unit and unit_cost are needed.
problem-unknown-column = The header names a column Procura does not know; the columns are sku, name, category, unit, unit_cost, supplier, lead_time_days, order_multiple and active.
problem-invalid-csv = Procura cannot read this as CSV: save the file as UTF-8 text, comma-separated, with a header line.
problem-too-many-rows = The file holds more items than one import takes: split it.

## Administration: the hub, outgoing mail, the audit trail
nav-admin = Administration
admin-title = Administration
home-failed-mail = Mail that could not be delivered
notifications-title = Outgoing mail
notifications-failed-count = { $count ->
    [0] No message failed.
    [one] { $count } message could not be delivered.
   *[other] { $count } messages could not be delivered.
}
notifications-pending-count = { $count ->
    [one] { $count } waiting to be sent
   *[other] { $count } waiting to be sent
}
notifications-degraded = Mail is late: the oldest message waiting has waited longer than it should. Check the mail server.
notifications-status-failed = Failed
notifications-status-pending = Waiting to be sent
notifications-status-sent = Sent
notifications-oldest = Oldest waiting since
notifications-sent-last-minute = Sent in the last minute
notifications-show = Show
notifications-empty = No message here.
notifications-created = Queued
notifications-to = To
notifications-subject = Subject
notifications-attempts = Attempts
notifications-sent-at = Sent
notifications-next-attempt = Next attempt
notifications-error = Last error
notifications-actions = What to do
notifications-retry = Send again
notifications-retry-label = Send “{ $subject }” again
notifications-dismiss = Dismiss
notifications-dismiss-label = Dismiss “{ $subject }”
notifications-retried = The message is queued again and will be sent in a moment.
notifications-dismissed = The message was dismissed; the audit trail keeps what it was.
audit-title = Audit trail
audit-intro = Every change, who made it and when, newest first. Choose a person or an entity in the list to see only theirs.
audit-entity = Entity
audit-entity-id = Entity id
audit-who = Who
audit-action = Action
audit-summary = What changed
audit-empty = No entry matches.
audit-clear = Show everything
audit-any-person = Anyone

## Administration: accounts
users-title = Users
users-intro = Accounts, their roles and departments; disable one, give it a one-time password, end its sessions.
users-new = New user
users-search = Name or email
users-role = Role
users-any-role = Any role
users-state-active = Active
users-state-disabled = Disabled
users-state-all = All accounts
users-empty = No account matches.
users-name = Name
users-email = Email
users-roles = Roles
users-department = Department
users-no-department = No department
users-first-password = First password
users-first-password-hint = At least 10 characters. Tell it to the person another way than by email; Procura asks them for their own at their first sign-in.
users-create = Create the account
users-save = Save the account
users-back = Back to the users
users-reset-password = One-time password
users-reset-password-hint = For someone who forgot theirs: they sign in with this one and then choose their own. Their sessions end now.
users-one-time-password = New one-time password
users-password-again = The same password again
users-reset-password-button = Set the one-time password
users-sessions = Signed in
users-no-sessions = Not signed in anywhere.
users-session-started = Since
users-session-until = Until
users-session-from = From
users-end-sessions = Sign out everywhere
users-account = Account
users-disable-hint = A disabled account cannot sign in and its sessions end; its applications, decisions and history stay.
users-disabled-hint = This account is disabled: it cannot sign in.
users-disable = Disable the account
users-enable = Enable the account
users-history = The account's history
users-done-created = The account is created, and its owner was mailed that it exists.
users-done-saved = The account is saved.
users-done-enabled = The account is enabled again.
users-done-disabled = The account is disabled and signed out everywhere.
users-done-password = The one-time password is set, and the account is signed out everywhere.
users-done-signed-out = The account is signed out everywhere.
problem-email-taken = Another account already has this email.
problem-roles-required = Choose at least one role.
problem-password-again-mismatch = The two passwords differ.
problem-password-too-short = The password is too short: use at least 10 characters.

## Administration: the department tree
departments-title = Departments
departments-intro = The organisation as approvals see it: an application goes to the head of its department, then up the tree; the head of the top department is the director, and the head of the IT department checks hardware and software.
departments-new = New department
departments-empty = No department yet.
departments-name = Name
departments-code = Code
departments-head = Head
departments-no-head = No head
departments-it = IT
departments-parent = Part of
departments-parent-hint = The department above this one; the top department is part of none.
departments-top = None: the top of the organisation
departments-is-it = This is the IT department: its head checks hardware and software applications
departments-create = Add the department
departments-save = Save the department
departments-back = Back to the departments
problem-code-taken = Another department already has this code.
problem-parent-id-creates-cycle = A department cannot be part of itself or of a department below it.
problem-head-user-id-inactive = This account is disabled: choose someone active.

## Administration: the approval policy
policy-title = Approval policy
policy-intro = Who approves an application, from which amounts, and the rules around ordering, delegation and budgets. A change applies to applications submitted from then on; chains already formed keep their steps.
policy-saved = The approval policy is saved: applications submitted from now on follow it.
policy-chain = Who approves
policy-steps = Steps a chain may have, in this order
policy-finance-threshold = Finance approves from
policy-finance-threshold-hint = Applications whose total is at least this amount also go to finance.
policy-director-threshold = The director approves from
policy-director-threshold-hint = Applications whose total is at least this amount also go to the director, the head of the top department.
policy-it-review-categories = Categories the head of IT reviews
policy-fallback-approver-id = Fallback approver
policy-fallback-approver-id-hint = Decides a step when the tree has nobody else, such as the director's own application.
policy-no-fallback = Nobody: such an application cannot be submitted
policy-four-eyes = Four eyes where money is concerned
policy-four-eyes-hint = The finance and director steps are decided by someone who decides no earlier step of the application.
policy-distinct-steps = A different person for each step
policy-distinct-steps-hint = When the department head is also the head of IT, the IT step goes up the IT department's tree instead of one decision covering both.
policy-ordering = Ordering and delegation
policy-currency = Currency
policy-currency-hint = The ISO 4217 code all amounts are in, such as EUR or MDL.
policy-order-tolerance-percent = An order may exceed the approved total by (%)
policy-order-tolerance-percent-hint = Together with the amount below, the larger of the two counts; beyond it, the difference goes through approval again.
policy-order-tolerance-amount = …or by this amount
policy-order-tolerance-amount-hint = Small differences in price need no new approval.
policy-allow-self-fulfilment = IT specialists may order and receive their own applications
policy-allow-self-fulfilment-hint = For an organisation with one IT specialist; each time is recorded and finance is told.
policy-other-payer-roles = Roles that may charge another department
policy-max-delegation-days = Longest delegation (days)
policy-max-delegation-days-hint = How long an approver may hand their decisions to someone else at a time, first and last day included.
policy-budgets = Budgets
policy-budget-self-approval = Finance may approve a budget they generated
policy-budget-self-approval-hint = For an organisation with one finance user; such an approval is marked on the budget.
policy-stale-after-days = A need is stale after (days)
policy-stale-after-days-hint = A need still open this many days after its due date is listed for action and no longer counted against the limits.
policy-budget-check = Budget at approval
policy-budget-check-intro = What happens, per category, when approving an application would take its department past the month's limit.
budget-rule-none = Nothing: show the budget, approve
budget-rule-warn = Warn: the approver confirms “approve anyway”
budget-rule-block = Block: only the override role may approve
policy-no-limit = A month without a limit
policy-no-limit-hint = When the month has no limit for the department and category. It is never read as unlimited: choose “Warn” or “Block” unless limits are not used at all.
policy-override-role = Who may override a block
policy-override-role-hint = Holders of this role may approve past a blocked budget, after confirming it; each time is audited and finance is told.
policy-override-nobody = Nobody
policy-reminders = Reminders and escalation
policy-remind-after-business-days = Remind the decider after (business days)
policy-remind-after-business-days-hint = Whoever can decide a waiting step is emailed after this many business days, and again every as many; the step shows as overdue from then. 0 sends no reminders.
policy-escalate-after-business-days = Escalate after (business days)
policy-escalate-after-business-days-hint = After this many business days the decider's superior, the head above them, is told. 0 never escalates.
policy-escalation-moves-step = An escalation hands the step to the superior
policy-escalation-moves-step-hint = The superior then decides instead; a finance step stays with finance. Recorded in the application's history.
policy-reminder-hour = Reminders go out at (hour, 0–23)
policy-reminder-hour-hint = Each business day at this hour, in the organisation's time zone, one email per person: a digest when several applications wait for them.
policy-preview = Preview
policy-preview-intro = Who would decide an application submitted today by an employee of the department below, under the policy as this page shows it.
policy-preview-total = Application total
policy-preview-category = Category
policy-preview-department = Department
policy-preview-button = Preview
policy-preview-unsaved = This preview follows the changes above, which are not saved yet.
policy-preview-heading = An application of { $total } for { $category } from { $department } would go to:
policy-preview-blocked = nobody: such an application could not be submitted.
policy-preview-any-finance = any finance user
policy-gap-no-person = Nobody can decide the { $step } step: the department and those above it have no head but the requester. Name a head or a fallback approver.
policy-gap-no-it-department = Nobody can decide the { $step } step: no department is marked as the IT department.
policy-gap-no-finance-user = Nobody can decide the { $step } step: there is no other active finance user.
policy-gap-director-decides-earlier = Nobody can decide the { $step } step: the director decides an earlier step, and four eyes need someone else. Name a fallback approver.
policy-save = Save the policy
problem-steps-required = Keep at least one step: nothing is ordered without an approval.
problem-currency-invalid-currency = Write a three-letter ISO 4217 code, such as EUR or MDL.
problem-finance-threshold-invalid-amount = Write an amount of at least 0 with at most 2 decimals.
problem-director-threshold-invalid-amount = Write an amount of at least 0 with at most 2 decimals.
problem-order-tolerance-amount-invalid-amount = Write an amount of at least 0 with at most 2 decimals.
problem-stale-after-days-out-of-range = Write a number of days from 1 to 3650.
problem-max-delegation-days-out-of-range = Write a number of days from 1 to 366.
problem-remind-after-business-days-out-of-range = Write a number of business days from 0 (off) to 250.
problem-escalate-after-business-days-out-of-range = Write a number of business days from 0 (off) to 250.
problem-reminder-hour-out-of-range = Write an hour from 0 to 23.
problem-order-tolerance-percent-out-of-range = Write a share from 0 to 100.

## Administration: holidays
holidays-title = Holidays
holidays-intro = The days not worked besides weekends. Reminders and escalation count business days, so a step is not overdue over a holiday.
holidays-of-year = Holidays in { $year }
holidays-year-link = { $year }
holidays-none = No holidays are set for this year.
holidays-day = Day
holidays-name = Name
holidays-actions = Actions
holidays-remove = Remove
holidays-remove-label = Remove the holiday on { $day }
holidays-add = Add or rename a holiday
holidays-add-button = Save the holiday
holidays-import = Import a list
holidays-list = Holidays, one per line
holidays-list-hint = A date and a name on each line, such as 2026-12-25 Christmas Day, as public holidays are usually published. Lines starting with # are skipped; a day already set is renamed.
holidays-check = Check the list
holidays-import-button = Import
holidays-checked = { $count ->
        [one] The list holds { $count } holiday; nothing is stored until you import it:
       *[other] The list holds { $count } holidays; nothing is stored until you import them:
    }
holidays-line-problem = Line { $line }: { $problem }
holidays-done-added = The holiday is saved.
holidays-done-removed = The holiday is removed.
holidays-done-imported = The list is imported.
problem-list-invalid-date = Start the line with a date such as 2026-12-25.
problem-list-required = Name the holiday after its date.
problem-list-duplicate = This day is already on an earlier line.
problem-list-out-of-range = Use a date from 2000 to 2200.
problem-day-invalid-date = Choose a day.
problem-name-required = Name the holiday.

## Administration: budget schedules
schedules-admin-title = Budget schedules
schedules-admin-intro = When the weekly and monthly budgets are generated and who receives them. Each runs once per period, even with several instances.
schedules-admin-next = Next runs, in { $zone } time:
schedules-admin-not-running = Switched off: it does not run.
schedules-admin-cron = When (cron expression)
schedules-admin-cron-hint = Minute, hour, day of month, month, day of week: "0 7 * * Wed" is every Wednesday at 07:00, "0 7 25 * *" the 25th of every month.
schedules-admin-timezone = Timezone
schedules-admin-recipients = Recipients
schedules-admin-recipients-hint = One email address per line; leave it empty to send to every active finance user.
schedules-admin-enabled = Runs on schedule
schedules-admin-save = Save the schedule
schedules-saved = { $job }: saved; the next runs below follow it.
problem-cron-invalid-cron = Procura cannot read this expression: five fields, such as "0 7 * * Wed".
problem-timezone-unknown-timezone = This is not a timezone Procura knows: write it as Europe/Chisinau, Europe/Kyiv or UTC.
problem-recipients-invalid-email = One of the lines is not an email address.

## The count sheet
count-title = Count sheet
count-open-sheet = Open the sheet
count-choose-location = Choose the location to count.
count-nothing-here = Nothing is kept at this location, or nothing matches the search.
count-sheet-hint = Type what you counted; leave an item blank if you did not count it. Nothing changes until you confirm.
count-sheet-more = This location keeps more items than one sheet lists: count it a search at a time.
count-sheet-caption = Items at this location
count-print = Print the sheet
count-col-expected = On hand
count-col-counted = Counted
count-col-adjustment = Adjustment
count-counted-label = Counted quantity of { $item }
count-preview-button = Check the count
count-preview-heading = The adjustments this count will post
count-preview-summary = { $lines ->
    [one] { $lines } item counted
   *[other] { $lines } items counted
}; { $differences ->
    [0] none differs from the balance.
    [one] { $differences } differs from the balance.
   *[other] { $differences } differ from the balance.
}
count-preview-hint = If stock moves before you confirm, each adjustment is taken against the balance at that moment.
count-confirm = { $count ->
    [0] Confirm the count
    [one] Confirm and post { $count } adjustment
   *[other] Confirm and post { $count } adjustments
}
count-change = Change the counts
count-done-title = Count at
count-done-when = Counted
count-done-lines = Items counted
count-done-adjustments = Adjustments posted
count-another = Count this location again

## Budgets: the list, a revision's page, comparing two revisions
nav-budgets = Budgets
budgets-title = Budgets
budgets-kind = Kind
budgets-any-kind = Weekly and monthly
budget-kind-weekly = Weekly budget
budget-kind-monthly = Monthly budget
budgets-empty = No budget has been generated yet.
budgets-col-period = Period
budgets-col-revision = Revision
budgets-col-generated = Generated
budgets-col-state = State
budget-authoritative = Counts
budget-late = Late
budget-manual = by hand
budget-overrun = Over the limit
budget-approved = Approved
budget-waiting = Waiting for approval
budgets-generate = Generate a revision
budgets-generate-hint = A new revision of any week or month, from the applications and stock as they are now. It is not emailed: finance receives the scheduled one.
budgets-period-start = First day of the period
budgets-period-start-hint = A Monday for a weekly budget, the 1st for a monthly one.
budgets-generate-button = Generate
budget-revision = revision { $revision }
budget-on-schedule = on schedule
budget-limit = Limit
budget-remaining = Remaining
budget-month-to-date = Ordered so far this month
budget-counts = This revision counts for its period.
budget-superseded = Revision { $revision } counts for this period.
budget-approval = Approval
budget-approved-by = Approved by { $name }, { $when }.
budget-self-approved = The one who generated it approved it, as the approval policy allows.
budget-approve = Approve this revision
budget-own-revision = You generated this revision, so another finance user approves it.
budget-waiting-finance = Waiting for finance to approve it.
budget-download = Download:
budget-legend-new = New
budget-legend-carried = Carried over
budget-legend-over = Past the limit
budget-by-department = By department
budget-by-category = By category
budget-bar = Total beside the limit
budget-no-department = No department
budget-lines = Lines
budget-any = Any
budget-section = Section
section-new = New
section-carried-over = Carried over
section-stale = Stale
budget-stale-total = Stale needs, outside the total
budget-lines-matched = { $count ->
    [one] { $count } line matches.
   *[other] { $count } lines match.
}
budget-due = Needed by
budget-days-overdue = { $count ->
    [one] { $count } day overdue
   *[other] { $count } days overdue
}
budget-other-revisions = Other revisions of this period
budget-compare-with = compare with revision { $revision }
budget-compare-title = Two revisions compared
budget-compare-intro = What changed from revision { $before } to revision { $after }.
budget-change = Change
budget-changed-lines = Lines added, removed or changed
budget-no-changed-lines = The lines are the same in both revisions.
budget-what-changed = What changed
budget-line-added = Added
budget-line-removed = Removed
budget-line-changed = Changed

## Budget limits and schedules
execution-title = Budget execution
execution-intro = Each month's limit against what its applications hold: approved and not yet ordered, ordered and still to come, received, and all ordered. An application counts in the month it is due in (its expected delivery once ordered). Choose a department and a category, or see them all added up.
execution-year = Year
execution-all-departments = All departments
execution-all-categories = All categories
execution-caption = Month by month, in { $currency }
execution-month = Month
execution-ordered = Ordered in all
execution-year-to-date = Year to date, through { $month }
execution-year-to-date-none = Year to date (the year has not begun)
execution-download = The whole year, every department and category, for accounting:
limits-title = Limits and schedules
limits-month = Month
limits-hint = Each cell is the month's limit of a department for a category; a weekly budget takes its share by days. Leave a cell blank for no limit.
limits-caption = Limits of { $month }
limits-save = Save the limits
limits-saved = { $set ->
    [one] { $set } limit set
   *[other] { $set } limits set
}, { $removed ->
    [one] { $removed } removed.
   *[other] { $removed } removed.
}
limits-copied = { $count ->
    [one] { $count } limit copied from the month before.
   *[other] { $count } limits copied from the month before.
}
limits-copy = Copy these limits to the next month
limits-copy-hint = Only where the next month has no limit yet.
schedules-heading = Budget schedules
schedules-job = Budget
schedules-cron = When (cron)
schedules-next = Next three runs
schedules-off = Switched off
schedule-weekly-budget = Weekly budget
schedule-monthly-budget = Monthly budget
home-budgets-to-approve = Budgets waiting for your approval
home-next-budgets = The next budgets
