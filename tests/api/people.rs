//! People as others see them: what a delegate is told (named, with what
//! already waits for the approver, and ended early; a warning when they
//! hold no approver role), the people directory, and names beside ids in
//! applications.

use reqwest::Method;
use serde_json::json;

use crate::app_fixtures::{body, create, ok, org};
use crate::contract::Checked;
use crate::helpers::*;

#[tokio::test]
async fn a_delegate_is_told_when_named_and_when_it_ends() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    // Something already waits for the head before the delegation.
    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    let (deputy, _) = app.user_with(&["employee"], Some(&o.ops)).await;
    let delegation =
        json!({"delegate_id": deputy["id"], "starts_on": "2026-06-01", "ends_on": "2026-06-10"});
    let made = expect_status(
        app.post("/api/v1/delegations", &o.ops_head.1, &delegation)
            .await,
        201,
    )
    .await;
    // An employee may stand in, but the head is told it may surprise.
    let warnings = made["warnings"].as_array().expect("a warning");
    assert!(
        warnings[0].as_str().unwrap().contains("no approver"),
        "{made}"
    );
    let named = app
        .queued_mail()
        .await
        .into_iter()
        .find(|r| r.kind == "delegation_named")
        .expect("the delegate is told");
    assert!(named.recipients.contains(deputy["email"].as_str().unwrap()));
    assert!(
        named.body_text.contains("from 1 June 2026 to 10 June 2026"),
        "{}",
        named.body_text
    );
    assert!(
        named.body_text.contains("Already waiting for"),
        "{}",
        named.body_text
    );
    assert!(
        named.body_text.contains(draft["id"].as_str().unwrap()),
        "{}",
        named.body_text
    );

    let path = format!("/api/v1/delegations/{}", made["id"].as_str().unwrap());
    let res = app
        .request(Method::DELETE, &path, Some(&o.ops_head.1))
        .checked()
        .await;
    assert_eq!(res.status(), 204);
    let ended = app
        .queued_mail()
        .await
        .into_iter()
        .find(|r| r.kind == "delegation_ended")
        .expect("told it ended");
    assert!(ended.recipients.contains(deputy["email"].as_str().unwrap()));
    // An approver as delegate gets no warning.
    let (approver, _) = app.user_with(&["approver"], Some(&o.ops)).await;
    let delegation =
        json!({"delegate_id": approver["id"], "starts_on": "2026-06-01", "ends_on": "2026-06-02"});
    let made = expect_status(
        app.post("/api/v1/delegations", &o.ops_head.1, &delegation)
            .await,
        201,
    )
    .await;
    assert!(made.get("warnings").is_none(), "{made}");
}

/// Every signed-in user finds a colleague to name as delegate by name,
/// with their department, without the admin's view of accounts.
#[tokio::test]
async fn the_people_directory_is_open_to_every_signed_in_user() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let found = expect_status(app.get("/api/v1/people?q=TEST%20user", &o.emp.1).await, 200).await;
    let people = found["items"].as_array().unwrap();
    assert!(!people.is_empty());
    let head = people
        .iter()
        .find(|p| p["id"] == o.ops_head.0["id"])
        .expect("the head is listed");
    assert_eq!(head["email"], o.ops_head.0["email"]);
    assert!(head["department_name"].is_string(), "{head}");
    assert!(
        head.get("roles").is_none(),
        "no roles in the directory: {head}"
    );
    let none = expect_status(
        app.get("/api/v1/people?q=nobody-at-all", &o.emp.1).await,
        200,
    )
    .await;
    assert!(none["items"].as_array().unwrap().is_empty());
}

/// An approver's list and the application name people beside their ids.
#[tokio::test]
async fn applications_name_the_people_and_departments_beside_their_ids() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    let submitted = ok(&app, &o.emp.1, &draft, "submit", None).await;
    assert_eq!(submitted["requester_name"], o.emp.0["name"]);
    assert_eq!(submitted["awaiting"]["approver_name"], o.ops_head.0["name"]);
    assert_eq!(submitted["history"][0]["actor_name"], o.emp.0["name"]);
    let list = expect_status(
        app.get("/api/v1/applications?awaiting=me", &o.ops_head.1)
            .await,
        200,
    )
    .await;
    let row = &list["items"][0];
    assert_eq!(row["requester_name"], o.emp.0["name"]);
    assert_eq!(row["department_code"], "OPS");
    assert!(row["department_name"].is_string(), "{row}");
}

