//! IT Applications: filling check, approval chain, delegation, return and
//! reject, cancel, order and partial receipt, and who may do what.

use chrono::Duration;
use reqwest::Method;
use serde_json::{json, Value};

use crate::app_fixtures::*;
use crate::contract::Checked;
use crate::helpers::*;

#[tokio::test]
async fn the_full_path_through_four_approvals_to_receipt() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let body = json!({
        "title": "Workstations", "justification": "CAD team growth", "needed_by": "2026-07-01",
        "lines": [
            {"description": "Workstation", "category": "hardware", "quantity": "4", "unit_price": "2499.99"},
            {"description": "CAD licence", "category": "software", "quantity": "4", "unit_price": "1000.00"},
        ],
    });
    let draft = create(&app, &o.emp.1, &body).await;
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["total"], "13999.96");
    assert_eq!(
        draft["department_id"],
        o.ops.as_str(),
        "the requester's department by default"
    );
    assert_eq!(draft["lines"][0]["unit_price"], "2499.99");

    let submitted = ok(&app, &o.emp.1, &draft, "submit", None).await;
    assert_eq!(submitted["status"], "submitted");
    let expected: Vec<(String, String)> = [
        ("department_head", "pending"),
        ("it_head", "waiting"),
        ("finance", "waiting"),
        ("director", "waiting"),
    ]
    .iter()
    .map(|(k, s)| (k.to_string(), s.to_string()))
    .collect();
    assert_eq!(step_kinds(&submitted), expected);
    assert_eq!(submitted["awaiting"]["approver_id"], o.ops_head.0["id"]);

    for (who, next) in [
        (&o.ops_head, Some("it_head")),
        (&o.it_head, Some("finance")),
        (&o.finance, Some("director")),
        (&o.director, None),
    ] {
        assert_eq!(awaiting(&app, &who.1).await, [id(&draft)], "{next:?}");
        let view = ok(
            &app,
            &who.1,
            &draft,
            "approve",
            Some(json!({"comment": "fine"})),
        )
        .await;
        assert!(awaiting(&app, &who.1).await.is_empty());
        match next {
            Some(kind) => assert_eq!(view["awaiting"]["kind"], kind),
            None => assert_eq!(view["status"], "approved"),
        }
    }

    let line_ids: Vec<String> = draft["lines"].as_array().unwrap().iter().map(id).collect();
    let order = json!({"supplier": "Acme", "reference": "PO-77", "expected_on": "2026-06-20",
        "lines": [{"line_id": line_ids[0], "unit_price": "2399.00"}]});
    let ordered = ok(&app, &o.specialist.1, &draft, "order", Some(order)).await;
    assert_eq!(ordered["status"], "ordered");
    assert_eq!(ordered["lines"][0]["ordered_unit_price"], "2399.00");
    assert_eq!(ordered["lines"][1]["ordered_unit_price"], "1000.00");

    let partial = json!({"lines": [{"line_id": line_ids[0], "quantity": "3"}]});
    let view = ok(&app, &o.specialist.1, &draft, "receive", Some(partial)).await;
    assert_eq!(view["status"], "partially_received");
    let over = json!({"lines": [{"line_id": line_ids[0], "quantity": "2"}]});
    let p = expect_problem(
        act(&app, &o.specialist.1, &draft, "receive", Some(over)).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "lines[0].quantity");
    assert_eq!(p["errors"][0]["code"], "over_receipt");
    assert_eq!(
        p["errors"][0]["message"],
        "is more than remains to be received on line 1 of the application: 1 remain"
    );
    let rest = json!({"lines": [{"line_id": line_ids[0], "quantity": "1"}, {"line_id": line_ids[1], "quantity": "4"}]});
    let done = ok(&app, &o.specialist.1, &draft, "receive", Some(rest)).await;
    assert_eq!(done["status"], "received");

    let actions: Vec<&str> = done["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "create", "submit", "approve", "approve", "approve", "approve", "order", "receive",
            "receive"
        ]
    );
    let sent = app.queued_mail().await;
    let kinds: Vec<&str> = sent.iter().map(|r| r.kind.as_str()).collect();
    for kind in [
        "application_submitted",
        "application_step_decided",
        "application_approved",
        "application_ordered",
        "application_received",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    // The requester hears once per decision: "approved by …, next …" for
    // the first three steps, and at the last only the "approved" mail,
    // which says who decided it. Each recipient has a message of their own.
    let requester = format!("[{}]", json!(o.emp.0["email"]));
    let count = |k: &str| {
        sent.iter()
            .filter(|r| r.kind == k && r.recipients == requester)
            .count()
    };
    assert!(
        sent.iter().all(|r| !r.recipients.contains(',')),
        "one recipient each"
    );
    assert_eq!(count("application_step_decided"), 3, "{kinds:?}");
    assert_eq!(count("application_approved"), 1, "{kinds:?}");
    let approved = sent
        .iter()
        .find(|r| r.kind == "application_approved")
        .unwrap();
    assert!(
        approved
            .body_text
            .contains("The last step, director, was approved by"),
        "{}",
        approved.body_text
    );
    // "Approval needed" lists what is bought.
    let needed = sent
        .iter()
        .find(|r| r.kind == "application_submitted")
        .unwrap();
    assert!(
        needed
            .body_text
            .contains("CAD licence (Software): 4 × 1,000.00 = 4,000.00"),
        "{}",
        needed.body_text
    );
    for step in sent.iter().filter(|r| r.kind == "application_step_decided") {
        assert!(
            !step.body_text.contains("If that is you"),
            "{}",
            step.body_text
        );
    }
}

