//! Mail that keeps up: held mail released the moment the relay answers,
//! leases renewed while a slow relay takes the mail, one application's
//! story in order while other mail passes it, retention and dismissal, and
//! the queue's figures where admins and load balancers look.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::Duration;
use mail_parser::MessageParser;
use procura::jobs::dispatcher::Dispatcher;
use procura::service::outbox::{enqueue, Notification};
use reqwest::Method;
use serde_json::json;

use crate::contract::Checked;
use crate::helpers::*;

fn dispatcher(app: &TestApp) -> Dispatcher {
    let mailer = procura::mail::Mailer::new(
        Some(&app.smtp.url()),
        "procura@example.com",
        std::path::Path::new("."),
    )
    .unwrap();
    Dispatcher::new(app.ctx.db.clone(), app.ctx.clock.clone(), Arc::new(mailer))
}

/// Queues `application_submitted` mails to `to`, one per (application id, title).
async fn queue(app: &TestApp, to: &str, mails: &[(&str, &str)]) {
    let templates = app.ctx.templates.clone();
    let now = app.clock_now();
    let to = to.to_owned();
    let mails: Vec<(String, String)> = mails
        .iter()
        .map(|(a, t)| (a.to_string(), t.to_string()))
        .collect();
    app.ctx
        .db
        .write(move |conn| {
            for (application, title) in mails {
                let mut context = procura::mail::defaults::sample_context("application_submitted");
                context["application"]["id"] = json!(application);
                context["application"]["title"] = json!(title);
                let n = Notification {
                    kind: "application_submitted",
                    to: vec![to.clone()],
                    context,
                    attachments: vec![],
                };
                enqueue(conn, &templates, now, n)?;
            }
            Ok(())
        })
        .await
        .unwrap();
}

