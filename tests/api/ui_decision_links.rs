//! Deciding from the email: each approver's "approval needed" mail carries
//! a link of their own that opens the application without signing in,
//! never acts on GET, decides once by POST (recorded "via email link" with
//! the client address), and afterwards says what became of the step.

use chrono::Duration;
use serde_json::{json, Value};

use crate::app_fixtures::{body, create, id, ok, org, Org};
use crate::helpers::*;
use crate::ui_client::Browser;

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

/// The decision link path in the newest "approval needed" mail to `user`.
async fn link_for(app: &TestApp, user: &Value) -> String {
    let email = user["email"].as_str().unwrap();
    let mail = app.queued_mail().await;
    let needed = mail
        .iter()
        .rev()
        .find(|m| m.kind == "application_submitted" && m.recipients.contains(email))
        .unwrap_or_else(|| panic!("no approval mail to {email}"));
    let at = needed
        .body_text
        .find("/decide/")
        .unwrap_or_else(|| panic!("no decision link in:\n{}", needed.body_text));
    let rest = &needed.body_text[at..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..end].to_owned()
}

/// A submitted application of the employee, waiting for their head.
async fn submitted(app: &TestApp, org: &Org) -> Value {
    let draft = create(app, &org.emp.1, &body("hardware", "2", "500")).await;
    ok(app, &org.emp.1, &draft, "submit", None).await
}

async fn view(app: &TestApp, token: &str, application: &Value) -> Value {
    let path = format!("/api/v1/applications/{}", id(application));
    expect_status(app.get(&path, token).await, 200).await
}

#[tokio::test]
async fn the_link_shows_the_buttons_without_sign_in_and_decides_once() {
    let app = spawn().await;
    let org = org(&app).await;
    let application = submitted(&app, &org).await;
    let link = link_for(&app, &org.ops_head.0).await;
    let anyone = Browser::new(&app);

    // Opening it (twice, as a mail scanner would) changes nothing.
    for _ in 0..2 {
        let page = anyone.get(&link).await;
        assert_eq!(page.status, 200, "{}", page.body);
        page.assert_has(&format!("action=\"{link}\""));
        page.assert_has("through the link in your approval email");
        page.assert_has("value=\"reject\"");
    }
    assert_eq!(view(&app, &org.emp.1, &application).await["version"], 2);

    // A post from another site is refused and decides nothing.
    let forged = anyone
        .post_raw(&link, &[("decision", "approve")], Some("cross-site"))
        .await;
    assert_eq!(forged.status, 403, "{}", forged.body);
    // A refused decision leaves the link usable, with the problem shown.
    let bare = anyone
        .post_raw(&link, &[("decision", "return")], Some("same-origin"))
        .await;
    assert_eq!(bare.status, 422, "{}", bare.body);
    bare.assert_has("id=\"comment-problem\"");
    assert_eq!(anyone.get(&link).await.status, 200);

    let fields = [("decision", "approve"), ("comment", "Fine by me")];
    let approved = anyone.post_raw(&link, &fields, Some("same-origin")).await;
    assert_eq!(approved.status, 303, "{}", approved.body);
    assert_eq!(approved.location(), link);
    let after = anyone.get(&link).await;
    assert_eq!(after.status, 410, "{}", after.body);
    after.assert_has("This link has been used");
    after.assert_has(org.ops_head.0["name"].as_str().unwrap());

    // A second use decides nothing more.
    let again = anyone.post_raw(&link, &fields, Some("same-origin")).await;
    assert_eq!(again.status, 303);
    let now = view(&app, &org.emp.1, &application).await;
    let decisions: Vec<&Value> = now["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "approve")
        .collect();
    assert_eq!(decisions.len(), 1, "{now}");
    assert_eq!(decisions[0]["via"], "email_link", "{now}");
    assert_eq!(decisions[0]["actor_id"], org.ops_head.0["id"], "{now}");
    assert_eq!(decisions[0]["comment"], "Fine by me", "{now}");
    assert_eq!(now["awaiting"]["kind"], "it_head", "{now}");

    // The audit trail keeps where the click came from.
    let audit = expect_status(
        app.get(
            &format!(
                "/api/v1/audit?entity=application&entity_id={}",
                id(&application)
            ),
            &app.admin_token,
        )
        .await,
        200,
    )
    .await;
    let entry = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "application.approve")
        .unwrap_or_else(|| panic!("{audit}"));
    assert_eq!(entry["summary"]["via"], "email_link", "{entry}");
    assert_eq!(entry["summary"]["client"], "127.0.0.1", "{entry}");
}

