//! Pages in the reader's language: the person's choice (profile page or
//! `PATCH /api/v1/me`), else the sign-in switcher's cookie or the
//! browser's `Accept-Language`, else `PROCURA_DEFAULT_LOCALE`; every page
//! rendered in each language shows no raw message id.

use reqwest::header;
use serde_json::json;

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

#[tokio::test]
async fn every_page_is_shown_in_the_language_the_person_chose() {
    let app = spawn().await;
    let org = org(&app).await;
    let draft = create(&app, &org.emp.1, &body("hardware", "2", "1234.5")).await;
    ok(&app, &org.emp.1, &draft, "submit", None).await;
    let application = format!("/applications/{}", id(&draft));
    let ids = message_ids();
    let pages = [
        "/applications",
        "/applications/new",
        "/me",
        "/decided",
        "/delegations",
    ];
    let words = [
        ("ro", "Cererile mele", "2.469,00"),
        ("ru", "Мои заявки", "2\u{a0}469,00"),
        ("uk", "Мої заявки", "2\u{a0}469,00"),
        ("en", "My applications", "2,469.00"),
    ];
    for (lang, mine, total) in words {
        for who in [&org.emp.1, &org.ops_head.1] {
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
        shown.push(("application", head.get(&application).await));
        for (path, page) in &shown {
            assert_eq!(page.status, 200, "{lang} {path}: {}", page.body);
            page.assert_has(&format!("<html lang=\"{lang}\">"));
            page.assert_has(mine);
            let raw: Vec<&String> = ids
                .iter()
                .filter(|id| page.body.contains(&format!(">{id}<")))
                .collect();
            assert!(
                raw.is_empty(),
                "{lang} {path} shows raw ids {raw:?}:\n{}",
                page.body
            );
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
