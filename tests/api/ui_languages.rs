//! Pages in the reader's language: the person's choice (profile page or
//! `PATCH /api/v1/me`), else the sign-in switcher's cookie or the
//! browser's `Accept-Language`, else `PROCURA_DEFAULT_LOCALE`; every page
//! rendered in each language shows no raw message id and no English text
//! outside the reviewed list (`src/locales/same-as-english.txt`); the pages
//! that say why a page could not be shown speak the reader's language too.

use reqwest::header;
use serde_json::{json, Value};

use crate::app_fixtures::{body, create, id, ok, org};
use crate::helpers::*;
use crate::ui_client::Browser;

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

/// Every message id of the English catalogue.
fn message_ids() -> Vec<String> {
    let text = include_str!("../../src/locales/en/ui.ftl");
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// The English messages a page may not show in another language: every
/// one of a few words or more, except those `same-as-english.txt` lets
/// `lang` keep, as `(text, id)`.
fn english_texts(lang: &str) -> Vec<(String, String)> {
    let allowed: Vec<String> = include_str!("../../src/locales/same-as-english.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter_map(|l| l.strip_prefix(&format!("{lang} ")))
        .map(|id| id.trim().to_owned())
        .collect();
    include_str!("../../src/locales/en/ui.ftl")
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, text)| (text.trim().to_owned(), id.trim().to_owned()))
        .filter(|(text, id)| !text.contains('{') && text.len() > 3 && !allowed.contains(id))
        .collect()
}

/// The text between a page's tags, each piece trimmed.
fn texts_of(html: &str) -> Vec<String> {
    html.split('>')
        .filter_map(|piece| piece.split('<').next())
        .map(|t| t.trim().replace("&#38;", "&").replace("&#39;", "'"))
        .filter(|t| !t.is_empty())
        .collect()
}

/// An item with a policy, a receipt, an issue and a count behind it: its
/// page, its four movement forms, its policy form, a count sheet and the
/// count document.
async fn stock_pages(app: &TestApp, it: &str) -> Vec<String> {
    let post = |path: &'static str, body: Value| async move {
        expect_status(app.post(path, it, &body).await, 201).await
    };
    let wh = post(
        "/api/v1/locations",
        json!({"code": "WH-L", "name": "Depozit", "kind": "warehouse"}),
    )
    .await;
    let wh = wh["id"].as_str().unwrap().to_owned();
    let item = post(
        "/api/v1/items",
        json!({"sku": "TONER-L", "name": "Toner", "unit": "pcs", "unit_cost": "50"}),
    )
    .await;
    let item = item["id"].as_str().unwrap().to_owned();
    for (kind, quantity) in [("receipt", "12"), ("issue", "3")] {
        let movement = json!({"kind": kind, "item_id": item, "location_id": wh, "quantity": quantity, "note": "—"});
        post("/api/v1/stock/movements", movement).await;
    }
    let policy =
        json!({"item_id": item, "location_id": wh, "reorder_point": "10", "max_level": "20"});
    assert!(crate::stock::put_policy(app, it, &policy)
        .await
        .status()
        .is_success());
    let count = json!({"location_id": wh, "lines": [{"item_id": item, "counted": "8"}]});
    let count = post("/api/v1/stock/counts", count).await;
    let mut pages = vec![format!("/stock/items/{item}")];
    for kind in ["receipt", "issue", "transfer", "write_off"] {
        pages.push(format!(
            "/stock/items/{item}/move?kind={kind}&location_id={wh}"
        ));
    }
    pages.push(format!("/stock/items/{item}/policy?location_id={wh}"));
    pages.push(format!("/stock/counts/new?location_id={wh}"));
    pages.push(format!("/stock/counts/{}", count["id"].as_str().unwrap()));
    // 8 after the count, under the reorder point of 10: a suggestion.
    pages.push("/stock/replenishment".to_owned());
    for page in ["/catalogue", "/catalogue/new", "/catalogue/import"] {
        pages.push(page.to_owned());
    }
    pages.push(format!("/catalogue/items/{item}"));
    pages
}

