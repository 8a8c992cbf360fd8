//! Departments: the organisation tree.

use serde_json::{json, Value};

use crate::helpers::*;

#[tokio::test]
async fn departments_form_a_tree_with_heads() {
    let app = TestApp::spawn().await;
    let root = app.department("HQ", None).await;
    let it = app.department("IT", root["id"].as_str()).await;
    let (head, _) = app.user_with(&["approver"], it["id"].as_str()).await;
    let path = format!("/api/v1/departments/{}", it["id"].as_str().unwrap());
    let body = json!({"head_user_id": head["id"], "is_it": true, "name": "Information Technology"});
    let updated = expect_status(
        app.patch(&path, &app.admin_token, &body, Some(1)).await,
        200,
    )
    .await;
    assert_eq!(updated["head_user_id"], head["id"]);
    assert_eq!(updated["is_it"], true);
    assert_eq!(updated["parent_id"], root["id"]);
    assert_eq!(updated["version"], 2);

    let children = expect_status(
        app.get(
            &format!(
                "/api/v1/departments?parent_id={}",
                root["id"].as_str().unwrap()
            ),
            &app.admin_token,
        )
        .await,
        200,
    )
    .await;
    let ids: Vec<&Value> = children["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert_eq!(ids, [&it["id"]]);

    // null clears a link; absence keeps it.
    let cleared = expect_status(
        app.patch(&path, &app.admin_token, &json!({"parent_id": null}), None)
            .await,
        200,
    )
    .await;
    assert_eq!(cleared["parent_id"], Value::Null);
    assert_eq!(cleared["head_user_id"], head["id"]);
}

#[tokio::test]
async fn loops_and_dangling_links_are_refused() {
    let app = TestApp::spawn().await;
    let a = app.department("A", None).await;
    let b = app.department("B", a["id"].as_str()).await;
    let c = app.department("C", b["id"].as_str()).await;
    let path_a = format!("/api/v1/departments/{}", a["id"].as_str().unwrap());
    let problem = expect_problem(
        app.patch(
            &path_a,
            &app.admin_token,
            &json!({"parent_id": c["id"]}),
            None,
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "parent_id");
    assert_eq!(problem["errors"][0]["code"], "creates_cycle");
    expect_problem(
        app.patch(
            &path_a,
            &app.admin_token,
            &json!({"parent_id": a["id"]}),
            None,
        )
        .await,
        422,
        "validation_failed",
    )
    .await;

    let missing = "0195f0e2-0000-7000-8000-000000000000";
    let body = json!({"code": "D", "name": "D", "parent_id": missing, "head_user_id": missing});
    let problem = expect_problem(
        app.post("/api/v1/departments", &app.admin_token, &body)
            .await,
        422,
        "validation_failed",
    )
    .await;
    let mut fields = error_fields(&problem);
    fields.sort();
    assert_eq!(fields, ["head_user_id", "parent_id"]);
}

#[tokio::test]
async fn codes_are_unique_and_well_formed() {
    let app = TestApp::spawn().await;
    app.department("FIN", None).await;
    let problem = expect_problem(
        app.post(
            "/api/v1/departments",
            &app.admin_token,
            &json!({"code": "FIN", "name": "Other"}),
        )
        .await,
        409,
        "already_exists",
    )
    .await;
    assert_eq!(error_fields(&problem), ["code"]);
    let problem = expect_problem(
        app.post(
            "/api/v1/departments",
            &app.admin_token,
            &json!({"code": "has space", "name": ""}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let mut fields = error_fields(&problem);
    fields.sort();
    assert_eq!(fields, ["code", "name"]);
}

#[tokio::test]
async fn unknown_departments_are_404() {
    let app = TestApp::spawn().await;
    let path = "/api/v1/departments/0195f0e2-0000-7000-8000-000000000000";
    expect_problem(app.get(path, &app.admin_token).await, 404, "not_found").await;
    expect_problem(
        app.patch(path, &app.admin_token, &json!({"name": "x"}), None)
            .await,
        404,
        "not_found",
    )
    .await;
}
