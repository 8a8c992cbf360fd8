//! Consumables: catalogue, locations, the stock ledger and its balances.

use std::process::Command;

use reqwest::Method;
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::helpers::*;

pub struct Stock {
    pub it: String,
    pub item: String,
    pub a: String,
    pub b: String,
}

pub async fn setup(app: &TestApp) -> Stock {
    let (_, it) = app.user_with(&["it_specialist"], None).await;
    let item = json!({"sku": "TONER-85A", "name": "Toner HP 85A", "unit": "pcs", "unit_cost": "54.99", "lead_time_days": 5, "order_multiple": "2"});
    let item = expect_status(app.post("/api/v1/items", &it, &item).await, 201).await;
    assert_eq!(item["unit_cost"], "54.99");
    let mut ids = Vec::new();
    for code in ["WH-A", "BR-B"] {
        let loc = expect_status(
            app.post(
                "/api/v1/locations",
                &it,
                &json!({"code": code, "name": code, "kind": "warehouse"}),
            )
            .await,
            201,
        )
        .await;
        ids.push(loc["id"].as_str().unwrap().to_owned());
    }
    Stock {
        it,
        item: item["id"].as_str().unwrap().to_owned(),
        a: ids[0].clone(),
        b: ids[1].clone(),
    }
}

pub async fn put_policy(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.request(Method::PUT, "/api/v1/stock/policies", Some(token))
        .json(body)
        .checked()
        .await
}

pub async fn move_stock(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.post("/api/v1/stock/movements", token, &body).await
}

pub async fn on_hand(app: &TestApp, s: &Stock, location: &str) -> String {
    let page = expect_status(
        app.get(
            &format!("/api/v1/stock?item_id={}&location_id={location}", s.item),
            &s.it,
        )
        .await,
        200,
    )
    .await;
    page["items"]
        .as_array()
        .unwrap()
        .first()
        .map_or("0".into(), |b| b["on_hand"].as_str().unwrap().to_owned())
}

pub fn procura_stock_verify(app: &TestApp) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_procura"))
        .args(["stock", "verify"])
        .env_clear()
        .env("DATABASE_URL", &app.database_url)
        .env("PROCURA_LOG", "warn")
        .output()
        .unwrap()
}

#[tokio::test]
async fn every_movement_kind_keeps_the_balance_equal_to_the_ledger() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let (emp, _) = app.user_with(&["employee"], None).await;
    let base = json!({"item_id": s.item, "location_id": s.a});
    let with = |extra: Value| {
        let mut b = base.clone();
        b.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        b
    };
    expect_status(
        move_stock(
            &app,
            &s.it,
            with(json!({"kind": "receipt", "quantity": "10", "unit_cost": "54.99"})),
        )
        .await,
        201,
    )
    .await;
    expect_status(
        move_stock(
            &app,
            &s.it,
            with(json!({"kind": "issue", "quantity": "3", "issued_to_user_id": emp["id"]})),
        )
        .await,
        201,
    )
    .await;
    let transfer = expect_status(
        move_stock(
            &app,
            &s.it,
            with(json!({"kind": "transfer", "quantity": "2.5", "to_location_id": s.b})),
        )
        .await,
        201,
    )
    .await;
    let sides = transfer["movements"].as_array().unwrap();
    assert_eq!(
        (sides[0]["quantity"].as_str(), sides[1]["quantity"].as_str()),
        (Some("-2.5"), Some("2.5"))
    );
    assert_eq!(sides[0]["transfer_id"], sides[1]["transfer_id"]);
    expect_status(
        move_stock(
            &app,
            &s.it,
            with(json!({"kind": "write_off", "quantity": "0.5", "note": "cracked"})),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(on_hand(&app, &s, &s.a).await, "4");
    assert_eq!(on_hand(&app, &s, &s.b).await, "2.5");

    let history = expect_status(
        app.get(
            &format!("/api/v1/stock/movements?item_id={}", s.item),
            &s.it,
        )
        .await,
        200,
    )
    .await;
    let kinds: Vec<&str> = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["receipt", "issue", "transfer", "transfer", "write_off"]
    );
    let out = procura_stock_verify(&app);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn a_movement_that_would_go_negative_changes_nothing() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    expect_status(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "4"}),
        )
        .await,
        201,
    )
    .await;
    let p = expect_problem(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "issue", "item_id": s.item, "location_id": s.a, "quantity": "5"}),
        )
        .await,
        409,
        "insufficient_stock",
    )
    .await;
    assert_eq!(p["available"], "4");
    let p = expect_problem(
        move_stock(&app, &s.it, json!({"kind": "transfer", "item_id": s.item, "location_id": s.a, "to_location_id": s.b, "quantity": "4.001"})).await,
        409,
        "insufficient_stock",
    )
    .await;
    assert_eq!(p["available"], "4");
    assert_eq!(on_hand(&app, &s, &s.a).await, "4");
    assert_eq!(
        on_hand(&app, &s, &s.b).await,
        "0",
        "neither side of a refused transfer is written"
    );
    let history = expect_status(app.get("/api/v1/stock/movements", &s.it).await, 200).await;
    assert_eq!(history["items"].as_array().unwrap().len(), 1);
    expect_problem(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "issue", "item_id": s.item, "location_id": s.b, "quantity": "1"}),
        )
        .await,
        409,
        "insufficient_stock",
    )
    .await;
}

