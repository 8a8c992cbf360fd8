//! A form sent after its session ended keeps what was typed: the sign-in
//! page carries it, and after signing in one button sends it on under the
//! new session — never a password form, never from another site.

use crate::app_fixtures::{id, org};
use crate::helpers::*;
use crate::ui_client::Browser;

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}

#[tokio::test]
async fn a_form_sent_after_the_session_ended_is_sent_on_after_signing_in() {
    let app = spawn().await;
    let org = org(&app).await;
    let email = org.emp.0["email"].as_str().unwrap().to_owned();
    let justification = "Two docks\nfor the \"new\" desks & <b>bold</b> ones";
    let typed = [
        ("csrf", "the-old-sessions-token"),
        ("title", "Docks"),
        ("justification", justification),
        ("lines[0].description", "USB-C dock"),
        ("lines[0].category", "hardware"),
        ("lines[0].quantity", "2"),
        ("lines[0].unit_price", "80"),
        ("action", "save"),
    ];
    // The session is gone (no cookie left): the post lands on sign-in.
    let browser = Browser::new(&app);
    let kept = browser
        .post_raw("/applications/new", &typed, Some("same-origin"))
        .await;
    assert_eq!(kept.status, 401, "{}", kept.body);
    kept.assert_has("Your session ended before the form was sent.");
    assert!(
        !kept.body.contains("?lang="),
        "no switcher to drop the form"
    );
    let hidden = kept.hidden_fields();
    let value = |name: &str| {
        hidden
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(value("resume_action").as_deref(), Some("/applications/new"));
    assert_eq!(
        value("resume:justification").as_deref(),
        Some(justification)
    );
    assert_eq!(value("resume:csrf"), None, "the old token is not kept");
    assert!(!kept.body.contains("<b>bold</b>"), "kept text is escaped");

    // A wrong password keeps it still.
    let mut sign_in = hidden.clone();
    sign_in.push(("email".to_owned(), email.clone()));
    sign_in.push(("password".to_owned(), "wrong-password".to_owned()));
    let wrong = browser
        .post_raw("/sign-in", &pairs(&sign_in), Some("same-origin"))
        .await;
    assert_eq!(wrong.status, 401);
    let hidden = wrong.hidden_fields();
    assert!(hidden.iter().any(|(n, _)| n == "resume:title"));

    let mut sign_in = hidden.clone();
    sign_in.push(("email".to_owned(), email.clone()));
    sign_in.push(("password".to_owned(), PASSWORD.to_owned()));
    let resumed = browser
        .post_raw("/sign-in", &pairs(&sign_in), Some("same-origin"))
        .await;
    assert_eq!(resumed.status, 200, "{}", resumed.body);
    resumed.assert_has("<form method=\"post\" action=\"/applications/new\"");
    resumed.assert_has("Send the form");
    let send = resumed.hidden_fields();
    assert!(send
        .iter()
        .any(|(n, v)| n == "csrf" && v != "the-old-sessions-token"));

    let sent = browser
        .post_raw("/applications/new", &pairs(&send), Some("same-origin"))
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let token = app.session_for(&id(&org.emp.0)).await;
    let mine = expect_status(app.get("/api/v1/applications?mine=true", &token).await, 200).await;
    let stored = &mine["items"][0];
    assert_eq!(stored["title"], "Docks");
    let full = expect_status(
        app.get(&format!("/api/v1/applications/{}", id(stored)), &token)
            .await,
        200,
    )
    .await;
    assert_eq!(
        full["justification"]
            .as_str()
            .unwrap()
            .replace("\r\n", "\n"),
        justification
    );
    assert_eq!(full["lines"][0]["quantity"], "2");
}

#[tokio::test]
async fn passwords_and_other_sites_are_not_kept() {
    let app = spawn().await;
    let browser = Browser::new(&app);
    let password = [
        ("csrf", "x"),
        ("current_password", PASSWORD),
        ("new_password", "another-password-9"),
        ("confirm_password", "another-password-9"),
    ];
    let plain = browser
        .post_raw("/me/password", &password, Some("same-origin"))
        .await;
    assert_eq!(plain.status, 303, "to sign-in, keeping nothing");
    assert!(
        plain.location().starts_with("/sign-in"),
        "{}",
        plain.location()
    );

    let elsewhere = browser
        .post_raw("/applications/new", &[("title", "x")], Some("cross-site"))
        .await;
    assert_eq!(elsewhere.status, 403);
}
