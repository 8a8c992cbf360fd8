# The mail every notification sends, in English: the words of
# src/mail/templates/*. Variables: names ($name, $requester…) are plain
# text; $step is an approval step's code (department_head, it_head,
# finance, director), to select on so each language can decline it; amounts
# arrive formatted ("1,234.50") with their $currency beside.

## Shared by every mail

mail-footer = You receive this because of your role in Procura.
mail-hello = Hello,
mail-hello-name = Hello { $name },
mail-button-fallback = If the button does not work, open this link:
mail-open-application = Open the application
mail-open-application-link = Open the application:
mail-field-application = Application
mail-field-requester = Requester
mail-field-department = Department
mail-field-total = Total
mail-field-needed-by = Needed by
mail-col-line = Line
mail-col-category = Category
mail-col-quantity = Quantity
mail-col-unit-price = Unit price
mail-col-total-in = Total ({ $currency })

## application_submitted: "approval needed", to each decider of a step

mail-submitted-subject = Approval needed: { $title } ({ $total } { $currency })
mail-submitted-subject-delegate = Approval needed (for { $delegate_of }): { $title } ({ $total } { $currency })
mail-submitted-heading = Approval needed
mail-submitted-intro = { $requester } has submitted an application that needs your decision as { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }.
mail-submitted-intro-delegate = { $requester } has submitted an application that needs a decision as { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }: you decide it as delegate of { $delegate_of }.
mail-submitted-why = Why:
mail-submitted-budget = The paying department's budget for { $month }, as this email is sent
mail-submitted-budget-warn = It goes past the budget (or a month without a limit): approving it asks you to tick “Approve anyway, past the budget”.
mail-submitted-budget-block = It goes past the budget, and the policy blocks it: only someone holding the role the policy names may approve it.
mail-submitted-ask = Please review it and approve, return or reject it.
mail-submitted-decide-now = Decide now
mail-submitted-review = Review the application
mail-submitted-link-yours = This button is yours alone: it opens the application with the approve, return and reject buttons, without signing in, and decides once, within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. Do not forward this email. To open the application in Procura instead:
mail-submitted-decide-now-text = Decide now (this link is yours alone: it decides once, within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, without signing in; do not forward this email):
mail-submitted-or-open = Or open the application in Procura:

## application_step_decided: "approved by …, next: …", to the requester

mail-step-decided-subject = Approved by { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }: { $title }
mail-step-decided-subject-next = Approved by { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }: { $title } – next: { $approver }
mail-step-decided-heading = Approved by { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }
mail-step-decided-intro = Application { $reference } “{ $title }” was approved at the { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    } step by { $decided_by }.
mail-step-decided-intro-behalf = Application { $reference } “{ $title }” was approved at the { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    } step by { $decided_by } on behalf of { $on_behalf_of }.
mail-step-decided-comment = Comment from { $name }:
mail-step-decided-next = Next step: { $approver } ({ $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }) decides on it next.
mail-step-decided-next-step = Next step: { $step ->
        [department_head] the head of department
        [it_head] the head of IT
        [finance] finance
       *[director] the director
    } decides on it next.
mail-step-decided-last = There are no further approval steps.

## application_approved: to the requester and the IT specialists

mail-approved-subject = Application approved: { $title }
mail-approved-heading = Application approved
mail-approved-intro = Application { $reference } “{ $title }” has passed all approval steps and is now approved.
mail-approved-last-step = The last step, { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }, was approved by { $decided_by }.
mail-approved-last-step-behalf = The last step, { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }, was approved by { $decided_by } on behalf of { $on_behalf_of }.
mail-approved-comment = Comment from { $name }:
mail-approved-order = IT specialists: please place the order and record the supplier and order reference in Procura. The requester will be notified when it is ordered.

## application_returned: to the requester

mail-returned-subject = Returned for changes: { $title }
mail-returned-heading = Returned for changes
mail-returned-intro = Your application { $reference } “{ $title }” was returned to you for changes by { $returned_by }.
mail-returned-comment = Comment from { $name }:
mail-returned-ask = Please update the application as requested and submit it again.
mail-returned-ask-link = Please update the application as requested and submit it again:
mail-returned-edit = Edit the application

