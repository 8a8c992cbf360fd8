//! What a delegate is told: named (with what already waits for the
//! approver), and ended early; and the warning when the delegate holds no
//! approver role.

use reqwest::Method;
use serde_json::json;

use crate::app_fixtures::{body, create, ok, org};
use crate::contract::Checked;
use crate::helpers::*;

async fn outbox_of(app: &TestApp) -> Vec<procura::db::outbox::OutboxRow> {
    app.ctx
        .db
        .read(|c| Ok(procura::db::outbox::list_by_status(c, None, None, 200)?))
        .await
        .unwrap()
}

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
    let named = outbox_of(&app)
        .await
        .into_iter()
        .find(|r| r.kind == "delegation_named")
        .expect("the delegate is told");
    assert!(named.recipients.contains(deputy["email"].as_str().unwrap()));
    assert!(
        named.body_text.contains("from 2026-06-01 to 2026-06-10"),
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
    let ended = outbox_of(&app)
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
