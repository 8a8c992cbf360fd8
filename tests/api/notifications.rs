//! Email through the outbox, delivered to a real SMTP server on loopback.

use chrono::Duration;
use mail_parser::{MessageParser, MimeHeaders};
use procura::db;
use procura::service::outbox::{enqueue, NewAttachment, Notification};
use reqwest::Method;
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::helpers::*;

/// Lists notifications with a fresh admin token (tests move the clock by days).
async fn notifications(app: &TestApp, status: &str) -> Vec<Value> {
    let token = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let page = expect_status(
        app.get(&format!("/api/v1/notifications?status={status}"), &token)
            .await,
        200,
    )
    .await;
    page["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_new_account_is_mailed_as_text_and_html() {
    let app = TestApp::spawn().await;
    let (user, _) = app.api_user_with(&["employee"], None).await;
    let email = user["email"].as_str().unwrap();
    assert_eq!(
        app.smtp.received().len(),
        0,
        "nothing is sent inside the request"
    );

    let report = app.deliver_mail().await;
    assert_eq!(report.sent, 1);
    let received = app.smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, [email]);
    assert_eq!(received[0].from, "procura@example.com");
    let message = MessageParser::default().parse(&received[0].data).unwrap();
    assert_eq!(
        message.subject(),
        Some("Your Procura account has been created")
    );
    let text = message.body_text(0).unwrap();
    let html = message.body_html(0).unwrap();
    assert!(text.contains(email), "{text}");
    assert!(html.contains("procura.example.com"), "{html}");

    let sent = notifications(&app, "sent").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["kind"], "account_created");
    assert_eq!(sent[0]["to"], json!([email]));
    assert_eq!(sent[0]["attempts"], 1);
    let id = sent[0]["id"].as_str().unwrap();
    assert_eq!(
        message.message_id(),
        Some(format!("{id}@example.com").as_str())
    );
    assert!(notifications(&app, "pending").await.is_empty());
}

