//! "Changed since the last revision" (docs/design.md#procurement-budgets):
//! every revision after the first carries what changed since the one
//! before it — totals before and after, the departments and categories
//! that moved, each line added, removed or changed — in the API, the XLSX
//! (a `Changes` sheet) and the scheduled email to finance.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::budgets::{act, budget_mails, dec, long_sessions, org, run_due, Org};
use crate::helpers::*;

async fn application(app: &TestApp, o: &Org, line: Value, needed_by: &str) -> Value {
    let body = json!({"title": "Purchase", "justification": "Needed", "needed_by": needed_by,
        "lines": [line]});
    let created = expect_status(
        app.post("/api/v1/applications", &o.employee, &body).await,
        201,
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    act(app, &o.employee, &id, "submit", None).await;
    act(app, &o.head, &id, "approve", None).await
}

fn line(category: &str, quantity: &str, price: &str) -> Value {
    json!({"description": format!("{category} {quantity}"), "category": category,
        "quantity": quantity, "unit_price": price})
}

async fn order(app: &TestApp, o: &Org, view: &Value, price: &str) {
    let id = view["id"].as_str().unwrap();
    let order = json!({"supplier": "ACME", "reference": "PO-1", "expected_on": "2026-06-12",
        "lines": [{"line_id": view["lines"][0]["id"], "unit_price": price}]});
    act(app, &o.it, id, "order", Some(order)).await;
}

async fn generate(app: &TestApp, o: &Org) -> Value {
    let body = json!({"kind": "weekly", "period_start": "2026-06-08"});
    expect_status(app.post("/api/v1/budgets", &o.it, &body).await, 201).await
}

/// A: approved services 2 × 300.00; B: other 2 ordered at 90.00. Then A is
/// ordered at 280.00 (its approved line goes, a committed one comes), one
/// of B arrives (its committed line halves), and C, services 150.00, is
/// approved (a new line).
async fn two_revisions(app: &TestApp, o: &Org) -> (Value, Value) {
    let a = application(app, o, line("services", "2", "300.00"), "2026-06-10").await;
    let b = application(app, o, line("other", "2", "100.00"), "2026-06-10").await;
    order(app, o, &b, "90.00").await;
    let first = generate(app, o).await;
    order(app, o, &a, "280.00").await;
    let receipt = json!({"lines": [{"line_id": b["lines"][0]["id"], "quantity": "1"}]});
    act(
        app,
        &o.it,
        b["id"].as_str().unwrap(),
        "receive",
        Some(receipt),
    )
    .await;
    application(app, o, line("services", "1", "150.00"), "2026-06-11").await;
    (first, generate(app, o).await)
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[tokio::test]
async fn a_later_revision_says_what_changed_since_the_one_before() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let (first, second) = two_revisions(&app, &o).await;
    assert_eq!(first["changes_since_previous"], Value::Null);
    assert_eq!(first["total"], "780.00");

    let read = expect_status(
        app.get(
            &format!("/api/v1/budgets/{}", second["id"].as_str().unwrap()),
            &o.finance,
        )
        .await,
        200,
    )
    .await;
    let changes = &read["changes_since_previous"];
    assert_eq!(
        changes, &second["changes_since_previous"],
        "the same every time"
    );
    assert_eq!(changes["previous_revision"], 1);
    assert_eq!(changes["previous_id"], first["id"]);
    // 560.00 committed for A, 90.00 still to come of B, 150.00 for C.
    let (before, after) = (d("780.00"), d("560.00") + d("90.00") + d("150.00"));
    assert_eq!(
        (dec(&changes["total_before"]), dec(&changes["total_after"])),
        (before, after)
    );
    assert_eq!(dec(&changes["difference"]), after - before);
    assert_eq!(changes["difference"], "20.00");
    assert_eq!(
        (&changes["added"], &changes["removed"], &changes["changed"]),
        (&json!(2), &json!(1), &json!(1))
    );
    let lines = changes["lines"].as_array().unwrap();
    let sum: Decimal = lines.iter().map(|c| dec(&c["difference"])).sum();
    assert_eq!(sum, after - before, "the lines' differences add up");
    let changed = lines.iter().find(|c| c["change"] == "changed").unwrap();
    assert_eq!(
        (
            &changed["before"]["amount"],
            &changed["after"]["amount"],
            &changed["difference"]
        ),
        (&json!("180.00"), &json!("90.00"), &json!("-90.00"))
    );
    let removed = lines.iter().find(|c| c["change"] == "removed").unwrap();
    assert_eq!(
        (&removed["before"]["source"], &removed["after"]),
        (&json!("approved"), &Value::Null)
    );
    let groups = |name: &str| -> Vec<(String, String)> {
        changes[name]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                (
                    g["key"].as_str().unwrap().to_owned(),
                    g["difference"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(
        groups("by_department"),
        [(o.ops.clone(), "20.00".to_owned())]
    );
    let mut categories = groups("by_category");
    categories.sort();
    assert_eq!(
        categories,
        [
            ("other".to_owned(), "-90.00".to_owned()),
            ("services".to_owned(), "110.00".to_owned())
        ]
    );

    // The XLSX has a Changes sheet with the same lines and differences.
    let path = format!(
        "/api/v1/budgets/{}/export?format=xlsx",
        second["id"].as_str().unwrap()
    );
    let xlsx = app.get(&path, &o.finance).await;
    assert_eq!(xlsx.status(), 200);
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(xlsx.bytes().await.unwrap().to_vec())).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Lines", "Carried over", "Totals", "Changes"]
    );
    let sheet = book.worksheet_range("Changes").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().skip(1).collect();
    assert_eq!(rows.len(), 4);
    let cents: i64 = rows
        .iter()
        .map(|r| match &r[8] {
            Data::Float(f) => (f * 100.0).round() as i64,
            other => panic!("not a number: {other:?}"),
        })
        .sum();
    assert_eq!(cents, 2000);
}

#[tokio::test]
async fn the_scheduled_email_tells_finance_what_changed_since_the_draft() {
    let app = long_sessions().await;
    let o = org(&app).await;
    two_revisions(&app, &o).await;
    application(&app, &o, line("services", "1", "50.00"), "2026-06-09").await;
    app.deliver_mail().await;
    // The weekly run for 2026-06-08 makes revision 3, compared with 2.
    let done = run_due(&app, "2026-06-03T09:00:00Z").await;
    assert_eq!(done.len(), 1, "{done:?}");
    app.deliver_mail().await;
    let mails = budget_mails(&app);
    let text = mails[0].body_text(0).unwrap().into_owned();
    for part in [
        "Changed since revision 2:",
        "Total 800.00 → 850.00 EUR (+50.00). Lines added: 1, removed: 0, changed: 0.",
        "- Services: 710.00 → 760.00, +50.00",
        "- Purchase — services 1 (added): — → 50.00, +50.00",
    ] {
        assert!(text.contains(part), "{part:?} in:\n{text}");
    }
    // Its link opens the revision's page, not the API.
    let page = format!("https://procura.example.com/budgets/{}", done[0].budget_id);
    assert!(text.contains(&page), "{text}");
    let html = mails[0].body_html(0).unwrap().into_owned();
    assert!(html.contains("Changed since revision 2"), "{html}");
}
