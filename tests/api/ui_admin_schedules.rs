//! The budget schedules page: each job with its next three runs, changed
//! and switched off, with a bad expression, an unknown timezone and a bad
//! address said beside their fields of that job's form.

use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn an_admin_changes_when_budgets_run() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let (_, admin) = app.user_with(&["admin"], None).await;
    let (_, finance) = app.user_with(&["finance"], None).await;
    let nobody = Browser::with_session(&app, &finance).await;
    assert_eq!(nobody.get("/admin/schedules").await.status, 403);
    let web = Browser::with_session(&app, &admin).await;
    let page = web.get("/admin/schedules").await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("action=\"/admin/schedules/weekly_budget\"");
    page.assert_has("action=\"/admin/schedules/monthly_budget\"");
    page.assert_has("Next runs, in UTC time:");

    let bad = [
        ("cron", "every wednesday"),
        ("timezone", "Mars/Olympus"),
        ("recipients", "finance@example.com\nnot an address"),
        ("enabled", "1"),
    ];
    let refused = web.post("/admin/schedules/weekly_budget", &bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for field in ["cron", "timezone", "recipients"] {
        refused.assert_has(&format!(
            "aria-describedby=\"weekly_budget-{field}-problem\""
        ));
    }
    refused.assert_has("value=\"every wednesday\"");
    assert!(
        !refused.body.contains("monthly_budget-cron-problem"),
        "only the job sent"
    );

    // Thursdays at 08:00 in Chisinau, to two addresses: the next runs
    // follow, shown in the pages' timezone (UTC here: 05:00 in summer).
    let good = [
        ("cron", "0 8 * * Thu"),
        ("timezone", "Europe/Chisinau"),
        ("recipients", "a@example.com\n\nb@example.com\n"),
        ("enabled", "1"),
    ];
    let saved = web.post("/admin/schedules/weekly_budget", &good).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), "/admin/schedules?saved=weekly_budget");
    let after = web.get(saved.location()).await;
    after.assert_has("Weekly budget: saved");
    after.assert_has("4 June 2026, 05:00");
    let api = expect_status(app.get("/api/v1/schedules", &admin).await, 200).await;
    let weekly = api["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["job"] == "weekly_budget")
        .unwrap()
        .clone();
    assert_eq!(weekly["cron"], "0 8 * * Thu");
    assert_eq!(
        weekly["recipients"],
        serde_json::json!(["a@example.com", "b@example.com"])
    );

    // Switched off: no next run.
    let off = [
        ("cron", "0 8 * * Thu"),
        ("timezone", "Europe/Chisinau"),
        ("recipients", ""),
    ];
    assert_eq!(
        web.post("/admin/schedules/weekly_budget", &off)
            .await
            .status,
        303
    );
    web.get("/admin/schedules")
        .await
        .assert_has("Switched off: it does not run.");
}
