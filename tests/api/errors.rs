//! Every failure is problem+json with a stable code.

use reqwest::Method;
use serde_json::json;

use crate::contract::Checked;
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
        .checked()
        .await;
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
            .checked()
    };
    expect_problem(
        send("{\"code\": ", "application/json").await,
        400,
        "malformed_json",
    )
    .await;
    expect_problem(send("", "application/json").await, 400, "malformed_json").await;
    expect_problem(
        send("code=X", "application/x-www-form-urlencoded").await,
        415,
        "unsupported_media_type",
    )
    .await;

    let p = expect_problem(
        send(
            r#"{"code":"X","name":"X","colour":"red"}"#,
            "application/json",
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "colour");
    assert_eq!(p["errors"][0]["code"], "unknown_field");
    let p = expect_problem(
        send(r#"{"name":"X"}"#, "application/json").await,
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
        .await,
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
        .checked()
        .await;
    let p = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "If-Match");
}

#[tokio::test]
async fn malformed_id_filters_name_the_parameter() {
    let app = TestApp::spawn().await;
    for (path, field) in [
        ("/api/v1/users?department_id=xyz", "department_id"),
        ("/api/v1/users?department_id=", "department_id"),
        ("/api/v1/applications?department_id=1", "department_id"),
        ("/api/v1/departments?parent_id=x", "parent_id"),
        ("/api/v1/stock?location_id=x", "location_id"),
        ("/api/v1/stock/movements?item_id=x", "item_id"),
        ("/api/v1/stock/replenishment?location_id=x", "location_id"),
        ("/api/v1/audit?actor_id=x", "actor_id"),
    ] {
        let p = expect_problem(
            app.get(path, &app.admin_token).await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(p["errors"][0]["field"], field, "{path}");
    }
}

#[tokio::test]
async fn null_for_a_field_that_cannot_be_cleared_is_refused() {
    let app = TestApp::spawn().await;
    let dept = app.department("OPS", None).await;
    let path = format!("/api/v1/departments/{}", dept["id"].as_str().unwrap());
    for field in ["name", "code", "is_it"] {
        let res = app
            .patch(&path, &app.admin_token, &json!({ field: null }), Some(1))
            .await;
        let p = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(p["errors"][0]["field"], field);
    }
}

#[tokio::test]
async fn amounts_beyond_decimal_range_are_refused_and_writes_go_on() {
    let app = TestApp::spawn().await;
    let (_, it) = app.user_with(&["it_specialist"], None).await;
    let zero = "00000000-0000-0000-0000-000000000000";
    let huge = "100000000000000000000000000";
    let cases = [
        (
            "/api/v1/stock/replenishment/applications",
            json!({"items": [{"item_id": zero, "location_id": zero, "quantity": "9000000000000000000000000000"}]}),
        ),
        (
            "/api/v1/items",
            json!({"sku": "X-1", "name": "X", "category": "consumables", "unit": "pcs", "unit_cost": huge, "currency": "EUR", "lead_time_days": 1, "order_multiple": "1"}),
        ),
        (
            "/api/v1/stock/movements",
            json!({"kind": "receipt", "item_id": zero, "location_id": zero, "quantity": "1", "unit_cost": huge}),
        ),
    ];
    for (path, body) in cases {
        let res = app.post(path, &it, &body).await;
        assert_eq!(res.status(), 422, "{path}: {}", res.text().await.unwrap());
    }
    let res = app
        .request(Method::PUT, "/api/v1/stock/policies", Some(&it))
        .json(
            &json!({"item_id": zero, "location_id": zero, "reorder_point": huge, "max_level": "0"}),
        )
        .checked()
        .await;
    assert_eq!(res.status(), 422);
    // The single SQLite writer is still usable: a sign-in writes a session.
    app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    app.department("AFTER", None).await;
}