#[tokio::test]
async fn an_smtp_outage_loses_nothing_and_sends_each_message_once() {
    let app = TestApp::spawn().await;
    app.smtp.stop();
    let mut emails = Vec::new();
    for _ in 0..3 {
        let (user, _) = app.api_user_with(&["employee"], None).await;
        emails.push(user["email"].as_str().unwrap().to_owned());
    }
    let report = app.deliver_mail().await;
    assert_eq!(report.sent, 0, "{report:?}");
    assert_eq!(report.retried + report.deferred, 3, "{report:?}");
    let pending = notifications(&app, "pending").await;
    assert_eq!(pending.len(), 3);
    assert!(
        pending[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("unreachable"),
        "{}",
        pending[0]
    );

    app.smtp.restart().await;
    // Not due yet: the first retry is about a minute after the failure.
    assert_eq!(app.deliver_mail().await.sent, 0);
    app.clock.advance(Duration::minutes(2));
    assert_eq!(app.deliver_mail().await.sent, 3);
    assert_eq!(
        app.deliver_mail().await,
        Default::default(),
        "nothing is sent twice"
    );

    let mut delivered: Vec<String> = app
        .smtp
        .received()
        .iter()
        .map(|m| m.to[0].clone())
        .collect();
    delivered.sort();
    emails.sort();
    assert_eq!(delivered, emails, "each exactly once");
    assert!(notifications(&app, "pending").await.is_empty());
}

#[tokio::test]
async fn messages_to_one_recipient_keep_their_order_through_an_outage() {
    let app = TestApp::spawn().await;
    let templates = app.ctx.templates.clone();
    let now = app.clock_now();
    app.ctx
        .db
        .write(move |conn| {
            for i in 0..5 {
                let mut context = procura::mail::defaults::sample_context("application_returned");
                context["comment"] = json!(format!("message {i}"));
                let n = Notification {
                    kind: "application_returned",
                    to: vec!["ann@example.com".into()],
                    context,
                    attachments: vec![],
                };
                enqueue(conn, &templates, now, n)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    app.smtp.stop();
    let report = app.deliver_mail().await;
    assert_eq!(
        (report.retried, report.deferred),
        (1, 4),
        "one lane stops at the first failure"
    );
    app.smtp.restart().await;
    app.clock.advance(Duration::minutes(2));
    assert_eq!(app.deliver_mail().await.sent, 5);
    let order: Vec<String> = app
        .smtp
        .received()
        .iter()
        .map(|m| {
            let text = MessageParser::default()
                .parse(&m.data)
                .unwrap()
                .body_text(0)
                .unwrap()
                .into_owned();
            let line = text.lines().find(|l| l.contains("message ")).unwrap();
            line[line.find("message ").unwrap()..].trim().to_owned()
        })
        .collect();
    let expected: Vec<String> = (0..5).map(|i| format!("message {i}")).collect();
    assert_eq!(order, expected);
}

#[tokio::test]
async fn temporary_refusals_back_off_and_permanent_ones_fail() {
    let app = TestApp::spawn().await;
    let (busy, _) = app.api_user_with(&["employee"], None).await;
    let busy = busy["email"].as_str().unwrap();
    let (gone, _) = app.api_user_with(&["employee"], None).await;
    let gone = gone["email"].as_str().unwrap();
    app.smtp.refuse(busy, "451 try again later");
    app.smtp.refuse(gone, "550 no such mailbox");

    let report = app.deliver_mail().await;
    assert_eq!((report.retried, report.failed), (1, 1), "{report:?}");
    let failed = notifications(&app, "failed").await;
    assert_eq!(failed[0]["to"], json!([gone]));
    assert!(
        failed[0]["last_error"].as_str().unwrap().contains("550"),
        "{}",
        failed[0]
    );

    // Each delay is the nominal one ±10 % jitter: 85 % is too early, 115 % is due.
    let mut last_attempt = app.clock_now();
    for (minutes, attempts) in [(1, 2), (5, 3), (30, 4), (120, 5), (360, 6)] {
        app.clock
            .set(last_attempt + Duration::seconds(minutes * 60 * 85 / 100));
        assert_eq!(
            app.deliver_mail().await.retried,
            0,
            "not due before its backoff"
        );
        last_attempt += Duration::seconds(minutes * 60 * 115 / 100);
        app.clock.set(last_attempt);
        assert_eq!(app.deliver_mail().await.retried, 1);
        let pending = notifications(&app, "pending").await;
        assert_eq!(pending[0]["attempts"], attempts);
    }
    // Three days after it was queued, it gives up.
    app.clock.advance(Duration::days(3));
    assert_eq!(app.deliver_mail().await.failed, 1);
    assert_eq!(notifications(&app, "failed").await.len(), 2);
}

#[tokio::test]
async fn an_admin_can_retry_a_failed_message_but_never_resend_a_sent_one() {
    let app = TestApp::spawn().await;
    let (user, _) = app.api_user_with(&["employee"], None).await;
    let email = user["email"].as_str().unwrap();
    app.smtp.refuse(email, "550 mailbox disabled");
    app.deliver_mail().await;
    let failed = notifications(&app, "failed").await;
    let path = format!(
        "/api/v1/notifications/{}/retry",
        failed[0]["id"].as_str().unwrap()
    );

    app.smtp.accept_all();
    let res = app
        .request(Method::POST, &path, Some(&app.admin_token))
        .checked()
        .await;
    assert_eq!(expect_status(res, 200).await["status"], "pending");
    assert_eq!(app.deliver_mail().await.sent, 1);
    let res = app
        .request(Method::POST, &path, Some(&app.admin_token))
        .checked()
        .await;
    expect_problem(res, 409, "already_sent").await;
    assert_eq!(app.smtp.received().len(), 1);
}

#[tokio::test]
async fn a_queued_message_is_not_requeued_behind_the_dispatchers_back() {
    let app = TestApp::spawn().await;
    app.api_user_with(&["employee"], None).await;
    let pending = notifications(&app, "pending").await;
    let path = format!(
        "/api/v1/notifications/{}/retry",
        pending[0]["id"].as_str().unwrap()
    );
    let res = app
        .request(Method::POST, &path, Some(&app.admin_token))
        .checked()
        .await;
    expect_problem(res, 409, "already_pending").await;
}

#[tokio::test]
async fn two_dispatchers_share_the_queue_without_duplicates() {
    let app = TestApp::spawn().await;
    for _ in 0..12 {
        app.api_user_with(&["employee"], None).await;
    }
    let other = procura::jobs::dispatcher::Dispatcher::new(
        app.ctx.db.clone(),
        app.ctx.clock.clone(),
        std::sync::Arc::new(
            procura::mail::Mailer::new(
                Some(&app.smtp.url()),
                "procura@example.com",
                std::path::Path::new("."),
            )
            .unwrap(),
        ),
    );
    let (a, b) = tokio::join!(app.dispatcher.run_once(), other.run_once());
    assert_eq!(a.unwrap().sent + b.unwrap().sent, 12);
    let mut ids: Vec<String> = app
        .smtp
        .received()
        .iter()
        .map(|m| {
            MessageParser::default()
                .parse(&m.data)
                .unwrap()
                .message_id()
                .unwrap()
                .to_owned()
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12);
}

#[tokio::test]
async fn a_claim_left_by_a_dead_instance_is_taken_over_after_its_lease() {
    let app = TestApp::spawn().await;
    app.api_user_with(&["employee"], None).await;
    let now = app.clock_now();
    let lease_until = db::time::to_db(now + Duration::minutes(5));
    let claimed = app
        .ctx
        .db
        .write(move |conn| {
            Ok(db::outbox::claim_due(
                conn,
                db::time::to_db(now),
                "dead-instance",
                lease_until,
                10,
            )?)
        })
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(
        app.deliver_mail().await.sent,
        0,
        "leased to another instance"
    );
    app.clock.advance(Duration::minutes(6));
    assert_eq!(app.deliver_mail().await.sent, 1);
}

#[tokio::test]
async fn attachments_arrive_intact() {
    let app = TestApp::spawn().await;
    let templates = app.ctx.templates.clone();
    let now = app.clock_now();
    let csv = b"line,total\n1,10.50\n2,4.25\n".to_vec();
    let context = procura::mail::defaults::sample_context("budget_ready");
    let notification = Notification {
        kind: "budget_ready",
        to: vec!["finance@example.com".into()],
        context,
        attachments: vec![NewAttachment {
            filename: "budget.csv".into(),
            content_type: "text/csv".into(),
            content: csv.clone(),
        }],
    };
    app.ctx
        .db
        .write(move |conn| enqueue(conn, &templates, now, notification))
        .await
        .unwrap();
    assert_eq!(app.deliver_mail().await.sent, 1);
    let raw = &app.smtp.received()[0].data;
    let message = MessageParser::default().parse(raw).unwrap();
    let attachment = message.attachment(0).expect("an attachment");
    assert_eq!(attachment.attachment_name(), Some("budget.csv"));
    assert_eq!(attachment.contents(), csv.as_slice());
    assert!(message.body_html(0).is_some() && message.body_text(0).is_some());
}

#[tokio::test]
async fn without_smtp_mail_is_written_as_eml_files() {
    let app = TestApp::spawn_with(&[("PROCURA_SMTP_URL", "")]).await;
    let (user, _) = app.api_user_with(&["employee"], None).await;
    assert_eq!(app.deliver_mail().await.sent, 1);
    let dir = app.mail_dir();
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert_eq!(files.len(), 1, "{dir:?}");
    let content = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(content.contains(user["email"].as_str().unwrap()));
    assert!(content.contains("Subject: Your Procura account has been created"));
}

#[tokio::test]
async fn only_admins_see_and_retry_notifications() {
    let app = TestApp::spawn().await;
    let (_, token) = app.user_with(&["it_specialist", "finance"], None).await;
    expect_problem(
        app.get("/api/v1/notifications", &token).await,
        403,
        "forbidden",
    )
    .await;
    let path = "/api/v1/notifications/0195f0e2-0000-7000-8000-000000000000/retry";
    let res = app
        .request(Method::POST, path, Some(&token))
        .checked()
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .request(Method::POST, path, Some(&app.admin_token))
        .checked()
        .await;
    expect_problem(res, 404, "not_found").await;
    let p = expect_problem(
        app.get("/api/v1/notifications?status=lost", &app.admin_token)
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "status");
}

#[tokio::test]
async fn a_broken_template_override_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("account_created.html"),
        "{% if name %}never closed",
    )
    .unwrap();
    let mut env = std::collections::BTreeMap::new();
    env.insert(
        "DATABASE_URL".to_string(),
        format!("sqlite://{}", dir.path().join("p.db").display()),
    );
    env.insert("PROCURA_BIND".to_string(), "127.0.0.1:0".to_string());
    env.insert(
        "PROCURA_TEMPLATES_DIR".to_string(),
        dir.path().display().to_string(),
    );
    env.insert(
        "PROCURA_MAIL_DIR".to_string(),
        dir.path().join("mail").display().to_string(),
    );
    let settings = procura::config::Settings::load(&env).unwrap();
    let clock = std::sync::Arc::new(procura::clock::ManualClock::new(start_instant()));
    let err = procura::startup::Application::build(settings, clock)
        .await
        .err()
        .expect("start refused");
    assert!(err.to_string().contains("account_created.html"), "{err}");
}
