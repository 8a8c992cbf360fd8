//! `/admin/holidays`: an admin adds, renames and removes a holiday and
//! imports a list, checked first with every bad line named by its number;
//! nobody else may; the overdue day of what waits follows.

use crate::app_fixtures::*;
use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn an_admin_keeps_the_holiday_calendar_in_the_browser() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("consumables", "1", "50.00")).await;
    let submitted = ok(&app, &o.emp.1, &draft, "submit", None).await;
    assert_eq!(submitted["awaiting"]["overdue_on"], "2026-06-03");
    let (_, admin) = app.user_with(&["admin"], None).await;
    let web = Browser::with_session(&app, &admin).await;

    let page = web.get("/admin/holidays?year=2026").await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("No holidays are set for this year.");

    // One day by hand: a bad name is said beside its field.
    let refused = web
        .post("/admin/holidays", &[("day", "2026-06-02"), ("name", " ")])
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("id=\"name-problem\"");
    refused.assert_has("value=\"2026-06-02\"");
    let added = web
        .post(
            "/admin/holidays",
            &[("day", "2026-06-02"), ("name", "Bridge day")],
        )
        .await;
    assert_eq!(added.status, 303);
    let page = web.get("/admin/holidays?year=2026&done=added").await;
    page.assert_has("The holiday is saved.");
    page.assert_has("Bridge day");
    let seen = expect_status(
        app.get(&format!("/api/v1/applications/{}", id(&draft)), &o.emp.1)
            .await,
        200,
    )
    .await;
    assert_eq!(
        seen["awaiting"]["overdue_on"], "2026-06-04",
        "the holiday is skipped"
    );

    // A list: checked first, every bad line named with its number.
    let bad = "2026-12-25 Christmas Day\n25.12.2026 Christmas\n2026-12-25 Again\n";
    let refused = web
        .post(
            "/admin/holidays/import",
            &[("list", bad), ("action", "check")],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("Line 2: Start the line with a date such as 2026-12-25.");
    refused.assert_has("Line 3: This day is already on an earlier line.");
    refused.assert_has("aria-describedby=\"list-hint list-problem\"");
    let list = "# 2026\n2026-12-25 Christmas Day\n2026-12-26 Second day of Christmas\n";
    let checked = web
        .post(
            "/admin/holidays/import",
            &[("list", list), ("action", "check")],
        )
        .await;
    assert_eq!(checked.status, 200, "{}", checked.body);
    checked.assert_has("The list holds 2 holidays; nothing is stored until you import them:");
    let year = expect_status(app.get("/api/v1/holidays?year=2026", &admin).await, 200).await;
    assert_eq!(
        year["items"].as_array().unwrap().len(),
        1,
        "a check stores nothing"
    );
    let imported = web
        .post(
            "/admin/holidays/import",
            &[("list", list), ("action", "import")],
        )
        .await;
    assert_eq!(imported.status, 303);
    let year = expect_status(app.get("/api/v1/holidays?year=2026", &admin).await, 200).await;
    assert_eq!(year["items"].as_array().unwrap().len(), 3);

    // Removing the bridge day brings the overdue day back.
    let removed = web.post("/admin/holidays/2026-06-02/delete", &[]).await;
    assert_eq!(removed.status, 303);
    let seen = expect_status(
        app.get(&format!("/api/v1/applications/{}", id(&draft)), &o.emp.1)
            .await,
        200,
    )
    .await;
    assert_eq!(seen["awaiting"]["overdue_on"], "2026-06-03");

    // Nobody else may.
    let employee = Browser::with_session(&app, &o.emp.1).await;
    assert_eq!(employee.get("/admin/holidays").await.status, 403);
    let refused = employee
        .post(
            "/admin/holidays",
            &[("day", "2026-06-05"), ("name", "Mine")],
        )
        .await;
    assert_eq!(refused.status, 403);
}
