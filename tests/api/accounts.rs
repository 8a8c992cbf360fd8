//! Users (admin) and the role checks of every account endpoint.

use reqwest::Method;
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::helpers::*;

#[tokio::test]
async fn admin_creates_a_user_who_can_sign_in() {
    let app = TestApp::spawn().await;
    let dep = app.department("OPS", None).await;
    let body = json!({"email": "Ann@Example.com", "name": " Ann Lee ", "password": PASSWORD,
        "roles": ["employee", "approver"], "department_id": dep["id"]});
    let res = app.post("/api/v1/users", &app.admin_token, &body).await;
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(res.headers()["etag"], "\"1\"");
    let user = expect_status(res, 201).await;
    assert_eq!(
        location,
        format!("/api/v1/users/{}", user["id"].as_str().unwrap())
    );
    assert_eq!(user["email"], "ann@example.com");
    assert_eq!(user["name"], "Ann Lee");
    assert_eq!(user["roles"], json!(["employee", "approver"]));
    assert_eq!(user["department_id"], dep["id"]);
    assert_eq!(user["version"], 1);
    assert!(user.get("password").is_none() && user.get("password_hash").is_none());

    let token = app.login("ann@example.com", PASSWORD).await;
    let me = expect_status(app.get("/api/v1/me", &token).await, 200).await;
    assert_eq!(me["roles"], json!(["employee", "approver"]));
    assert_eq!(me["department_id"], dep["id"]);
}

#[tokio::test]
async fn every_user_problem_is_reported_at_once() {
    let app = TestApp::spawn().await;
    let body = json!({"email": "not-an-email", "name": "", "password": "short", "roles": []});
    let problem = expect_problem(
        app.post("/api/v1/users", &app.admin_token, &body).await,
        422,
        "validation_failed",
    )
    .await;
    let mut fields = error_fields(&problem);
    fields.sort();
    assert_eq!(fields, ["email", "name", "password", "roles"]);

    let body =
        json!({"email": "a@example.com", "name": "A", "password": PASSWORD, "roles": ["overlord"]});
    let problem = expect_problem(
        app.post("/api/v1/users", &app.admin_token, &body).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&problem), ["roles[0]"]);

    let body = json!({"email": "a@example.com", "name": "A", "password": PASSWORD, "roles": ["employee"],
        "department_id": "0195f0e2-0000-7000-8000-000000000000"});
    let problem = expect_problem(
        app.post("/api/v1/users", &app.admin_token, &body).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&problem), ["department_id"]);
}

#[tokio::test]
async fn duplicate_emails_conflict_and_name_the_field() {
    let app = TestApp::spawn().await;
    let body = json!({"email": "dup@example.com", "name": "A", "password": PASSWORD, "roles": ["employee"]});
    expect_status(
        app.post("/api/v1/users", &app.admin_token, &body).await,
        201,
    )
    .await;
    let body = json!({"email": "DUP@example.com", "name": "B", "password": PASSWORD, "roles": ["employee"]});
    let problem = expect_problem(
        app.post("/api/v1/users", &app.admin_token, &body).await,
        409,
        "already_exists",
    )
    .await;
    assert_eq!(error_fields(&problem), ["email"]);
}

#[tokio::test]
async fn lists_are_filtered_and_paginated_by_cursor() {
    let app = TestApp::spawn().await;
    for _ in 0..3 {
        app.user_with(&["finance"], None).await;
    }
    app.user_with(&["employee"], None).await;
    let page1 = expect_status(
        app.get("/api/v1/users?role=finance&limit=2", &app.admin_token)
            .await,
        200,
    )
    .await;
    assert_eq!(page1["items"].as_array().unwrap().len(), 2);
    let cursor = page1["next_cursor"].as_str().expect("a second page");
    let page2 = expect_status(
        app.get(
            &format!("/api/v1/users?role=finance&limit=2&cursor={cursor}"),
            &app.admin_token,
        )
        .await,
        200,
    )
    .await;
    let items = page2["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(page2["next_cursor"], Value::Null);
    let all_ids: Vec<&Value> = page1["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(items)
        .map(|u| &u["id"])
        .collect();
    assert_eq!(all_ids.len(), 3);
    assert!(all_ids[0] != all_ids[2] && all_ids[1] != all_ids[2]);
    for u in page1["items"].as_array().unwrap().iter().chain(items) {
        assert_eq!(u["roles"], json!(["finance"]));
    }
    let everyone = expect_status(app.get("/api/v1/users", &app.admin_token).await, 200).await;
    assert_eq!(everyone["items"].as_array().unwrap().len(), 5, "admin + 4");
}

#[tokio::test]
async fn stale_versions_are_refused_and_current_ones_applied() {
    let app = TestApp::spawn().await;
    let (user, _) = app.user_with(&["employee"], None).await;
    let path = format!("/api/v1/users/{}", user["id"].as_str().unwrap());
    let res = app
        .patch(
            &path,
            &app.admin_token,
            &json!({"name": "Renamed"}),
            Some(1),
        )
        .await;
    assert_eq!(res.headers()["etag"], "\"2\"");
    let updated = expect_status(res, 200).await;
    assert_eq!(updated["name"], "Renamed");
    assert_eq!(updated["version"], 2);
    let problem = expect_problem(
        app.patch(&path, &app.admin_token, &json!({"name": "Again"}), Some(1))
            .await,
        412,
        "version_conflict",
    )
    .await;
    assert_eq!(problem["current_version"], 2);
    let current = expect_status(app.get(&path, &app.admin_token).await, 200).await;
    assert_eq!(
        current["name"], "Renamed",
        "a refused update changes nothing"
    );
}

#[tokio::test]
async fn racing_updates_with_the_same_version_let_exactly_one_win() {
    let app = TestApp::spawn().await;
    let (user, _) = app.user_with(&["employee"], None).await;
    let path = format!("/api/v1/users/{}", user["id"].as_str().unwrap());
    let bodies: Vec<Value> = (0..8)
        .map(|i| json!({"name": format!("Name {i}")}))
        .collect();
    let attempts = bodies
        .iter()
        .map(|b| app.patch(&path, &app.admin_token, b, Some(1)));
    let statuses: Vec<u16> = futures_util::future::join_all(attempts)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 412).count(),
        7,
        "{statuses:?}"
    );
}