## application_rejected: to the requester

mail-rejected-subject = Application rejected: { $title }
mail-rejected-heading = Application rejected
mail-rejected-intro = Your application { $reference } “{ $title }” was rejected by { $rejected_by }.
mail-rejected-reason = Reason:
mail-rejected-closed = The application is closed and will not be ordered. If you still need these items, please discuss the reason with { $rejected_by } before submitting a new application.

## application_cancelled: to everyone who could have decided the step it waited on

mail-cancelled-subject = Application cancelled: { $title }
mail-cancelled-heading = Application cancelled
mail-cancelled-intro = Application { $reference } “{ $title }” was cancelled by { $cancelled_by } while it waited for your decision. Nothing is left for you to do.
mail-cancelled-comment = Comment:

## application_self_fulfilled: to finance; $status is the application's status word

mail-self-fulfilled-subject = Self-fulfilled: { $title }
mail-self-fulfilled-heading = Self-fulfilled application
mail-self-fulfilled-intro = { $requester } is fulfilling their own application { $reference } “{ $title }” (status: { $status }): the approval policy allows an IT specialist to order and receive what they requested themselves. This message tells finance each time it happens, so that someone else looks at it.

## account_created: to a new user, with their sign-in email and roles

mail-account-subject = Your Procura account has been created
mail-account-title = Your Procura account
mail-account-heading = Welcome to Procura
mail-account-intro = An account has been created for you in Procura, where IT purchase requests are submitted, approved and tracked.
mail-account-field-email = Sign-in email
mail-account-field-roles = Roles
mail-account-open = Open Procura
mail-account-start = To get started, open this link:

## application_ordered: to the requester, once IT has ordered from a supplier

mail-ordered-subject = Ordered: { $title }
mail-ordered-subject-expected = Ordered: { $title } (expected { $expected_on })
mail-ordered-title = Application ordered
mail-ordered-heading = Ordered
mail-ordered-intro = Your application { $reference } “{ $title }” has been ordered.
mail-ordered-field-supplier = Supplier
mail-ordered-field-reference = Reference
mail-ordered-field-expected = Expected on
mail-ordered-next = You will be notified when the items are received. No action is needed from you now.
mail-ordered-track = Track the application
mail-ordered-track-link = Track the application here:

## application_received: to the requester, after a receipt (all received,
## a delivery rejected, or part received)

mail-received-subject-full = Received: { $title }
mail-received-subject-rejected = Delivery rejected: { $title }
mail-received-subject-partly = Partly received: { $title }
mail-received-title = Items received
mail-received-heading-full = Received
mail-received-heading-rejected = Delivery rejected
mail-received-heading-partly = Partly received
mail-received-intro-full = All items of your application { $reference } “{ $title }” have been received.
mail-received-intro-rejected = A delivery for your application { $reference } “{ $title }” was rejected at receipt and returned to the supplier; the items are still expected.
mail-received-intro-partly = Part of your application { $reference } “{ $title }” has been received; the remaining items are still expected.
mail-received-rejected-heading = Rejected and returned to the supplier (still expected)
mail-received-rejected-list = Rejected and returned to the supplier (still expected):
mail-received-rejected-line = { $item }: { $quantity } ({ $reason })
mail-received-items = Items:
mail-received-line = { $item }: { $received } of { $ordered } received
mail-received-col-item = Item
mail-received-col-received = Received
mail-received-col-ordered = Ordered
mail-received-col-rejected = Rejected
mail-received-col-reason = Reason
mail-received-collect = Please contact IT to arrange collection or installation if you have not been contacted already.
mail-received-more = You will be notified again when more items arrive.

## application_closed_short: to the requester, when IT closes lines short

mail-closed-short-subject = Will not come: { $count ->
        [one] { $count } line
       *[other] { $count } lines
    } of { $title }
