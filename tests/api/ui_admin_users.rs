//! The accounts pages: an admin creates an account (its problems beside
//! its fields), changes its roles and department, gives it a one-time
//! password (typed twice; the owner is asked for their own at sign-in),
//! sees its sessions and ends them, and disables and enables it — never
//! the last admin.

use serde_json::json;

use crate::helpers::*;
use crate::ui_client::Browser;

#[tokio::test]
async fn an_admin_keeps_an_account_in_the_browser() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let (admin_user, admin) = app.user_with(&["admin"], None).await;
    let dept = json!({"name": "Sales", "code": "SALES"});
    let dept = expect_status(app.post("/api/v1/departments", &admin, &dept).await, 201).await;
    let dept_id = dept["id"].as_str().unwrap();
    let (_, employee) = app.user_with(&["employee"], None).await;
    let nobody = Browser::with_session(&app, &employee).await;
    assert_eq!(nobody.get("/admin/users").await.status, 403);

    let web = Browser::with_session(&app, &admin).await;
    let list = web.get("/admin/users").await;
    assert_eq!(list.status, 200, "{}", list.body);
    let form = web.get("/admin/users/new").await;
    let key = form.hidden("key").unwrap();
    let bad = [
        ("key", key.as_str()),
        ("email", "not-an-email"),
        ("name", ""),
        ("password", "short"),
        ("department_id", ""),
    ];
    let refused = web.post("/admin/users/new", &bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for field in ["email", "name", "password", "roles"] {
        refused.assert_has(&format!("aria-describedby=\"{field}-problem\""));
    }
    assert!(
        !refused.body.contains("value=\"short\""),
        "a password is never shown back"
    );
    let good = [
        ("key", key.as_str()),
        ("email", "Maria.Popescu@Example.com"),
        ("name", "Maria Popescu"),
        ("password", "first-password-1"),
        ("roles", "employee"),
        ("roles", "approver"),
        ("department_id", dept_id),
    ];
    let made = web.post("/admin/users/new", &good).await;
    assert_eq!(made.status, 303, "{}", made.body);
    let path = made.location().split('?').next().unwrap().to_owned();
    let id = path.trim_start_matches("/admin/users/").to_owned();
    let user = expect_status(app.get(&format!("/api/v1/users/{id}"), &admin).await, 200).await;
    assert_eq!(user["email"], "maria.popescu@example.com");
    assert_eq!(user["roles"], json!(["employee", "approver"]));
    assert_eq!(user["department_id"], dept_id);
    web.get(made.location())
        .await
        .assert_has("The account is created");
    // The same email again: beside the email.
    let key2 = web.get("/admin/users/new").await.hidden("key").unwrap();
    let mut again = good.to_vec();
    again[0] = ("key", key2.as_str());
    let taken = web.post("/admin/users/new", &again).await;
    assert_eq!(taken.status, 409, "{}", taken.body);
    taken.assert_has("Another account already has this email.");

    // Roles changed; a stale form is refused with the account as it is.
    let page = web.get(&path).await;
    let version = page.hidden("version").unwrap();
    let edit = |version: &str, name: &str| {
        vec![
            ("version".to_owned(), version.to_owned()),
            ("email".to_owned(), "maria.popescu@example.com".to_owned()),
            ("name".to_owned(), name.to_owned()),
            ("roles".to_owned(), "finance".to_owned()),
            ("department_id".to_owned(), String::new()),
        ]
    };
    let fields = edit(&version, "Maria Popescu-Ionescu");
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let saved = web.post(&path, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let user = expect_status(app.get(&format!("/api/v1/users/{id}"), &admin).await, 200).await;
    assert_eq!(
        (user["roles"].clone(), user["department_id"].clone()),
        (json!(["finance"]), json!(null))
    );
    let stale = edit(&version, "Old");
    let stale: Vec<(&str, &str)> = stale
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = web.post(&path, &stale).await;
    assert_eq!(refused.status, 412, "{}", refused.body);
    refused.assert_has("value=\"Maria Popescu-Ionescu\"");

    // Signed in twice, then a one-time password: sessions end, and the
    // pages ask for a new password first.
    app.login("maria.popescu@example.com", "first-password-1")
        .await;
    app.login("maria.popescu@example.com", "first-password-1")
        .await;
    let page = web.get(&path).await;
    assert_eq!(page.body.matches("<tr><td>").count(), 2, "{}", page.body);
    let mismatch = web
        .post(
            &format!("{path}/password"),
            &[
                ("password", "one-time-pass-2"),
                ("password_again", "other-pass-22"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, 422, "{}", mismatch.body);
    mismatch.assert_has("The two passwords differ.");
    let reset = web
        .post(
            &format!("{path}/password"),
            &[
                ("password", "one-time-pass-2"),
                ("password_again", "one-time-pass-2"),
            ],
        )
        .await;
    assert_eq!(reset.status, 303, "{}", reset.body);
    web.get(&path).await.assert_has("Not signed in anywhere.");
    let mut maria = Browser::new(&app);
    let landed = maria
        .sign_in("maria.popescu@example.com", "one-time-pass-2", "/")
        .await;
    assert_eq!(landed.status, 303, "{}", landed.body);
    let home = maria.get("/").await;
    assert_eq!(
        home.status, 303,
        "a one-time password is changed first: {}",
        home.body
    );
    assert!(home.location().starts_with("/me"), "{}", home.location());

    // Sign out everywhere, then disable and enable.
    app.login("maria.popescu@example.com", "one-time-pass-2")
        .await;
    let ended = web.post(&format!("{path}/sessions/end"), &[]).await;
    assert_eq!(ended.status, 303, "{}", ended.body);
    web.get(ended.location())
        .await
        .assert_has("Not signed in anywhere.");
    let user = expect_status(app.get(&format!("/api/v1/users/{id}"), &admin).await, 200).await;
    let version = user["version"].to_string();
    let off = web
        .post(
            &format!("{path}/active"),
            &[("active", "0"), ("version", &version)],
        )
        .await;
    assert_eq!(off.status, 303, "{}", off.body);
    web.get("/admin/users?state=disabled")
        .await
        .assert_has("Maria Popescu-Ionescu");
    let user = expect_status(app.get(&format!("/api/v1/users/{id}"), &admin).await, 200).await;
    assert_eq!(user["active"], false);
    let version = user["version"].to_string();
    let on = web
        .post(
            &format!("{path}/active"),
            &[("active", "1"), ("version", &version)],
        )
        .await;
    assert_eq!(on.status, 303, "{}", on.body);

    // The last admin cannot disable themself: said at the top.
    let me = format!("/admin/users/{}", admin_user["id"].as_str().unwrap());
    let boot = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let boot_id = expect_status(app.get("/api/v1/me", &boot).await, 200).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let patch = json!({"active": false});
    expect_status(
        app.patch(&format!("/api/v1/users/{boot_id}"), &admin, &patch, None)
            .await,
        200,
    )
    .await;
    let mine = expect_status(
        app.get(&me.replace("/admin/users/", "/api/v1/users/"), &admin)
            .await,
        200,
    )
    .await;
    let version = mine["version"].to_string();
    let last = web
        .post(
            &format!("{me}/active"),
            &[("active", "0"), ("version", &version)],
        )
        .await;
    assert_eq!(last.status, 409, "{}", last.body);
}
