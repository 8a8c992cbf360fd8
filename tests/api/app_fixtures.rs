//! The organisation and request helpers the application tests share.

use reqwest::Method;
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::helpers::*;

/// HQ (director) ─┬─ OPS (ops_head) — emp
///                └─ IT (it_head, is_it) — specialist
/// plus a finance user.
pub(crate) struct Org {
    pub(crate) ops: String,
    pub(crate) emp: (Value, String),
    pub(crate) ops_head: (Value, String),
    pub(crate) it_head: (Value, String),
    pub(crate) director: (Value, String),
    pub(crate) finance: (Value, String),
    pub(crate) specialist: (Value, String),
}

pub(crate) fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

pub(crate) async fn set_head(app: &TestApp, department: &str, head: &Value, is_it: bool) {
    let body = json!({"head_user_id": head["id"], "is_it": is_it});
    expect_status(
        app.patch(
            &format!("/api/v1/departments/{department}"),
            &app.admin_token,
            &body,
            None,
        )
        .await,
        200,
    )
    .await;
}

pub(crate) async fn org(app: &TestApp) -> Org {
    let hq = id(&app.department("HQ", None).await);
    let ops = id(&app.department("OPS", Some(&hq)).await);
    let it = id(&app.department("IT", Some(&hq)).await);
    let director = app.user_with(&["approver"], Some(&hq)).await;
    let ops_head = app.user_with(&["approver"], Some(&ops)).await;
    let it_head = app.user_with(&["approver"], Some(&it)).await;
    let emp = app.user_with(&["employee"], Some(&ops)).await;
    let finance = app.user_with(&["finance"], Some(&hq)).await;
    let specialist = app.user_with(&["it_specialist"], Some(&it)).await;
    set_head(app, &hq, &director.0, false).await;
    set_head(app, &ops, &ops_head.0, false).await;
    set_head(app, &it, &it_head.0, true).await;
    Org {
        ops,
        emp,
        ops_head,
        it_head,
        director,
        finance,
        specialist,
    }
}

pub(crate) fn body(category: &str, quantity: &str, unit_price: &str) -> Value {
    json!({
        "title": "Laptops for new hires", "justification": "Three people start in July",
        "needed_by": "2026-07-01",
        "lines": [{"description": "14\" laptop", "category": category, "quantity": quantity, "unit_price": unit_price}],
    })
}

pub(crate) async fn create(app: &TestApp, token: &str, body: &Value) -> Value {
    expect_status(app.post("/api/v1/applications", token, body).await, 201).await
}

pub(crate) async fn act(
    app: &TestApp,
    token: &str,
    application: &Value,
    action: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let path = format!(
        "/api/v1/applications/{}/{action}",
        application["id"].as_str().unwrap()
    );
    let mut req = app.request(Method::POST, &path, Some(token));
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.checked().await
}

pub(crate) async fn ok(
    app: &TestApp,
    token: &str,
    application: &Value,
    action: &str,
    body: Option<Value>,
) -> Value {
    expect_status(act(app, token, application, action, body).await, 200).await
}

pub(crate) fn step_kinds(view: &Value) -> Vec<(String, String)> {
    view["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["kind"].as_str().unwrap().to_owned(),
                s["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

pub(crate) async fn awaiting(app: &TestApp, token: &str) -> Vec<String> {
    let page = expect_status(
        app.get("/api/v1/applications?awaiting=me", token).await,
        200,
    )
    .await;
    page["items"].as_array().unwrap().iter().map(id).collect()
}

/// Changes some fields of the approval policy as the admin: GET, change,
/// PUT. A field given as `null` is left out, so it takes its default.
pub(crate) async fn change_policy(app: &TestApp, change: Value) {
    let mut policy = expect_status(
        app.get("/api/v1/approval-policy", &app.admin_token).await,
        200,
    )
    .await;
    let doc = policy.as_object_mut().unwrap();
    doc.remove("version");
    for (k, v) in change.as_object().unwrap() {
        match v {
            Value::Null => doc.remove(k),
            v => doc.insert(k.clone(), v.clone()),
        };
    }
    let put = app
        .request(
            Method::PUT,
            "/api/v1/approval-policy",
            Some(&app.admin_token),
        )
        .json(&policy)
        .checked()
        .await;
    expect_status(put, 200).await;
}
