//! The application form's htmx improvements over HTTP: a field checked as
//! it is left (`action=check`: the page as submitting would refuse it,
//! answered 200 so htmx swaps the field in, nothing stored), lines added
//! and removed in place with the cursor in a new line, and the running
//! total told the page language's signs. Without JavaScript the same
//! buttons post the whole form (`ui_pages.rs`).

use crate::app_fixtures::org;
use crate::helpers::*;
use crate::ui_client::Browser;

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

/// The rest of the opening tag of the element with `id`.
fn opening_tag<'a>(body: &'a str, id: &str) -> &'a str {
    body.split(&format!("id=\"{id}\""))
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .unwrap_or_default()
}

#[tokio::test]
async fn leaving_a_field_checks_it_without_storing_anything() {
    let app = spawn().await;
    let org = org(&app).await;
    let emp = Browser::with_session(&app, &org.emp.1).await;
    let form = emp.get("/applications/new").await;
    form.assert_has("hx-target=\"#title-check\" hx-select=\"#title-check\"");
    form.assert_has("<div id=\"line-0-quantity-check\" data-check-for=\"line-0-quantity\"></div>");

    let checked = emp
        .post(
            "/applications/new",
            &[
                ("title", ""),
                ("lines[0].description", "Mouse"),
                ("lines[0].category", "hardware"),
                ("lines[0].quantity", "0"),
                ("lines[0].unit_price", "12,5x"),
                ("action", "check"),
            ],
        )
        .await;
    assert_eq!(checked.status, 200, "{}", checked.body);
    // The format problem is found first, beside its field...
    checked.assert_has("id=\"line-0-unit_price-problem\"");
    checked.assert_has("value=\"12,5x\"");
    // ...and once the formats are right, everything submitting would say.
    let complete = emp
        .post(
            "/applications/new",
            &[
                ("title", ""),
                ("lines[0].description", "Mouse"),
                ("lines[0].category", "hardware"),
                ("lines[0].quantity", "0"),
                ("lines[0].unit_price", "12.50"),
                ("action", "check"),
            ],
        )
        .await;
    assert_eq!(complete.status, 200);
    for id in [
        "title-problem",
        "justification-problem",
        "needed_by-problem",
        "line-0-quantity-problem",
    ] {
        complete.assert_has(&format!("id=\"{id}\""));
    }
    assert!(!complete.body.contains("id=\"line-0-unit_price-problem\""));

    // A row left empty above keeps the page's numbering, so the field
    // swapped in is the one that was left.
    let below_a_blank = emp
        .post(
            "/applications/new",
            &[
                ("lines[0].description", ""),
                ("lines[0].category", "hardware"),
                ("lines[1].description", "Dock"),
                ("lines[1].category", "hardware"),
                ("lines[1].quantity", "0"),
                ("lines[1].unit_price", "30"),
                ("action", "check"),
            ],
        )
        .await;
    below_a_blank.assert_has("id=\"line-1-quantity-problem\"");
    // The empty row is left out of the check, as a save leaves it out.
    assert!(!below_a_blank
        .body
        .contains("id=\"line-0-description-problem\""));

    let list = expect_status(
        app.get("/api/v1/applications?mine=true", &org.emp.1).await,
        200,
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0, "nothing stored");
}

#[tokio::test]
async fn a_line_added_in_place_takes_the_cursor_and_the_total_reads_the_language() {
    let app = spawn().await;
    let org = org(&app).await;
    let emp = Browser::with_session(&app, &org.emp.1).await;
    let added = emp
        .post(
            "/applications/new",
            &[
                ("title", "Docks"),
                ("lines[0].description", "Dock"),
                ("lines[0].quantity", "2"),
                ("lines[0].unit_price", "10"),
                ("action", "add-line"),
            ],
        )
        .await;
    assert_eq!(added.status, 200);
    added.assert_has("id=\"lines-region\"");
    added.assert_has("hx-target=\"#lines-region\" hx-select=\"#lines-region\"");
    let new_line = opening_tag(&added.body, "line-1-description");
    assert!(new_line.contains("autofocus"), "{new_line}");
    let old_line = opening_tag(&added.body, "line-0-description");
    assert!(!old_line.contains("autofocus"), "{old_line}");
    added.assert_has("data-decimal=\".\" data-group=\",\"");

    let patch = serde_json::json!({"locale": "ro"});
    expect_status(app.patch("/api/v1/me", &org.emp.1, &patch, None).await, 200).await;
    let ro = emp.get("/applications/new").await;
    ro.assert_has("data-decimal=\",\" data-group=\"\u{a0}\"");
}