#[tokio::test]
async fn the_filling_check_reports_every_problem_at_once() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let body = json!({"title": "", "lines": [
        {"description": "Mouse", "category": "hardware", "quantity": "0", "unit_price": "10"},
        {"description": "", "category": "other", "quantity": "1", "unit_price": "1"},
    ], "needed_by": "2026-05-31"});
    let draft = create(&app, &o.emp.1, &body).await;
    let p = expect_problem(
        act(&app, &o.emp.1, &draft, "submit", None).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        error_fields(&p),
        [
            "title",
            "justification",
            "needed_by",
            "lines[0].quantity",
            "lines[1].description"
        ]
    );
    assert_eq!(
        ok(&app, &o.emp.1, &draft, "cancel", None).await["status"],
        "cancelled"
    );

    let bad =
        json!({"title": "x", "lines": [{"category": "toys", "quantity": "1", "unit_price": "1"}]});
    let p = expect_problem(
        app.post("/api/v1/applications", &o.emp.1, &bad).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["lines[0].category"]);
    let floats =
        json!({"title": "x", "lines": [{"category": "other", "quantity": 1, "unit_price": 9.99}]});
    let p = expect_problem(
        app.post("/api/v1/applications", &o.emp.1, &floats).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        error_fields(&p),
        ["lines[0].quantity"],
        "decimals travel as strings, never floats"
    );
    let precise = json!({"title": "x", "lines": [{"category": "other", "quantity": "1", "unit_price": "9.999"}]});
    let p = expect_problem(
        app.post("/api/v1/applications", &o.emp.1, &precise).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["lines[0].unit_price"]);
}

