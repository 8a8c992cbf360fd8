//! The limits grid (`/budgets/limits`): a month's department × category
//! limits saved at once (a blank cell is no limit, a bad one named beside
//! its cell, nothing saved), copied to the next month, and the schedules
//! with their next runs.

use serde_json::json;

use crate::budgets::org;
use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn finance_edits_a_month_of_limits_in_place_and_copies_it_forward() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let o = org(&app).await;
    let finance = Browser::with_session(&app, &o.finance).await;
    let page = finance.get("/budgets/limits?month=2026-06").await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("Limits of 2026-06");
    page.assert_has("Weekly budget");
    page.assert_has("<li>3 June 2026, 09:00</li>");
    let services = format!("limit.{}.services", o.ops);
    let hardware = format!("limit.{}.hardware", o.ops);
    page.assert_has(&format!("name=\"{services}\""));

    // One bad cell: nothing is saved, the problem is beside it.
    let bad = [
        ("month", "2026-06"),
        (services.as_str(), "1,000.00"),
        (hardware.as_str(), "lots"),
    ];
    let refused = finance.post("/budgets/limits", &bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("value=\"lots\" aria-label=");
    refused.assert_has("aria-invalid=\"true\"");
    let api = expect_status(
        app.get("/api/v1/budget-limits?month=2026-06", &o.finance)
            .await,
        200,
    )
    .await;
    assert_eq!(api["items"].as_array().unwrap().len(), 0, "nothing saved");

    let good = [
        ("month", "2026-06"),
        (services.as_str(), "1,000.00"),
        (hardware.as_str(), "250"),
    ];
    let saved = finance.post("/budgets/limits", &good).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = finance.get(saved.location()).await;
    page.assert_has("2 limits set, 0 removed.");
    page.assert_has("value=\"1,000.00\"");
    // Saving again unchanged changes nothing; a blank cell removes its limit.
    let again = finance.post("/budgets/limits", &good).await;
    finance
        .get(again.location())
        .await
        .assert_has("0 limits set, 0 removed.");
    let cleared = [
        ("month", "2026-06"),
        (services.as_str(), "1,000.00"),
        (hardware.as_str(), ""),
    ];
    let cleared = finance.post("/budgets/limits", &cleared).await;
    finance
        .get(cleared.location())
        .await
        .assert_has("0 limits set, 1 removed.");

    // Copied to July where July has none; July's own limit stays.
    let july =
        json!({"month": "2026-07", "department_id": o.ops, "category": "hardware", "amount": "75"});
    let res = app
        .request(
            reqwest::Method::PUT,
            "/api/v1/budget-limits",
            Some(&o.finance),
        )
        .json(&july)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let copied = finance
        .post("/budgets/limits/copy", &[("month", "2026-06")])
        .await;
    assert_eq!(copied.status, 303);
    assert!(copied
        .location()
        .starts_with("/budgets/limits?month=2026-07"));
    let page = finance.get(copied.location()).await;
    page.assert_has("1 limit copied from the month before.");
    page.assert_has("value=\"1,000.00\"");
    page.assert_has("value=\"75.00\"");

    // The IT specialist reads the grid; only finance changes it.
    let (_, it) = app.user_with(&["it_specialist"], None).await;
    let it = Browser::with_session(&app, &it).await;
    let read = it.get("/budgets/limits?month=2026-07").await;
    assert_eq!(read.status, 200);
    assert!(!read.body.contains(&format!("name=\"{services}\"")));
    read.assert_has("1,000.00");
    assert_eq!(it.post("/budgets/limits", &good).await.status, 403);
    let nonsense = finance.get("/budgets/limits?month=June").await;
    assert_eq!(nonsense.status, 422);
}
