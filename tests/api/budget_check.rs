//! The budget check at approval (docs/design.md#budget-check): a submitted
//! application carries its budget position per category — limit, approved,
//! committed, actual, this application, remaining — equal to the sum the
//! test makes itself; `warn` asks for "approve anyway", `block` refuses
//! unless the override role confirms, a month without a limit is never
//! unlimited, and each approval past the budget is recorded, audited and
//! emailed to finance. In the API and on the page.

use mail_parser::MessageParser;
use reqwest::Method;
use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::app_fixtures::change_policy;
use crate::budgets::{act, dec, org, Org};
use crate::contract::Checked;
use crate::helpers::*;

/// Replaces the policy's budget check (`null`: the built-in default).
async fn set_budget_check(app: &TestApp, check: Value) {
    change_policy(app, json!({ "budget_check": check })).await;
}

async fn limit(app: &TestApp, o: &Org, category: &str, amount: &str) {
    let body =
        json!({"month": "2026-06", "department_id": o.ops, "category": category, "amount": amount});
    let put = app
        .request(Method::PUT, "/api/v1/budget-limits", Some(&o.finance))
        .json(&body)
        .checked()
        .await;
    expect_status(put, 200).await;
}

async fn submitted(app: &TestApp, o: &Org, lines: Value, needed_by: &str) -> String {
    let body = json!({"title": "Docking stations", "justification": "New desks",
        "needed_by": needed_by, "lines": lines});
    let created = expect_status(
        app.post("/api/v1/applications", &o.employee, &body).await,
        201,
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    act(app, &o.employee, &id, "submit", None).await;
    id
}

fn line(category: &str, quantity: &str, price: &str) -> Value {
    json!({"description": "Item", "category": category, "quantity": quantity, "unit_price": price})
}

/// Other applications of June in `other`: approved 2 × 50.00; ordered 2
/// at 90.00 (estimated 100.00), one received; plus ones that must not
/// count: July's, still awaiting approval, and rejected.
async fn june(app: &TestApp, o: &Org) {
    let approved = submitted(app, o, json!([line("other", "2", "50.00")]), "2026-06-05").await;
    act(app, &o.head, &approved, "approve", None).await;
    let ordered = submitted(app, o, json!([line("other", "2", "100.00")]), "2026-06-08").await;
    let view = act(app, &o.head, &ordered, "approve", None).await;
    let line_id = view["lines"][0]["id"].as_str().unwrap().to_owned();
    let order = json!({"supplier": "ACME", "reference": "PO-1", "expected_on": "2026-06-12",
        "lines": [{"line_id": line_id, "unit_price": "90.00"}]});
    act(app, &o.it, &ordered, "order", Some(order)).await;
    let receipt = json!({"lines": [{"line_id": line_id, "quantity": "1"}]});
    act(app, &o.it, &ordered, "receive", Some(receipt)).await;
    let july = submitted(app, o, json!([line("other", "9", "100.00")]), "2026-07-02").await;
    act(app, &o.head, &july, "approve", None).await;
    submitted(app, o, json!([line("other", "7", "100.00")]), "2026-06-09").await;
    let rejected = submitted(app, o, json!([line("other", "5", "100.00")]), "2026-06-09").await;
    let reason = json!({"reason": "Not this year"});
    act(app, &o.head, &rejected, "reject", Some(reason)).await;
}

async fn view(app: &TestApp, token: &str, id: &str) -> Value {
    expect_status(
        app.get(&format!("/api/v1/applications/{id}"), token).await,
        200,
    )
    .await
}

async fn approve(app: &TestApp, token: &str, id: &str, body: Value) -> reqwest::Response {
    app.request(
        Method::POST,
        &format!("/api/v1/applications/{id}/approve"),
        Some(token),
    )
    .json(&body)
    .checked()
    .await
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[tokio::test]
async fn the_position_is_the_sum_of_the_month_and_warn_asks_to_approve_anyway() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    june(&app, &o).await;
    set_budget_check(&app, Value::Null).await; // the built-in default: warn
    limit(&app, &o, "other", "400.00").await;
    let lines = json!([line("other", "1", "150.00"), line("services", "2", "5.00")]);
    let id = submitted(&app, &o, lines, "2026-06-20").await;

    let seen = view(&app, &o.head, &id).await;
    let position = &seen["budget_position"];
    assert_eq!(position["month"], "2026-06");
    assert_eq!(position["department_id"], o.ops.as_str());
    assert_eq!(position["rule"], "warn");
    let other = &position["positions"][0];
    // The test's own sum: approved 2 × 50; ordered 2 at 90, 1 received.
    let (approved, committed, actual) = (
        d("2") * d("50.00"),
        d("1") * d("90.00"),
        d("1") * d("90.00"),
    );
    let this = d("150.00");
    let remaining = d("400.00") - approved - committed - actual - this;
    assert_eq!(other["category"], "other");
    assert_eq!(dec(&other["limit"]), d("400.00"));
    assert_eq!(
        (
            dec(&other["approved"]),
            dec(&other["committed"]),
            dec(&other["actual"])
        ),
        (approved, committed, actual)
    );
    assert_eq!(dec(&other["this_application"]), this);
    assert_eq!(dec(&other["remaining"]), remaining);
    assert_eq!(dec(&other["shortfall"]), -remaining);
    assert_eq!(
        (&other["standing"], &other["rule"]),
        (&json!("over"), &json!("warn"))
    );
    assert_eq!(other["remaining"], "-30.00", "two decimals");
    // Fail closed: services has no June limit, which is not "unlimited".
    let services = &position["positions"][1];
    assert_eq!(services["limit"], Value::Null);
    assert_eq!(services["remaining"], Value::Null);
    assert_eq!(
        (&services["standing"], &services["rule"]),
        (&json!("no_limit"), &json!("warn"))
    );
    assert_eq!(services["this_application"], "10.00");
    assert_eq!(services["approved"], "0.00");
    // The requester, an employee, does not read budgets.
    assert_eq!(
        view(&app, &o.employee, &id).await["budget_position"],
        Value::Null
    );
    // The head's "approval needed" mail shows the position as it was sent.
    app.deliver_mail().await;
    let asked: Vec<String> = app
        .smtp
        .received()
        .into_iter()
        .filter_map(|m| {
            let parsed = MessageParser::default().parse(&m.data)?;
            let text = parsed.body_text(0)?.into_owned();
            parsed
                .subject()?
                .starts_with("Approval needed: Docking stations")
                .then_some(text)
        })
        .collect();
    let last = asked.last().expect("the approval-needed mail");
    assert!(
        last.contains("The paying department's budget for 2026-06, as this email is sent"),
        "{last}"
    );
    assert!(
        last.contains(
            "Other: Limit 400.00, Already held 280.00, This application 150.00, Remaining -30.00"
        ),
        "{last}"
    );
    assert!(last.contains("approving it asks you to tick"), "{last}");

    let refused = expect_status(approve(&app, &o.head, &id, json!({})).await, 409).await;
    assert_eq!(refused["code"], "over_budget_unconfirmed");
    assert_eq!(
        refused["budget_position"]["positions"][0]["shortfall"],
        "30.00"
    );
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .contains("short by 30.00"),
        "{refused}"
    );
    let still = view(&app, &o.head, &id).await;
    assert_eq!(still["status"], "submitted");
    assert_eq!(still["awaiting"]["status"], "pending");

    let body = json!({"approve_anyway": true, "comment": "Urgent"});
    let approved = expect_status(approve(&app, &o.head, &id, body).await, 200).await;
    assert_eq!(approved["status"], "approved");
    assert_eq!(
        approved["budget_position"],
        Value::Null,
        "decided: no longer carried"
    );
    let note = approved["history"].as_array().unwrap().last().unwrap()["comment"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(note.starts_with("Urgent\nApproved over budget: "), "{note}");
    assert!(note.contains("Other 2026-06, 30.00 short"), "{note}");
    assert!(note.contains("Services 2026-06, no limit set"), "{note}");

    // Audited, and finance is told.
    let audit = expect_status(
        app.get(
            &format!("/api/v1/audit?entity=application&entity_id={id}"),
            &app.admin_token,
        )
        .await,
        200,
    )
    .await;
    let entry = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "application.approved_over_budget")
        .unwrap_or_else(|| panic!("audited: {audit}"))
        .clone();
    assert_eq!(entry["summary"]["overrode_block"], false);
    app.deliver_mail().await;
    let mails: Vec<String> = app
        .smtp
        .received()
        .into_iter()
        .filter_map(|m| {
            let parsed = MessageParser::default().parse(&m.data)?;
            let subject = parsed.subject()?.to_owned();
            subject
                .starts_with("Approved over budget")
                .then(|| parsed.body_text(0).unwrap_or_default().into_owned())
        })
        .collect();
    assert_eq!(mails.len(), 1, "one mail to the finance user");
    assert!(
        mails[0].contains("30.00") && mails[0].contains("-30.00"),
        "{}",
        mails[0]
    );
}

