//! Sign-in, tokens, sign-out and brute-force limits.

use chrono::Duration;
use reqwest::Method;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn login_returns_a_prefixed_token_and_the_user() {
    let app = TestApp::spawn().await;
    let res = app.try_login("ADMIN@example.com ", ADMIN_PASSWORD).await;
    assert_eq!(res.headers()["cache-control"], "no-store");
    let body = expect_status(res, 200).await;
    let token = body["token"].as_str().unwrap();
    assert!(token.starts_with("pcr_") && token.len() > 60, "{token}");
    assert_eq!(
        body["expires_at"], "2026-06-01T20:00:00Z",
        "12 h after the clock's now"
    );
    assert_eq!(body["user"]["email"], ADMIN_EMAIL);
    assert_eq!(body["user"]["roles"], json!(["admin"]));

    let me = expect_status(app.get("/api/v1/me", token).await, 200).await;
    assert_eq!(me["id"], body["user"]["id"]);
    assert_eq!(me["email"], ADMIN_EMAIL);
    assert!(me.get("password_hash").is_none());
}

#[tokio::test]
async fn wrong_password_and_unknown_email_look_the_same() {
    let app = TestApp::spawn().await;
    let wrong = expect_problem(
        app.try_login(ADMIN_EMAIL, "not-the-password").await,
        401,
        "invalid_credentials",
    )
    .await;
    let unknown = expect_problem(
        app.try_login("nobody@example.com", "whatever-it-is").await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(wrong["detail"], unknown["detail"]);
}

#[tokio::test]
async fn missing_malformed_and_unknown_tokens_are_401() {
    let app = TestApp::spawn().await;
    let res = app
        .request(Method::GET, "/api/v1/me", None)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers()["www-authenticate"],
        "Bearer realm=\"procura\""
    );
    expect_problem(res, 401, "missing_token").await;
    let res = app
        .request(Method::GET, "/api/v1/me", None)
        .header("Authorization", "Basic YWRtaW46YWRtaW4=")
        .send()
        .await
        .unwrap();
    expect_problem(res, 401, "missing_token").await;
    expect_problem(app.get("/api/v1/me", "garbage").await, 401, "invalid_token").await;
    let forged = format!("pcr_{}", "0".repeat(64));
    expect_problem(app.get("/api/v1/me", &forged).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn tokens_expire_after_their_lifetime() {
    let app = TestApp::spawn().await;
    app.clock
        .advance(Duration::hours(12) - Duration::seconds(1));
    expect_status(app.get("/api/v1/me", &app.admin_token).await, 200).await;
    app.clock.advance(Duration::seconds(1));
    expect_problem(
        app.get("/api/v1/me", &app.admin_token).await,
        401,
        "token_expired",
    )
    .await;
}

#[tokio::test]
async fn logout_revokes_only_that_token() {
    let app = TestApp::spawn().await;
    let other = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let res = app
        .request(Method::POST, "/api/v1/auth/logout", Some(&app.admin_token))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    expect_problem(
        app.get("/api/v1/me", &app.admin_token).await,
        401,
        "token_revoked",
    )
    .await;
    expect_status(app.get("/api/v1/me", &other).await, 200).await;
}

#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while() {
    let app = TestApp::spawn().await;
    for _ in 0..5 {
        expect_problem(
            app.try_login(ADMIN_EMAIL, "wrong-password").await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    let res = app.try_login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let retry_after: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after > 0 && retry_after <= 15 * 60, "{retry_after}");
    expect_problem(res, 429, "too_many_requests").await;

    app.clock.advance(Duration::minutes(15));
    expect_status(app.try_login(ADMIN_EMAIL, ADMIN_PASSWORD).await, 200).await;
}

#[tokio::test]
async fn one_address_cannot_spray_many_accounts() {
    let app = TestApp::spawn().await;
    // 30 attempts per 5 minutes per client address, whatever the account.
    let mut limited = false;
    for i in 0..31 {
        let res = app
            .try_login(&format!("user{i}@example.com"), "wrong-password")
            .await;
        if res.status() == 429 {
            limited = true;
            break;
        }
    }
    assert!(
        limited,
        "the 31st attempt from one address should be refused"
    );
}

#[tokio::test]
async fn disabling_a_user_ends_their_sessions_and_sign_in() {
    let app = TestApp::spawn().await;
    let (user, token) = app.user_with(&["employee"], None).await;
    let path = format!("/api/v1/users/{}", user["id"].as_str().unwrap());
    expect_status(
        app.patch(&path, &app.admin_token, &json!({"active": false}), None)
            .await,
        200,
    )
    .await;
    expect_problem(app.get("/api/v1/me", &token).await, 401, "token_revoked").await;
    let email = user["email"].as_str().unwrap();
    expect_problem(
        app.try_login(email, PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
}

#[tokio::test]
async fn changing_a_password_ends_old_sessions() {
    let app = TestApp::spawn().await;
    let (user, token) = app.user_with(&["employee"], None).await;
    let path = format!("/api/v1/users/{}", user["id"].as_str().unwrap());
    let body = json!({"password": "a-brand-new-password"});
    expect_status(app.patch(&path, &app.admin_token, &body, None).await, 200).await;
    expect_problem(app.get("/api/v1/me", &token).await, 401, "token_revoked").await;
    let email = user["email"].as_str().unwrap();
    app.login(email, "a-brand-new-password").await;
}
