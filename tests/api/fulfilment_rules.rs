//! What an IT specialist may not do alone: order above what was approved
//! (beyond the policy's tolerance the difference goes back for approval),
//! and fulfil their own application (unless the policy allows it, which is
//! audited and told to finance).

use reqwest::Method;
use serde_json::json;

use crate::app_fixtures::{act, body, create, id, ok, org, step_kinds};
use crate::contract::Checked;
use crate::helpers::{expect_problem, expect_status, TestApp};

async fn approved(app: &TestApp, o: &crate::app_fixtures::Org, price: &str) -> serde_json::Value {
    let draft = create(app, &o.emp.1, &body("other", "1", price)).await;
    ok(app, &o.emp.1, &draft, "submit", None).await;
    let view = ok(app, &o.ops_head.1, &draft, "approve", None).await;
    assert_eq!(view["status"], "approved");
    view
}

fn priced(view: &serde_json::Value, price: &str) -> serde_json::Value {
    let line = id(&view["lines"][0]);
    json!({"supplier": "Acme", "reference": "PO-1", "lines": [{"line_id": line, "unit_price": price}]})
}

#[tokio::test]
async fn an_order_within_the_tolerance_is_placed() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    // 10.00 approved: 10 % is 1.00, so the 50.00 floor applies.
    let view = approved(&app, &o, "10.00").await;
    let ordered = ok(
        &app,
        &o.specialist.1,
        &view,
        "order",
        Some(priced(&view, "60.00")),
    )
    .await;
    assert_eq!(ordered["status"], "ordered");
}

#[tokio::test]
async fn an_order_above_the_approved_total_goes_back_for_approval_of_the_difference() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let view = approved(&app, &o, "10.00").await;
    let back = ok(
        &app,
        &o.specialist.1,
        &view,
        "order",
        Some(priced(&view, "99999999.99")),
    )
    .await;
    assert_eq!(back["status"], "submitted", "{back}");
    assert_eq!(back["total"], "99999999.99");
    let last = back["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "reapproval");
    let comment = last["comment"].as_str().unwrap();
    assert!(
        comment.contains("99999999.99") && comment.contains("10.00"),
        "{comment}"
    );
    // A new round for the new total: finance and the director now decide too.
    let new_round: Vec<_> = step_kinds(&back).into_iter().skip(1).collect();
    assert_eq!(
        new_round,
        [
            ("department_head".to_owned(), "pending".to_owned()),
            ("finance".to_owned(), "waiting".to_owned()),
            ("director".to_owned(), "waiting".to_owned()),
        ]
    );
    for who in [&o.ops_head, &o.finance, &o.director] {
        ok(&app, &who.1, &view, "approve", None).await;
    }
    let placed = ok(
        &app,
        &o.specialist.1,
        &view,
        "order",
        Some(priced(&view, "99999999.99")),
    )
    .await;
    assert_eq!(placed["status"], "ordered");
}

#[tokio::test]
async fn nobody_fulfils_their_own_application_unless_the_policy_allows_it() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let own = create(&app, &o.specialist.1, &body("other", "1", "10.00")).await;
    ok(&app, &o.specialist.1, &own, "submit", None).await;
    ok(&app, &o.it_head.1, &own, "approve", None).await;
    let order = priced(&own, "10.00");
    let refused = act(&app, &o.specialist.1, &own, "order", Some(order.clone())).await;
    expect_problem(refused, 403, "self_fulfilment").await;

    let mut policy = expect_status(
        app.get("/api/v1/approval-policy", &app.admin_token).await,
        200,
    )
    .await;
    policy.as_object_mut().unwrap().remove("version");
    policy["allow_self_fulfilment"] = json!(true);
    let res = app
        .request(
            Method::PUT,
            "/api/v1/approval-policy",
            Some(&app.admin_token),
        )
        .json(&policy)
        .checked()
        .await;
    expect_status(res, 200).await;
    let placed = ok(&app, &o.specialist.1, &own, "order", Some(order)).await;
    assert_eq!(placed["status"], "ordered");

    app.deliver_mail().await;
    let finance_email = o.finance.0["email"].as_str().unwrap();
    let told = app.smtp.received().into_iter().any(|m| {
        m.to.iter().any(|t| t == finance_email)
            && String::from_utf8_lossy(&m.data).contains("Self-fulfilled")
    });
    assert!(told, "finance is told");
    let audit = expect_status(
        app.get(
            &format!("/api/v1/audit?entity_id={}", id(&own)),
            &app.admin_token,
        )
        .await,
        200,
    )
    .await;
    assert!(
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "application.self_fulfilled"),
        "{audit}"
    );
}

