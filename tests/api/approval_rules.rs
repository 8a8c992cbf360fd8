//! Who decides: four eyes where money is concerned, one decision for one
//! person's consecutive steps, and no picking another department's head by
//! naming it as payer.

use serde_json::json;

use crate::app_fixtures::{act, body, create, ok, org, set_head, step_kinds};
use crate::helpers::{expect_problem, TestApp};

#[tokio::test]
async fn one_person_holding_consecutive_steps_decides_them_once() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    // An IT employee's department head is the head of IT: both steps are theirs.
    let it = o.specialist.0["department_id"].as_str().unwrap().to_owned();
    let (_, it_emp) = app.user_with(&["employee"], Some(&it)).await;
    let draft = create(&app, &it_emp, &body("hardware", "1", "100")).await;
    let submitted = ok(&app, &it_emp, &draft, "submit", None).await;
    assert_eq!(
        step_kinds(&submitted),
        [
            ("department_head".to_owned(), "pending".to_owned()),
            ("it_head".to_owned(), "waiting".to_owned())
        ]
    );
    app.deliver_mail().await;
    let it_head_email = o.it_head.0["email"].as_str().unwrap();
    let asked = |app: &TestApp| {
        app.smtp
            .received()
            .iter()
            .filter(|m| m.to.iter().any(|t| t == it_head_email))
            .filter(|m| String::from_utf8_lossy(&m.data).contains("Approval needed"))
            .count()
    };
    assert_eq!(asked(&app), 1);
    let view = ok(
        &app,
        &o.it_head.1,
        &draft,
        "approve",
        Some(json!({"comment": "fine"})),
    )
    .await;
    assert_eq!(view["status"], "approved", "{view}");
    let last = view["history"].as_array().unwrap().last().unwrap().clone();
    let comment = last["comment"].as_str().unwrap();
    assert!(
        comment.contains("one decision for the department_head and it_head steps"),
        "{comment}"
    );
    app.deliver_mail().await;
    assert_eq!(asked(&app), 1, "asked once, not twice");
}

#[tokio::test]
async fn whoever_decided_an_earlier_step_cannot_decide_the_finance_step() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    // The head of OPS also works in finance.
    let (both, both_token) = app.user_with(&["approver", "finance"], Some(&o.ops)).await;
    set_head(&app, &o.ops, &both, false).await;
    let draft = create(&app, &o.emp.1, &body("services", "1", "2000")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    ok(&app, &both_token, &draft, "approve", None).await;
    let refused = act(&app, &both_token, &draft, "approve", None).await;
    expect_problem(refused, 403, "four_eyes").await;
    let view = ok(&app, &o.finance.1, &draft, "approve", None).await;
    assert_eq!(view["status"], "approved");
}

#[tokio::test]
async fn only_the_policys_roles_charge_another_department() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let mut other = body("services", "1", "10.00");
    let it = o.specialist.0["department_id"].clone();
    other["department_id"] = it;
    let res = app.post("/api/v1/applications", &o.emp.1, &other).await;
    let p = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "department_id");
    assert_eq!(p["errors"][0]["code"], "not_your_department");
    // An edit cannot smuggle it in either: submit checks again.
    let draft = create(&app, &o.emp.1, &body("services", "1", "10.00")).await;
    let path = format!("/api/v1/applications/{}", draft["id"].as_str().unwrap());
    let patch = json!({"department_id": other["department_id"]});
    crate::helpers::expect_status(app.patch(&path, &o.emp.1, &patch, None).await, 200).await;
    let res = act(&app, &o.emp.1, &draft, "submit", None).await;
    let p = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["code"], "not_your_department");
    // An IT specialist may charge a department (replenishment for a branch).
    let mut for_ops = body("consumables", "1", "10.00");
    for_ops["department_id"] = json!(o.ops);
    create(&app, &o.specialist.1, &for_ops).await;
}
