//! The default notification templates, embedded into the binary.
//!
//! Every notification kind has three templates in `src/mail/templates`:
//! `<kind>.subject.txt` (one line), `<kind>.txt` (plain-text body) and
//! `<kind>.html` (HTML body, extending the shared `base.html` layout and
//! built from `macros.html`; the text bodies use `macros.txt`). They
//! are compiled in with `include_str!`, so the service works without any
//! template files on disk. [`sample_context`] gives a realistic context for
//! each kind, for previews and for tests that render every template.

use serde_json::{json, Value};

/// The notification kinds, in a stable order.
pub(crate) const KINDS: &[&str] = &[
    "account_created",
    "application_submitted",
    "application_step_decided",
    "application_approved",
    "application_returned",
    "application_rejected",
    "application_cancelled",
    "application_self_fulfilled",
    "application_ordered",
    "application_received",
    "application_closed_short",
    "delegation_named",
    "delegation_ended",
    "low_stock",
    "budget_ready",
    "stale_needs",
    "approval_reminder",
    "approval_escalated",
    "application_over_budget",
    "approval_handed_over",
];

/// Every default template as `(name, source)`.
pub(crate) const FILES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("macros.html", include_str!("templates/macros.html")),
    ("macros.txt", include_str!("templates/macros.txt")),
    (
        "account_created.subject.txt",
        include_str!("templates/account_created.subject.txt"),
    ),
    (
        "account_created.txt",
        include_str!("templates/account_created.txt"),
    ),
    (
        "account_created.html",
        include_str!("templates/account_created.html"),
    ),
    (
        "application_submitted.subject.txt",
        include_str!("templates/application_submitted.subject.txt"),
    ),
    (
        "application_submitted.txt",
        include_str!("templates/application_submitted.txt"),
    ),
    (
        "application_submitted.html",
        include_str!("templates/application_submitted.html"),
    ),
    (
        "application_step_decided.subject.txt",
        include_str!("templates/application_step_decided.subject.txt"),
    ),
    (
        "application_step_decided.txt",
        include_str!("templates/application_step_decided.txt"),
    ),
    (
        "application_step_decided.html",
        include_str!("templates/application_step_decided.html"),
    ),
    (
        "application_approved.subject.txt",
        include_str!("templates/application_approved.subject.txt"),
    ),
    (
        "application_approved.txt",
        include_str!("templates/application_approved.txt"),
    ),
    (
        "application_approved.html",
        include_str!("templates/application_approved.html"),
    ),
    (
        "application_returned.subject.txt",
        include_str!("templates/application_returned.subject.txt"),
    ),
    (
        "application_returned.txt",
        include_str!("templates/application_returned.txt"),
    ),
    (
        "application_returned.html",
        include_str!("templates/application_returned.html"),
    ),
    (
        "application_rejected.subject.txt",
        include_str!("templates/application_rejected.subject.txt"),
    ),
    (
        "application_rejected.txt",
        include_str!("templates/application_rejected.txt"),
    ),
    (
        "application_rejected.html",
        include_str!("templates/application_rejected.html"),
    ),
    (
        "application_self_fulfilled.subject.txt",
        include_str!("templates/application_self_fulfilled.subject.txt"),
    ),
    (
        "application_self_fulfilled.txt",
        include_str!("templates/application_self_fulfilled.txt"),
    ),
    (
        "application_self_fulfilled.html",
        include_str!("templates/application_self_fulfilled.html"),
    ),
    (
        "application_cancelled.subject.txt",
        include_str!("templates/application_cancelled.subject.txt"),
    ),
    (
        "application_cancelled.txt",
        include_str!("templates/application_cancelled.txt"),
    ),
    (
        "application_cancelled.html",
        include_str!("templates/application_cancelled.html"),
    ),
    (
        "application_ordered.subject.txt",
        include_str!("templates/application_ordered.subject.txt"),
    ),
    (
        "application_ordered.txt",
        include_str!("templates/application_ordered.txt"),
    ),
    (
        "application_ordered.html",
        include_str!("templates/application_ordered.html"),
    ),
    (
        "application_received.subject.txt",
        include_str!("templates/application_received.subject.txt"),
    ),
    (
        "application_received.txt",
        include_str!("templates/application_received.txt"),
    ),
    (
        "application_received.html",
        include_str!("templates/application_received.html"),
    ),
    (
        "low_stock.subject.txt",
        include_str!("templates/low_stock.subject.txt"),
    ),
    ("low_stock.txt", include_str!("templates/low_stock.txt")),
    ("low_stock.html", include_str!("templates/low_stock.html")),
    (
        "budget_ready.subject.txt",
        include_str!("templates/budget_ready.subject.txt"),
    ),
    (
        "budget_ready.txt",
        include_str!("templates/budget_ready.txt"),
    ),
    (
        "budget_ready.html",
        include_str!("templates/budget_ready.html"),
    ),
    (
        "application_closed_short.subject.txt",
        include_str!("templates/application_closed_short.subject.txt"),
    ),
    (
        "application_closed_short.txt",
        include_str!("templates/application_closed_short.txt"),
    ),
    (
        "application_closed_short.html",
        include_str!("templates/application_closed_short.html"),
    ),
    (
        "delegation_named.subject.txt",
        include_str!("templates/delegation_named.subject.txt"),
    ),
    (
        "delegation_named.txt",
        include_str!("templates/delegation_named.txt"),
    ),
    (
        "delegation_named.html",
        include_str!("templates/delegation_named.html"),
    ),
    (
        "delegation_ended.subject.txt",
        include_str!("templates/delegation_ended.subject.txt"),
    ),
    (
        "delegation_ended.txt",
        include_str!("templates/delegation_ended.txt"),
    ),
    (
        "delegation_ended.html",
        include_str!("templates/delegation_ended.html"),
    ),
    (
        "stale_needs.subject.txt",
        include_str!("templates/stale_needs.subject.txt"),
    ),
    ("stale_needs.txt", include_str!("templates/stale_needs.txt")),
    (
        "stale_needs.html",
        include_str!("templates/stale_needs.html"),
    ),
    (
        "approval_reminder.subject.txt",
        include_str!("templates/approval_reminder.subject.txt"),
    ),
    (
        "approval_reminder.txt",
        include_str!("templates/approval_reminder.txt"),
    ),
    (
        "approval_reminder.html",
        include_str!("templates/approval_reminder.html"),
    ),
    (
        "approval_escalated.subject.txt",
        include_str!("templates/approval_escalated.subject.txt"),
    ),
    (
        "approval_escalated.txt",
        include_str!("templates/approval_escalated.txt"),
    ),
    (
        "approval_escalated.html",
        include_str!("templates/approval_escalated.html"),
    ),
    (
        "approval_handed_over.subject.txt",
        include_str!("templates/approval_handed_over.subject.txt"),
    ),
    (
        "approval_handed_over.txt",
        include_str!("templates/approval_handed_over.txt"),
    ),
    (
        "approval_handed_over.html",
        include_str!("templates/approval_handed_over.html"),
    ),
    (
        "application_over_budget.subject.txt",
        include_str!("templates/application_over_budget.subject.txt"),
    ),
    (
        "application_over_budget.txt",
        include_str!("templates/application_over_budget.txt"),
    ),
    (
        "application_over_budget.html",
        include_str!("templates/application_over_budget.html"),
    ),
];

