//! The browser walk's administration part: an admin reads on the home
//! page that mail could not be delivered, sends one message again and
//! dismisses the other on the outgoing-mail page, reads the audit trail
//! narrowed to one person, keeps accounts, departments and schedules, and
//! changes the approval policy, its preview following.

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
    keep_accounts(walk, app).await;
    keep_departments(walk).await;
    schedule_budgets(walk).await;
    keep_holidays(walk).await;
    change_the_policy(walk).await;
}

/// A holiday added by hand, a list checked and imported, one removed.
async fn keep_holidays(walk: &mut Walk) {
    walk.open("/admin/holidays?year=2026", "/admin/holidays")
        .await;
    // A date field's typing is the browser's locale's: set it as a date.
    walk.client
        .execute(
            "document.querySelector('#day').value = '2026-12-31';",
            vec![],
        )
        .await
        .unwrap();
    walk.fill("#name", "Year end").await;
    walk.click(
        "form[action='/admin/holidays'] button.primary",
        "/admin/holidays",
    )
    .await;
    walk.expect("The holiday is saved.").await;
    walk.fill(
        "#list",
        "2026-12-25 Christmas Day\n2026-12-26 Second day of Christmas",
    )
    .await;
    walk.click("button[value=check]", "/admin/holidays/import")
        .await;
    walk.expect("The list holds 2 holidays").await;
    walk.look("admin-holidays").await;
    walk.click("button[value=import]", "/admin/holidays/import")
        .await;
    walk.expect("The list is imported.").await;
    walk.click(
        "form[action='/admin/holidays/2026-12-31/delete'] button",
        "/admin/holidays/{day}/delete",
    )
    .await;
    walk.expect("The holiday is removed.").await;
    assert!(!walk.page().await.contains("Year end"));
}

/// Finance from 5,000.00 instead of 1,000.00: the preview of a 2,500.00
/// hardware purchase loses its finance step before the change is saved,
/// and keeps it lost once it is.
async fn change_the_policy(walk: &mut Walk) {
    walk.open("/admin/policy", "/admin/policy").await;
    walk.expect("An application of 2,500.00 EUR for Hardware")
        .await;
    walk.expect("any finance user").await;
    walk.fill("#finance_threshold", "5000").await;
    walk.click("button[value=preview]", "/admin/policy").await;
    walk.expect("not saved yet").await;
    walk.look("admin-policy").await;
    assert!(!walk.page().await.contains("any finance user"));
    walk.click("button[value=save]", "/admin/policy").await;
    walk.expect("The approval policy is saved").await;
    walk.expect("would go to:").await;
    let saved = walk.page().await;
    assert!(saved.contains("value=\"5000.00\""), "{saved}");
    assert!(!saved.contains("any finance user"), "{saved}");
}

/// The weekly budget moved to Thursday mornings; the next runs follow.
async fn schedule_budgets(walk: &mut Walk) {
    walk.open("/admin/schedules", "/admin/schedules").await;
    walk.look("admin-schedules").await;
    walk.fill("#weekly_budget-cron", "0 8 * * Thu").await;
    walk.click(
        "form[action='/admin/schedules/weekly_budget'] button.primary",
        "/admin/schedules/{job}",
    )
    .await;
    walk.expect("Weekly budget: saved").await;
}

/// A department added under the first one, then renamed.
async fn keep_departments(walk: &mut Walk) {
    walk.open("/admin/departments", "/admin/departments").await;
    walk.look("admin-departments").await;
    walk.open("/admin/departments/new", "/admin/departments/new")
        .await;
    walk.fill("#name", "Field service").await;
    walk.fill("#code", "FIELD").await;
    walk.look("admin-department").await;
    walk.click("form.stack button.primary", "/admin/departments/new")
        .await;
    walk.expect(">Field service</a>").await;
    walk.client
        .find(Locator::LinkText("Field service"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    walk.used("GET", "/admin/departments/{id}");
    walk.expect("value=\"FIELD\"").await;
    walk.fill("#name", "Field service and repairs").await;
    walk.click("form.stack button.primary", "/admin/departments/{id}")
        .await;
    walk.expect(">Field service and repairs</a>").await;
}

/// A new account, its roles changed, a one-time password, its sessions
/// ended, disabled and enabled again.
async fn keep_accounts(walk: &mut Walk, app: &TestApp) {
    walk.open("/admin/users", "/admin/users").await;
    walk.look("admin-users").await;
    walk.open("/admin/users/new", "/admin/users/new").await;
    walk.fill("#email", "ion.rusu@example.com").await;
    walk.fill("#name", "Ion Rusu").await;
    walk.fill("#password", "first-password-9").await;
    walk.look("admin-user-new").await;
    walk.click("form.stack button.primary", "/admin/users/new")
        .await;
    walk.expect("The account is created").await;
    walk.used("GET", "/admin/users/{id}");
    walk.client
        .find(Locator::Css("input[name=roles][value=approver]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    walk.click("form.stack button.primary", "/admin/users/{id}")
        .await;
    walk.expect("The account is saved.").await;
    walk.look("admin-user").await;
    walk.fill("#new-password", "one-time-pass-7").await;
    walk.fill("#password_again", "one-time-pass-7").await;
    walk.click(
        "form[action$='/password'] button",
        "/admin/users/{id}/password",
    )
    .await;
    walk.expect("The one-time password is set").await;
    // Signed in elsewhere, then signed out everywhere from here.
    app.login("ion.rusu@example.com", "one-time-pass-7").await;
    let here = walk.path().await;
    walk.open(&here, "/admin/users/{id}").await;
    walk.click(
        "form[action$='/sessions/end'] button",
        "/admin/users/{id}/sessions/end",
    )
    .await;
    walk.expect("The account is signed out everywhere.").await;
    walk.click("form[action$='/active'] button", "/admin/users/{id}/active")
        .await;
    walk.expect("The account is disabled").await;
    walk.click("form[action$='/active'] button", "/admin/users/{id}/active")
        .await;
    walk.expect("The account is enabled again.").await;
}
