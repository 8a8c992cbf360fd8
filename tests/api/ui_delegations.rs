//! Delegations and "Decided by me" on the pages: naming a delegate from the
//! people directory (with every problem beside its field), the delegate's
//! view of whom they stand in for, ending one, and the approver's history.

use crate::app_fixtures::{body, create, id, ok, org};
use crate::helpers::*;
use crate::ui_client::Browser;

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

#[tokio::test]
async fn an_approver_names_a_delegate_who_then_sees_and_decides_for_them() {
    let app = spawn().await;
    let org = org(&app).await;
    let head = Browser::with_session(&app, &org.ops_head.1).await;
    let page = head.get("/delegations").await;
    assert_eq!(page.status, 200);
    page.assert_has("You have not named a delegate.");
    let delegate = id(&org.director.0);
    page.assert_has(&format!("<option value=\"{delegate}\">"));

    let refused = head
        .post(
            "/delegations",
            &[
                ("delegate_id", ""),
                ("starts_on", "2026-06-05"),
                ("ends_on", "2026-06-01"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("id=\"delegate_id-problem\"");
    refused.assert_has("value=\"2026-06-05\"");
    let backwards = head
        .post(
            "/delegations",
            &[
                ("delegate_id", &delegate),
                ("starts_on", "2026-06-05"),
                ("ends_on", "2026-06-01"),
            ],
        )
        .await;
    assert_eq!(backwards.status, 422);
    backwards.assert_has("id=\"ends_on-problem\"");

    let named = head
        .post(
            "/delegations",
            &[
                ("delegate_id", &delegate),
                ("starts_on", "2026-06-01"),
                ("ends_on", "2026-06-10"),
            ],
        )
        .await;
    assert_eq!(named.status, 303, "{}", named.body);
    head.get("/delegations")
        .await
        .assert_has("Test User decides for you");

    // The delegate sees whom they stand in for and what waits for them.
    let draft = create(&app, &org.emp.1, &body("hardware", "1", "100")).await;
    ok(&app, &org.emp.1, &draft, "submit", None).await;
    let director = Browser::with_session(&app, &org.director.1).await;
    director
        .get("/delegations")
        .await
        .assert_has("You decide for Test User");
    let inbox = director.get("/inbox").await;
    inbox.assert_has(&id(&draft));
    let page_path = format!("/applications/{}", id(&draft));
    director
        .get(&page_path)
        .await
        .assert_has("You decide as the delegate of Test User.");
    let decided = director
        .post(&format!("{page_path}/decide"), &[("decision", "approve")])
        .await;
    assert_eq!(decided.status, 303, "{}", decided.body);
    let mine = director.get("/decided").await;
    mine.assert_has(&page_path);
    mine.assert_has("Approved · Department head");

    // Only the approver ends it; then the delegate no longer stands in.
    let listed = expect_status(app.get("/api/v1/delegations", &org.ops_head.1).await, 200).await;
    let delegation = listed["items"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(listed["items"][0]["delegate_name"], "Test User");
    let by_delegate = director
        .post(&format!("/delegations/{delegation}/end"), &[])
        .await;
    assert_eq!(by_delegate.status, 403, "{}", by_delegate.body);
    let ended = head
        .post(&format!("/delegations/{delegation}/end"), &[])
        .await;
    assert_eq!(ended.status, 303);
    director
        .get("/delegations")
        .await
        .assert_has("Nobody has named you their delegate.");
}

#[tokio::test]
async fn employees_cannot_name_a_delegate_and_see_no_form() {
    let app = spawn().await;
    let org = org(&app).await;
    let emp = Browser::with_session(&app, &org.emp.1).await;
    let page = emp.get("/delegations").await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("name=\"delegate_id\""));
    let tried = emp
        .post(
            "/delegations",
            &[
                ("delegate_id", &id(&org.ops_head.0)),
                ("starts_on", "2026-06-01"),
                ("ends_on", "2026-06-02"),
            ],
        )
        .await;
    assert_eq!(tried.status, 403, "{}", tried.body);
    emp.get("/decided")
        .await
        .assert_has("You have not decided any application yet.");
}

#[tokio::test]
async fn a_large_directory_is_searched_and_a_refused_form_keeps_the_choice() {
    let app = spawn().await;
    let org = org(&app).await;
    for n in 0..60 {
        let email = format!("colleague{n:02}@example.com");
        app.insert_user(&email, &format!("Colleague {n:02}"), &["employee"], None)
            .await;
    }
    let ana = app
        .insert_user(
            "ana.popescu@example.com",
            "Ana Popescu",
            &["approver"],
            None,
        )
        .await;
    let ana = id(&ana);
    let head = Browser::with_session(&app, &org.ops_head.1).await;

    let everyone = head.get("/delegations").await;
    everyone.assert_has("Not everyone found fits in the list");
    everyone.assert_has("aria-describedby=\"delegate_id-more\"");
    assert!(
        everyone.body.matches("<option value=\"").count() <= 51,
        "at most 50 people and the empty choice"
    );

    // What htmx fetches while the person types is the same page, narrowed.
    let found = head.get("/delegations?q=POPESCU").await;
    found.assert_has(&format!("<option value=\"{ana}\">Ana Popescu"));
    assert!(!found.body.contains("Not everyone found fits"));
    found.assert_has("hx-select=\"#delegate-choices\"");
    found.assert_has("<input type=\"hidden\" name=\"q\" value=\"POPESCU\">");

    // A wrong date: the list is still the one searched, with Ana chosen.
    let refused = head
        .post(
            "/delegations",
            &[
                ("q", "POPESCU"),
                ("delegate_id", &ana),
                ("starts_on", "2026-06-05"),
                ("ends_on", "2026-06-01"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has(&format!("<option value=\"{ana}\" selected>"));
    refused.assert_has("id=\"ends_on-problem\"");
}
