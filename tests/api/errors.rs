//! Every failure is problem+json with a stable code.

use reqwest::Method;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn unknown_routes_and_wrong_methods() {
    let app = TestApp::spawn().await;
    expect_problem(
        app.get("/api/v1/nothing-here", &app.admin_token).await,
        404,
        "not_found",
    )
    .await;
    let res = app
        .request(Method::DELETE, "/api/v1/users", Some(&app.admin_token))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["allow"], "GET, POST");
    expect_problem(res, 405, "method_not_allowed").await;
}

#[tokio::test]
async fn unreadable_bodies() {
    let app = TestApp::spawn().await;
    let send = |body: &'static str, content_type: &'static str| {
        app.request(Method::POST, "/api/v1/departments", Some(&app.admin_token))
            .header("Content-Type", content_type)
            .body(body)
            .send()
    };
    expect_problem(
        send("{\"code\": ", "application/json").await.unwrap(),
        400,
        "malformed_json",
    )
    .await;
    expect_problem(
        send("", "application/json").await.unwrap(),
        400,
        "malformed_json",
    )
    .await;
    expect_problem(
        send("code=X", "application/x-www-form-urlencoded")
            .await
            .unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;

    let p = expect_problem(
        send(
            r#"{"code":"X","name":"X","colour":"red"}"#,
            "application/json",
        )
        .await
        .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "colour");
    assert_eq!(p["errors"][0]["code"], "unknown_field");
    let p = expect_problem(
        send(r#"{"name":"X"}"#, "application/json").await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "code");
    assert_eq!(p["errors"][0]["code"], "required");
    let p = expect_problem(
        send(
            r#"{"code":"X","name":"X","is_it":"yes"}"#,
            "application/json",
        )
        .await
        .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "is_it");
    assert_eq!(p["errors"][0]["code"], "invalid_type");
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let app = TestApp::spawn_with(&[("PROCURA_MAX_BODY_BYTES", "2048")]).await;
    let body = json!({"code": "X", "name": "x".repeat(4096)});
    expect_problem(
        app.post("/api/v1/departments", &app.admin_token, &body)
            .await,
        413,
        "payload_too_large",
    )
    .await;
}

#[tokio::test]
async fn bad_query_parameters_name_the_parameter() {
    let app = TestApp::spawn().await;
    let p = expect_problem(
        app.get("/api/v1/users?limit=abc", &app.admin_token).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "limit");
    let p = expect_problem(
        app.get("/api/v1/users?limit=501", &app.admin_token).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "limit");
    let p = expect_problem(
        app.get("/api/v1/users?colour=red", &app.admin_token).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "colour");
    let p = expect_problem(
        app.get("/api/v1/users?cursor=zzz", &app.admin_token).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "cursor");
}

#[tokio::test]
async fn malformed_if_match_is_refused() {
    let app = TestApp::spawn().await;
    let dep = app.department("X", None).await;
    let res = app
        .request(
            Method::PATCH,
            &format!("/api/v1/departments/{}", dep["id"].as_str().unwrap()),
            Some(&app.admin_token),
        )
        .header("If-Match", "three")
        .json(&json!({"name": "Y"}))
        .send()
        .await
        .unwrap();
    let p = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "If-Match");
}