#[tokio::test]
async fn return_needs_a_comment_and_resubmission_starts_a_new_round() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("services", "1", "100")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    let p = expect_problem(
        act(&app, &o.ops_head.1, &draft, "return", None).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["comment"]);
    let returned = ok(
        &app,
        &o.ops_head.1,
        &draft,
        "return",
        Some(json!({"comment": "Add a quote"})),
    )
    .await;
    assert_eq!(returned["status"], "returned");

    let path = format!("/api/v1/applications/{}", id(&draft));
    let stale = returned["version"].as_i64().unwrap() - 1;
    let body = json!({"justification": "Quote attached: Q-1"});
    let p = expect_problem(
        app.patch(&path, &o.emp.1, &body, Some(stale)).await,
        412,
        "version_conflict",
    )
    .await;
    assert!(
        p["detail"].as_str().unwrap().contains("someone else"),
        "{p}"
    );
    let current = returned["version"].as_i64().unwrap();
    let edited = expect_status(app.patch(&path, &o.emp.1, &body, Some(current)).await, 200).await;
    assert_eq!(edited["justification"], "Quote attached: Q-1");
    // The same edit again from a second tab: the change in between was mine.
    let p = expect_problem(
        app.patch(&path, &o.emp.1, &body, Some(current)).await,
        412,
        "version_conflict",
    )
    .await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("you changed this yourself"),
        "{p}"
    );

    let again = ok(&app, &o.emp.1, &draft, "submit", None).await;
    let rounds: Vec<i64> = again["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["round"].as_i64().unwrap())
        .collect();
    assert_eq!(rounds, [1, 2]);
    assert_eq!(again["awaiting"]["round"], 2);
    expect_problem(
        app.patch(&path, &o.emp.1, &body, None).await,
        409,
        "invalid_transition",
    )
    .await;
}

#[tokio::test]
async fn reject_needs_a_reason_and_is_final() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    expect_problem(
        act(&app, &o.ops_head.1, &draft, "reject", Some(json!({}))).await,
        422,
        "validation_failed",
    )
    .await;
    let rejected = ok(
        &app,
        &o.ops_head.1,
        &draft,
        "reject",
        Some(json!({"reason": "Not budgeted"})),
    )
    .await;
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(rejected["steps"][0]["comment"], "Not budgeted");
    expect_problem(
        act(&app, &o.ops_head.1, &draft, "approve", None).await,
        409,
        "invalid_transition",
    )
    .await;
    expect_problem(
        act(&app, &o.emp.1, &draft, "submit", None).await,
        409,
        "invalid_transition",
    )
    .await;
    expect_problem(
        act(&app, &o.emp.1, &draft, "cancel", None).await,
        409,
        "invalid_transition",
    )
    .await;
}

#[tokio::test]
async fn nobody_decides_out_of_turn_or_on_their_own_application() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("hardware", "1", "50")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    expect_problem(
        act(&app, &o.it_head.1, &draft, "approve", None).await,
        403,
        "not_your_step",
    )
    .await;
    expect_problem(
        act(&app, &o.emp.1, &draft, "approve", None).await,
        403,
        "self_approval",
    )
    .await;

    // The department head's own application goes to the director, never to themself.
    let own = create(&app, &o.ops_head.1, &body("other", "1", "5")).await;
    let submitted = ok(&app, &o.ops_head.1, &own, "submit", None).await;
    assert_eq!(submitted["awaiting"]["approver_id"], o.director.0["id"]);
    expect_problem(
        act(&app, &o.ops_head.1, &own, "approve", None).await,
        403,
        "self_approval",
    )
    .await;
    assert!(!awaiting(&app, &o.ops_head.1).await.contains(&id(&own)));
}

