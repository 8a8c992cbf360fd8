//! What a browser sees when something is not there: a page for a path
//! nobody serves, an application it may not see, a malformed filter.

use crate::app_fixtures::{body, create, id, org};
use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn browsers_get_pages_for_what_is_not_there_and_the_api_keeps_problem_json() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let org = org(&app).await;
    let browser = Browser::with_session(&app, &org.ops_head.1).await;
    let page = browser
        .http
        .get(format!("{}/nowhere", app.base))
        .header("accept", "text/html,application/xhtml+xml")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
    assert!(page.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(page.text().await.unwrap().contains("Not found"));
    let api = browser
        .http
        .get(format!("{}/api/v1/nowhere", app.base))
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 404);
    assert_eq!(api.headers()["content-type"], "application/problem+json");

    // Someone else's application is not there either, as in the API.
    let theirs = create(&app, &org.finance.1, &body("hardware", "1", "10")).await;
    let hidden = browser.get(&format!("/applications/{}", id(&theirs))).await;
    assert_eq!(hidden.status, 404);
    hidden.assert_has("There is no such page, or you may not see it.");
    let bad = browser.get("/applications?status=lost").await;
    assert_eq!(bad.status, 422);
}