/// Applications have a short reference, sequential per year, that finds
/// them in any case and that their emails use.
#[tokio::test]
async fn applications_have_a_short_sequential_reference() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let first = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    let second = create(&app, &o.emp.1, &body("other", "1", "6")).await;
    assert_eq!(first["reference"], "A-2026-00001");
    assert_eq!(second["reference"], "A-2026-00002");
    let found = expect_status(
        app.get("/api/v1/applications?reference=a-2026-00002", &o.emp.1)
            .await,
        200,
    )
    .await;
    let items = found["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], second["id"]);
    ok(&app, &o.emp.1, &second, "submit", None).await;
    let mail = app
        .queued_mail()
        .await
        .into_iter()
        .find(|r| r.kind == "application_submitted")
        .unwrap();
    assert!(
        mail.body_text.contains("A-2026-00002"),
        "{}",
        mail.body_text
    );
}

/// While a delegation runs, the delegate's own "approval needed" mail says
/// whom they stand in for (the approver's does not); when it runs out the
/// delegate is told once, however many instances run housekeeping.
#[tokio::test]
async fn a_delegate_reads_for_whom_and_is_told_when_the_delegation_runs_out() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let (deputy, _) = app.user_with(&["approver"], Some(&o.ops)).await;
    let today = app.clock_now().date_naive();
    let delegation = json!({"delegate_id": deputy["id"], "starts_on": today, "ends_on": today});
    expect_status(
        app.post("/api/v1/delegations", &o.ops_head.1, &delegation)
            .await,
        201,
    )
    .await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    let asked: Vec<_> = app
        .queued_mail()
        .await
        .into_iter()
        .filter(|r| r.kind == "application_submitted")
        .collect();
    let to = |email: &serde_json::Value| {
        let address = format!("[{email}]");
        asked
            .iter()
            .find(|r| r.recipients == address)
            .expect("a message each")
            .clone()
    };
    let head = to(&o.ops_head.0["email"]);
    let stand_in = to(&deputy["email"]);
    let head_name = o.ops_head.0["name"].as_str().unwrap();
    assert!(
        stand_in
            .body_text
            .contains(&format!("as delegate of {head_name}")),
        "{}",
        stand_in.body_text
    );
    assert!(
        stand_in.subject.contains(&format!("(for {head_name})")),
        "{}",
        stand_in.subject
    );
    assert!(!head.body_text.contains("delegate"), "{}", head.body_text);

    let ran_out = |app: &TestApp| {
        let jobs = procura::jobs::housekeeping::Housekeeping::new(app.ctx.clone());
        async move { jobs.notify_once().await.unwrap() }
    };
    assert_eq!(ran_out(&app).await, 0, "it runs until the end of today");
    app.clock.advance(chrono::Duration::days(1));
    let other_instance = ran_out(&app);
    assert_eq!(ran_out(&app).await + other_instance.await, 1, "told once");
    let ended: Vec<_> = app
        .queued_mail()
        .await
        .into_iter()
        .filter(|r| r.kind == "delegation_ended")
        .collect();
    assert_eq!(ended.len(), 1);
    assert!(
        ended[0].body_text.contains("ran out on its last day"),
        "{}",
        ended[0].body_text
    );
    assert!(ended[0]
        .recipients
        .contains(deputy["email"].as_str().unwrap()));
}

/// The organisation's year numbers an application: on New Year's Eve in
/// UTC it is already the new year in Kyiv.
#[tokio::test]
async fn references_follow_the_organisations_year() {
    let app = TestApp::spawn_with(&[("PROCURA_TIMEZONE", "Europe/Kyiv")]).await;
    let o = org(&app).await;
    let eve = chrono::DateTime::parse_from_rfc3339("2026-12-31T22:30:00Z").unwrap();
    app.clock.set(eve.with_timezone(&chrono::Utc));
    let mut draft = body("other", "1", "5");
    draft["needed_by"] = json!("2027-02-01");
    let employee = app
        .login(o.emp.0["email"].as_str().unwrap(), PASSWORD)
        .await;
    let made = create(&app, &employee, &draft).await;
    assert_eq!(made["reference"], "A-2027-00001");
}