#[tokio::test]
async fn bad_movements_name_their_fields() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let cases = [
        (
            json!({"kind": "issue", "item_id": s.item, "location_id": s.a, "quantity": "0"}),
            "quantity",
        ),
        (
            json!({"kind": "write_off", "item_id": s.item, "location_id": s.a, "quantity": "1"}),
            "note",
        ),
        (
            json!({"kind": "transfer", "item_id": s.item, "location_id": s.a, "to_location_id": s.a, "quantity": "1"}),
            "to_location_id",
        ),
        (
            json!({"kind": "receipt", "item_id": "0195f0e2-0000-7000-8000-000000000000", "location_id": s.a, "quantity": "1"}),
            "item_id",
        ),
        (
            json!({"kind": "adjustment", "item_id": s.item, "location_id": s.a, "quantity": "1"}),
            "kind",
        ),
        (
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": 1.5}),
            "quantity",
        ),
    ];
    for (body, field) in cases {
        let p = expect_problem(
            move_stock(&app, &s.it, body.clone()).await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(error_fields(&p), [field], "{body}");
    }
    let (_, emp) = app.user_with(&["employee"], None).await;
    let body = json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "1"});
    expect_problem(move_stock(&app, &emp, body).await, 403, "forbidden").await;
}

#[tokio::test]
async fn a_retried_movement_is_booked_once() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let body = json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "7"});
    for _ in 0..3 {
        let res = app
            .request(Method::POST, "/api/v1/stock/movements", Some(&s.it))
            .header("Idempotency-Key", "delivery-42")
            .json(&body)
            .checked()
            .await;
        expect_status(res, 201).await;
    }
    assert_eq!(on_hand(&app, &s, &s.a).await, "7");
}

#[tokio::test]
async fn two_hundred_concurrent_issues_against_one_hundred_never_oversell() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    expect_status(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "100"}),
        )
        .await,
        201,
    )
    .await;
    let body = json!({"kind": "issue", "item_id": s.item, "location_id": s.a, "quantity": "1"});
    let attempts = (0..200).map(|_| move_stock(&app, &s.it, body.clone()));
    let statuses: Vec<u16> = futures_util::future::join_all(attempts)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        100,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        100,
        "{statuses:?}"
    );
    assert_eq!(on_hand(&app, &s, &s.a).await, "0");
    assert!(procura_stock_verify(&app).status.success());
}

#[tokio::test]
async fn verify_reports_a_balance_that_disagrees_with_its_ledger() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    expect_status(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "5"}),
        )
        .await,
        201,
    )
    .await;
    app.ctx
        .db
        .write(|conn| {
            use diesel::connection::SimpleConnection;
            Ok(conn
                .batch_execute("UPDATE stock_balances SET on_hand_milli = on_hand_milli + 1000")?)
        })
        .await
        .unwrap();
    let out = procura_stock_verify(&app);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("disagree"));
}

