//! Approvals that never stall: a waiting step is overdue after the
//! policy's business days (weekends and holidays skipped), whoever can
//! decide it is reminded once a day at the reminder hour (a digest when
//! several wait), the superior is told and, if the policy says so, handed
//! the step; each day's run happens once, late when it was missed.

use mail_parser::MessageParser;
use procura::jobs::reminder_scheduler::ReminderScheduler;
use procura::service::reminders::run::ReminderRun;
use reqwest::Method;
use serde_json::{json, Value};

use crate::app_fixtures::*;
use crate::contract::Checked;
use crate::helpers::*;

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_TOKEN_TTL_HOURS", "720")]).await
}

/// Runs the day's reminders with the clock at `now`.
async fn run_at(app: &TestApp, now: &str) -> Option<ReminderRun> {
    app.clock.set(now.parse().unwrap());
    ReminderScheduler::new(app.ctx.clone())
        .run_once()
        .await
        .expect("reminder run")
}

/// (recipient, subject) of the mail delivered so far whose subject has `part`.
async fn mails_with(app: &TestApp, part: &str) -> Vec<(String, String)> {
    app.deliver_mail().await;
    app.smtp
        .received()
        .into_iter()
        .filter_map(|m| {
            let parsed = MessageParser::default().parse(&m.data)?;
            let subject = parsed.subject().unwrap_or_default().to_owned();
            subject.contains(part).then(|| (m.to.join(","), subject))
        })
        .collect()
}

async fn holiday(app: &TestApp, day: &str, name: &str) {
    let put = app
        .request(
            Method::PUT,
            &format!("/api/v1/holidays/{day}"),
            Some(&app.admin_token),
        )
        .json(&json!({ "name": name }))
        .checked()
        .await;
    expect_status(put, 200).await;
}

/// A small consumables application: the head of OPS alone decides it.
async fn submitted(app: &TestApp, o: &Org) -> Value {
    let draft = create(app, &o.emp.1, &body("consumables", "1", "50.00")).await;
    ok(app, &o.emp.1, &draft, "submit", None).await
}

async fn view(app: &TestApp, token: &str, application: &Value) -> Value {
    let path = format!("/api/v1/applications/{}", id(application));
    expect_status(app.get(&path, token).await, 200).await
}

