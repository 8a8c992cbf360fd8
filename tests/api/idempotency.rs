//! `Idempotency-Key`: a retried create never creates twice.

use reqwest::Method;
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::helpers::*;

async fn create_with_key(app: &TestApp, key: &str, body: &Value) -> reqwest::Response {
    app.request(Method::POST, "/api/v1/departments", Some(&app.admin_token))
        .header("Idempotency-Key", key)
        .json(body)
        .checked()
        .await
}

#[tokio::test]
async fn a_retry_replays_the_first_response() {
    let app = TestApp::spawn().await;
    let body = json!({"code": "OPS", "name": "Operations"});
    let first = expect_status(create_with_key(&app, "key-1", &body).await, 201).await;
    let res = create_with_key(&app, "key-1", &body).await;
    assert_eq!(res.headers()["idempotent-replayed"], "true");
    let again = expect_status(res, 201).await;
    assert_eq!(first, again);
    let list = expect_status(app.get("/api/v1/departments", &app.admin_token).await, 200).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn concurrent_retries_create_once() {
    let app = TestApp::spawn().await;
    let body = json!({"code": "NET", "name": "Network"});
    let attempts = (0..6).map(|_| create_with_key(&app, "same-key", &body));
    let responses = futures_util::future::join_all(attempts).await;
    let mut ids = Vec::new();
    for res in responses {
        let status = res.status().as_u16();
        let body: Value = res.json().await.unwrap();
        match status {
            201 => ids.push(body["id"].clone()),
            409 => assert_eq!(body["code"], "idempotency_in_progress"),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "{ids:?}");
    let list = expect_status(app.get("/api/v1/departments", &app.admin_token).await, 200).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_key_reused_for_another_request_is_refused() {
    let app = TestApp::spawn().await;
    expect_status(
        create_with_key(&app, "key-2", &json!({"code": "A", "name": "A"})).await,
        201,
    )
    .await;
    let p = expect_problem(
        create_with_key(&app, "key-2", &json!({"code": "B", "name": "B"})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["code"], "idempotency_key_reused");
}

#[tokio::test]
async fn a_failed_request_does_not_burn_its_key() {
    let app = TestApp::spawn().await;
    app.department("TAKEN", None).await;
    let body = json!({"code": "TAKEN", "name": "Dup"});
    expect_problem(
        create_with_key(&app, "key-3", &body).await,
        409,
        "already_exists",
    )
    .await;
    let body = json!({"code": "FREE", "name": "Fine"});
    // Same key, different body: the first attempt rolled back, so the key is unused.
    expect_status(create_with_key(&app, "key-3", &body).await, 201).await;
}

#[tokio::test]
async fn keys_expire_after_a_day_and_housekeeping_deletes_them() {
    let app = TestApp::spawn().await;
    expect_status(
        create_with_key(&app, "old-key", &json!({"code": "A", "name": "A"})).await,
        201,
    )
    .await;
    let housekeeping = procura::jobs::housekeeping::Housekeeping::new(app.ctx.clone());
    assert_eq!(
        housekeeping.run_once().await.unwrap(),
        0,
        "a fresh key is kept"
    );
    app.clock.advance(chrono::Duration::hours(25));
    assert_eq!(housekeeping.run_once().await.unwrap(), 1);
    // The admin's token has expired by now; sign in again and reuse the key.
    let token = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let res = app
        .request(Method::POST, "/api/v1/departments", Some(&token))
        .header("Idempotency-Key", "old-key")
        .json(&json!({"code": "B", "name": "B"}))
        .checked()
        .await;
    expect_status(res, 201).await;
}