#[tokio::test]
async fn a_step_decided_elsewhere_or_left_too_long_says_so() {
    let app = spawn().await;
    let org = org(&app).await;
    let application = submitted(&app, &org).await;
    let head_link = link_for(&app, &org.ops_head.0).await;
    let anyone = Browser::new(&app);

    // Decided on the page: the head's link says so, and still decides nothing.
    let head = Browser::with_session(&app, &org.ops_head.1).await;
    let page = format!("/applications/{}/decide", id(&application));
    assert_eq!(
        head.post(&page, &[("decision", "approve")]).await.status,
        303
    );
    let superseded = anyone.get(&head_link).await;
    assert_eq!(superseded.status, 410, "{}", superseded.body);
    superseded.assert_has("This step has already been decided");
    let late = anyone
        .post_raw(
            &head_link,
            &[("decision", "reject"), ("comment", "no")],
            Some("same-origin"),
        )
        .await;
    assert_eq!(late.status, 303);
    assert_eq!(
        view(&app, &org.emp.1, &application).await["status"],
        "submitted"
    );

    // The next approver's link, unused for more than a week, has expired.
    let it_link = link_for(&app, &org.it_head.0).await;
    app.clock.advance(Duration::days(7) + Duration::minutes(1));
    let expired = anyone.get(&it_link).await;
    assert_eq!(expired.status, 410, "{}", expired.body);
    expired.assert_has("This link has expired");
    expired.assert_has(&format!("href=\"/applications/{}\"", id(&application)));
    let refused = anyone
        .post_raw(&it_link, &[("decision", "approve")], Some("same-origin"))
        .await;
    assert_eq!(refused.status, 303);
    // (The employee's session ran out in that week too.)
    let emp = app
        .login(org.emp.0["email"].as_str().unwrap(), PASSWORD)
        .await;
    assert_eq!(
        view(&app, &emp, &application).await["awaiting"]["kind"],
        "it_head"
    );

    // A token nobody issued is not found.
    let unknown = anyone.get("/decide/pdl_0123456789abcdef").await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn each_decider_gets_a_link_of_their_own_and_a_race_on_one_decides_once() {
    let app = spawn().await;
    let org = org(&app).await;
    // The head names a delegate: both are told, each with their own link.
    let deputy = app.user_with(&["approver"], Some(&org.ops)).await;
    let today = app.clock_now().date_naive();
    let delegation = json!({"delegate_id": deputy.0["id"], "starts_on": today,
        "ends_on": today + Duration::days(5)});
    expect_status(
        app.post("/api/v1/delegations", &org.ops_head.1, &delegation)
            .await,
        201,
    )
    .await;
    let application = submitted(&app, &org).await;
    let head_link = link_for(&app, &org.ops_head.0).await;
    let delegate_link = link_for(&app, &deputy.0).await;
    assert_ne!(head_link, delegate_link);
    let delegate_page = Browser::new(&app).get(&delegate_link).await;
    delegate_page.assert_has("You decide as the delegate of");

    // The same link posted twice at once: one decision, one "used".
    let (a, b) = (Browser::new(&app), Browser::new(&app));
    let fields = [("decision", "approve")];
    let (first, second) = tokio::join!(
        a.post_raw(&head_link, &fields, Some("same-origin")),
        b.post_raw(&head_link, &fields, Some("same-origin")),
    );
    assert_eq!((first.status.as_u16(), second.status.as_u16()), (303, 303));
    let now = view(&app, &org.emp.1, &application).await;
    let approvals = now["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "approve")
        .count();
    assert_eq!(approvals, 1, "{now}");
    // The delegate's link was for the step now decided.
    let gone = Browser::new(&app).get(&delegate_link).await;
    assert_eq!(gone.status, 410, "{}", gone.body);
    gone.assert_has("This step has already been decided");
}