#[tokio::test]
async fn a_delegate_decides_on_behalf_of_the_approver_within_the_dates() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let deputy = app.user_with(&["approver"], Some(&o.ops)).await;
    let delegation =
        json!({"delegate_id": deputy.0["id"], "starts_on": "2026-06-01", "ends_on": "2026-06-03"});
    expect_status(
        app.post("/api/v1/delegations", &o.ops_head.1, &delegation)
            .await,
        201,
    )
    .await;

    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    assert_eq!(awaiting(&app, &deputy.1).await, [id(&draft)]);
    let approved = ok(&app, &deputy.1, &draft, "approve", None).await;
    assert_eq!(approved["status"], "approved");
    assert_eq!(approved["steps"][0]["decided_by"], deputy.0["id"]);
    assert_eq!(approved["steps"][0]["on_behalf_of"], o.ops_head.0["id"]);

    // The last day counts; the day after does not.
    let second = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    ok(&app, &o.emp.1, &second, "submit", None).await;
    app.clock.advance(Duration::days(2));
    let deputy_token = app
        .login(deputy.0["email"].as_str().unwrap(), PASSWORD)
        .await;
    assert_eq!(awaiting(&app, &deputy_token).await, [id(&second)]);
    app.clock.advance(Duration::days(1));
    let deputy_token = app
        .login(deputy.0["email"].as_str().unwrap(), PASSWORD)
        .await;
    assert!(awaiting(&app, &deputy_token).await.is_empty());
    expect_problem(
        act(&app, &deputy_token, &second, "approve", None).await,
        403,
        "not_your_step",
    )
    .await;
}

