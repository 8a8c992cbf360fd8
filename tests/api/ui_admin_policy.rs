//! The approval policy page and its preview: who would decide an
//! application of some total, category and department — under the stored
//! policy, under changes not saved yet, after saving them — every bad field
//! said beside itself, a chain that cannot form said as submit would refuse
//! it; and the API's preview the page is built on.

use reqwest::Method;
use serde_json::{json, Value};

use crate::app_fixtures::{id, set_head};
use crate::contract::Checked;
use crate::helpers::*;
use crate::ui_client::Browser;

/// HQ (Dana) ─┬─ OPS (Olga) ─ Sales is OPS here
///            └─ IT (Ivan, is_it)
/// plus Fiona in finance.
struct Named {
    hq: String,
    ops: String,
    olga: String,
    ivan: String,
    dana: String,
}

async fn person(app: &TestApp, name: &str, roles: &[&str], department: &str) -> Value {
    let email = format!("{}@example.com", name.to_lowercase());
    app.insert_user(&email, name, roles, Some(department)).await
}

async fn named_org(app: &TestApp) -> Named {
    let hq = id(&app.department("HQ", None).await);
    let ops = id(&app.department("OPS", Some(&hq)).await);
    let it = id(&app.department("IT", Some(&hq)).await);
    let dana = person(app, "Dana", &["approver"], &hq).await;
    let olga = person(app, "Olga", &["approver"], &ops).await;
    let ivan = person(app, "Ivan", &["approver"], &it).await;
    person(app, "Fiona", &["finance"], &hq).await;
    set_head(app, &hq, &dana, false).await;
    set_head(app, &ops, &olga, false).await;
    set_head(app, &it, &ivan, true).await;
    Named {
        hq,
        ops,
        olga: id(&olga),
        ivan: id(&ivan),
        dana: id(&dana),
    }
}

/// The policy form as the tests' stored policy fills it, with a preview question.
fn form<'a>(ops: &'a str, changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("version", "0"),
        ("steps", "department_head"),
        ("steps", "it_head"),
        ("steps", "finance"),
        ("steps", "director"),
        ("finance_threshold", "1000.00"),
        ("director_threshold", "10000.00"),
        ("it_review_categories", "hardware"),
        ("it_review_categories", "software"),
        ("fallback_approver_id", ""),
        ("four_eyes", "1"),
        ("currency", "EUR"),
        ("order_tolerance_percent", "10"),
        ("order_tolerance_amount", "50.00"),
        ("other_payer_roles", "it_specialist"),
        ("other_payer_roles", "finance"),
        ("other_payer_roles", "admin"),
        ("max_delegation_days", "90"),
        ("stale_after_days", "30"),
        ("remind_after_business_days", "2"),
        ("escalate_after_business_days", "5"),
        ("reminder_hour", "9"),
        // The tests' organisation keeps no budget check (helpers.rs).
        ("over_limit_hardware", "none"),
        ("over_limit_software", "none"),
        ("over_limit_consumables", "none"),
        ("over_limit_services", "none"),
        ("over_limit_other", "none"),
        ("no_limit", "none"),
        ("override_role", "finance"),
        ("preview_total", "2500.00"),
        ("preview_category", "hardware"),
        ("preview_department_id", ops),
    ];
    for (name, value) in changes {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields
}

/// The preview's steps as the page lists them: "Department head</strong> — Olga".
fn step(kind: &str, who: &str) -> String {
    format!("{kind}</strong> — {who}</li>")
}

