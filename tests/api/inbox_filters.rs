//! Narrowing what awaits an approver: by the kind of the deciding step, by
//! the requester's name or email, and by how long it has waited — in
//! `GET /api/v1/applications?awaiting=me` and on the `/inbox` page.

use chrono::Duration;

use crate::app_fixtures::*;
use crate::helpers::*;
use crate::ui_client::Browser;

/// The ids of what `path` lists for `token`.
async fn listed(app: &TestApp, token: &str, path: &str) -> Vec<String> {
    let page = expect_status(app.get(path, token).await, 200).await;
    let mut ids: Vec<String> = page["items"].as_array().unwrap().iter().map(id).collect();
    ids.sort();
    ids
}

/// Two applications await the head of OPS: the employee's, submitted three
/// days ago, and Zoë Ionescu's, submitted now.
struct Waiting {
    org: Org,
    old: String,
    new: String,
}

async fn two_waiting(app: &TestApp) -> Waiting {
    let mut org = org(app).await;
    let old = create(app, &org.emp.1, &body("hardware", "2", "1000.00")).await;
    ok(app, &org.emp.1, &old, "submit", None).await;
    app.clock.advance(Duration::days(3));
    // Sessions do not last three days: the approvers sign in again.
    for who in [&mut org.ops_head, &mut org.it_head] {
        who.1 = app.session_for(who.0["id"].as_str().unwrap()).await;
    }
    let zoe = app
        .insert_user(
            "zoe.i@example.com",
            "Zoë Ionescu",
            &["employee"],
            Some(&org.ops),
        )
        .await;
    let zoe = app.session_for(zoe["id"].as_str().unwrap()).await;
    let new = create(app, &zoe, &body("hardware", "1", "100.00")).await;
    ok(app, &zoe, &new, "submit", None).await;
    Waiting {
        org,
        old: id(&old),
        new: id(&new),
    }
}

#[tokio::test]
async fn the_awaiting_list_narrows_by_step_requester_and_wait() {
    let app = TestApp::spawn().await;
    let w = two_waiting(&app).await;
    let head = &w.org.ops_head.1;
    let awaiting = "/api/v1/applications?awaiting=me";
    let mut both = vec![w.old.clone(), w.new.clone()];
    both.sort();
    assert_eq!(listed(&app, head, awaiting).await, both);

    let by = |q: &str| format!("{awaiting}&{q}");
    assert_eq!(
        listed(&app, head, &by("waiting_days=2")).await,
        [w.old.as_str()]
    );
    assert_eq!(
        listed(&app, head, &by("waiting_days=3")).await,
        [w.old.as_str()]
    );
    assert_eq!(
        listed(&app, head, &by("waiting_days=4")).await,
        Vec::<String>::new()
    );
    assert_eq!(listed(&app, head, &by("waiting_days=0")).await, both);
    // Any case, any script, name or email.
    assert_eq!(
        listed(&app, head, &by("requester=IONESCU")).await,
        [w.new.as_str()]
    );
    assert_eq!(
        listed(&app, head, &by("requester=ZO%C3%8B")).await,
        [w.new.as_str()]
    );
    assert_eq!(
        listed(&app, head, &by("requester=zoe.i@")).await,
        [w.new.as_str()]
    );
    assert_eq!(
        listed(&app, head, &by("step_kind=department_head")).await,
        both
    );
    assert_eq!(
        listed(&app, head, &by("step_kind=finance")).await,
        Vec::<String>::new()
    );
    // Filters combine.
    let combined = by("step_kind=department_head&requester=zo%C3%AB&waiting_days=1");
    assert_eq!(listed(&app, head, &combined).await, Vec::<String>::new());

    // Once the head approves the old one it waits at the IT step, which the
    // head of IT can narrow to.
    let old = expect_status(
        app.get(&format!("/api/v1/applications/{}", w.old), head)
            .await,
        200,
    )
    .await;
    ok(&app, head, &old, "approve", None).await;
    let it = &w.org.it_head.1;
    assert_eq!(
        listed(&app, it, &by("step_kind=it_head")).await,
        [w.old.as_str()]
    );
    // Its wait starts again at the decision.
    assert_eq!(
        listed(&app, it, &by("waiting_days=1")).await,
        Vec::<String>::new()
    );

    for (query, field) in [
        ("/api/v1/applications?step_kind=finance", "step_kind"),
        (
            "/api/v1/applications?awaiting=me&waiting_days=3651",
            "waiting_days",
        ),
        (
            "/api/v1/applications?awaiting=me&step_kind=clerk",
            "step_kind",
        ),
    ] {
        let problem = expect_problem(app.get(query, head).await, 422, "validation_failed").await;
        assert_eq!(problem["errors"][0]["field"], field, "{query}: {problem}");
    }
    let long = "x".repeat(101);
    let too_long = app.get(&by(&format!("requester={long}")), head).await;
    let problem = expect_problem(too_long, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["field"], "requester", "{problem}");
}

#[tokio::test]
async fn the_inbox_page_keeps_its_filters_and_says_when_they_hide_everything() {
    let app = TestApp::spawn().await;
    let w = two_waiting(&app).await;
    let head = Browser::with_session(&app, &w.org.ops_head.1).await;
    let (old, new) = (
        format!("/applications/{}", w.old),
        format!("/applications/{}", w.new),
    );

    let all = head.get("/inbox").await;
    all.assert_has(&old);
    all.assert_has(&new);
    all.assert_has("<option value=\"it_head\">Head of IT</option>");

    let waited = head.get("/inbox?waiting_days=2").await;
    waited.assert_has(&old);
    assert!(!waited.body.contains(&new), "{}", waited.body);
    waited.assert_has("<option value=\"2\" selected>2 days</option>");

    let zoe = head
        .get("/inbox?requester=zo%C3%AB&step_kind=&waiting_days=")
        .await;
    zoe.assert_has(&new);
    assert!(!zoe.body.contains(&old), "{}", zoe.body);
    zoe.assert_has("name=\"requester\" type=\"search\" maxlength=\"100\" value=\"zoë\"");

    let none = head.get("/inbox?step_kind=finance").await;
    none.assert_has("Nothing waiting for your decision matches these filters.");
    none.assert_has("<option value=\"finance\" selected>Finance</option>");

    let bad = head.get("/inbox?step_kind=clerk").await;
    assert_eq!(bad.status, 422, "{}", bad.body);
}