mail-closed-short-heading = Items that will not come
mail-closed-short-intro = IT has closed part of your application { $reference } “{ $title }”: the rest of these items will not come.
mail-closed-short-reason = Reason:
mail-closed-short-line = { $item }: { $received } of { $ordered } received, { $closed } will not come
mail-closed-short-col-item = Item
mail-closed-short-col-ordered = Ordered
mail-closed-short-col-received = Received
mail-closed-short-col-closed = Will not come
mail-closed-short-complete = Nothing else is expected on this application. If you still need the rest, file a new application.
mail-closed-short-rest = The other items are still expected; you will be told when they arrive.

## delegation_named: to a delegate, with what already waits for the approver

mail-delegation-named-subject = You decide for { $approver } from { $starts_on } to { $ends_on }
mail-delegation-named-title = You are a delegate
mail-delegation-named-heading = You decide for { $approver }
mail-delegation-named-intro = { $approver } has named you as their delegate from { $starts_on } to { $ends_on }. In that time you decide the approval steps waiting for { $approver }, and each decision is recorded as yours on their behalf.
mail-delegation-named-waiting = Already waiting for { $approver }:
mail-delegation-named-item-needed = { $title }: { $total } { $currency }, needed by { $needed_by }
mail-delegation-named-nothing = Nothing is waiting for { $approver } right now; you will be emailed when something is.
mail-delegation-named-inbox = Everything waiting for you:

## delegation_ended: to a delegate, when the approver ends the delegation or
## it runs out

mail-delegation-ended-subject = Your delegation for { $approver } has ended
mail-delegation-ended-title = Delegation ended
mail-delegation-ended-heading = Your delegation has ended
mail-delegation-ended-early = { $approver } has ended the delegation that was to run from { $starts_on } to { $ends_on }.
mail-delegation-ended-ran-out = Your delegation for { $approver }, from { $starts_on } to { $ends_on }, ran out on its last day.
mail-delegation-ended-after = You no longer decide approval steps on their behalf; what is still waiting goes to { $approver } again.

## low_stock: stock items at or below their reorder point, to the IT specialists

mail-low-stock-subject = Low stock: { $count ->
        [one] { $count } item
       *[other] { $count } items
    } at or below reorder point
mail-low-stock-heading = Low stock
mail-low-stock-intro = { $count ->
        [one] { $count } stock item is at or below its reorder point:
       *[other] { $count } stock items are at or below their reorder point:
    }
mail-low-stock-col-sku = SKU
mail-low-stock-col-item = Item
mail-low-stock-col-location = Location
mail-low-stock-col-on-hand = On hand
mail-low-stock-col-reorder-point = Reorder point
mail-low-stock-line = { $item } ({ $sku }) at { $location }: { $on_hand } { $unit } on hand (reorder point { $reorder_point } { $unit })
mail-low-stock-ask = { $count ->
        [one] Please reorder this item or move stock between locations, and record the changes in Procura.
       *[other] Please reorder these items or move stock between locations, and record the changes in Procura.
    }
mail-low-stock-ask-link = { $count ->
        [one] Please reorder this item or move stock between locations, and record the changes in Procura:
       *[other] Please reorder these items or move stock between locations, and record the changes in Procura:
    }
mail-low-stock-open = Open stock

## budget_ready: a weekly or monthly procurement budget, to finance ($kind
## is weekly or monthly; $start and $end are the period's first and last day)

mail-budget-subject = { $kind ->
        [weekly] Weekly procurement budget { $start } – { $end } (revision { $revision })
       *[monthly] Monthly procurement budget { $start } – { $end } (revision { $revision })
    }
mail-budget-subject-late = { $kind ->
        [weekly] [Late] Weekly procurement budget { $start } – { $end } (revision { $revision })
       *[monthly] [Late] Monthly procurement budget { $start } – { $end } (revision { $revision })
    }
mail-budget-heading = { $kind ->
        [weekly] Weekly procurement budget
       *[monthly] Monthly procurement budget
    }
mail-budget-intro = { $kind ->
        [weekly] The weekly procurement budget for { $start } – { $end } is ready (revision { $revision }).
       *[monthly] The monthly procurement budget for { $start } – { $end } is ready (revision { $revision }).
    }