fn email(user: &(Value, String)) -> String {
    user.0["email"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_waiting_step_is_reminded_after_business_days_once_a_day_then_escalated() {
    let app = spawn().await;
    let o = org(&app).await;
    // Monday 2026-06-01 08:00: submitted; Wednesday the 3rd is a holiday.
    holiday(&app, "2026-06-03", "Founders' day").await;
    let application = submitted(&app, &o).await;
    let awaiting = &application["awaiting"];
    assert_eq!(awaiting["waiting_since"], "2026-06-01T08:00:00Z");
    assert_eq!(
        awaiting["overdue_on"], "2026-06-04",
        "Tuesday, then Thursday"
    );
    assert_eq!(awaiting["overdue"], false);

    assert_eq!(
        run_at(&app, "2026-06-02T09:00:00Z")
            .await
            .map(|r| r.reminded_steps),
        Some(0)
    );
    assert_eq!(
        run_at(&app, "2026-06-03T09:00:00Z").await,
        None,
        "no run on a holiday"
    );
    assert_eq!(
        run_at(&app, "2026-06-04T08:59:59Z").await,
        None,
        "not before the hour"
    );
    let run = run_at(&app, "2026-06-04T09:00:00Z")
        .await
        .expect("the day's run");
    assert_eq!(
        (run.reminded_steps, run.emails, run.escalated, run.late),
        (1, 1, 0, false)
    );
    assert_eq!(
        run_at(&app, "2026-06-04T15:00:00Z").await,
        None,
        "once a day"
    );
    let reminders = mails_with(&app, "Reminder:").await;
    assert_eq!(reminders.len(), 1);
    assert_eq!(reminders[0].0, email(&o.ops_head));
    assert!(
        reminders[0].1.contains("2 business days"),
        "{}",
        reminders[0].1
    );

    let seen = view(&app, &o.ops_head.1, &application).await;
    assert_eq!(seen["awaiting"]["overdue"], true);
    let inbox = expect_status(
        app.get("/api/v1/applications?awaiting=me", &o.ops_head.1)
            .await,
        200,
    )
    .await;
    assert_eq!(inbox["items"][0]["awaiting"]["overdue"], true);

    // Friday: 3 business days, nothing new; Monday: 4, the second reminder.
    assert_eq!(
        run_at(&app, "2026-06-05T09:00:00Z")
            .await
            .unwrap()
            .reminded_steps,
        0
    );
    assert_eq!(
        run_at(&app, "2026-06-08T09:00:00Z")
            .await
            .unwrap()
            .reminded_steps,
        1
    );
    // Tuesday: 5 business days, the director (above OPS) is told.
    let run = run_at(&app, "2026-06-09T09:00:00Z").await.unwrap();
    assert_eq!((run.escalated, run.moved), (1, 0));
    let told = mails_with(&app, "Not decided for 5 business days").await;
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].0, email(&o.director));
    let seen = view(&app, &o.ops_head.1, &application).await;
    assert_eq!(
        seen["awaiting"]["approver_id"], o.ops_head.0["id"],
        "still theirs"
    );
    let last = seen["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "escalate");
    assert!(last["comment"]
        .as_str()
        .unwrap()
        .contains("5 business days"));
    assert_eq!(
        run_at(&app, "2026-06-10T09:00:00Z")
            .await
            .unwrap()
            .escalated,
        0,
        "escalated once"
    );
}

#[tokio::test]
async fn several_waiting_make_one_digest_and_a_missed_day_runs_late() {
    let app = spawn().await;
    let o = org(&app).await;
    change_policy(
        &app,
        json!({"remind_after_business_days": 1, "escalate_after_business_days": 0}),
    )
    .await;
    let first = submitted(&app, &o).await;
    let second = submitted(&app, &o).await;
    assert_eq!(first["awaiting"]["overdue_on"], "2026-06-02");
    // Nothing ran on Tuesday; Wednesday at noon the run is late.
    let run = run_at(&app, "2026-06-03T12:00:00Z").await.unwrap();
    assert!(run.late);
    assert_eq!(
        (run.reminded_steps, run.emails),
        (2, 1),
        "one email for both"
    );
    let digests = mails_with(&app, "applications wait for your decision").await;
    assert_eq!(digests.len(), 1, "{digests:?}");
    assert!(
        digests[0].1.starts_with("[Late] 2 applications"),
        "{}",
        digests[0].1
    );
    // Deciding one leaves the other waiting, and it alone is reminded.
    ok(&app, &o.ops_head.1, &second, "approve", None).await;
    assert_eq!(
        run_at(&app, "2026-06-04T09:00:00Z")
            .await
            .unwrap()
            .reminded_steps,
        1
    );
    let single = mails_with(&app, "Reminder:").await;
    assert_eq!(single.len(), 1);
    assert!(single[0].1.contains(first["reference"].as_str().unwrap()));
}

#[tokio::test]
async fn an_escalation_the_policy_moves_hands_the_step_to_the_head_above() {
    let app = spawn().await;
    let o = org(&app).await;
    change_policy(
        &app,
        json!({"remind_after_business_days": 0, "escalate_after_business_days": 2, "escalation_moves_step": true}),
    )
    .await;
    let application = submitted(&app, &o).await;
    assert_eq!(
        application["awaiting"]["overdue_on"], "2026-06-03",
        "the escalation's day"
    );
    let run = run_at(&app, "2026-06-03T09:00:00Z").await.unwrap();
    assert_eq!((run.reminded_steps, run.escalated, run.moved), (0, 1, 1));
    let seen = view(&app, &o.director.1, &application).await;
    assert_eq!(seen["awaiting"]["approver_id"], o.director.0["id"]);
    assert_eq!(awaiting(&app, &o.director.1).await, [id(&application)]);
    assert!(awaiting(&app, &o.ops_head.1).await.is_empty());
    let moved = mails_with(&app, "Now yours to decide").await;
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].0, email(&o.director));
    // The head it was taken from is told it is no longer theirs.
    let handed = mails_with(&app, "Handed on:").await;
    assert_eq!(handed.len(), 1);
    assert_eq!(handed[0].0, email(&o.ops_head));
    // The director decides it.
    let decided = ok(&app, &o.director.1, &application, "approve", None).await;
    assert_eq!(decided["status"], "approved");
}