#[tokio::test]
async fn policies_flag_what_is_at_or_below_its_reorder_point() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let policy = |location: &str| json!({"item_id": s.item, "location_id": location, "reorder_point": "5", "max_level": "20"});
    let res = app
        .request(Method::PUT, "/api/v1/stock/policies", Some(&s.it))
        .json(&policy(&s.a))
        .checked()
        .await;
    assert_eq!(expect_status(res, 200).await["below_reorder"], true);
    let res = app
        .request(Method::PUT, "/api/v1/stock/policies", Some(&s.it))
        .json(&policy(&s.b))
        .checked()
        .await;
    expect_status(res, 200).await;
    expect_status(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.b, "quantity": "6"}),
        )
        .await,
        201,
    )
    .await;
    let low = expect_status(
        app.get("/api/v1/stock?below_reorder=true", &s.it).await,
        200,
    )
    .await;
    let locations: Vec<&str> = low["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["location_id"].as_str().unwrap())
        .collect();
    assert_eq!(locations, [s.a.as_str()]);
    let bad =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "10", "max_level": "5"});
    let res = put_policy(&app, &s.it, &bad).await;
    let p = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&p), ["max_level"]);
}

#[tokio::test]
async fn skus_and_location_codes_are_unique() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let dup = json!({"sku": "TONER-85A", "name": "Again", "unit": "pcs", "unit_cost": "1"});
    let p = expect_problem(
        app.post("/api/v1/items", &s.it, &dup).await,
        409,
        "already_exists",
    )
    .await;
    assert_eq!(error_fields(&p), ["sku"]);
    let p = expect_problem(
        app.post(
            "/api/v1/locations",
            &s.it,
            &json!({"code": "WH-A", "name": "x", "kind": "office"}),
        )
        .await,
        409,
        "already_exists",
    )
    .await;
    assert_eq!(error_fields(&p), ["code"]);
    let items = expect_status(app.get("/api/v1/items", &app.admin_token).await, 200).await;
    assert_eq!(
        items["items"].as_array().unwrap().len(),
        1,
        "the catalogue is readable by everyone signed in"
    );
}

#[tokio::test]
async fn concurrent_first_receipts_at_a_new_location_all_count() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let body = json!({"kind": "receipt", "item_id": s.item, "location_id": s.b, "quantity": "1"});
    let attempts = (0..20).map(|_| move_stock(&app, &s.it, body.clone()));
    for res in futures_util::future::join_all(attempts).await {
        expect_status(res, 201).await;
    }
    assert_eq!(on_hand(&app, &s, &s.b).await, "20");
}

