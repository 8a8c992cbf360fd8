//! `/` shows what needs the person who signs in: what awaits their
//! decision with the oldest named, their drafts and returned applications,
//! and for IT specialists what is to order and what is to come.

use crate::app_fixtures::{body, create, id, ok, org};
use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn home_shows_what_needs_each_person() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "10.00")).await;
    let waiting = create(&app, &o.emp.1, &body("other", "2", "10.00")).await;
    ok(&app, &o.emp.1, &waiting, "submit", None).await;
    let approved = create(&app, &o.emp.1, &body("other", "3", "10.00")).await;
    ok(&app, &o.emp.1, &approved, "submit", None).await;
    ok(&app, &o.ops_head.1, &approved, "approve", None).await;

    let emp = Browser::with_session(&app, &o.emp.1).await;
    let home = emp.get("/").await;
    assert_eq!(home.status, 200, "{}", home.body);
    home.assert_has("Your drafts");
    home.assert_has(&format!("href=\"/applications/{}\"", id(&draft)));
    assert!(
        !home.body.contains("href=\"/to-order\""),
        "not an IT specialist"
    );

    let head = Browser::with_session(&app, &o.ops_head.1).await;
    let home = head.get("/").await;
    home.assert_has("1 application waits for you");
    home.assert_has(&format!("href=\"/applications/{}\"", id(&waiting)));

    // One more, ordered and expected on Wednesday of this week.
    let due = create(&app, &o.emp.1, &body("other", "4", "10.00")).await;
    ok(&app, &o.emp.1, &due, "submit", None).await;
    let due = ok(&app, &o.ops_head.1, &due, "approve", None).await;
    let order = serde_json::json!({"supplier": "Acme", "reference": "PO-9", "expected_on": "2026-06-03",
        "lines": [{"line_id": id(&due["lines"][0]), "unit_price": "10.00"}]});
    ok(&app, &o.specialist.1, &due, "order", Some(order)).await;

    let it = Browser::with_session(&app, &o.specialist.1).await;
    let home = it.get("/").await;
    home.assert_has("<a href=\"/to-order\">");
    home.assert_has(&format!("href=\"/applications/{}\"", id(&approved)));
    home.assert_has("Expected this week");
    home.assert_has(&format!("href=\"/applications/{}\"", id(&due)));
    let week = it.get("/deliveries?due=week").await;
    week.assert_has(&format!("href=\"/applications/{}\"", id(&due)));
    week.assert_has("3 June 2026");

    let finance = Browser::with_session(&app, &o.finance.1).await;
    finance
        .get("/")
        .await
        .assert_has("Nothing needs you right now.");
}

#[tokio::test]
async fn finance_sees_the_budgets_it_may_approve_and_when_the_next_run() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let o = crate::budgets::org(&app).await;
    let week = serde_json::json!({"kind": "weekly", "period_start": "2026-06-01"});
    let by_it = expect_status(app.post("/api/v1/budgets", &o.it, &week).await, 201).await;
    let month = serde_json::json!({"kind": "monthly", "period_start": "2026-06-01"});
    let by_finance =
        expect_status(app.post("/api/v1/budgets", &o.finance, &month).await, 201).await;
    let finance = crate::ui_client::Browser::with_session(&app, &o.finance).await;
    let home = finance.get("/").await;
    home.assert_has("Budgets waiting for your approval");
    home.assert_has(&format!(
        "href=\"/budgets/{}\"",
        by_it["id"].as_str().unwrap()
    ));
    assert!(
        !home.body.contains(by_finance["id"].as_str().unwrap()),
        "its own revision is for another finance user"
    );
    home.assert_has("The next budgets");
    home.assert_has("Weekly budget: 3 June 2026, 09:00");
    let approve = format!("/budgets/{}/approve", by_it["id"].as_str().unwrap());
    assert_eq!(finance.post(&approve, &[]).await.status, 303);
    assert!(!finance
        .get("/")
        .await
        .body
        .contains("Budgets waiting for your approval"));
    // The employee has no budget parts.
    let employee = crate::ui_client::Browser::with_session(&app, &o.employee).await;
    assert!(!employee.get("/").await.body.contains("The next budgets"));
}