#[tokio::test]
async fn a_changed_holiday_moves_the_overdue_day_of_what_waits() {
    let app = spawn().await;
    let o = org(&app).await;
    let application = submitted(&app, &o).await;
    assert_eq!(application["awaiting"]["overdue_on"], "2026-06-03");
    holiday(&app, "2026-06-02", "Bridge day").await;
    let seen = view(&app, &o.emp.1, &application).await;
    assert_eq!(seen["awaiting"]["overdue_on"], "2026-06-04");
    let gone = app
        .request(
            Method::DELETE,
            "/api/v1/holidays/2026-06-02",
            Some(&app.admin_token),
        )
        .checked()
        .await;
    assert_eq!(gone.status(), 204);
    let seen = view(&app, &o.emp.1, &application).await;
    assert_eq!(seen["awaiting"]["overdue_on"], "2026-06-03");
    // Turning reminders and escalation off leaves nothing overdue.
    change_policy(
        &app,
        json!({"remind_after_business_days": 0, "escalate_after_business_days": 0}),
    )
    .await;
    let seen = view(&app, &o.emp.1, &application).await;
    assert_eq!(seen["awaiting"]["overdue_on"], Value::Null);
}

#[tokio::test]
async fn the_holiday_calendar_is_read_by_all_and_changed_by_admins() {
    let app = spawn().await;
    let (_, employee) = app.user_with(&["employee"], None).await;
    let import = |token: String, body: Value| {
        let app = &app;
        async move {
            app.request(Method::POST, "/api/v1/holidays/import", Some(&token))
                .json(&body)
                .checked()
                .await
        }
    };
    let list = "# 2026\n2026-12-25 Christmas Day\n2026-12-26;Second day of Christmas\n";
    expect_problem(
        import(employee.clone(), json!({"list": list})).await,
        403,
        "forbidden",
    )
    .await;
    let bad = "2026-12-25 Christmas\n25.12.2026 Christmas\n2026-12-26\n2026-12-25 Again\n";
    let p = expect_problem(
        import(app.admin_token.clone(), json!({"list": bad})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["list[2]", "list[3]", "list[4]"]);
    let dry = expect_status(
        import(
            app.admin_token.clone(),
            json!({"list": list, "dry_run": true}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(dry["holidays"].as_array().unwrap().len(), 2);
    let year = expect_status(app.get("/api/v1/holidays?year=2026", &employee).await, 200).await;
    assert_eq!(year["items"], json!([]), "a dry run stores nothing");
    expect_status(
        import(app.admin_token.clone(), json!({"list": list})).await,
        200,
    )
    .await;
    let year = expect_status(app.get("/api/v1/holidays?year=2026", &employee).await, 200).await;
    assert_eq!(
        year["items"],
        json!([{"day": "2026-12-25", "name": "Christmas Day"}, {"day": "2026-12-26", "name": "Second day of Christmas"}])
    );
    let p = expect_problem(
        app.get("/api/v1/holidays?year=1900", &employee).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["year"]);
    let blank = app
        .request(
            Method::PUT,
            "/api/v1/holidays/2026-12-31",
            Some(&app.admin_token),
        )
        .json(&json!({"name": "  "}))
        .checked()
        .await;
    let p = expect_problem(blank, 422, "validation_failed").await;
    assert_eq!(error_fields(&p), ["name"]);
    let not_a_day = app
        .request(
            Method::DELETE,
            "/api/v1/holidays/christmas",
            Some(&app.admin_token),
        )
        .checked()
        .await;
    let p = expect_problem(not_a_day, 422, "validation_failed").await;
    assert_eq!(error_fields(&p), ["day"]);
    let missing = app
        .request(
            Method::DELETE,
            "/api/v1/holidays/2026-12-31",
            Some(&app.admin_token),
        )
        .checked()
        .await;
    expect_problem(missing, 404, "not_found").await;
}

#[tokio::test]
async fn two_instances_running_at_once_send_one_reminder() {
    let app = spawn().await;
    let o = org(&app).await;
    submitted(&app, &o).await;
    app.clock.set("2026-06-03T09:00:00Z".parse().unwrap());
    let (a, b) = (
        ReminderScheduler::new(app.ctx.clone()),
        ReminderScheduler::new(app.ctx.clone()),
    );
    let (a, b) = tokio::join!(a.run_once(), b.run_once());
    let ran: Vec<ReminderRun> = [a.unwrap(), b.unwrap()].into_iter().flatten().collect();
    assert_eq!(ran.len(), 1, "one of the two claims the day");
    assert_eq!(mails_with(&app, "Reminder:").await.len(), 1);
}

#[tokio::test]
async fn the_reminder_hour_is_the_organisations_across_a_dst_change() {
    let app = TestApp::spawn_with(&[
        ("PROCURA_TOKEN_TTL_HOURS", "720"),
        ("PROCURA_TIMEZONE", "Europe/Bucharest"),
    ])
    .await;
    // Friday 27 March 2026, 09:00 in Bucharest (UTC+2); summer time starts
    // on Sunday the 29th, so Tuesday's 09:00 is 06:00 UTC.
    app.clock.set("2026-03-27T07:00:00Z".parse().unwrap());
    let o = org(&app).await;
    let application = submitted(&app, &o).await;
    assert_eq!(application["awaiting"]["overdue_on"], "2026-03-31");
    assert_eq!(
        run_at(&app, "2026-03-30T06:00:00Z")
            .await
            .unwrap()
            .reminded_steps,
        0
    );
    assert_eq!(run_at(&app, "2026-03-31T05:59:59Z").await, None);
    let run = run_at(&app, "2026-03-31T06:00:00Z").await.unwrap();
    assert_eq!((run.reminded_steps, run.late), (1, false));
}

#[tokio::test]
async fn the_application_page_says_how_long_it_waits_and_that_it_is_overdue() {
    let app = TestApp::spawn_with(&[
        ("PROCURA_TOKEN_TTL_HOURS", "720"),
        ("PROCURA_PUBLIC_URL", "http://127.0.0.1"),
    ])
    .await;
    let o = org(&app).await;
    let application = submitted(&app, &o).await;
    let web = crate::ui_client::Browser::with_session(&app, &o.ops_head.1).await;
    let path = format!("/applications/{}", id(&application));
    let page = web.get(&path).await;
    page.assert_has("waiting since 1 June 2026");
    assert!(!page.body.contains("class=\"badge\">overdue"), "not yet");
    app.clock.set("2026-06-03T10:00:00Z".parse().unwrap());
    let page = web.get(&path).await;
    page.assert_has("class=\"badge\">overdue</span>");
    let inbox = web.get("/inbox").await;
    inbox.assert_has("class=\"badge\">overdue</span>");
}

#[tokio::test]
async fn a_stalled_finance_step_is_escalated_to_the_director_and_stays_with_finance() {
    let app = spawn().await;
    let o = org(&app).await;
    change_policy(&app, json!({"escalation_moves_step": true})).await;
    // 2,000.00 of hardware: department head, head of IT, then finance.
    let draft = create(&app, &o.emp.1, &body("hardware", "2", "1000.00")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    let at_finance = ok(&app, &o.it_head.1, &draft, "approve", None).await;
    assert_eq!(at_finance["awaiting"]["kind"], "finance");
    let run = run_at(&app, "2026-06-08T09:00:00Z").await.unwrap();
    assert_eq!(
        (run.escalated, run.moved),
        (1, 0),
        "a finance step is not handed over"
    );
    let told = mails_with(&app, "Not decided for 5 business days").await;
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].0, email(&o.director));
    let seen = view(&app, &o.finance.1, &draft).await;
    assert_eq!(seen["awaiting"]["approver_role"], "finance");
    let last = seen["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "escalate");
    let comment = last["comment"].as_str().unwrap();
    assert!(comment.contains("by Finance"), "{comment}");
}