#[tokio::test]
async fn two_finance_users_racing_on_one_step_one_wins() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let second_finance = app.user_with(&["finance"], None).await;
    let draft = create(&app, &o.emp.1, &body("services", "1", "2000")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    let (a, b) = tokio::join!(
        act(&app, &o.finance.1, &draft, "approve", None),
        act(&app, &second_finance.1, &draft, "approve", None)
    );
    let (a, b) = (a.status().as_u16(), b.status().as_u16());
    let mut statuses = [a, b];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    let view = expect_status(
        app.get(&format!("/api/v1/applications/{}", id(&draft)), &o.emp.1)
            .await,
        200,
    )
    .await;
    assert_eq!(view["status"], "approved");
    let approvals = view["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "approve")
        .count();
    assert_eq!(
        approvals, 2,
        "department head + exactly one finance decision"
    );
}

#[tokio::test]
async fn who_may_see_and_do_what() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let outsider = app.user_with(&["employee"], None).await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    let path = format!("/api/v1/applications/{}", id(&draft));
    expect_problem(app.get(&path, &outsider.1).await, 404, "not_found").await;
    expect_problem(
        act(&app, &outsider.1, &draft, "submit", None).await,
        404,
        "not_found",
    )
    .await;
    expect_status(app.get(&path, &o.specialist.1).await, 200).await;
    expect_status(app.get(&path, &o.ops_head.1).await, 200).await;
    expect_problem(
        act(&app, &o.ops_head.1, &draft, "submit", None).await,
        403,
        "not_requester",
    )
    .await;

    ok(&app, &o.emp.1, &draft, "submit", None).await;
    ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    expect_problem(
        act(
            &app,
            &o.emp.1,
            &draft,
            "order",
            Some(json!({"supplier": "A", "reference": "R"})),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    ok(
        &app,
        &o.specialist.1,
        &draft,
        "order",
        Some(json!({"supplier": "A", "reference": "R"})),
    )
    .await;
    expect_problem(
        act(&app, &o.emp.1, &draft, "cancel", None).await,
        409,
        "invalid_transition",
    )
    .await;

    let mine = expect_status(
        app.get("/api/v1/applications?mine=true", &o.emp.1).await,
        200,
    )
    .await;
    assert_eq!(mine["items"].as_array().unwrap().len(), 1);
    let outsiders = expect_status(app.get("/api/v1/applications", &outsider.1).await, 200).await;
    assert!(outsiders["items"].as_array().unwrap().is_empty());
    let p = expect_problem(
        app.get("/api/v1/applications?status=lost", &o.emp.1).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["status"]);
}

#[tokio::test]
async fn the_policy_is_changed_by_admins_and_applies_to_new_submissions_only() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let in_flight = create(&app, &o.emp.1, &body("services", "1", "500")).await;
    ok(&app, &o.emp.1, &in_flight, "submit", None).await;

    let policy = expect_status(
        app.get("/api/v1/approval-policy", &app.admin_token).await,
        200,
    )
    .await;
    assert_eq!(policy["finance_threshold"], "1000.00");
    let mut changed = policy.clone();
    changed.as_object_mut().unwrap().remove("version");
    changed["finance_threshold"] = json!("100.00");
    let res = app
        .request(Method::PUT, "/api/v1/approval-policy", Some(&o.emp.1))
        .json(&changed)
        .checked()
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .request(
            Method::PUT,
            "/api/v1/approval-policy",
            Some(&app.admin_token),
        )
        .json(&changed)
        .checked()
        .await;
    assert_eq!(expect_status(res, 200).await["version"], 1);

    let view = ok(&app, &o.ops_head.1, &in_flight, "approve", None).await;
    assert_eq!(
        view["status"], "approved",
        "the chain formed at submit is kept"
    );
    let new = create(&app, &o.emp.1, &body("services", "1", "500")).await;
    let view = ok(&app, &o.emp.1, &new, "submit", None).await;
    assert_eq!(
        view["steps"].as_array().unwrap().len(),
        2,
        "finance now from 100.00"
    );
}

#[tokio::test]
async fn a_chain_with_no_possible_approver_is_refused_with_a_reason() {
    let app = TestApp::spawn().await;
    let lonely = id(&app.department("LONE", None).await);
    let emp = app.user_with(&["employee"], Some(&lonely)).await;
    let draft = create(&app, &emp.1, &body("other", "1", "5")).await;
    let p = expect_problem(
        act(&app, &emp.1, &draft, "submit", None).await,
        409,
        "no_approver",
    )
    .await;
    assert_eq!(p["step"], "department_head");
    let view = expect_status(
        app.get(&format!("/api/v1/applications/{}", id(&draft)), &emp.1)
            .await,
        200,
    )
    .await;
    assert_eq!(view["status"], "draft", "a refused submit changes nothing");
}

#[tokio::test]
async fn the_loser_of_a_race_is_told_the_step_was_decided() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let other_finance = app.user_with(&["finance"], None).await;
    let draft = create(&app, &o.emp.1, &body("services", "1", "2000")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    ok(&app, &o.finance.1, &draft, "approve", None).await;
    // The second finance user comes too late: the application is approved.
    let late = act(&app, &other_finance.1, &draft, "approve", None).await;
    expect_problem(late, 409, "step_already_decided").await;
}

#[tokio::test]
async fn absurd_amounts_are_refused_not_crashed_on() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let huge = "79228162514264337593543950335";
    let p = expect_problem(
        app.post("/api/v1/applications", &o.emp.1, &body("other", huge, huge))
            .await,
        422,
        "validation_failed",
    )
    .await;
    // Refused while the body is read, naming the value that is out of bounds.
    assert_eq!(error_fields(&p), ["lines[0].quantity"]);
    assert_eq!(p["errors"][0]["code"], "too_large");
    // Each value within its bound, the total not.
    let p = expect_problem(
        app.post(
            "/api/v1/applications",
            &o.emp.1,
            &body("other", "1000000", "100000000"),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["lines"]);
    assert_eq!(p["errors"][0]["code"], "total_too_large");
}

#[tokio::test]
async fn an_empty_edit_changes_nothing() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    let path = format!("/api/v1/applications/{}", id(&draft));
    let same = expect_status(app.patch(&path, &o.emp.1, &json!({}), None).await, 200).await;
    assert_eq!(same["version"], draft["version"]);
    assert_eq!(same["history"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_disabled_head_is_skipped_upwards_not_waited_for() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let head_path = format!("/api/v1/users/{}", id(&o.ops_head.0));
    expect_status(
        app.patch(
            &head_path,
            &app.admin_token,
            &json!({"active": false}),
            None,
        )
        .await,
        200,
    )
    .await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "5")).await;
    let view = ok(&app, &o.emp.1, &draft, "submit", None).await;
    assert_eq!(view["awaiting"]["approver_id"], o.director.0["id"]);
}