#[tokio::test]
async fn received_catalogue_consumables_arrive_in_stock() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let dep = app.department("OPS", None).await;
    let dep_id = dep["id"].as_str().unwrap();
    let (head, head_token) = app.user_with(&["approver"], Some(dep_id)).await;
    expect_status(
        app.patch(
            &format!("/api/v1/departments/{dep_id}"),
            &app.admin_token,
            &json!({"head_user_id": head["id"]}),
            None,
        )
        .await,
        200,
    )
    .await;
    let (_, emp) = app.user_with(&["employee"], Some(dep_id)).await;

    let unknown = json!({"title": "Toner", "lines": [{"category": "consumables", "quantity": "1", "unit_price": "1",
        "item_id": "0195f0e2-0000-7000-8000-000000000000"}]});
    let p = expect_problem(
        app.post("/api/v1/applications", &emp, &unknown).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["lines[0].item_id"]);

    let body = json!({"title": "Toner", "justification": "Empty printers", "needed_by": "2026-06-10", "lines": [
        {"description": "Toner 85A", "category": "consumables", "quantity": "6", "unit_price": "54.99", "item_id": s.item}]});
    let application = expect_status(app.post("/api/v1/applications", &emp, &body).await, 201).await;
    let path = |action: &str| {
        format!(
            "/api/v1/applications/{}/{action}",
            application["id"].as_str().unwrap()
        )
    };
    expect_status(
        app.request(Method::POST, &path("submit"), Some(&emp))
            .checked()
            .await,
        200,
    )
    .await;
    expect_status(
        app.request(Method::POST, &path("approve"), Some(&head_token))
            .checked()
            .await,
        200,
    )
    .await;
    expect_status(
        app.post(
            &path("order"),
            &s.it,
            &json!({"supplier": "HP", "reference": "PO-1"}),
        )
        .await,
        200,
    )
    .await;
    let line = application["lines"][0]["id"].as_str().unwrap();
    let receipt = json!({"lines": [{"line_id": line, "quantity": "4"}]});
    let p = expect_problem(
        app.post(&path("receive"), &s.it, &receipt).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["location_id"]);
    let receipt = json!({"location_id": s.a, "lines": [{"line_id": line, "quantity": "4"}]});
    expect_status(app.post(&path("receive"), &s.it, &receipt).await, 200).await;
    assert_eq!(on_hand(&app, &s, &s.a).await, "4");
    let history = expect_status(
        app.get(
            &format!("/api/v1/stock/movements?location_id={}", s.a),
            &s.it,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(history["items"][0]["unit_cost"], "54.99");

    // Retired after it was ordered: no new stock receipts, but what is on
    // order still arrives into stock.
    let item_path = format!("/api/v1/items/{}", s.item);
    let retire = json!({"active": false});
    expect_status(app.patch(&item_path, &s.it, &retire, None).await, 200).await;
    let direct = json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "1"});
    let p = expect_problem(
        move_stock(&app, &s.it, direct).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["item_id"]);
    let rest = json!({"location_id": s.a, "lines": [{"line_id": line, "quantity": "2"}]});
    let done = expect_status(app.post(&path("receive"), &s.it, &rest).await, 200).await;
    assert_eq!(done["status"], "received");
    assert_eq!(on_hand(&app, &s, &s.a).await, "6");
    assert!(procura_stock_verify(&app).status.success());
}

async fn low_stock_mails(app: &TestApp) -> Vec<procura::db::outbox::OutboxRow> {
    let rows = app.queued_mail().await;
    rows.into_iter().filter(|r| r.kind == "low_stock").collect()
}

#[tokio::test]
async fn a_count_posts_one_adjustment_per_difference_and_keeps_the_document() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let other = json!({"sku": "MOUSE-1", "name": "Mouse", "unit": "pcs", "unit_cost": "9.90"});
    let mouse = expect_status(app.post("/api/v1/items", &s.it, &other).await, 201).await;
    expect_status(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "4"}),
        )
        .await,
        201,
    )
    .await;
    let count = json!({"location_id": s.a, "note": "quarterly", "lines": [
        {"item_id": s.item, "counted": "3"}, {"item_id": mouse["id"], "counted": "2"}]});
    let doc = expect_status(app.post("/api/v1/stock/counts", &s.it, &count).await, 201).await;
    assert_eq!(doc["adjustments"], 2);
    assert_eq!(doc["lines"][0]["expected"], "4");
    assert_eq!(doc["lines"][0]["difference"], "-1");
    assert_eq!(doc["lines"][1]["difference"], "2");
    // The document names what it counted, not only ids.
    assert_eq!(
        (&doc["lines"][0]["sku"], &doc["lines"][1]["item_name"]),
        (&json!("TONER-85A"), &json!("Mouse"))
    );
    assert_eq!(doc["location_code"], "WH-A");
    assert_eq!(on_hand(&app, &s, &s.a).await, "3");
    let again = expect_status(app.post("/api/v1/stock/counts", &s.it, &count).await, 201).await;
    assert_eq!(
        again["adjustments"], 0,
        "a count that matches posts nothing"
    );
    let bad = json!({"location_id": s.a, "lines": [{"item_id": s.item, "counted": "-1"}, {"item_id": s.item, "counted": "1"}]});
    let p = expect_problem(
        app.post("/api/v1/stock/counts", &s.it, &bad).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["lines[0].counted", "lines[1].item_id"]);
    assert!(procura_stock_verify(&app).status.success());
}

