//! Sign-in, tokens, sign-out and brute-force limits.

use chrono::Duration;
use reqwest::Method;
use serde_json::json;

use crate::contract::Checked;
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
    let res = app.request(Method::GET, "/api/v1/me", None).checked().await;
    assert_eq!(
        res.headers()["www-authenticate"],
        "Bearer realm=\"procura\""
    );
    expect_problem(res, 401, "missing_token").await;
    let res = app
        .request(Method::GET, "/api/v1/me", None)
        .header("Authorization", "Basic YWRtaW46YWRtaW4=")
        .checked()
        .await;
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
        .checked()
        .await;
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
    // 50 failures per 15 minutes per client address, whatever the account.
    for i in 0..50 {
        let res = app
            .try_login(&format!("user{i}@example.com"), "wrong-password")
            .await;
        assert_eq!(res.status(), 401, "attempt {i}");
    }
    let res = app
        .try_login("user-next@example.com", "wrong-password")
        .await;
    expect_problem(res, 429, "too_many_requests").await;
}

/// A sign-in from `client`, as a trusted proxy on loopback forwards it.
async fn login_via_proxy(app: &TestApp, client: &str, email: &str, password: &str) -> u16 {
    app.request(reqwest::Method::POST, "/api/v1/auth/login", None)
        .header("X-Forwarded-For", format!("198.18.0.1, {client}"))
        .json(&json!({"email": email, "password": password}))
        .checked()
        .await
        .status()
        .as_u16()
}

#[tokio::test]
async fn strangers_cannot_lock_the_owner_out() {
    let app = TestApp::spawn_with(&[("PROCURA_TRUSTED_PROXIES", "127.0.0.1")]).await;
    // 40 strangers, 5 wrong guesses each: every pair ends throttled.
    for n in 1..=40 {
        let stranger = format!("203.0.113.{n}");
        for _ in 0..5 {
            let status = login_via_proxy(&app, &stranger, ADMIN_EMAIL, "guess").await;
            assert!(matches!(status, 401 | 429), "{status}");
        }
        let status = login_via_proxy(&app, &stranger, ADMIN_EMAIL, "guess").await;
        assert_eq!(status, 429, "stranger {n} is throttled on this account");
    }
    // The owner, from a client that never failed, gets straight in.
    let owner = login_via_proxy(&app, "192.0.2.10", ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(owner, 200, "the owner is not locked out by strangers");
    // A stranger who failed waits the account's delay even with the right password.
    let late = login_via_proxy(&app, "203.0.113.1", ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(late, 429);
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

#[tokio::test]
async fn a_user_changes_their_own_password_and_other_sessions_end() {
    let app = TestApp::spawn().await;
    let (user, token) = app.user_with(&["employee"], None).await;
    let email = user["email"].as_str().unwrap();
    let other = app.login(email, PASSWORD).await;
    let change =
        |current: &str, new: &str| json!({"current_password": current, "new_password": new});

    let wrong = app
        .post(
            "/api/v1/me/password",
            &token,
            &change("not-my-password", "a-new-password-1"),
        )
        .await;
    let p = expect_problem(wrong, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "current_password");
    assert_eq!(p["errors"][0]["code"], "wrong_password");
    let short = app
        .post("/api/v1/me/password", &token, &change(PASSWORD, "short"))
        .await;
    let p = expect_problem(short, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "new_password");

    let done = app
        .post(
            "/api/v1/me/password",
            &token,
            &change(PASSWORD, "a-new-password-1"),
        )
        .await;
    assert_eq!(done.status(), 204);
    expect_status(app.get("/api/v1/me", &token).await, 200).await;
    expect_problem(app.get("/api/v1/me", &other).await, 401, "token_revoked").await;
    expect_problem(
        app.try_login(email, PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    app.login(email, "a-new-password-1").await;
}

#[tokio::test]
async fn guessing_the_current_password_is_throttled_like_a_sign_in() {
    let app = TestApp::spawn().await;
    let (_, token) = app.user_with(&["employee"], None).await;
    let body = json!({"current_password": "guess-guess", "new_password": "a-new-password-1"});
    for _ in 0..5 {
        let res = app.post("/api/v1/me/password", &token, &body).await;
        expect_problem(res, 422, "validation_failed").await;
    }
    let res = app.post("/api/v1/me/password", &token, &body).await;
    expect_problem(res, 429, "too_many_requests").await;
}

#[tokio::test]
async fn a_burst_of_parallel_guesses_gets_no_more_checks_than_the_limit() {
    let app = TestApp::spawn().await;
    let guesses = (0..20).map(|_| app.try_login(ADMIN_EMAIL, "wrong-password"));
    let statuses: Vec<u16> = futures_util::future::join_all(guesses)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    let checked = statuses.iter().filter(|s| **s == 401).count();
    assert_eq!(checked, 5, "{statuses:?}");
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        15,
        "{statuses:?}"
    );
}
