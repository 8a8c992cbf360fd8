//! Mail in each recipient's language: one event told to people who read
//! different languages reaches each, over real SMTP, in their own; the
//! budget's XLSX is headed in its reader's language while its CSV keeps
//! the stable English header.

use std::io::Cursor;

use calamine::{Reader, Xlsx};
use mail_parser::MessageParser;
use serde_json::json;

use crate::budgets::{applications, long_sessions, org, run_due};
use crate::helpers::*;
use crate::stock::{put_policy, setup};

async fn choose(app: &TestApp, token: &str, locale: &str) {
    let patch = json!({ "locale": locale });
    let me = expect_status(app.patch("/api/v1/me", token, &patch, None).await, 200).await;
    assert_eq!(me["locale"], locale);
}

#[tokio::test]
async fn one_alert_reaches_each_specialist_in_their_own_language() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await; // one specialist, who has chosen nothing
    let (ro_user, ro) = app.user_with(&["it_specialist"], None).await;
    let (uk_user, uk) = app.user_with(&["it_specialist"], None).await;
    choose(&app, &ro, "ro").await;
    choose(&app, &uk, "uk").await;
    app.deliver_mail().await; // the accounts' mail out of the way
    let already = app.smtp.received().len();

    // An empty shelf with a policy is low at once: one event, three people.
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "5", "max_level": "20"});
    put_policy(&app, &s.it, &policy).await;
    assert_eq!(app.deliver_mail().await.sent, 3);
    let received = app.smtp.received().split_off(already);
    let read = |address: &str| {
        let m = received
            .iter()
            .find(|m| m.to == [address])
            .unwrap_or_else(|| panic!("nothing to {address}"));
        let parsed = MessageParser::default().parse(&m.data).unwrap();
        (
            parsed.subject().unwrap().to_owned(),
            parsed.body_text(0).unwrap().into_owned(),
            parsed.body_html(0).unwrap().into_owned(),
        )
    };
    let me = expect_status(app.get("/api/v1/me", &s.it).await, 200).await;
    let (subject, text, html) = read(me["email"].as_str().unwrap());
    assert!(subject.starts_with("Low stock"), "{subject}");
    assert!(
        text.contains("TONER-85A") && text.contains("reorder point"),
        "{text}"
    );
    assert!(html.contains("<html lang=\"en\">"));

    let (subject, text, html) = read(ro_user["email"].as_str().unwrap());
    assert!(!subject.contains("Low stock"), "{subject}");
    assert!(
        text.contains("TONER-85A") && text.contains("Bună ziua"),
        "{text}"
    );
    assert!(
        text.contains("reaprovizionare"),
        "the reorder point in Romanian: {text}"
    );
    assert!(html.contains("<html lang=\"ro\">"));

    let (subject, text, html) = read(uk_user["email"].as_str().unwrap());
    assert!(
        subject.chars().any(|c| ('а'..='я').contains(&c)),
        "{subject}"
    );
    assert!(
        text.contains("TONER-85A") && text.contains("Добрий день"),
        "{text}"
    );
    assert!(html.contains("<html lang=\"uk\">"));
}

#[tokio::test]
async fn the_budget_mail_is_written_and_headed_in_each_readers_language() {
    let app = long_sessions().await;
    let o = org(&app).await;
    let (ro_user, ro) = app.user_with(&["finance"], None).await;
    choose(&app, &ro, "ro").await;
    applications(&app, &o).await;
    app.deliver_mail().await;
    let already = app.smtp.received().len();
    assert_eq!(run_due(&app, "2026-06-03T09:00:00Z").await.len(), 1);
    app.deliver_mail().await;
    let mails: Vec<_> = app.smtp.received()[already..]
        .iter()
        .map(|m| {
            MessageParser::default()
                .parse(&m.data)
                .unwrap()
                .into_owned()
        })
        .filter(|m| m.attachments().count() == 2)
        .collect();
    assert_eq!(mails.len(), 2, "one to each finance user");
    let ro_address = ro_user["email"].as_str().unwrap();
    let (theirs, english): (Vec<_>, Vec<_>) = mails
        .iter()
        .partition(|m| m.to().unwrap().first().unwrap().address() == Some(ro_address));
    let sheets = |m: &mail_parser::Message<'_>| {
        let xlsx = m.attachments().nth(1).unwrap().contents().to_vec();
        let book: Xlsx<_> = Xlsx::new(Cursor::new(xlsx)).unwrap();
        book.sheet_names()
    };
    let csv_header = |m: &mail_parser::Message<'_>| {
        let csv = m.attachments().next().unwrap().contents().to_vec();
        String::from_utf8(csv)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(sheets(english[0]), ["Lines", "Carried over", "Totals"]);
    let ro_sheets = sheets(theirs[0]);
    assert_eq!(ro_sheets.len(), 3);
    assert!(!ro_sheets.contains(&"Lines".to_owned()), "{ro_sheets:?}");
    assert_eq!(
        csv_header(theirs[0]),
        csv_header(english[0]),
        "the CSV header is stable"
    );
    let subject = theirs[0].subject().unwrap();
    assert!(subject.contains("iunie 2026"), "{subject}");
    let text = theirs[0].body_text(0).unwrap();
    assert!(text.contains("Bună ziua"), "{text}");
}