#[tokio::test]
async fn one_low_stock_alert_per_crossing_re_armed_above_the_point() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "5", "max_level": "20"});
    put_policy(&app, &s.it, &policy).await;
    assert_eq!(
        low_stock_mails(&app).await.len(),
        1,
        "an empty shelf with a policy is low at once"
    );
    let issue =
        |q: &str| json!({"kind": "issue", "item_id": s.item, "location_id": s.a, "quantity": q});
    expect_status(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "10"}),
        )
        .await,
        201,
    )
    .await;
    expect_status(move_stock(&app, &s.it, issue("5")).await, 201).await;
    expect_status(move_stock(&app, &s.it, issue("1")).await, 201).await;
    assert_eq!(
        low_stock_mails(&app).await.len(),
        2,
        "one more crossing, one more alert; not one per movement"
    );
    expect_status(
        move_stock(
            &app,
            &s.it,
            json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "2"}),
        )
        .await,
        201,
    )
    .await;
    expect_status(move_stock(&app, &s.it, issue("1")).await, 201).await;
    assert_eq!(
        low_stock_mails(&app).await.len(),
        3,
        "re-armed once above the point"
    );
    let mails = low_stock_mails(&app).await;
    assert!(
        mails[2].body_text.contains("TONER-85A"),
        "{}",
        mails[2].body_text
    );
}

#[tokio::test]
async fn alerts_raised_together_arrive_as_one_digest() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let other = json!({"sku": "DRUM-1", "name": "Drum unit", "unit": "pcs", "unit_cost": "80"});
    let drum = expect_status(app.post("/api/v1/items", &s.it, &other).await, 201).await;
    for item in [s.item.clone(), drum["id"].as_str().unwrap().to_owned()] {
        expect_status(
            move_stock(
                &app,
                &s.it,
                json!({"kind": "receipt", "item_id": item, "location_id": s.a, "quantity": "10"}),
            )
            .await,
            201,
        )
        .await;
        let policy =
            json!({"item_id": item, "location_id": s.a, "reorder_point": "2", "max_level": "10"});
        put_policy(&app, &s.it, &policy).await;
    }
    assert!(low_stock_mails(&app).await.is_empty());
    let count = json!({"location_id": s.a, "lines": [{"item_id": s.item, "counted": "1"}, {"item_id": drum["id"], "counted": "0"}]});
    expect_status(app.post("/api/v1/stock/counts", &s.it, &count).await, 201).await;
    let mails = low_stock_mails(&app).await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].body_text.contains("TONER-85A") && mails[0].body_text.contains("DRUM-1"),
        "{}",
        mails[0].body_text
    );
}

#[tokio::test]
async fn created_items_and_locations_are_found_at_their_location_header() {
    let app = TestApp::spawn().await;
    let (_, it) = app.user_with(&["it_specialist"], None).await;
    let res = app
        .post(
            "/api/v1/items",
            &it,
            &json!({"sku": "CABLE-1", "name": "USB-C cable", "unit": "pcs", "unit_cost": "4.50"}),
        )
        .await;
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let created = expect_status(res, 201).await;
    let res = app.get(&location, &app.admin_token).await;
    assert_eq!(res.headers()["etag"], "\"1\"");
    assert_eq!(expect_status(res, 200).await, created);
    let res = app
        .post(
            "/api/v1/locations",
            &it,
            &json!({"code": "BR-KYIV", "name": "Kyiv branch", "kind": "branch"}),
        )
        .await;
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let created = expect_status(res, 201).await;
    assert_eq!(
        expect_status(app.get(&location, &it).await, 200).await,
        created
    );
    expect_problem(
        app.get("/api/v1/items/0195f0e2-0000-7000-8000-000000000000", &it)
            .await,
        404,
        "not_found",
    )
    .await;
}

pub async fn import_csv(app: &TestApp, token: &str, csv: &str) -> reqwest::Response {
    app.request(Method::POST, "/api/v1/items/import", Some(token))
        .header("Content-Type", "text/csv")
        .body(csv.to_owned())
        .checked()
        .await
}