#[tokio::test]
async fn an_admin_switches_steps_off_and_new_chains_leave_them_out() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let put = |body: serde_json::Value| {
        app.request(
            Method::PUT,
            "/api/v1/approval-policy",
            Some(&app.admin_token),
        )
        .json(&body)
        .checked()
    };
    let mut policy = expect_status(
        app.get("/api/v1/approval-policy", &app.admin_token).await,
        200,
    )
    .await;
    assert_eq!(
        policy["steps"],
        json!(["department_head", "it_head", "finance", "director"])
    );
    policy.as_object_mut().unwrap().remove("version");

    let mut none = policy.clone();
    none["steps"] = json!([]);
    let p = expect_problem(put(none).await, 422, "validation_failed").await;
    assert_eq!(error_fields(&p), ["steps"]);
    let mut twice = policy.clone();
    twice["steps"] = json!(["finance", "finance"]);
    let p = expect_problem(put(twice).await, 422, "validation_failed").await;
    assert_eq!(error_fields(&p), ["steps[1]"]);

    // Hardware at 20,000.00 would take all four steps; keep finance and the
    // director only (listed out of order: stored in chain order).
    policy["steps"] = json!(["director", "finance"]);
    let saved = expect_status(put(policy).await, 200).await;
    assert_eq!(saved["steps"], json!(["finance", "director"]));
    let draft = create(&app, &o.emp.1, &body("hardware", "1", "20000")).await;
    let view = ok(&app, &o.emp.1, &draft, "submit", None).await;
    let kinds: Vec<String> = step_kinds(&view)
        .into_iter()
        .map(|(kind, _)| kind)
        .collect();
    assert_eq!(kinds, ["finance", "director"]);
    // A small one matches neither kept step: the department head decides.
    let small = create(&app, &o.emp.1, &body("hardware", "1", "50")).await;
    let view = ok(&app, &o.emp.1, &small, "submit", None).await;
    let kinds: Vec<String> = step_kinds(&view)
        .into_iter()
        .map(|(kind, _)| kind)
        .collect();
    assert_eq!(kinds, ["department_head"]);
}

/// Submit plans on a read connection and stores under the version it read:
/// of many submits of one draft at once exactly one goes through, and the
/// application gets one round of steps, one history entry and one email.
#[tokio::test]
async fn parallel_submits_of_one_draft_submit_it_once() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("hardware", "2", "900")).await;
    let attempts = (0..8).map(|_| async {
        let response = act(&app, &o.emp.1, &draft, "submit", None).await;
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap();
        (status, body["code"].as_str().unwrap_or("").to_owned())
    });
    let mut outcomes = futures_util::future::join_all(attempts).await;
    outcomes.sort();
    // The losers replanned and found the draft already submitted: they are
    // told so, not asked to retry a version conflict.
    let mut expected = vec![(409, "invalid_transition".to_owned()); 7];
    expected.insert(0, (200, String::new()));
    assert_eq!(outcomes, expected);
    let view = expect_status(
        app.get(&format!("/api/v1/applications/{}", id(&draft)), &o.emp.1)
            .await,
        200,
    )
    .await;
    assert_eq!(view["status"], "submitted");
    assert_eq!(
        step_kinds(&view),
        [
            ("department_head".to_owned(), "pending".to_owned()),
            ("it_head".to_owned(), "waiting".to_owned()),
            ("finance".to_owned(), "waiting".to_owned()),
        ]
    );
    let submits = view["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "submit")
        .count();
    assert_eq!(submits, 1);
    let outbox = expect_status(
        app.get("/api/v1/notifications?limit=100", &app.admin_token)
            .await,
        200,
    )
    .await;
    let submitted = outbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "application_submitted")
        .count();
    assert_eq!(submitted, 1, "{outbox}");
}
