//! Reading the ledger as people do: between two days, newest first, with
//! the item's SKU and name and the location's code beside each movement
//! (and beside each balance).

use chrono::Duration;
use serde_json::{json, Value};

use crate::helpers::*;
use crate::stock::{move_stock, setup};

async fn page(app: &TestApp, token: &str, query: &str) -> Value {
    expect_status(
        app.get(&format!("/api/v1/stock/movements?{query}"), token)
            .await,
        200,
    )
    .await
}

fn quantities(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["quantity"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_ledger_reads_between_two_days_newest_first_with_names() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let now = app.clock_now();
    // 1 receipt three days ago, 2 issues yesterday and today.
    for (days_ago, kind, quantity) in [(3, "receipt", "10"), (1, "issue", "2"), (0, "issue", "3")] {
        app.clock.set(now - Duration::days(days_ago));
        let body =
            json!({"kind": kind, "item_id": s.item, "location_id": s.a, "quantity": quantity});
        expect_status(move_stock(&app, &s.it, body).await, 201).await;
    }
    app.clock.set(now);
    let item = format!("item_id={}", s.item);
    let all = page(&app, &s.it, &item).await;
    assert_eq!(quantities(&all), ["10", "-2", "-3"]);
    let first = &all["items"][0];
    assert_eq!(
        (
            first["sku"].as_str(),
            first["item_name"].as_str(),
            first["location_code"].as_str()
        ),
        (Some("TONER-85A"), Some("Toner HP 85A"), Some("WH-A"))
    );
    let newest = page(&app, &s.it, &format!("{item}&order=newest")).await;
    assert_eq!(quantities(&newest), ["-3", "-2", "10"]);
    // Newest first, one a page: the cursor follows the order.
    let one = page(&app, &s.it, &format!("{item}&order=newest&limit=1")).await;
    assert_eq!(quantities(&one), ["-3"]);
    let cursor = one["next_cursor"].as_str().unwrap();
    let two = page(
        &app,
        &s.it,
        &format!("{item}&order=newest&limit=1&cursor={cursor}"),
    )
    .await;
    assert_eq!(quantities(&two), ["-2"]);
    // Days, both included, in the organisation's time zone.
    let day = |days_ago: i64| (now - Duration::days(days_ago)).date_naive();
    let window = page(
        &app,
        &s.it,
        &format!("{item}&from={}&to={}", day(3), day(1)),
    )
    .await;
    assert_eq!(quantities(&window), ["10", "-2"]);
    // Balances name the item and location too.
    let balances = expect_status(app.get(&format!("/api/v1/stock?{item}"), &s.it).await, 200).await;
    let balance = &balances["items"][0];
    for (field, want) in [
        ("sku", "TONER-85A"),
        ("item_name", "Toner HP 85A"),
        ("location_code", "WH-A"),
    ] {
        assert_eq!(balance[field], want, "{field} in {balance}");
    }
    let today = page(&app, &s.it, &format!("{item}&from={}", day(0))).await;
    assert_eq!(quantities(&today), ["-3"]);
    let p = expect_problem(
        app.get(
            &format!("/api/v1/stock/movements?from={}&to={}", day(0), day(1)),
            &s.it,
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["to"]);
}