mail-budget-late = Note: this budget is late – it was produced after its scheduled time.
# $earlier: how many revisions of the same period came before this one.
mail-budget-replaces = { $earlier ->
        [one] This revision replaces the earlier revision for the same period.
       *[other] This revision replaces the earlier revisions for the same period.
    }
mail-budget-total = Total: { $total } { $currency }.
mail-budget-total-carried = Total: { $total } { $currency } – new this period { $new }, still open from before { $carried }.
mail-budget-amounts-in = All amounts below are in { $currency }.
mail-budget-stale = Stale needs, overdue by more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    } and not in the total: { $stale } { $currency }.
mail-budget-stale-list = The IT specialists have the list, to order, re-date or cancel.
mail-budget-by-department = By department
mail-budget-by-department-list = By department:
mail-budget-by-category = By category
mail-budget-by-category-list = By category:
mail-budget-col-limit = Limit
mail-budget-col-remaining = Remaining
mail-budget-col-status = Status
mail-budget-over-limit = Over limit
mail-budget-within-limit = Within limit
mail-budget-no-limit = No limit
mail-budget-row = { $name }: { $total } { $currency } (limit { $limit }, remaining { $remaining })
mail-budget-row-over = { $name }: { $total } { $currency } (limit { $limit }, remaining { $remaining }) – OVER LIMIT
mail-budget-row-no-limit = { $name }: { $total } { $currency } (no limit)
mail-budget-changes = Changed since revision { $earlier }
mail-budget-changes-summary = Total { $before } → { $after } { $currency } ({ $difference }). Lines added: { $added }, removed: { $removed }, changed: { $changed }.
mail-budget-changes-largest = The line changes that move the total most (the XLSX file's Changes sheet lists them all):
mail-budget-col-group = Department or category
mail-budget-col-before = Before
mail-budget-col-after = After
mail-budget-col-difference = Difference
mail-budget-col-change = Change
mail-budget-change-added = added
mail-budget-change-removed = removed
mail-budget-change-changed = changed
mail-budget-attachments = The attached CSV and XLSX files contain all lines of this budget.
mail-budget-open = Open the budget
mail-budget-open-link = Open the budget in Procura:

## stale_needs: needs overdue by more than $days days, to the IT specialists

mail-stale-subject = Stale needs: { $count ->
        [one] { $count } open line
       *[other] { $count } open lines
    } overdue by more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
mail-stale-heading = Stale needs
mail-stale-intro = These approved or ordered needs fell due more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    } before the budget week { $start } – { $end } and are still open. They are listed in the budget but no longer counted against the limits.
mail-stale-ask = Please order each one, give it a new date, or cancel it.
mail-stale-ask-list = Please order each one, give it a new date, or cancel it:
mail-stale-col-need = Need
mail-stale-col-amount-in = Amount ({ $currency })
mail-stale-col-due = Due
mail-stale-col-days-overdue = Days overdue
mail-stale-line = { $description }: { $amount } { $currency }, due { $due } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue)

## budget XLSX
# The budget's XLSX attachment (src/service/budgets/export.rs): its sheet
# names (at most 31 characters, none of : \ / ? * [ ]), the heading of each
# column (mail-xlsx-col-<column code>), the kinds of the Totals rows and the
# yes/no of its overrun column.

mail-xlsx-sheet-lines = Lines
mail-xlsx-sheet-carried-over = Carried over
mail-xlsx-sheet-totals = Totals
mail-xlsx-sheet-changes = Changes
mail-xlsx-col-change = Change
mail-xlsx-col-before = Before
mail-xlsx-col-after = After
mail-xlsx-col-difference = Difference
mail-xlsx-col-position = Position
mail-xlsx-col-section = Section
mail-xlsx-col-source = Source
mail-xlsx-col-source-ref = Source reference
mail-xlsx-col-description = Description
mail-xlsx-col-department-code = Department code
mail-xlsx-col-department = Department
mail-xlsx-col-category = Category
mail-xlsx-col-quantity = Quantity
mail-xlsx-col-unit-price = Unit price
mail-xlsx-col-amount = Amount
mail-xlsx-col-currency = Currency
mail-xlsx-col-due-on = Due on
mail-xlsx-col-days-overdue = Days overdue
mail-xlsx-col-group = Group
mail-xlsx-col-code = Code
mail-xlsx-col-name = Name
mail-xlsx-col-total = Total
mail-xlsx-col-new = New
mail-xlsx-col-carried-over = Carried over
mail-xlsx-col-stale = Stale
mail-xlsx-col-limit = Limit
mail-xlsx-col-remaining = Remaining
mail-xlsx-col-overrun = Overrun
mail-xlsx-sheet-execution = Execution
mail-xlsx-col-month = Month
mail-xlsx-col-approved = Approved, not ordered
mail-xlsx-col-committed = Ordered, to come
mail-xlsx-col-ordered = Ordered
mail-xlsx-col-actual = Received