#[tokio::test]
async fn the_preview_follows_the_policy_before_and_after_it_is_saved() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let org = named_org(&app).await;
    let (_, admin) = app.user_with(&["admin"], None).await;
    let (_, approver) = app.user_with(&["approver"], Some(&org.ops)).await;
    let nobody = Browser::with_session(&app, &approver).await;
    assert_eq!(nobody.get("/admin/policy").await.status, 403);
    let web = Browser::with_session(&app, &admin).await;

    // The stored policy, previewed for a typical requester's hardware.
    let page = web.get("/admin/policy").await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("value=\"1000.00\"");
    page.assert_has("An application of 2,500.00 EUR for Hardware from Department OPS would go to:");
    page.assert_has(&step("Department head", "Olga"));
    page.assert_has(&step("Head of IT", "Ivan"));
    page.assert_has(&step("Finance", "any finance user"));
    assert!(!page.body.contains(&step("Director", "Dana")));

    // A higher finance threshold, previewed and not saved: finance drops out.
    let previewed = web
        .post(
            "/admin/policy",
            &form(&org.ops, &[("finance_threshold", "3000")]),
        )
        .await;
    assert_eq!(previewed.status, 200, "{}", previewed.body);
    previewed.assert_has("not saved yet");
    previewed.assert_has("value=\"3000\"");
    assert!(!previewed
        .body
        .contains(&step("Finance", "any finance user")));
    let stored = expect_status(app.get("/api/v1/approval-policy", &admin).await, 200).await;
    assert_eq!(stored["finance_threshold"], "1000.00");
    assert_eq!(stored["version"], 0);

    // Saved with a lower director threshold: the preview of the same
    // question now ends with the director.
    let save = form(
        &org.ops,
        &[("director_threshold", "2000"), ("action", "save")],
    );
    let saved = web.post("/admin/policy", &save).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(saved.location().starts_with("/admin/policy?saved=true&"));
    let after = web.get(saved.location()).await;
    after.assert_has("The approval policy is saved");
    after.assert_has("value=\"2000.00\"");
    after.assert_has(&step("Director", "Dana"));
    let stored = expect_status(app.get("/api/v1/approval-policy", &admin).await, 200).await;
    assert_eq!(stored["director_threshold"], "2000.00");
    assert_eq!(stored["version"], 1);

    // The form of version 0 sent again: someone changed it meanwhile.
    let stale = web.post("/admin/policy", &save).await;
    assert_eq!(stale.status, 412, "{}", stale.body);
    let stored = expect_status(app.get("/api/v1/approval-policy", &admin).await, 200).await;
    assert_eq!(stored["version"], 1);

    // The director's own department, a large sum: the director heads the
    // department and would decide the director step too; four eyes refuse.
    let hq = form(
        &org.hq,
        &[
            ("version", "1"),
            ("preview_total", "20000"),
            ("preview_category", "other"),
        ],
    );
    let blocked = web.post("/admin/policy", &hq).await;
    assert_eq!(blocked.status, 200, "{}", blocked.body);
    blocked.assert_has("would go to: nobody: such an application could not be submitted.");
    blocked.assert_has("Nobody can decide the Director step: the director decides an earlier step");
}

#[tokio::test]
async fn every_bad_field_of_the_policy_is_said_beside_it() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let org = named_org(&app).await;
    let (_, admin) = app.user_with(&["admin"], None).await;
    let web = Browser::with_session(&app, &admin).await;
    let mut bad = form(
        &org.ops,
        &[
            ("finance_threshold", "lots"),
            ("currency", "euro"),
            ("stale_after_days", "0"),
            ("max_delegation_days", "a week"),
            ("preview_total", "-"),
        ],
    );
    bad.retain(|(name, _)| *name != "steps");
    for action in ["preview", "save"] {
        let mut sent = bad.clone();
        sent.push(("action", action));
        let refused = web.post("/admin/policy", &sent).await;
        assert_eq!(refused.status, 422, "{action}: {}", refused.body);
        refused.assert_has("value=\"lots\"");
        refused.assert_has("value=\"a week\"");
        for field in ["finance_threshold", "currency", "max_delegation_days"] {
            refused.assert_has(&format!(
                "aria-describedby=\"{field}-hint {field}-problem\""
            ));
        }
        refused.assert_has("Write a three-letter ISO 4217 code");
        if action == "preview" {
            refused.assert_has("aria-describedby=\"preview_total-problem\"");
        }
    }
    // The ranges and the steps are the policy's own check, said the same
    // way once every field can be read.
    let mut out_of_range = form(
        &org.ops,
        &[
            ("stale_after_days", "0"),
            ("reminder_hour", "24"),
            ("action", "save"),
        ],
    );
    out_of_range.retain(|(name, _)| *name != "steps");
    let refused = web.post("/admin/policy", &out_of_range).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("Write a number of days from 1 to 3650.");
    refused.assert_has("Write an hour from 0 to 23.");
    refused.assert_has("id=\"steps-problem\"");
    refused.assert_has("Keep at least one step");
    let stored = expect_status(app.get("/api/v1/approval-policy", &admin).await, 200).await;
    assert_eq!(stored["version"], 0, "nothing was saved");
}