#[tokio::test]
async fn a_receipt_naming_one_line_twice_cannot_exceed_what_was_ordered() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let view = approved(&app, &o, "10.00").await;
    ok(
        &app,
        &o.specialist.1,
        &view,
        "order",
        Some(priced(&view, "10.00")),
    )
    .await;
    let line = id(&view["lines"][0]);
    // The review's instance: 0.001 and then the largest scaled value.
    let body = json!({"lines": [
        {"line_id": line, "quantity": "0.001"},
        {"line_id": line, "quantity": "0.9999"},
    ]});
    let p = expect_problem(
        act(&app, &o.specialist.1, &view, "receive", Some(body)).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "lines[1].quantity");
    let body = json!({"lines": [
        {"line_id": line, "quantity": "0.5"},
        {"line_id": line, "quantity": "0.6"},
    ]});
    let p = expect_problem(
        act(&app, &o.specialist.1, &view, "receive", Some(body)).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["code"], "over_receipt");
    let fetched = expect_status(
        app.get(
            &format!("/api/v1/applications/{}", id(&view)),
            &o.specialist.1,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        fetched["lines"][0]["received_quantity"], "0",
        "nothing was stored"
    );
}

#[tokio::test]
async fn delegations_are_bounded_in_time() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let delegate = o.director.0["id"].clone();
    let give = |starts: &str, ends: &str| json!({"delegate_id": delegate, "starts_on": starts, "ends_on": ends});
    // The test clock stands at 2026-06-01.
    let cases = [
        (give("2026-06-01", "2099-12-31"), "too_long"),
        (give("2026-05-01", "2026-05-20"), "in_the_past"),
    ];
    for (body, code) in cases {
        let res = app.post("/api/v1/delegations", &o.ops_head.1, &body).await;
        let p = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(p["errors"][0]["field"], "ends_on", "{p}");
        assert_eq!(p["errors"][0]["code"], code, "{p}");
    }
    // 90 days, both ends included, is the default maximum.
    let res = app
        .post(
            "/api/v1/delegations",
            &o.ops_head.1,
            &give("2026-06-01", "2026-08-29"),
        )
        .await;
    expect_status(res, 201).await;
}

/// Acceptance "in terms of quantity and quality": what arrived broken is
/// rejected with a reason and returned, stays owed (a delivery wholly
/// rejected leaves the order `ordered`), and history and the requester's
/// mail say what and why.
#[tokio::test]
async fn goods_rejected_at_receipt_are_still_owed() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("other", "3", "10.00")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    let view = ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    ok(
        &app,
        &o.specialist.1,
        &view,
        "order",
        Some(priced(&view, "10.00")),
    )
    .await;
    let line = id(&view["lines"][0]);
    let receive = |lines: serde_json::Value| {
        act(
            &app,
            &o.specialist.1,
            &view,
            "receive",
            Some(json!({"lines": lines})),
        )
    };
    let fields = |p: &serde_json::Value| -> Vec<String> {
        p["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap().to_owned())
            .collect()
    };
    let p = expect_problem(
        receive(json!([{"line_id": line, "quantity": "0", "rejected": "2"}])).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(fields(&p), ["lines[0].rejection_reason"]);
    let p = expect_problem(
        receive(
            json!([{"line_id": line, "quantity": "0", "rejected": "4", "rejection_reason": "x"}]),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        (fields(&p), p["errors"][0]["code"].clone()),
        (vec!["lines[0].rejected".to_owned()], json!("over_receipt"))
    );
    let all_rejected = expect_status(
        receive(json!([{"line_id": line, "quantity": "0", "rejected": "2", "rejection_reason": "Cracked screens"}])).await,
        200,
    )
    .await;
    assert_eq!(all_rejected["status"], "ordered");
    assert_eq!(
        (
            &all_rejected["lines"][0]["received_quantity"],
            &all_rejected["lines"][0]["rejected_quantity"]
        ),
        (&json!("0"), &json!("2"))
    );
    let last = all_rejected["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        last["comment"],
        "rejected and returned to the supplier: 2 × 14\" laptop (Cracked screens)"
    );
    let mail = app
        .queued_mail()
        .await
        .into_iter()
        .find(|r| r.kind == "application_received")
        .expect("the requester is told");
    assert!(
        mail.subject.starts_with("Delivery rejected"),
        "{}",
        mail.subject
    );
    assert!(
        mail.body_text
            .contains("- 14\" laptop: 2 (Cracked screens)"),
        "{}",
        mail.body_text
    );
    // Still owed: all three can come, together with a new rejection.
    let partly = expect_status(
        receive(json!([{"line_id": line, "quantity": "2", "rejected": "1", "rejection_reason": "Wrong keyboard layout"}])).await,
        200,
    )
    .await;
    assert_eq!(partly["status"], "partially_received");
    assert_eq!(partly["lines"][0]["rejected_quantity"], "3");
    let p = expect_problem(
        receive(
            json!([{"line_id": line, "quantity": "1", "rejected": "1", "rejection_reason": "x"}]),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["code"], "over_receipt");
    let done = expect_status(
        receive(json!([{"line_id": line, "quantity": "1"}])).await,
        200,
    )
    .await;
    assert_eq!(
        (&done["status"], &done["lines"][0]["received_quantity"]),
        (&json!("received"), &json!("3"))
    );
}
