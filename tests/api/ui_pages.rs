//! The pages over HTTP, as a browser without JavaScript uses them: sign-in
//! and back to the page asked for, the application form with every problem
//! beside its field, decisions on the page, CSRF refusals, escaping, headers.

use serde_json::json;

use crate::app_fixtures::{create, id, ok, org};
use crate::helpers::*;
use crate::ui_client::{application_id, Browser};

/// Pages are tested on plain http: a Secure cookie would not come back.
async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

fn email_of(user: &serde_json::Value) -> String {
    user["email"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_signed_out_visit_goes_through_sign_in_and_lands_on_the_page() {
    let app = spawn().await;
    let org = org(&app).await;
    let mut browser = Browser::new(&app);
    let asked = browser.get("/inbox?x=1").await;
    assert_eq!(asked.status, 303);
    assert_eq!(asked.location(), "/sign-in?next=%2Finbox%3Fx%3D1");

    let wrong = browser
        .sign_in(&email_of(&org.ops_head.0), "not-the-password", "%2Finbox")
        .await;
    assert_eq!(wrong.status, 401);
    wrong.assert_has("The email or password is wrong.");
    wrong.assert_has(&format!("value=\"{}\"", email_of(&org.ops_head.0)));
    wrong.assert_has("aria-describedby=\"password-problem\"");

    let right = browser
        .sign_in(&email_of(&org.ops_head.0), PASSWORD, "%2Finbox%3Fx%3D1")
        .await;
    assert_eq!(right.status, 303);
    assert_eq!(right.location(), "/inbox?x=1");
    let cookie = right
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    let inbox = browser.get("/inbox?x=1").await;
    assert_eq!(inbox.status, 200);
    inbox.assert_has("Nothing is waiting for your decision.");

    // Elsewhere after sign-in is refused: only this site's paths.
    let mut other = Browser::new(&app);
    let away = other
        .sign_in(&email_of(&org.ops_head.0), PASSWORD, "%2F%2Fevil.example")
        .await;
    assert_eq!(away.location(), "/");
}

#[tokio::test]
async fn https_deployments_get_a_secure_cookie() {
    let app = TestApp::spawn().await; // PROCURA_PUBLIC_URL is https here
    let org = org(&app).await;
    let mut browser = Browser::new(&app);
    let answer = browser
        .sign_in(&email_of(&org.emp.0), PASSWORD, "%2F")
        .await;
    let cookie = answer.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn the_form_shows_every_problem_beside_its_field_then_submits() {
    let app = spawn().await;
    let org = org(&app).await;
    let browser = Browser::with_session(&app, &org.emp.1).await;
    let form = browser.get("/applications/new").await;
    assert_eq!(form.status, 200);
    form.assert_has("name=\"lines[0].description\"");
    // The requester's department pays unless they choose another.
    form.assert_has(&format!("<option value=\"{}\" selected>", org.ops));

    let filled = [
        ("title", "Docking stations"),
        ("department_id", org.ops.as_str()),
        ("lines[0].description", "USB-C dock"),
        ("lines[0].category", "hardware"),
        ("lines[0].quantity", "0"),
        ("lines[0].unit_price", "150.00"),
        ("lines[1].description", ""),
        ("lines[1].category", "hardware"),
        ("lines[1].quantity", ""),
        ("lines[1].unit_price", ""),
        ("action", "submit"),
    ];
    let refused = browser.post("/applications/new", &filled).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("3 things need fixing before this can go on.");
    for field in ["justification", "needed_by", "line-0-quantity"] {
        refused.assert_has(&format!("id=\"{field}-problem\""));
    }
    refused.assert_has("aria-describedby=\"line-0-quantity-problem\"");
    // Saved as a draft, which the form now edits; the blank row is gone.
    let edit_path = refused
        .body
        .split("action=\"")
        .nth(2)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(edit_path.ends_with("/edit"), "{edit_path}");
    assert!(!refused.body.contains("lines[1].description"));
    let version = refused.hidden("version").unwrap();

    let fixed = [
        ("version", version.as_str()),
        ("title", "Docking stations"),
        ("justification", "Hot desks on the 3rd floor"),
        ("department_id", org.ops.as_str()),
        ("needed_by", "2026-07-01"),
        ("lines[0].description", "USB-C dock"),
        ("lines[0].category", "hardware"),
        ("lines[0].quantity", "4"),
        ("lines[0].unit_price", "150.00"),
        ("action", "submit"),
    ];
    let sent = browser.post(&edit_path, &fixed).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let page = browser.get(sent.location()).await;
    page.assert_has("Submitted");
    page.assert_has("600.00 EUR");
    let mine = browser.get("/applications").await;
    mine.assert_has("Docking stations");
    let drafts = browser.get("/applications?status=draft").await;
    drafts.assert_has("You have no applications yet.");
}

#[tokio::test]
async fn rows_are_added_and_removed_without_javascript() {
    let app = spawn().await;
    let org = org(&app).await;
    let browser = Browser::with_session(&app, &org.emp.1).await;
    let row = |action| {
        [
            ("title", "Mice"),
            ("lines[0].description", "Mouse"),
            ("lines[0].category", "hardware"),
            ("lines[0].quantity", "2"),
            ("lines[0].unit_price", "10"),
            ("action", action),
        ]
    };
    let added = browser.post("/applications/new", &row("add-line")).await;
    assert_eq!(added.status, 200);
    added.assert_has("name=\"lines[1].description\"");
    added.assert_has("value=\"Mouse\"");
    let removed = browser.post("/applications/new", &row("remove-0")).await;
    assert!(!removed.body.contains("value=\"Mouse\""));
    // Nothing was stored by either.
    let list = expect_status(
        app.get("/api/v1/applications?mine=true", &org.emp.1).await,
        200,
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn approvers_decide_on_the_page_and_a_return_needs_its_comment() {
    let app = spawn().await;
    let org = org(&app).await;
    let draft = create(
        &app,
        &org.emp.1,
        &crate::app_fixtures::body("hardware", "2", "500"),
    )
    .await;
    ok(&app, &org.emp.1, &draft, "submit", None).await;
    let page_path = format!("/applications/{}", id(&draft));

    let head = Browser::with_session(&app, &org.ops_head.1).await;
    let inbox = head.get("/inbox").await;
    inbox.assert_has(&page_path);
    inbox.assert_has("1 application waits for you");
    let same = head.get(&format!("/inbox?department_id={}", org.ops)).await;
    same.assert_has(&page_path);
    let other = id(&app.department("LAB", None).await);
    let elsewhere = head.get(&format!("/inbox?department_id={other}")).await;
    elsewhere.assert_has("Nothing waiting for your decision matches these filters.");
    elsewhere.assert_has(&format!("<option value=\"{other}\" selected>"));
    let page = head.get(&page_path).await;
    page.assert_has("Your decision");
    let decide = format!("{page_path}/decide");

    let bare = head
        .post(&decide, &[("decision", "return"), ("comment", "")])
        .await;
    assert_eq!(bare.status, 422, "{}", bare.body);
    bare.assert_has("id=\"comment-problem\"");
    let returned = head
        .post(
            &decide,
            &[("decision", "return"), ("comment", "Which model?")],
        )
        .await;
    assert_eq!(returned.status, 303);

    // The requester sees the comment on top of the form, fixes and resubmits.
    let emp = Browser::with_session(&app, &org.emp.1).await;
    let edit = emp.get(&format!("{page_path}/edit")).await;
    edit.assert_has("Returned for correction");
    edit.assert_has("Which model?");
    let again = emp.post(&format!("{page_path}/submit"), &[]).await;
    assert_eq!(again.status, 303, "{}", again.body);

    let approved = head.post(&decide, &[("decision", "approve")]).await;
    assert_eq!(approved.status, 303);
    // Deciding twice tells why instead of failing blankly.
    let twice = head.post(&decide, &[("decision", "approve")]).await;
    assert_eq!(twice.status, 409, "{}", twice.body);
    twice.assert_has("role=\"alert\"");
    let view = expect_status(
        app.get(&format!("/api/v1{page_path}"), &org.emp.1).await,
        200,
    )
    .await;
    assert_eq!(view["history"][4]["action"], "approve", "{view}");
    assert_eq!(view["awaiting"]["kind"], "it_head", "{view}");
}

#[tokio::test]
async fn forms_without_the_token_or_from_another_site_change_nothing() {
    let app = spawn().await;
    let org = org(&app).await;
    let browser = Browser::with_session(&app, &org.emp.1).await;
    let fields = [("title", "Sneaky"), ("action", "save")];
    let no_token = browser
        .post_raw("/applications/new", &fields, Some("same-origin"))
        .await;
    assert_eq!(no_token.status, 403);
    no_token.assert_has("This form has expired");
    let mut with_token = vec![("csrf", browser.csrf.as_str())];
    with_token.extend_from_slice(&fields);
    let cross = browser
        .post_raw("/applications/new", &with_token, Some("cross-site"))
        .await;
    assert_eq!(cross.status, 403);
    let origin = browser
        .http
        .post(format!("{}/applications/new", browser.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .body(format!("csrf={}&title=Sneaky&action=save", browser.csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(origin.status(), 403);
    // Another session's token is not this one's.
    let other = Browser::with_session(&app, &org.ops_head.1).await;
    let wrong = [
        ("csrf", other.csrf.as_str()),
        ("title", "Sneaky"),
        ("action", "save"),
    ];
    assert_eq!(
        browser
            .post_raw("/applications/new", &wrong, None)
            .await
            .status,
        403
    );
    let list = expect_status(
        app.get("/api/v1/applications?mine=true", &org.emp.1).await,
        200,
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn what_people_write_is_shown_as_text_on_every_page() {
    let app = spawn().await;
    let org = org(&app).await;
    let evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    let body = json!({
        "title": evil, "justification": evil, "needed_by": "2026-07-01",
        "department_id": org.ops,
        "lines": [{"description": evil, "category": "hardware", "quantity": "1", "unit_price": "5"}],
    });
    let draft = create(&app, &org.emp.1, &body).await;
    ok(&app, &org.emp.1, &draft, "submit", None).await;
    let page_path = format!("/applications/{}", id(&draft));
    let head = Browser::with_session(&app, &org.ops_head.1).await;
    let back = head
        .post(
            &format!("{page_path}/decide"),
            &[("decision", "return"), ("comment", evil)],
        )
        .await;
    assert_eq!(back.status, 303);
    let emp = Browser::with_session(&app, &org.emp.1).await;
    let pages = [
        emp.get(&page_path).await,
        emp.get(&format!("{page_path}/edit")).await,
        emp.get("/applications").await,
        head.get(&page_path).await,
    ];
    for page in pages {
        assert_eq!(page.status, 200);
        assert!(!page.body.contains("<script>alert"), "{}", page.body);
        assert!(!page.body.contains("<img src=x"), "{}", page.body);
        page.assert_has("&#60;script&#62;alert(1)&#60;/script&#62;");
    }
}

#[tokio::test]
async fn pages_carry_the_security_headers_and_assets_are_immutable() {
    let app = spawn().await;
    let org = org(&app).await;
    let browser = Browser::with_session(&app, &org.emp.1).await;
    let page = browser.get("/applications").await;
    let header = |name: &str| page.headers.get(name).unwrap().to_str().unwrap().to_owned();
    let csp = header("content-security-policy");
    assert!(
        csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("referrer-policy"), "same-origin");
    assert_eq!(header("cache-control"), "no-store");
    assert!(!page.body.contains("<script>"), "no inline script");
    let assets: Vec<&str> = page
        .body
        .split("\"/assets/")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    assert_eq!(assets.len(), 3, "a page loads three assets: {assets:?}");
    for asset in assets {
        let res = browser.get(&format!("/assets/{asset}")).await;
        assert_eq!(res.status, 200);
        let cache = res.headers.get("cache-control").unwrap().to_str().unwrap();
        assert!(cache.contains("immutable"), "{cache}");
    }
    assert_eq!(
        browser.get("/assets/procura.0000000000.css").await.status,
        404
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_for_pages_and_api_alike() {
    let app = spawn().await;
    let org = org(&app).await;
    let browser = Browser::with_session(&app, &org.emp.1).await;
    let out = browser.post("/sign-out", &[]).await;
    assert_eq!(out.status, 303);
    assert_eq!(out.location(), "/sign-in");
    let cookie = out.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.starts_with("procura_session=;"), "{cookie}");
    expect_problem(
        app.get("/api/v1/me", &org.emp.1).await,
        401,
        "token_revoked",
    )
    .await;
}

#[tokio::test]
async fn email_buttons_open_the_pages() {
    let app = spawn().await;
    let org = org(&app).await;
    let draft = create(
        &app,
        &org.emp.1,
        &crate::app_fixtures::body("hardware", "1", "100"),
    )
    .await;
    ok(&app, &org.emp.1, &draft, "submit", None).await;
    let mail = app.queued_mail().await;
    let needed = mail
        .iter()
        .find(|m| m.recipients.contains(&email_of(&org.ops_head.0)))
        .expect("approval mail");
    let link = format!("http://127.0.0.1/applications/{}", id(&draft));
    assert!(needed.body_text.contains(&link), "{}", needed.body_text);
    // The HTML part escapes the slashes; the button points at the same page.
    assert!(
        needed.body_html.contains(&link.replace('/', "&#x2f;")),
        "{}",
        needed.body_html
    );
    assert!(
        !needed.body_text.contains("/api/v1/"),
        "{}",
        needed.body_text
    );
}

#[tokio::test]
async fn the_requester_cancels_and_changes_their_password_on_the_page() {
    let app = spawn().await;
    let org = org(&app).await;
    let draft = create(
        &app,
        &org.emp.1,
        &crate::app_fixtures::body("hardware", "1", "100"),
    )
    .await;
    let browser = Browser::with_session(&app, &org.emp.1).await;
    let path = format!("/applications/{}", id(&draft));
    let cancelled = browser
        .post(&format!("{path}/cancel"), &[("comment", "Not needed")])
        .await;
    assert_eq!(cancelled.status, 303);
    assert_eq!(application_id(cancelled.location()), id(&draft));
    browser.get(&path).await.assert_has("Cancelled");

    let mismatch = browser
        .post(
            "/me/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a-new-password-1"),
                ("confirm_password", "other"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, 422);
    mismatch.assert_has("id=\"confirm_password-problem\"");
    let changed = browser
        .post(
            "/me/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a-new-password-1"),
                ("confirm_password", "a-new-password-1"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303, "{}", changed.body);
    browser
        .get("/me?changed=1")
        .await
        .assert_has("Your password has been changed.");
}