#[tokio::test]
async fn a_block_refuses_unless_the_override_role_confirms() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let block = json!({"over_limit": {"services": "block"}, "no_limit": "none"});
    set_budget_check(&app, block).await;
    limit(&app, &o, "services", "100.00").await;
    let id = submitted(
        &app,
        &o,
        json!([line("services", "1", "150.00")]),
        "2026-06-20",
    )
    .await;

    // The head is an approver; only finance may override.
    let refused = expect_status(
        approve(&app, &o.head, &id, json!({"approve_anyway": true})).await,
        409,
    )
    .await;
    assert_eq!(refused["code"], "over_budget");
    let detail = refused["detail"].as_str().unwrap();
    assert!(
        detail.contains("limit 100.00") && detail.contains("short by 50.00"),
        "{detail}"
    );
    assert!(
        detail.contains("only a finance user may override it"),
        "{detail}"
    );
    assert_eq!(view(&app, &o.head, &id).await["status"], "submitted");

    // Within the limit nothing is asked.
    limit(&app, &o, "services", "150.00").await;
    let seen = view(&app, &o.head, &id).await;
    assert_eq!(seen["budget_position"]["rule"], "none");
    assert_eq!(seen["budget_position"]["positions"][0]["remaining"], "0.00");
    limit(&app, &o, "services", "100.00").await;

    // The approvers' role may override once the policy names it, confirming.
    let check = json!({"over_limit": {"services": "block"}, "override_role": "approver"});
    set_budget_check(&app, check).await;
    let unconfirmed = expect_status(approve(&app, &o.head, &id, json!({})).await, 409).await;
    assert_eq!(unconfirmed["code"], "over_budget_unconfirmed");
    let approved = expect_status(
        approve(&app, &o.head, &id, json!({"approve_anyway": true})).await,
        200,
    )
    .await;
    let note = approved["history"].as_array().unwrap().last().unwrap()["comment"].clone();
    assert_eq!(
        note,
        "Approved over budget, overriding the block: Services 2026-06, 50.00 short"
    );
}

