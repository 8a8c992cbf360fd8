//! The department tree page and a department's form: each under its
//! parent with its head, a new one added, one moved, and a loop, a
//! disabled head and a code already used said beside their fields.

use serde_json::json;

use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn the_tree_is_kept_in_the_browser() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let (_, admin) = app.user_with(&["admin"], None).await;
    let post = |body: serde_json::Value| {
        let app = &app;
        let admin = admin.clone();
        async move {
            let made =
                expect_status(app.post("/api/v1/departments", &admin, &body).await, 201).await;
            made["id"].as_str().unwrap().to_owned()
        }
    };
    let root = post(json!({"name": "Head office", "code": "HQ"})).await;
    let sales = post(json!({"name": "Sales", "code": "SALES", "parent_id": root})).await;
    let (head, _) = app.user_with(&["approver"], None).await;
    let head_id = head["id"].as_str().unwrap().to_owned();

    let (_, employee) = app.user_with(&["employee"], None).await;
    let nobody = Browser::with_session(&app, &employee).await;
    assert_eq!(nobody.get("/admin/departments").await.status, 403);

    let web = Browser::with_session(&app, &admin).await;
    let tree = web.get("/admin/departments").await;
    assert_eq!(tree.status, 200, "{}", tree.body);
    let (hq, s) = (
        tree.body.find(">Head office</a>").unwrap(),
        tree.body.find(">Sales</a>").unwrap(),
    );
    assert!(hq < s, "the parent first: {}", tree.body);
    tree.assert_has("<td class=\"depth-1\"><a href=\"/admin/departments/");

    // A new department under Sales, headed by the approver, marked IT.
    let form = web.get("/admin/departments/new").await;
    let key = form.hidden("key").unwrap();
    let fields = [
        ("key", key.as_str()),
        ("name", "Sales IT"),
        ("code", "SALES-IT"),
        ("parent_id", sales.as_str()),
        ("head_user_id", head_id.as_str()),
        ("is_it", "1"),
    ];
    let made = web.post("/admin/departments/new", &fields).await;
    assert_eq!(made.status, 303, "{}", made.body);
    let tree = web.get("/admin/departments").await;
    tree.assert_has("<td class=\"depth-2\"><a href=\"/admin/departments/");
    tree.assert_has("Test User — ");
    // The same code again: beside the code.
    let key2 = web
        .get("/admin/departments/new")
        .await
        .hidden("key")
        .unwrap();
    let mut again = fields.to_vec();
    again[0] = ("key", key2.as_str());
    let taken = web.post("/admin/departments/new", &again).await;
    assert_eq!(taken.status, 409, "{}", taken.body);
    taken.assert_has("Another department already has this code.");

    // Head office under Sales would be a loop: beside the parent.
    let path = format!("/admin/departments/{root}");
    let page = web.get(&path).await;
    let version = page.hidden("version").unwrap();
    let looped = [
        ("version", version.as_str()),
        ("name", "Head office"),
        ("code", "HQ"),
        ("parent_id", sales.as_str()),
        ("head_user_id", ""),
    ];
    let refused = web.post(&path, &looped).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("aria-describedby=\"parent_id-problem\"");
    refused.assert_has("A department cannot be part of itself");
    // A disabled head: beside the head.
    let patch = json!({"active": false});
    expect_status(
        app.patch(&format!("/api/v1/users/{head_id}"), &admin, &patch, None)
            .await,
        200,
    )
    .await;
    let headed = [
        ("version", version.as_str()),
        ("name", "Head office"),
        ("code", "HQ"),
        ("parent_id", ""),
        ("head_user_id", head_id.as_str()),
    ];
    let refused = web.post(&path, &headed).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("aria-describedby=\"head_user_id-problem\"");
    // Renamed.
    let renamed = [
        ("version", version.as_str()),
        ("name", "Headquarters"),
        ("code", "HQ"),
        ("parent_id", ""),
        ("head_user_id", ""),
    ];
    let saved = web.post(&path, &renamed).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let d = expect_status(
        app.get(&format!("/api/v1/departments/{root}"), &admin)
            .await,
        200,
    )
    .await;
    assert_eq!(d["name"], "Headquarters");
}
