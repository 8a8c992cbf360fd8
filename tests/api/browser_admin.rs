//! The browser walk's administration part: an admin reads on the home
//! page that mail could not be delivered, sends one message again and
//! dismisses the other on the outgoing-mail page, and reads the audit
//! trail narrowed to one person.

use fantoccini::Locator;
use serde_json::json;

use super::Walk;
use crate::helpers::*;

pub(super) async fn administer(walk: &mut Walk, app: &TestApp) {
    let boot = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let admin = "ada.admin@example.com";
    let user =
        json!({"email": admin, "name": "Ada Admin", "roles": ["admin"], "password": PASSWORD});
    expect_status(app.post("/api/v1/users", &boot, &user).await, 201).await;
    for bounce in ["gone1@example.com", "gone2@example.com"] {
        app.smtp.refuse(bounce, "550 no such user");
        let user =
            json!({"email": bounce, "name": "Gone", "roles": ["employee"], "password": PASSWORD});
        expect_status(app.post("/api/v1/users", &boot, &user).await, 201).await;
    }
    app.deliver_mail().await;
    walk.sign_out().await;
    walk.sign_in(admin).await;
    walk.expect("Mail that could not be delivered").await;
    walk.open("/admin", "/admin").await;
    walk.look("admin").await;
    walk.open("/admin/notifications", "/admin/notifications")
        .await;
    walk.expect("gone1@example.com").await;
    walk.look("admin-notifications").await;
    walk.click(
        "form[action$='/retry'] button",
        "/admin/notifications/{id}/retry",
    )
    .await;
    walk.expect("The message is queued again").await;
    walk.click(
        "form[action$='/dismiss'] button",
        "/admin/notifications/{id}/dismiss",
    )
    .await;
    walk.expect("The message was dismissed").await;

    walk.open("/admin/audit", "/admin/audit").await;
    walk.look("admin-audit").await;
    walk.client
        .find(Locator::Css("table a[href*='actor_id=']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    walk.expect("notification.dismissed").await;
    let page = walk.page().await;
    assert!(!page.contains("user.created"), "only Ada's entries: {page}");
}