#[tokio::test]
async fn the_api_previews_the_stored_policy_or_one_not_saved_yet() {
    let app = TestApp::spawn().await;
    let org = named_org(&app).await;
    let (_, approver) = app.user_with(&["approver"], Some(&org.ops)).await;
    let (_, employee) = app.user_with(&["employee"], Some(&org.ops)).await;
    let question =
        json!({"department_id": org.ops, "total": "2500.00", "categories": ["hardware"]});
    let path = "/api/v1/approval-policy/preview";
    let chain = expect_status(app.post(path, &approver, &question).await, 200).await;
    assert_eq!(chain["blocked"], Value::Null);
    let steps = chain["steps"].as_array().unwrap();
    let kinds: Vec<_> = steps.iter().map(|s| s["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["department_head", "it_head", "finance"]);
    assert_eq!(steps[0]["approver_id"], org.olga.as_str());
    assert_eq!(steps[0]["approver_name"], "Olga");
    assert_eq!(steps[1]["approver_id"], org.ivan.as_str());
    assert_eq!(steps[2]["approver_id"], Value::Null);
    assert_eq!(steps[2]["approver_role"], "finance");
    expect_problem(app.post(path, &employee, &question).await, 403, "forbidden").await;

    // A policy not saved yet is for admins only, and checked as PUT checks it.
    let mut policy = expect_status(
        app.get("/api/v1/approval-policy", &app.admin_token).await,
        200,
    )
    .await;
    policy.as_object_mut().unwrap().remove("version");
    policy["director_threshold"] = json!("2000.00");
    let with_policy = json!({"department_id": org.ops, "total": "2500.00",
        "categories": ["hardware"], "policy": policy});
    expect_problem(
        app.post(path, &approver, &with_policy).await,
        403,
        "forbidden",
    )
    .await;
    let chain = expect_status(app.post(path, &app.admin_token, &with_policy).await, 200).await;
    let last = chain["steps"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "director");
    assert_eq!(last["approver_id"], org.dana.as_str());
    policy["currency"] = json!("eur");
    let bad = json!({"department_id": org.ops, "total": "1", "categories": [], "policy": policy});
    let problem = expect_problem(
        app.post(path, &app.admin_token, &bad).await,
        422,
        "validation_failed",
    )
    .await;
    let fields: Vec<_> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["categories", "policy.currency"]);

    // The director's own department and a large sum under four eyes: no
    // chain forms, as submit would refuse.
    let large = json!({"department_id": org.hq, "total": "20000.00", "categories": ["other"]});
    let chain = expect_status(app.post(path, &approver, &large).await, 200).await;
    assert_eq!(chain["steps"], json!([]));
    assert_eq!(chain["blocked"]["step"], "director");
    assert_eq!(chain["blocked"]["gap"], "director_decides_earlier");

    // An unknown department is said beside its field.
    let unknown = json!({"department_id": uuid::Uuid::now_v7().to_string(), "total": "1",
        "categories": ["other"]});
    let problem = expect_problem(
        app.post(path, &approver, &unknown).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "department_id");
}

/// The form saved unchanged stores the policy it showed, a disabled
/// fallback approver included (still a choice, marked disabled), and a
/// form without a readable version is refused rather than overwriting.
#[tokio::test]
async fn the_form_saved_unchanged_keeps_the_policy() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let org = named_org(&app).await;
    let (_, admin) = app.user_with(&["admin"], None).await;
    let mut policy = expect_status(app.get("/api/v1/approval-policy", &admin).await, 200).await;
    policy.as_object_mut().unwrap().remove("version");
    policy["fallback_approver_id"] = json!(org.dana);
    policy["distinct_steps"] = json!(true);
    let put = app
        .request(Method::PUT, "/api/v1/approval-policy", Some(&admin))
        .header("If-Match", "\"0\"")
        .json(&policy)
        .checked()
        .await;
    let before = expect_status(put, 200).await;
    let disable = json!({"active": false});
    let path = format!("/api/v1/users/{}", org.dana);
    expect_status(app.patch(&path, &admin, &disable, None).await, 200).await;
    let web = Browser::with_session(&app, &admin).await;
    let page = web.get("/admin/policy").await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has(&format!(
        "<option value=\"{}\" selected>Dana — dana@example.com (Disabled)",
        org.dana
    ));
    let mut fields = form(
        &org.ops,
        &[
            ("version", "1"),
            ("distinct_steps", "1"),
            ("action", "save"),
        ],
    );
    for (name, value) in fields.iter_mut() {
        if *name == "fallback_approver_id" {
            *value = &org.dana;
        }
    }
    let saved = web.post("/admin/policy", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = expect_status(app.get("/api/v1/approval-policy", &admin).await, 200).await;
    let mut want = before.clone();
    want["version"] = json!(2);
    assert_eq!(after, want, "the same policy, one version on");

    let mut unversioned = fields.clone();
    unversioned.retain(|(name, _)| *name != "version");
    let refused = web.post("/admin/policy", &unversioned).await;
    assert_eq!(refused.status, 412, "{}", refused.body);
}
