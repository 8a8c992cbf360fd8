//! Replenishment's 90-day issue window kept as counters on the balances
//! (db::stock_usage): it follows the days forward and back, `stock verify`
//! checks it against the ledger, and the suggestions read in slices page
//! through a catalogue larger than one slice without losing or repeating a
//! position.

use chrono::Duration;
use serde_json::{json, Value};

use crate::helpers::*;
use crate::stock::{import_csv, move_stock, procura_stock_verify, put_policy, setup};
use crate::ui_client::Browser;

async fn issued_in_basis(app: &TestApp, item: &str, location: &str) -> String {
    // A fresh token each time: the clock jumps past a session's lifetime.
    let (_, it) = app.user_with(&["it_specialist"], None).await;
    let path = format!("/api/v1/stock/policies/suggestion?item_id={item}&location_id={location}");
    let got = expect_status(app.get(&path, &it).await, 200).await;
    got["issued_in_basis"].as_str().unwrap().to_owned()
}

fn assert_verified(app: &TestApp) {
    let out = procura_stock_verify(app);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn the_issue_window_follows_the_days_forward_and_back() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let start = app.clock_now();
    let book = |kind: &'static str, quantity: &'static str| json!({"kind": kind, "item_id": s.item, "location_id": s.a, "quantity": quantity});
    expect_status(move_stock(&app, &s.it, book("receipt", "200")).await, 201).await;
    expect_status(move_stock(&app, &s.it, book("issue", "30")).await, 201).await;
    assert_eq!(issued_in_basis(&app, &s.item, &s.a).await, "30");

    app.clock.set(start + Duration::days(45));
    let (_, it) = app.user_with(&["it_specialist"], None).await;
    expect_status(move_stock(&app, &it, book("issue", "20")).await, 201).await;
    assert_eq!(issued_in_basis(&app, &s.item, &s.a).await, "50");

    // 90 days after the first issue's day it is still in the window (the
    // window is the 90 days before today, and today); the day after, not.
    app.clock.set(start + Duration::days(90));
    assert_eq!(issued_in_basis(&app, &s.item, &s.a).await, "50");
    app.clock.set(start + Duration::days(91));
    assert_eq!(issued_in_basis(&app, &s.item, &s.a).await, "20");
    assert_verified(&app);
    app.clock.set(start + Duration::days(200));
    assert_eq!(issued_in_basis(&app, &s.item, &s.a).await, "0");

    // Set back, the window takes both issues again (recounted).
    app.clock.set(start + Duration::days(50));
    assert_eq!(issued_in_basis(&app, &s.item, &s.a).await, "50");
    assert_verified(&app);
}

#[tokio::test]
async fn suggestions_page_through_more_positions_than_one_read_takes() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let mut csv = String::from("sku,name,unit,unit_cost,lead_time_days\n");
    for n in 0..300 {
        csv.push_str(&format!("BULK-{n:03},Bulk item {n},pcs,1.00,3\n"));
    }
    expect_status(import_csv(&app, &s.it, &csv).await, 200).await;
    let listed = expect_status(app.get("/api/v1/items?limit=500", &s.it).await, 200).await;
    let bulk: Vec<(String, String)> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["sku"].as_str().unwrap().starts_with("BULK-"))
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_owned(),
                i["sku"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(bulk.len(), 300);
    // Nothing on hand anywhere; every third item has no maximum, so the
    // database passes it on and the domain finds nothing to order.
    let mut wanted = Vec::new();
    for (n, (id, _)) in bulk.iter().enumerate() {
        let max = if n % 3 == 0 { "0" } else { "10" };
        let policy =
            json!({"item_id": id, "location_id": s.a, "reorder_point": "0", "max_level": max});
        expect_status(put_policy(&app, &s.it, &policy).await, 200).await;
        if n % 3 != 0 {
            wanted.push(id.clone());
        }
    }
    wanted.sort();
    let mut seen: Vec<String> = Vec::new();
    let mut path = "/api/v1/stock/replenishment?limit=50".to_owned();
    loop {
        let page = expect_status(app.get(&path, &s.it).await, 200).await;
        for item in page["items"].as_array().unwrap() {
            assert_eq!(item["location_id"], s.a, "{item}");
            assert_eq!(item["suggested_quantity"], "10", "{item}");
            seen.push(item["item_id"].as_str().unwrap().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/stock/replenishment?limit=50&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen, wanted, "each position once, in order");
    // One page wider than a read: the reads go on until the page is full.
    let whole = expect_status(
        app.get("/api/v1/stock/replenishment?limit=500", &s.it)
            .await,
        200,
    )
    .await;
    let ids: Vec<&str> = whole["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["item_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, wanted, "the whole list in one page");
    assert_eq!(whole["next_cursor"], Value::Null);
    let by_location = expect_status(
        app.get(
            &format!("/api/v1/stock/replenishment?limit=500&location_id={}", s.b),
            &s.it,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(by_location["items"], Value::Array(Vec::new()));
}

/// 60 positions to reorder: a budget of 60 forecast lines, and the
/// replenishment page, read 50 rows at a time.
#[tokio::test]
async fn long_pages_of_lines_and_suggestions_go_on_to_a_next_page() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await;
    let mut csv = String::from("sku,name,unit,unit_cost,lead_time_days\n");
    for n in 0..60 {
        csv.push_str(&format!("LONG-{n:02},Long item {n},pcs,1.00,3\n"));
    }
    expect_status(import_csv(&app, &s.it, &csv).await, 200).await;
    let listed = expect_status(app.get("/api/v1/items?limit=500", &s.it).await, 200).await;
    for item in listed["items"].as_array().unwrap() {
        if item["sku"].as_str().unwrap().starts_with("LONG-") {
            let policy = json!({"item_id": item["id"], "location_id": s.a, "reorder_point": "0", "max_level": "10"});
            expect_status(put_policy(&app, &s.it, &policy).await, 200).await;
        }
    }
    let it = Browser::with_session(&app, &s.it).await;
    let suggestions = it.get("/stock/replenishment").await;
    assert_eq!(suggestions.status, 200, "{}", suggestions.body);
    assert_eq!(
        suggestions.body.matches("LONG-").count(),
        50,
        "one page of rows"
    );
    let next = next_page_link(&suggestions.body);
    let rest = it.get(&next).await;
    assert_eq!(rest.body.matches("LONG-").count(), 10, "{}", rest.body);

    let key = it.get("/budgets").await.hidden("key").unwrap();
    let month = [
        ("kind", "monthly"),
        ("period_start", "2026-06-01"),
        ("key", key.as_str()),
    ];
    let generated = it.post("/budgets", &month).await;
    assert_eq!(generated.status, 303, "{}", generated.body);
    let first = it.get(generated.location()).await;
    first.assert_has("60 lines match.");
    assert_eq!(first.body.matches("LONG-").count(), 50, "one page of lines");
    let second = it.get(&next_page_link(&first.body)).await;
    second.assert_has("60 lines match.");
    assert_eq!(
        second.body.matches("LONG-").count(),
        10,
        "the rest on the next"
    );
    let none = it
        .get(&format!("{}?section=stale", generated.location()))
        .await;
    none.assert_has("0 lines match.");
}

/// The `href` of the page's "Next page" link, unescaped.
fn next_page_link(body: &str) -> String {
    let end = body.find("\">Next page</a>").expect("a next page link");
    let start = body[..end].rfind("href=\"").unwrap() + "href=\"".len();
    body[start..end].replace("&#38;", "&").replace("&amp;", "&")
}
