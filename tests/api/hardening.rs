//! The security review's classes, attacked over HTTP: formula cells in
//! every CSV, client-chosen metric labels, authentication before the body,
//! security headers, stalled bodies, and a ledger that cannot overflow.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::app_fixtures::{body, create, ok, org};
use crate::contract::Checked;
use crate::helpers::{expect_problem, expect_status, TestApp};
use crate::stock::{procura_stock_verify, setup};

const FORMULAS: [&str; 4] = ["=HYPERLINK(\"http://x\")", "+SUM(A1)", "-2+3", "@cmd"];

/// Every cell that starts like a formula must be one of our own numbers.
fn assert_no_live_formula(csv_text: &str) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            let live = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let number = cell.parse::<rust_decimal::Decimal>().is_ok();
            assert!(!live || number, "live formula cell {cell:?} in\n{csv_text}");
        }
    }
}

#[tokio::test]
async fn no_csv_the_service_writes_carries_a_live_formula() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let it = &o.specialist.1;
    for (i, f) in FORMULAS.iter().enumerate() {
        let item = json!({"sku": format!("F-{i}"), "name": f, "unit": &f[..3], "unit_cost": "1", "supplier": f});
        expect_status(app.post("/api/v1/items", it, &item).await, 201).await;
    }
    let export = app.get("/api/v1/items/export", it).await;
    let text = export.text().await.unwrap();
    assert_no_live_formula(&text);
    // Imported again, the file changes nothing: the escape is undone.
    let res = app
        .request(Method::POST, "/api/v1/items/import", Some(it))
        .header("Content-Type", "text/csv")
        .body(text)
        .checked()
        .await;
    expect_status(res, 200).await;
    let items = expect_status(app.get("/api/v1/items?limit=500", it).await, 200).await;
    let names: Vec<&str> = items["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    for f in FORMULAS {
        assert!(names.contains(&f), "{f} survives the round trip: {names:?}");
    }

    // The budget CSV emailed to finance: titles and descriptions are text.
    let mut doc = body("services", "1", "10.00");
    doc["title"] = json!(FORMULAS[0]);
    doc["lines"][0]["description"] = json!(FORMULAS[1]);
    let draft = create(&app, &o.emp.1, &doc).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    let budget = json!({"kind": "monthly", "period_start": "2026-07-01"});
    let made = expect_status(
        app.post("/api/v1/budgets", &o.finance.1, &budget).await,
        201,
    )
    .await;
    let id = made["id"].as_str().unwrap();
    let csv = app
        .get(
            &format!("/api/v1/budgets/{id}/export?format=csv"),
            &o.finance.1,
        )
        .await;
    let text = csv.text().await.unwrap();
    assert!(
        text.contains("'=HYPERLINK"),
        "the line is there, escaped:\n{text}"
    );
    assert_no_live_formula(&text);
}

#[tokio::test]
async fn metric_labels_come_from_closed_sets() {
    let app = TestApp::spawn().await;
    app.get("/api/v1/me", "nobody").await;
    let before = metrics_size(&app).await;
    for i in 0..200 {
        let method = Method::from_bytes(format!("X{i}").as_bytes()).unwrap();
        app.request(method, &format!("/nowhere/{i}"), None)
            .checked()
            .await;
    }
    let text = metrics_text(&app).await;
    assert!(!text.contains("X17"), "a client's method became a label");
    assert!(text.contains("method=\"other\""), "{text}");
    assert!(
        metrics_size(&app).await < before + 4_000,
        "the exposition grew with client input"
    );
}

async fn metrics_text(app: &TestApp) -> String {
    app.get("/metrics", &app.admin_token)
        .await
        .text()
        .await
        .unwrap()
}

async fn metrics_size(app: &TestApp) -> usize {
    metrics_text(app).await.len()
}