#[tokio::test]
async fn the_decision_page_shows_the_position_and_asks_to_approve_anyway() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let o = org(&app).await;
    set_budget_check(&app, Value::Null).await;
    limit(&app, &o, "services", "100.00").await;
    let id = submitted(
        &app,
        &o,
        json!([line("services", "1", "150.00")]),
        "2026-06-20",
    )
    .await;
    let web = crate::ui_client::Browser::with_session(&app, &o.head).await;
    let path = format!("/applications/{id}");
    let page = web.get(&path).await;
    page.assert_has("<h2 id=\"position-heading\">Budget</h2>");
    page.assert_has("over by 50.00");
    page.assert_has("name=\"approve_anyway\"");
    page.assert_has("Approve anyway, past the budget");

    let decide = format!("{path}/decide");
    let refused = web.post(&decide, &[("decision", "approve")]).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    refused.assert_has("id=\"approve_anyway-problem\"");
    refused.assert_has("tick the box to approve anyway");
    let approved = web
        .post(&decide, &[("decision", "approve"), ("approve_anyway", "1")])
        .await;
    assert_eq!(approved.status, 303, "{}", approved.body);
    assert_eq!(view(&app, &o.head, &id).await["status"], "approved");

    // Blocked, and the head may not override: no way to approve.
    let block = json!({"over_limit": {"services": "block"}});
    set_budget_check(&app, block).await;
    let second = submitted(
        &app,
        &o,
        json!([line("services", "1", "10.00")]),
        "2026-06-21",
    )
    .await;
    let page = web.get(&format!("/applications/{second}")).await;
    page.assert_has("the policy blocks it: you cannot approve it");
    page.assert_has("disabled aria-describedby=\"budget-blocked\"");
    assert!(!page.body.contains("name=\"approve_anyway\""));
    // The requester's own page has no budget card.
    let mine = crate::ui_client::Browser::with_session(&app, &o.employee).await;
    let page = mine.get(&format!("/applications/{second}")).await;
    assert!(!page.body.contains("position-heading"), "{}", page.body);
}