/// A realistic context for `kind`, exercising every field (nullable ones
/// set to a value), or `Value::Null` for an unknown kind. `public_url` is
/// not included: the renderer adds it to every context.
pub fn sample_context(kind: &str) -> Value {
    match kind {
        "account_created" => json!({
            "name": "Anna Berg",
            "email": "anna.berg@example.com",
            "roles": ["employee", "approver"],
            "url": "https://procura.example.com/login",
        }),
        "application_submitted" => json!({
            "application": sample_application(),
            "step_kind": "department_head",
            "justification": "The old laptops are five years old & <slow>.",
            "lines": [
                {"description": "Laptop 14\"", "category": "hardware", "quantity": "2",
                    "unit_price": "1200.00", "line_total": "2400.00"},
                {"description": "USB-C dock", "category": "hardware", "quantity": "2",
                    "unit_price": "150.00", "line_total": "300.00"},
            ],
            "url": "https://procura.example.com/applications/1042",
            "decide_url": "https://procura.example.com/decide/pdl_0123456789abcdef",
            "decide_days": 7,
            "budget": {"month": "2025-07", "rule": "warn", "positions": [
                {"category": "hardware", "limit": "5000.00", "held": "2600.00",
                 "this_application": "2700.00", "remaining": "-300.00",
                 "shortfall": "300.00", "standing": "over"},
            ]},
        }),
        "application_step_decided" => json!({
            "application": sample_application(),
            "step_kind": "department_head",
            "decision": "approved",
            "decided_by": "Jonas Keller",
            "on_behalf_of": "Maria Lindqvist",
            "comment": "Fine by me & within budget. <script>alert(\"x\")</script>",
            "next_step": {
                "kind": "it_head",
                "approver_name": "Pieter de Vries",
            },
            "url": "https://procura.example.com/applications/1042",
        }),
        "application_approved" => json!({
            "application": sample_application(),
            "url": "https://procura.example.com/applications/1042",
        }),
        "application_returned" => json!({
            "application": sample_application(),
            "returned_by": "Pieter de Vries",
            "comment": "Please add the printer model & split toner and drums.\n\
                        <script>alert(\"x\")</script>",
            "url": "https://procura.example.com/applications/1042/edit",
        }),
        "application_rejected" => json!({
            "application": sample_application(),
            "rejected_by": "Sofia Marín",
            "reason": "Covered by the leasing contract <script>alert(\"x\")</script> & \
                       delivered by the vendor.",
            "url": "https://procura.example.com/applications/1042",
        }),
        "application_cancelled" => json!({
            "application": sample_application(),
            "cancelled_by": "Jonas Becker",
            "comment": "Bought with the <team> budget & delivered already.",
            "step_kind": "department_head",
            "url": "https://procura.example.com/applications/1042",
        }),
        "application_self_fulfilled" => json!({
            "application": sample_application(),
            "status": "ordered",
            "url": "https://procura.example.com/applications/1042",
        }),
        "application_ordered" => json!({
            "application": sample_application(),
            "supplier": "Office & IT Supplies GmbH",
            "reference": "PO-2025-0387",
            "expected_on": "2025-07-10",
            "url": "https://procura.example.com/applications/1042",
        }),
        "application_received" => json!({
            "application": sample_application(),
            "lines": [
                {
                    "description": "HP 59A toner <black>",
                    "quantity_received": "4",
                    "quantity_ordered": "4",
                },
                {
                    "description": "HP 32A imaging drum & kit",
                    "quantity_received": "1",
                    "quantity_ordered": "2",
                },
            ],
            "rejected": [
                {"description": "HP 32A imaging drum & kit", "quantity": "1", "reason": "box crushed <in transit>"},
            ],
            "accepted_now": true,
            "fully_received": false,
            "url": "https://procura.example.com/applications/1042",
        }),
        "low_stock" => json!({
            "alerts": [
                {
                    "sku": "TON-HP59A",
                    "item_name": "HP 59A toner <black>",
                    "location_name": "Main office & store room",
                    "on_hand": "2",
                    "reorder_point": "5",
                    "unit": "pcs",
                },
                {
                    "sku": "CBL-USBC-2M",
                    "item_name": "USB-C cable 2 m",
                    "location_name": "Branch office",
                    "on_hand": "0",
                    "reorder_point": "10",
                    "unit": "pcs",
                },
            ],
            "url": "https://procura.example.com/stock",
        }),
        "application_closed_short" => json!({
            "application": sample_application(),
            "lines": [{"description": "HP 32A imaging drum & kit", "quantity_received": "1",
                "quantity_ordered": "2", "quantity_closed": "1"}],
            "reason": "The supplier no longer makes the <32A> kit.",
            "complete": true,
            "url": "https://procura.example.com/applications/1042",
        }),
        "delegation_named" => json!({
            "approver_name": "Olena Kovalenko",
            "delegate_name": "Petro <Bondar>",
            "starts_on": "2025-07-01",
            "ends_on": "2025-07-14",
            "waiting": [{"title": "Laptops & docks", "total": "2700.00", "currency": "EUR",
                "step_kind": "department_head", "needed_by": "2025-07-20",
                "url": "https://procura.example.com/applications/1042"}],
            "url": "https://procura.example.com/inbox",
        }),
        "delegation_ended" => json!({
            "approver_name": "Olena Kovalenko",
            "delegate_name": "Petro <Bondar>",
            "starts_on": "2025-07-01",
            "ends_on": "2025-07-14",
            "early": false,
        }),
        "approval_reminder" => json!({
            "recipient_name": "Olena Kovalenko",
            "late": false,
            "oldest_days": 6,
            "items": [
                {"application": sample_application(), "step_kind": "department_head",
                    "waited_days": 6, "on_behalf_of": null,
                    "url": "https://procura.example.com/applications/1042"},
                {"application": sample_application(), "step_kind": "director",
                    "waited_days": 2, "on_behalf_of": "Petro <Bondar>",
                    "url": "https://procura.example.com/applications/1043"},
            ],
            "url": "https://procura.example.com/inbox",
        }),
        "approval_escalated" => json!({
            "superior_name": "Ana <Popescu>",
            "holder_name": "Olena Kovalenko",
            "application": sample_application(),
            "step_kind": "department_head",
            "waited_days": 5,
            "moved": true,
            "late": false,
            "url": "https://procura.example.com/applications/1042",
        }),
        "approval_handed_over" => json!({
            "holder_name": "Olena <Kovalenko>",
            "superior_name": "Ana Popescu",
            "application": sample_application(),
            "step_kind": "department_head",
            "waited_days": 5,
            "url": "https://procura.example.com/applications/1042",
        }),
        "application_over_budget" => json!({
            "application": sample_application(),
            "approver_name": "Olena <Kovalenko>",
            "overrode_block": true,
            "position": {"month": "2025-07", "positions": [
                {"category": "hardware", "limit": "5000.00", "held": "4210.00",
                 "this_application": "1250.00", "remaining": "-460.00",
                 "shortfall": "460.00", "standing": "over"},
                {"category": "software", "limit": null, "held": "0.00",
                 "this_application": "120.00", "remaining": null,
                 "shortfall": null, "standing": "no_limit"},
            ]},
            "url": "https://procura.example.com/applications/1042",
        }),
        "stale_needs" => json!({
            "period_start": "2025-06-30",
            "period_end": "2025-07-06",
            "currency": "EUR",
            "stale_after_days": 30,
            "lines": [{
                "line": {"description": "Laptops <14\"> — Laptop", "amount": "2400.00",
                    "due_on": "2025-04-15", "days_overdue": 76},
                "url": "https://procura.example.com/applications/0190f5d2-8a3c-7b1e-9f00-0123456789ab",
            }],
        }),
        "budget_ready" => json!({
            "stale_after_days": 30,
            "budget": {
                "kind": "weekly",
                "period_start": "2025-06-30",
                "period_end": "2025-07-06",
                "revision": 2,
                "late": true,
                "total": "8450.00",
                "currency": "EUR",
                "overall": {"total": "8450.00", "new": "7250.00", "carried_over": "1200.00", "stale": "2400.00"},
                "by_department": [
                    {
                        "name": "Finance & Accounting",
                        "total": "5200.00",
                        "limit": "5000.00",
                        "remaining": "-200.00",
                        "overrun": true,
                    },
                    {
                        "name": "Sales <EMEA>",
                        "total": "3250.00",
                        "limit": "4000.00",
                        "remaining": "750.00",
                        "overrun": false,
                    },
                ],
                "by_category": [
                    {
                        "category": "consumables",
                        "total": "1250.00",
                        "limit": "1000.00",
                        "remaining": "-250.00",
                        "overrun": true,
                    },
                    {
                        "category": "hardware",
                        "total": "7200.00",
                        "limit": "10000.00",
                        "remaining": "2800.00",
                        "overrun": false,
                    },
                ],
                "changes_since_previous": {
                    "previous_revision": 1, "total_before": "8100.00", "total_after": "8450.00",
                    "difference": "350.00", "added": 1, "removed": 1, "changed": 1,
                    "by_department": [{"key": "d1", "label": "Sales <EMEA>", "before": "2900.00",
                        "after": "3250.00", "difference": "350.00"}],
                    "by_category": [{"key": "hardware", "label": "hardware", "before": "6850.00",
                        "after": "7200.00", "difference": "350.00"}],
                },
            },
            "largest_changes": [
                {"change": "added", "description": "Docking stations <USB-C>", "category": "hardware",
                 "before": null, "after": "600.00", "difference": "600.00"},
                {"change": "removed", "description": "Monitors", "category": "hardware",
                 "before": "400.00", "after": null, "difference": "-400.00"},
                {"change": "changed", "description": "Laptops", "category": "hardware",
                 "before": "2000.00", "after": "2150.00", "difference": "150.00"},
            ],
            "url": "https://procura.example.com/budgets/weekly/2025-06-30",
        }),
        _ => Value::Null,
    }
}

fn sample_application() -> Value {
    json!({
        "id": 1042,
        "reference": "A-2025-01042",
        "title": "Toner & drums <urgent>",
        "requester_name": "Anna Berg",
        "department_name": "Finance & Accounting",
        "total": "1234.50",
        "currency": "EUR",
        "needed_by": "2025-07-15",
    })
}