#[tokio::test]
async fn the_last_admin_cannot_be_disabled_or_demoted() {
    let app = TestApp::spawn().await;
    let me = expect_status(app.get("/api/v1/me", &app.admin_token).await, 200).await;
    let path = format!("/api/v1/users/{}", me["id"].as_str().unwrap());
    expect_problem(
        app.patch(&path, &app.admin_token, &json!({"active": false}), None)
            .await,
        409,
        "last_admin",
    )
    .await;
    expect_problem(
        app.patch(
            &path,
            &app.admin_token,
            &json!({"roles": ["employee"]}),
            None,
        )
        .await,
        409,
        "last_admin",
    )
    .await;
    app.user_with(&["admin"], None).await;
    expect_status(
        app.patch(
            &path,
            &app.admin_token,
            &json!({"roles": ["employee"]}),
            None,
        )
        .await,
        200,
    )
    .await;
}

#[tokio::test]
async fn a_new_account_is_announced_through_the_outbox() {
    let app = TestApp::spawn().await;
    let (user, _) = app.api_user_with(&["employee"], None).await;
    let rows = app
        .ctx
        .db
        .read(|conn| {
            Ok(procura::db::outbox::list_by_status(
                conn,
                Some(procura::domain::backoff::DeliveryStatus::Pending),
                None,
                10,
            )?)
        })
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].kind, "account_created");
    let to: Vec<String> = serde_json::from_str(&rows[0].recipients).unwrap();
    assert_eq!(to, [user["email"].as_str().unwrap()]);
}

#[tokio::test]
async fn only_admins_manage_accounts() {
    let app = TestApp::spawn().await;
    let some_id = "0195f0e2-0000-7000-8000-000000000000";
    let admin_only: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/api/v1/users".into(), None),
        (
            Method::POST,
            "/api/v1/users".into(),
            Some(
                json!({"email": "x@example.com", "name": "X", "password": PASSWORD, "roles": ["employee"]}),
            ),
        ),
        (Method::GET, format!("/api/v1/users/{some_id}"), None),
        (
            Method::PATCH,
            format!("/api/v1/users/{some_id}"),
            Some(json!({"name": "X"})),
        ),
        (
            Method::POST,
            "/api/v1/departments".into(),
            Some(json!({"code": "X", "name": "X"})),
        ),
        (
            Method::PATCH,
            format!("/api/v1/departments/{some_id}"),
            Some(json!({"name": "X"})),
        ),
        (Method::GET, "/api/v1/audit".into(), None),
        (Method::GET, "/metrics".into(), None),
    ];
    for role in ["employee", "approver", "it_specialist", "finance"] {
        let (_, token) = app.user_with(&[role], None).await;
        for (method, path, body) in &admin_only {
            let mut req = app.request(method.clone(), path, Some(&token));
            if let Some(b) = body {
                req = req.json(b);
            }
            let res = req.checked().await;
            assert_eq!(res.status(), 403, "{role} {method} {path}");
        }
        // Reading the organisation is open to every signed-in user.
        expect_status(app.get("/api/v1/departments", &token).await, 200).await;
        expect_status(app.get("/api/v1/me", &token).await, 200).await;
    }
    for (method, path, body) in &admin_only {
        let mut req = app.request(method.clone(), path, None);
        if let Some(b) = body {
            req = req.json(b);
        }
        assert_eq!(
            req.checked().await.status(),
            401,
            "anonymous {method} {path}"
        );
    }
}

#[tokio::test]
async fn changes_are_in_the_audit_log() {
    let app = TestApp::spawn().await;
    let admin = expect_status(app.get("/api/v1/me", &app.admin_token).await, 200).await;
    let (user, _) = app.api_user_with(&["employee"], None).await;
    let id = user["id"].as_str().unwrap();
    let path = format!("/api/v1/users/{id}");
    expect_status(
        app.patch(&path, &app.admin_token, &json!({"name": "New Name"}), None)
            .await,
        200,
    )
    .await;
    let log = expect_status(
        app.get(
            &format!("/api/v1/audit?entity=user&entity_id={id}"),
            &app.admin_token,
        )
        .await,
        200,
    )
    .await;
    let entries = log["items"].as_array().unwrap();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["user.created", "user.updated"]);
    assert_eq!(entries[1]["actor_id"], admin["id"]);
    assert_eq!(entries[1]["summary"]["name"], "New Name");
    assert_eq!(entries[1]["at"], "2026-06-01T08:00:00Z");
}