/// Two revisions of this week's budget: the list, a revision's page and
/// the two compared.
async fn budget_pages(app: &TestApp, it: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for _ in 0..2 {
        let week = json!({"kind": "weekly", "period_start": "2026-06-01"});
        let budget = expect_status(app.post("/api/v1/budgets", it, &week).await, 201).await;
        ids.push(budget["id"].as_str().unwrap().to_owned());
    }
    vec![
        "/budgets".to_owned(),
        format!("/budgets/{}", ids[0]),
        format!("/budgets/{}/compare?with={}", ids[1], ids[0]),
    ]
}

#[tokio::test]
async fn every_page_is_shown_in_the_language_the_person_chose() {
    let app = spawn().await;
    let org = org(&app).await;
    let draft = create(&app, &org.emp.1, &body("hardware", "2", "1234.5")).await;
    ok(&app, &org.emp.1, &draft, "submit", None).await;
    let application = format!("/applications/{}", id(&draft));
    // One to order and one ordered, for the specialist's two forms.
    let mut fulfilled = Vec::new();
    for ordered in [false, true] {
        let other = create(&app, &org.emp.1, &body("other", "1", "10")).await;
        ok(&app, &org.emp.1, &other, "submit", None).await;
        let approved = ok(&app, &org.ops_head.1, &other, "approve", None).await;
        let path = format!("/applications/{}", id(&approved));
        if ordered {
            let line = id(&approved["lines"][0]);
            let order = json!({"supplier": "Acme", "reference": "PO-1",
                "lines": [{"line_id": line, "unit_price": "10"}]});
            ok(&app, &org.specialist.1, &approved, "order", Some(order)).await;
            fulfilled.push(format!("{path}/receive"));
        } else {
            fulfilled.push(format!("{path}/order"));
        }
    }
    // The decision link of the first one's "approval needed" mail.
    let decide = app
        .queued_mail()
        .await
        .into_iter()
        .find_map(|m| {
            let at = m.body_text.find("http://127.0.0.1/decide/")?;
            let link = m.body_text[at..].split_whitespace().next()?.to_owned();
            Some(link.trim_start_matches("http://127.0.0.1").to_owned())
        })
        .expect("a decision link");
    let stock_pages = stock_pages(&app, &org.specialist.1).await;
    let budget_pages = budget_pages(&app, &org.specialist.1).await;
    let (admin_user, admin) = app.user_with(&["admin"], None).await;
    // The admin's own entries: the bootstrap admin's name, "Administrator",
    // is data that happens to equal a message.
    let departments = expect_status(app.get("/api/v1/departments", &admin).await, 200).await;
    let department = format!(
        "/admin/departments/{}",
        departments["items"][0]["id"].as_str().unwrap()
    );
    let account = format!("/admin/users/{}", admin_user["id"].as_str().unwrap());
    let audit = format!(
        "/admin/audit?actor_id={}",
        admin_user["id"].as_str().unwrap()
    );
    let ids = message_ids();
    let pages = [
        "/",
        "/applications",
        "/applications/new",
        "/me",
        "/decided",
        "/delegations",
    ];
    let words = [
        ("ro", "Cererile mele", "2\u{a0}469,00"),
        ("ru", "Мои заявки", "2\u{a0}469,00"),
        ("uk", "Мої заявки", "2\u{a0}469,00"),
        ("en", "My applications", "2,469.00"),
    ];
    for (lang, mine, total) in words {
        for who in [
            &org.emp.1,
            &org.ops_head.1,
            &org.specialist.1,
            &org.finance.1,
            &admin,
        ] {
            let patch = json!({"locale": lang});
            let me = expect_status(app.patch("/api/v1/me", who, &patch, None).await, 200).await;
            assert_eq!(me["locale"], lang);
        }
        let emp = Browser::with_session(&app, &org.emp.1).await;
        let head = Browser::with_session(&app, &org.ops_head.1).await;
        let mut shown = Vec::new();
        for path in pages {
            shown.push((path, emp.get(path).await));
        }
        shown.push(("inbox", head.get("/inbox").await));
        let it = Browser::with_session(&app, &org.specialist.1).await;
        for path in ["/to-order", "/deliveries", "/stock"] {
            shown.push((path, it.get(path).await));
        }
        for path in fulfilled.iter().chain(&stock_pages) {
            shown.push((path.as_str(), it.get(path).await));
        }
        let finance = Browser::with_session(&app, &org.finance.1).await;
        for path in &budget_pages {
            shown.push((path.as_str(), finance.get(path).await));
        }
        let admin_web = Browser::with_session(&app, &admin).await;
        for path in [
            "/admin",
            "/admin/notifications",
            &audit,
            "/admin/users?role=finance",
            "/admin/users/new",
            &account,
            "/admin/departments",
            "/admin/departments/new",
            "/admin/schedules",
            "/admin/policy",
            &department,
        ] {
            shown.push((path, admin_web.get(path).await));
        }
        // Pages nobody is signed in to: in the browser's language.
        let anyone = Browser::new(&app);
        let sign_in = format!("/sign-in?lang={lang}");
        shown.push(("sign-in", anyone.get(&sign_in).await));
        shown.push(("decision link", anyone.get(&decide).await));
        // A form whose session ended: the sign-in that keeps it, in the
        // browser's language, then the page that sends it on, in the
        // person's own.
        let kept = anyone
            .post_with_language("/applications/new", &[("title", "x")], lang)
            .await;
        assert_eq!(kept.status, 401, "{lang}: {}", kept.body);
        let mut sign_in = kept.hidden_fields();
        sign_in.push((
            "email".to_owned(),
            org.emp.0["email"].as_str().unwrap().to_owned(),
        ));
        sign_in.push(("password".to_owned(), PASSWORD.to_owned()));
        let pairs: Vec<(&str, &str)> = sign_in
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let resumed = anyone
            .post_raw("/sign-in", &pairs, Some("same-origin"))
            .await;
        shown.push(("sign-in keeping a form", kept));
        shown.push(("sending a kept form", resumed));
        shown.push(("application", head.get(&application).await));
        for (path, page) in &shown {
            let status = if *path == "sign-in keeping a form" {
                401
            } else {
                200
            };
            assert_eq!(page.status, status, "{lang} {path}: {}", page.body);
            page.assert_has(&format!("<html lang=\"{lang}\">"));
            let anonymous = [
                "sign-in",
                "decision link",
                "sign-in keeping a form",
                "sending a kept form",
            ];
            if !anonymous.contains(path) {
                page.assert_has(mine);
            }
            let raw: Vec<&String> = ids
                .iter()
                .filter(|id| page.body.contains(&format!(">{id}<")))
                .collect();
            assert!(
                raw.is_empty(),
                "{lang} {path} shows raw ids {raw:?}:\n{}",
                page.body
            );
            if lang != "en" {
                let english = english_texts(lang);
                let left: Vec<&(String, String)> = texts_of(&page.body)
                    .iter()
                    .filter_map(|t| english.iter().find(|(e, _)| e == t))
                    .collect();
                assert!(left.is_empty(), "{lang} {path} still reads {left:?}");
            }
        }
        shown.last().unwrap().1.assert_has(total);
    }
}

