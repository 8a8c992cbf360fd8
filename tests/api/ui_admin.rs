//! The administration pages: the hub, outgoing mail (a failed message
//! with its error, sent again or dismissed) and the audit trail (newest
//! first, narrowed to a person, an entity and days), and the admin's home
//! page naming the mail that could not be delivered.

use serde_json::json;

use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn failed_mail_is_shown_sent_again_and_dismissed() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let (_, admin) = app.user_with(&["admin"], None).await;
    for n in 0..2 {
        let email = format!("new{n}@example.com");
        app.smtp.refuse(&email, "550 no such user");
        let user = json!({"email": email, "name": format!("New {n}"), "roles": ["employee"], "password": "a-long-password-1"});
        expect_status(app.post("/api/v1/users", &admin, &user).await, 201).await;
    }
    let report = app.deliver_mail().await;
    assert_eq!(report.failed, 2, "{report:?}");
    let mut ids: Vec<String> = app.queued_mail().await.into_iter().map(|m| m.id).collect();
    ids.sort();

    let (_, employee) = app.user_with(&["employee"], None).await;
    let nobody = Browser::with_session(&app, &employee).await;
    assert_eq!(nobody.get("/admin/notifications").await.status, 403);
    assert!(!nobody.get("/").await.body.contains("href=\"/admin\""));

    let web = Browser::with_session(&app, &admin).await;
    let home = web.get("/").await;
    home.assert_has("Mail that could not be delivered");
    home.assert_has("2 messages could not be delivered.");
    let hub = web.get("/admin").await;
    assert_eq!(hub.status, 200, "{}", hub.body);
    let page = web.get("/admin/notifications").await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("new0@example.com");
    page.assert_has("<code class=\"error\">");
    let retried = web
        .post(&format!("/admin/notifications/{}/retry", ids[0]), &[])
        .await;
    assert_eq!(retried.status, 303, "{}", retried.body);
    assert_eq!(retried.location(), "/admin/notifications?done=retried");
    web.get(retried.location())
        .await
        .assert_has("The message is queued again");
    let dismissed = web
        .post(&format!("/admin/notifications/{}/dismiss", ids[1]), &[])
        .await;
    assert_eq!(dismissed.status, 303, "{}", dismissed.body);
    // Dismissed twice: it is gone, said at the top.
    let again = web
        .post(&format!("/admin/notifications/{}/dismiss", ids[1]), &[])
        .await;
    assert_eq!(again.status, 404, "{}", again.body);
    let pending = web.get("/admin/notifications?status=pending").await;
    assert_eq!(pending.status, 200, "{}", pending.body);
}

#[tokio::test]
async fn the_audit_trail_is_newest_first_and_narrows() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let (admin_user, admin) = app.user_with(&["admin"], None).await;
    for name in ["Finance", "Legal"] {
        let dept = json!({"name": name, "code": name.to_uppercase()});
        expect_status(app.post("/api/v1/departments", &admin, &dept).await, 201).await;
    }
    // The API: newest first, and bounded by moments.
    let newest = expect_status(
        app.get("/api/v1/audit?entity=department&order=newest", &admin)
            .await,
        200,
    )
    .await;
    let names: Vec<&str> = newest["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["summary"]["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["Legal", "Finance"]);
    let later = expect_status(
        app.get("/api/v1/audit?since=2030-01-01T00:00:00Z", &admin)
            .await,
        200,
    )
    .await;
    assert!(later["items"].as_array().unwrap().is_empty(), "{later}");

    let web = Browser::with_session(&app, &admin).await;
    let page = web.get("/admin/audit?entity=department").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let (legal, finance) = (
        page.body.find("Legal").unwrap(),
        page.body.find("Finance").unwrap(),
    );
    assert!(legal < finance, "newest first: {}", page.body);
    let admin_id = admin_user["id"].as_str().unwrap();
    page.assert_has(&format!(
        "href=\"/admin/audit?entity=department&#38;actor_id={admin_id}\""
    ));
    let today = app.clock_now().date_naive();
    let days = web
        .get(&format!(
            "/admin/audit?from={today}&to={today}&entity=department"
        ))
        .await;
    days.assert_has("Legal");
    let before = web
        .get(&format!("/admin/audit?to={}", today.pred_opt().unwrap()))
        .await;
    before.assert_has("No entry matches.");
    let bad = web.get("/admin/audit?from=2026-06-02&to=2026-06-01").await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    bad.assert_has("aria-describedby=\"to-problem\"");
    let (_, employee) = app.user_with(&["employee"], None).await;
    let nobody = Browser::with_session(&app, &employee).await;
    assert_eq!(nobody.get("/admin/audit").await.status, 403);
}