fn subjects(app: &TestApp) -> Vec<String> {
    app.smtp
        .received()
        .iter()
        .map(|m| {
            MessageParser::default()
                .parse(&m.data)
                .unwrap()
                .subject()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// After an outage the held mail goes out as soon as a probe reaches the
/// relay, not after each message's minute of backoff.
#[tokio::test]
async fn held_mail_goes_out_as_soon_as_the_relay_answers() {
    let app = TestApp::spawn().await;
    app.smtp.stop();
    queue(&app, "ann@example.com", &[("a1", "One"), ("a2", "Two")]).await;
    let report = app.deliver_mail().await;
    assert_eq!(
        (report.sent, report.retried + report.deferred),
        (0, 2),
        "{report:?}"
    );
    assert_eq!(
        app.dispatcher.probe_and_release().await.unwrap(),
        None,
        "still down"
    );
    assert_eq!(
        app.deliver_mail().await.sent,
        0,
        "not due: held for the relay"
    );
    app.smtp.restart().await;
    // The clock has not moved: only the probe makes them due.
    assert_eq!(app.dispatcher.probe_and_release().await.unwrap(), Some(2));
    assert_eq!(app.deliver_mail().await.sent, 2);
    assert_eq!(app.smtp.received().len(), 2);
}

/// A pass that takes longer than its lease keeps renewing it, so another
/// instance does not take the same mail over and send it twice.
#[tokio::test]
async fn a_lease_is_renewed_while_a_slow_relay_takes_the_mail() {
    let app = TestApp::spawn().await;
    queue(&app, "ann@example.com", &[("a1", "Slow")]).await;
    app.smtp.stall(StdDuration::from_millis(1500));
    let slow =
        dispatcher(&app).with_lease(StdDuration::from_secs(20), StdDuration::from_millis(100));
    let other = dispatcher(&app);
    let sending = tokio::spawn(async move { slow.run_once().await.unwrap() });
    tokio::time::sleep(StdDuration::from_millis(300)).await;
    // Past the first lease: only its renewal keeps the row claimed.
    app.clock.advance(Duration::seconds(30));
    tokio::time::sleep(StdDuration::from_millis(300)).await;
    assert_eq!(other.run_once().await.unwrap().sent, 0, "still leased");
    assert_eq!(sending.await.unwrap().sent, 1);
    assert_eq!(app.smtp.received().len(), 1, "sent once");
}

/// What a person must read in order (one application's mail to them) stays
/// in order when its first message fails; mail about another application
/// to the same person is not held up by it.
#[tokio::test]
async fn one_applications_story_stays_in_order_while_other_mail_passes() {
    let app = TestApp::spawn().await;
    queue(
        &app,
        "ann@example.com",
        &[("x", "FIRST-X"), ("x", "SECOND-X"), ("y", "ONLY-Y")],
    )
    .await;
    app.smtp.refuse_containing("FIRST-X", "451 try again later");
    let report = app.deliver_mail().await;
    assert_eq!(
        (report.sent, report.retried, report.deferred),
        (1, 1, 1),
        "{report:?}"
    );
    assert!(subjects(&app)[0].contains("ONLY-Y"));
    app.smtp.accept_all();
    app.clock.advance(Duration::minutes(2));
    assert_eq!(app.deliver_mail().await.sent, 2);
    let order = subjects(&app);
    assert!(
        order[1].contains("FIRST-X") && order[2].contains("SECOND-X"),
        "{order:?}"
    );
}

/// Sent mail goes after the retention period (30 days by default); failed
/// mail stays until an admin dismisses it, which the audit trail records.
#[tokio::test]
async fn sent_mail_is_purged_after_retention_and_failed_mail_waits_for_an_admin() {
    let app = TestApp::spawn().await;
    queue(&app, "ann@example.com", &[("a1", "Kept a while")]).await;
    queue(&app, "bad@example.com", &[("a2", "Refused")]).await;
    app.smtp.refuse("bad@example.com", "550 no such user");
    let report = app.deliver_mail().await;
    assert_eq!((report.sent, report.failed), (1, 1), "{report:?}");
    let housekeeping = procura::jobs::housekeeping::Housekeeping::new(app.ctx.clone());
    app.clock.advance(Duration::days(29));
    housekeeping.run_once().await.unwrap();
    assert_eq!(app.queued_mail().await.len(), 2, "within retention");
    app.clock.advance(Duration::days(2));
    housekeeping.run_once().await.unwrap();
    let left = app.queued_mail().await;
    assert_eq!(left.len(), 1, "the sent one is purged");
    assert_eq!(
        left[0].last_error.as_deref().map(|e| e.contains("550")),
        Some(true)
    );

    let admin = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let path = format!("/api/v1/notifications/{}/dismiss", left[0].id);
    let res = app
        .request(Method::POST, &path, Some(&admin))
        .checked()
        .await;
    assert_eq!(res.status(), 204);
    assert!(app.queued_mail().await.is_empty());
    let res = app
        .request(Method::POST, &path, Some(&admin))
        .checked()
        .await;
    expect_problem(res, 404, "not_found").await;
    let audit = expect_status(app.get("/api/v1/audit?limit=100", &admin).await, 200).await;
    assert!(
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "notification.dismissed"),
        "{audit}"
    );
}

/// Admins see how far behind mail is; `/metrics` exports it; `/readyz`
/// says degraded but still answers 200 during an outage.
#[tokio::test]
async fn the_queue_shows_depth_age_and_rate_and_readiness_says_degraded() {
    let app = TestApp::spawn().await;
    queue(&app, "ann@example.com", &[("a1", "Sent now")]).await;
    assert_eq!(app.deliver_mail().await.sent, 1);
    app.smtp.stop();
    queue(
        &app,
        "ann@example.com",
        &[("a2", "Held"), ("a3", "Held too")],
    )
    .await;
    let q = expect_status(
        app.get("/api/v1/notifications/queue", &app.admin_token)
            .await,
        200,
    )
    .await;
    assert_eq!(
        (q["pending"].as_i64(), q["sent_last_minute"].as_i64()),
        (Some(2), Some(1)),
        "{q}"
    );
    assert_eq!(q["status"], "ok");
    let ready = expect_status(
        app.request(Method::GET, "/readyz", None).checked().await,
        200,
    )
    .await;
    assert_eq!(ready["mail"]["status"], "ok");

    app.clock.advance(Duration::minutes(11));
    let admin = app.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let q = expect_status(app.get("/api/v1/notifications/queue", &admin).await, 200).await;
    assert_eq!(q["status"], "degraded");
    assert_eq!(q["oldest_pending_seconds"], 660);
    assert_eq!(q["sent_last_minute"], 0);
    let ready = expect_status(
        app.request(Method::GET, "/readyz", None).checked().await,
        200,
    )
    .await;
    assert_eq!(ready["mail"]["status"], "degraded", "{ready}");
    let metrics = app.get("/metrics", &admin).await.text().await.unwrap();
    assert!(metrics.contains("procura_mail_pending 2"), "{metrics}");
    assert!(
        metrics.contains("procura_mail_oldest_pending_seconds 660"),
        "{metrics}"
    );
    let employee = app.api_user_with(&["employee"], None).await.1;
    let res = app.get("/api/v1/notifications/queue", &employee).await;
    expect_problem(res, 403, "forbidden").await;
}