#[tokio::test]
async fn the_catalogue_round_trips_through_csv() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let csv = "sku,name,category,unit,unit_cost,supplier,lead_time_days,order_multiple\n\
               TONER-85A,Toner HP 85A (renamed),consumables,pcs,52.00,HP,7,2\n\
               PAPER-A4,\"Paper A4, 80 g\",consumables,ream,4.10,,3,5\n";
    let report = expect_status(import_csv(&app, &s.it, csv).await, 200).await;
    assert_eq!(
        (report["created"].as_u64(), report["updated"].as_u64()),
        (Some(1), Some(1))
    );
    let item = expect_status(
        app.get(&format!("/api/v1/items/{}", s.item), &s.it).await,
        200,
    )
    .await;
    assert_eq!(item["name"], "Toner HP 85A (renamed)");
    assert_eq!(item["unit_cost"], "52.00");
    assert_eq!(item["version"], 2);

    let res = app.get("/api/v1/items/export", &s.it).await;
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    let exported = res.text().await.unwrap();
    let lines: Vec<&str> = exported.lines().collect();
    assert_eq!(
        lines[0],
        "sku,name,category,unit,unit_cost,supplier,lead_time_days,order_multiple,active"
    );
    assert_eq!(
        lines[1],
        "PAPER-A4,\"Paper A4, 80 g\",consumables,ream,4.10,,3,5,true"
    );
    // What was exported imports again without changing anything, not even
    // versions; a dry run of a changed file says what it would do and does
    // nothing.
    let again = expect_status(import_csv(&app, &s.it, &exported).await, 200).await;
    assert_eq!(
        (again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
    let changed = exported.replace("4.10,,3,5,true", "4.30,Office Depot,3,5,true");
    let res = app
        .request(
            Method::POST,
            "/api/v1/items/import?dry_run=true",
            Some(&s.it),
        )
        .header("Content-Type", "text/csv")
        .body(changed)
        .checked()
        .await;
    let plan = expect_status(res, 200).await;
    assert_eq!(plan["dry_run"], true);
    assert_eq!(
        (plan["updated"].as_u64(), plan["unchanged"].as_u64()),
        (Some(1), Some(1))
    );
    let paper = &plan["items"][0];
    assert_eq!(
        (paper["line"].as_u64(), paper["action"].as_str()),
        (Some(2), Some("update"))
    );
    assert_eq!(paper["changes"], json!(["unit_cost", "supplier"]));
    let now = app
        .get("/api/v1/items/export", &s.it)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(now, exported, "a dry run writes nothing");
}

#[tokio::test]
async fn a_bad_row_is_reported_by_line_and_nothing_is_applied() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let csv = "sku,name,unit,unit_cost\nNEW-1,Fine,pcs,1.00\nNEW-2,Broken,pcs,abc\nNEW-3,,pcs,-1\n";
    let p = expect_problem(import_csv(&app, &s.it, csv).await, 422, "validation_failed").await;
    let fields = error_fields(&p);
    assert!(
        fields.contains(&"line 3: unit_cost".to_string()),
        "{fields:?}"
    );
    assert!(fields.contains(&"line 4: name".to_string()), "{fields:?}");
    let items = expect_status(app.get("/api/v1/items", &s.it).await, 200).await;
    assert_eq!(
        items["items"].as_array().unwrap().len(),
        1,
        "NEW-1 was not applied either"
    );
    let p = expect_problem(
        import_csv(&app, &s.it, "sku,colour\nX,red\n").await,
        422,
        "validation_failed",
    )
    .await;
    assert!(error_fields(&p).iter().all(|f| f == "line 1"));
    let res = app
        .request(Method::POST, "/api/v1/items/import", Some(&s.it))
        .json(&json!({}))
        .checked()
        .await;
    expect_problem(res, 415, "unsupported_media_type").await;
    let (_, emp) = app.user_with(&["employee"], None).await;
    expect_problem(
        import_csv(&app, &emp, "sku,name,unit,unit_cost\nA,B,pcs,1\n").await,
        403,
        "forbidden",
    )
    .await;
}