## approval_reminder: to whoever can decide a step that has waited; one
## application, or a digest of several

mail-late-prefix = [Late]
mail-reminder-subject = Reminder: { $reference } { $title } has waited { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    } for your decision
mail-reminder-title = Waiting for your decision
mail-reminder-heading = Waiting for your decision for { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    }
mail-reminder-intro = This application has waited { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    } for a decision as { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }.
mail-reminder-for = You decide it as delegate of { $name }.
mail-reminder-open = Open it to approve, return or reject it:
mail-reminder-button = Open the application
mail-reminder-late = This reminder is late: it was due on an earlier day, when Procura was not running.
mail-digest-subject = { $count } applications wait for your decision, the oldest { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    }
mail-digest-heading = { $count } applications wait for your decision
mail-digest-intro = You have { $count } applications waiting for your decision, the oldest for { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    }.
mail-digest-item = { $reference } { $title }: { $total } { $currency }, waiting { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    }
mail-digest-col-waiting = Waiting
mail-digest-days = { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    }
mail-digest-inbox = Everything waiting for you:
mail-digest-button = Open your inbox

## approval_escalated: to the superior of a decider who has not decided

mail-escalated-subject = Not decided for { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    }: { $reference } { $title }
mail-escalated-subject-moved = Now yours to decide: { $reference } { $title }
mail-escalated-title = An approval has stalled
mail-escalated-heading = An approval has stalled
mail-escalated-heading-moved = An approval is now yours to decide
mail-escalated-intro = This application has waited { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    } for { $holder }'s decision as { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }. You are told because you are above them in the approval chain.
mail-escalated-told = It stays theirs to decide; you may remind them, or decide nothing.
mail-escalated-moved = The approval policy hands such a step on: it is now yours to decide, and no longer theirs.
mail-escalated-history = Escalated from { $from } to { $to } after { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    } without a decision
mail-escalated-history-told = { $to } told after { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    } without a decision by { $from }

## approval_handed_over: to a decider whose stalled step went to their superior

mail-handed-over-subject = Handed on: { $reference } { $title }
mail-handed-over-heading = An approval was handed on
mail-handed-over-intro = This application waited { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    } for your decision as { $step ->
        [department_head] head of department
        [it_head] head of IT
        [finance] finance
       *[director] director
    }. The approval policy hands such a step on, so { $superior } decides it now.
mail-handed-over-nothing-left = There is nothing left for you to decide on it; the application's history records the hand-over.

# An approval past the budget (docs/design.md#budget-check): the history's
# note, and the mail to finance.
mail-over-budget-history = Approved over budget: { $details }
mail-over-budget-history-override = Approved over budget, overriding the block: { $details }
mail-over-budget-history-short = { $category } { $month }, { $shortfall } short
mail-over-budget-history-no-limit = { $category } { $month }, no limit set
mail-over-budget-subject = Approved over budget: { $title }
mail-over-budget-heading = Approved over budget
mail-over-budget-intro = { $approver } approved { $reference } “{ $title }” although it goes past the budget of { $department } for { $month }.
mail-over-budget-override = The policy blocks approvals past this limit; { $approver } holds the role that may override it, and did.
mail-over-budget-warned = The policy warns about approvals past this limit; { $approver } confirmed “approve anyway”.
mail-over-budget-held = Already held
mail-over-budget-this = This application