#[tokio::test]
async fn an_unknown_token_is_a_401_before_the_body_is_looked_at() {
    let app = TestApp::spawn().await;
    for content_type in ["text/plain", "application/json"] {
        let res = app
            .request(
                Method::POST,
                "/api/v1/applications",
                Some("pcr_unknown-token"),
            )
            .header("Content-Type", content_type)
            .body("{not json")
            .checked()
            .await;
        expect_problem(res, 401, "invalid_token").await;
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for res in [
        app.get("/api/v1/me", &app.admin_token).await,
        app.request(Method::GET, "/healthz", None).checked().await,
        app.request(Method::GET, "/no/such/path", None)
            .checked()
            .await,
    ] {
        let h = res.headers();
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["x-frame-options"], "DENY");
        assert!(h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'"));
        assert!(
            h.contains_key("strict-transport-security"),
            "public URL is https in tests"
        );
    }
}

#[tokio::test]
async fn a_client_that_stalls_its_body_is_cut_off() {
    let app = TestApp::spawn_with(&[("PROCURA_BODY_TIMEOUT_SECONDS", "1")]).await;
    let addr = app.base.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/v1/applications HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"ti",
        app.admin_token
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0; 1024];
    let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut answer))
        .await
        .expect("the server answers instead of waiting forever")
        .unwrap();
    let text = String::from_utf8_lossy(&answer[..n]);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
}

#[tokio::test]
async fn a_balance_cannot_pass_its_ceiling_and_the_ledger_stays_verifiable() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let receipt =
        json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "1000000000"});
    // 1,000 receipts of the largest quantity fill the balance to its ceiling.
    for _ in 0..1000 {
        expect_status(
            app.post("/api/v1/stock/movements", &s.it, &receipt).await,
            201,
        )
        .await;
    }
    let res = app.post("/api/v1/stock/movements", &s.it, &receipt).await;
    let p = expect_problem(res, 409, "balance_too_large").await;
    assert_eq!(p["on_hand"], "1000000000000");
    let out = procura_stock_verify(&app);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[tokio::test]
async fn small_documents_have_a_small_body_cap() {
    let app = TestApp::spawn().await;
    let padding = "x".repeat(70 << 10);
    let res = app
        .request(Method::POST, "/api/v1/auth/login", None)
        .header("Content-Type", "application/json")
        .body(format!("{{\"email\": \"{padding}\", \"password\": \"p\"}}"))
        .checked()
        .await;
    expect_problem(res, 413, "payload_too_large").await;
    // An application of the same size is read (and refused for its content).
    let mut doc = body("services", "1", "1");
    doc["justification"] = json!(padding);
    let res = app
        .post("/api/v1/applications", &app.admin_token, &doc)
        .await;
    let p = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "justification");
}

#[tokio::test]
async fn throttling_holds_across_instances_on_one_database() {
    let first = TestApp::spawn().await;
    let second = TestApp::spawn_with(&[("DATABASE_URL", first.database_url.as_str())]).await;
    let (user, _) = first.user_with(&["employee"], None).await;
    let email = user["email"].as_str().unwrap();
    for _ in 0..5 {
        expect_problem(
            first.try_login(email, "wrong-password").await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    // The same client now tries the other instance: it knows.
    expect_problem(
        second.try_login(email, "wrong-password").await,
        429,
        "too_many_requests",
    )
    .await;
}

#[tokio::test]
async fn housekeeping_purges_ended_sessions() {
    let app = TestApp::spawn().await;
    let (_, token) = app.user_with(&["employee"], None).await;
    // Sessions last 12 hours; an ended one stays a day before it is deleted.
    app.clock.advance(chrono::Duration::hours(12 + 25));
    let housekeeping = procura::jobs::housekeeping::Housekeeping::new(app.ctx.clone());
    assert!(housekeeping.run_once().await.unwrap() >= 1);
    expect_problem(app.get("/api/v1/me", &token).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn control_characters_in_paths_and_queries_never_reach_the_database() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/users/%00", &app.admin_token).await;
    expect_problem(res, 404, "not_found").await;
    for query in [
        "/api/v1/users?q=a%00b",
        "/api/v1/audit?entity=%0A",
        "/api/v1/stock/policies/suggestion?item_id=%00&location_id=x",
    ] {
        let res = app.get(query, &app.admin_token).await;
        let p = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(p["errors"][0]["field"], "query", "{query}");
    }
}