#[tokio::test]
async fn the_browser_decides_until_the_person_chooses() {
    let app = spawn().await;
    let org = org(&app).await;
    // Signed out: Accept-Language, then the switcher, whose cookie stays.
    let anyone = Browser::new(&app);
    let asked = anyone
        .http
        .get(format!("{}/sign-in", app.base))
        .header(header::ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(asked.contains("<html lang=\"uk\">"), "{asked}");
    let switched = anyone.get("/sign-in?lang=ro&next=%2Finbox").await;
    switched.assert_has("<html lang=\"ro\">");
    switched.assert_has("Autentificare");
    switched.assert_has("href=\"/sign-in?lang=ru&#38;next=%2Finbox\"");
    anyone
        .get("/sign-in")
        .await
        .assert_has("<html lang=\"ro\">");

    // Signed in without a choice, the page follows the browser; the
    // profile's choice then wins over it, and "as my browser asks" undoes it.
    let mut emp = Browser::with_session(&app, &org.emp.1).await;
    let fetch = |b: &Browser| {
        b.http
            .get(format!("{}/me", app.base))
            .header(header::ACCEPT_LANGUAGE, "ru")
            .send()
    };
    let by_browser = fetch(&emp).await.unwrap().text().await.unwrap();
    assert!(by_browser.contains("<html lang=\"ru\">"), "{by_browser}");
    emp.csrf = Browser::with_session(&app, &org.emp.1).await.csrf;
    let saved = emp.post("/me/language", &[("locale", "uk")]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let chosen = fetch(&emp).await.unwrap().text().await.unwrap();
    assert!(chosen.contains("<html lang=\"uk\">"), "{chosen}");
    assert!(
        chosen.contains("<option value=\"uk\" lang=\"uk\" selected>"),
        "{chosen}"
    );
    let me = expect_status(app.get("/api/v1/me", &org.emp.1).await, 200).await;
    assert_eq!(me["locale"], "uk");
    let bad = emp.post("/me/language", &[("locale", "de")]).await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    bad.assert_has("id=\"locale-problem\"");
    assert_eq!(
        emp.post("/me/language", &[("locale", "")]).await.status,
        303
    );
    let me = expect_status(app.get("/api/v1/me", &org.emp.1).await, 200).await;
    assert_eq!(me["locale"], serde_json::Value::Null);
    let wrong = app
        .patch("/api/v1/me", &org.emp.1, &json!({"locale": "de"}), None)
        .await;
    let problem = expect_problem(wrong, 422, "validation_failed").await;
    assert_eq!(error_fields(&problem), ["locale"]);
}

#[tokio::test]
async fn the_pages_that_say_why_not_speak_the_readers_language() {
    let app = spawn().await;
    let org = org(&app).await;
    // A path nobody serves, for a browser that asks in Romanian.
    let page = |path: &str, lang: &str| {
        Browser::new(&app)
            .http
            .get(format!("{}{path}", app.base))
            .header(header::ACCEPT, "text/html")
            .header(header::ACCEPT_LANGUAGE, lang)
            .send()
    };
    let missing = page("/no-such-page", "ro-RO,ro;q=0.9").await.unwrap();
    assert_eq!(missing.status(), 404);
    let body = missing.text().await.unwrap();
    assert!(body.contains("<html lang=\"ro\">"), "{body}");
    assert!(body.contains("Pagina nu a fost găsită"), "{body}");

    // A signed-in person's own choice wins over the browser's, also on the
    // page for an application that does not exist.
    let patch = json!({"locale": "uk"});
    expect_status(app.patch("/api/v1/me", &org.emp.1, &patch, None).await, 200).await;
    let emp = Browser::with_session(&app, &org.emp.1).await;
    let gone = emp
        .http
        .get(format!(
            "{}/applications/0190f5d2-8a3c-7b1e-9f00-0123456789ab",
            app.base
        ))
        .header(header::ACCEPT_LANGUAGE, "ru")
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 404);
    let body = gone.text().await.unwrap();
    assert!(body.contains("<html lang=\"uk\">"), "{body}");
    assert!(body.contains("Не знайдено"), "{body}");

    // An expired form (no token) from a Russian browser.
    let anyone = Browser::new(&app);
    let expired = anyone
        .http
        .post(format!("{}/sign-in", app.base))
        .header(header::ACCEPT_LANGUAGE, "ru")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body("email=a%40b.c&password=x")
        .send()
        .await
        .unwrap();
    assert_eq!(expired.status(), 403);
    let body = expired.text().await.unwrap();
    assert!(body.contains("Форма устарела"), "{body}");
}
