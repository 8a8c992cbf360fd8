//! What belongs to a budget period: needs new in their period, carried over
//! after it, stale after the policy's days; weekly and monthly budgets that
//! reconcile; month to date within its month; four eyes on approval.

use reqwest::Method;
use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::budgets::{act, applications, budget_mails, dec, long_sessions, org, run_due, Org};
use crate::contract::Checked;
use crate::helpers::*;
use crate::ui_client::Browser;

async fn budget(app: &TestApp, token: &str, kind: &str, start: &str) -> Value {
    let body = json!({"kind": kind, "period_start": start});
    expect_status(app.post("/api/v1/budgets", token, &body).await, 201).await
}

fn lines(budget: &Value) -> Vec<(String, String, Value)> {
    budget["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["section"].as_str().unwrap().to_owned(),
                l["amount"].as_str().unwrap().to_owned(),
                l["days_overdue"].clone(),
            )
        })
        .collect()
}

/// The approved need (600.00, due 10 June) and the ordered one (90.00,
/// expected 12 June): new in their week, carried over with their age in
/// the next, stale a month later (listed, not counted against the limits).
#[tokio::test]
async fn open_needs_are_new_in_their_week_then_carried_over_then_stale() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    applications(&app, &o).await;
    let own = budget(&app, &o.it, "weekly", "2026-06-08").await;
    assert_eq!(
        lines(&own),
        [
            ("new".into(), "600.00".into(), Value::Null),
            ("new".into(), "90.00".into(), Value::Null)
        ]
    );
    let next = budget(&app, &o.it, "weekly", "2026-06-15").await;
    assert_eq!(
        lines(&next),
        [
            ("carried_over".into(), "600.00".into(), json!(5)),
            ("carried_over".into(), "90.00".into(), json!(3))
        ]
    );
    let overall = &next["overall"];
    for (field, want) in [
        ("total", "690.00"),
        ("new", "0.00"),
        ("carried_over", "690.00"),
        ("stale", "0.00"),
    ] {
        assert_eq!(overall[field], want, "{field} in {overall}");
    }
    assert_eq!(next["lines"][0]["due_on"], "2026-06-10");

    let later = budget(&app, &o.it, "weekly", "2026-07-13").await;
    assert_eq!(
        lines(&later),
        [
            ("stale".into(), "600.00".into(), json!(33)),
            ("stale".into(), "90.00".into(), json!(31))
        ]
    );
    for (field, want) in [
        ("total", "0.00"),
        ("carried_over", "0.00"),
        ("stale", "690.00"),
    ] {
        assert_eq!(later["overall"][field], want, "{field}");
    }
    assert_eq!(later["total"], "0.00");

    // The budget's page says the stale amount beside the total, linked to
    // the stale lines; a budget without any does not.
    let web = Browser::with_session(&app, &o.it).await;
    let page = web
        .get(&format!("/budgets/{}", later["id"].as_str().unwrap()))
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("Stale needs, outside the total");
    page.assert_has("section=stale#lines\">690.00 EUR</a>");
    let page = web
        .get(&format!("/budgets/{}", next["id"].as_str().unwrap()))
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("690.00 EUR");
    assert!(!page.body.contains("Stale needs"), "{}", page.body);
}

/// July 2026 starts on a Wednesday and ends on a Friday: its first and last
/// ISO weeks cross into June and August. The new lines of its five weeks
/// that fall in July add up to the new lines of July's monthly budget.
#[tokio::test]
async fn a_months_weekly_new_lines_add_up_to_its_monthly_budget() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let dates = [
        "2026-06-30",
        "2026-07-01",
        "2026-07-05",
        "2026-07-06",
        "2026-07-31",
        "2026-08-01",
        "2026-08-02",
    ];
    for (n, date) in dates.iter().enumerate() {
        approved_need(&app, &o, date, &format!("{}.00", 10 * (n + 1))).await;
    }
    let month = budget(&app, &o.it, "monthly", "2026-07-01").await;
    let in_july = |l: &Value| {
        l["due_on"]
            .as_str()
            .is_some_and(|d| d.starts_with("2026-07"))
    };
    let monthly_new: Decimal = month["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["section"] == "new")
        .inspect(|l| assert!(in_july(l), "{l}"))
        .map(|l| dec(&l["amount"]))
        .sum();
    assert_eq!(monthly_new, dec(&month["overall"]["new"]));
    // 20 + 30 + 40 + 50: 1 July to 31 July; 30 June is carried over.
    assert_eq!(monthly_new, Decimal::new(14_000, 2));
    assert_eq!(month["overall"]["carried_over"], "10.00");
    let mut weekly_new = Decimal::ZERO;
    for start in [
        "2026-06-29",
        "2026-07-06",
        "2026-07-13",
        "2026-07-20",
        "2026-07-27",
    ] {
        let week = budget(&app, &o.it, "weekly", start).await;
        weekly_new += week["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["section"] == "new" && in_july(l))
            .map(|l| dec(&l["amount"]))
            .sum::<Decimal>();
    }
    assert_eq!(weekly_new, monthly_new);
}

/// An approved need of `amount` (services, under every threshold but the
/// department head's) due on `date`.
async fn approved_need(app: &TestApp, o: &Org, date: &str, amount: &str) {
    let body = json!({"title": format!("Need {date}"), "justification": "Planned", "needed_by": date,
        "lines": [{"description": "Support", "category": "services", "quantity": "1", "unit_price": amount}]});
    let a = expect_status(
        app.post("/api/v1/applications", &o.employee, &body).await,
        201,
    )
    .await;
    let a = a["id"].as_str().unwrap();
    act(app, &o.employee, a, "submit", None).await;
    act(app, &o.head, a, "approve", None).await;
}

/// The weekly scheduled run lists the stale needs to the IT specialists,
/// once, with a link to each application; the budget mail to finance says
/// how much is stale.
#[tokio::test]
async fn the_weekly_run_sends_the_stale_needs_to_it() {
    let app = long_sessions().await;
    let o = org(&app).await;
    applications(&app, &o).await;
    app.deliver_mail().await;
    // Wednesday 15 July makes the week of 20 July: both needs are stale.
    // (The monthly run missed on 25 June is caught up too; it lists nothing.)
    let done = run_due(&app, "2026-07-15T09:00:00Z").await;
    assert!(done.iter().any(|d| d.job == "weekly_budget"), "{done:?}");
    app.deliver_mail().await;
    let mails: Vec<_> = app
        .smtp
        .received()
        .into_iter()
        .map(|m| {
            mail_parser::MessageParser::default()
                .parse(&m.data)
                .unwrap()
                .into_owned()
        })
        .filter(|m| m.subject().unwrap_or_default().starts_with("Stale needs"))
        .collect();
    assert_eq!(mails.len(), 1);
    let text = mails[0].body_text(0).unwrap();
    assert!(
        text.contains("600.00 EUR, due 10 June 2026 (40 days overdue)"),
        "{text}"
    );
    assert!(
        text.contains("https://procura.example.com/applications/"),
        "{text}"
    );
    let to: Vec<String> = mails[0]
        .to()
        .unwrap()
        .iter()
        .filter_map(|a| a.address())
        .map(String::from)
        .collect();
    assert_eq!(to.len(), 1, "the IT specialist: {to:?}");
    let finance = budget_mails(&app);
    let weekly = finance
        .iter()
        .find(|m| m.subject().unwrap_or_default().contains("20 July 2026"))
        .unwrap();
    let summary = weekly.body_text(0).unwrap();
    assert!(
        summary.contains("overdue by more than 30 days and not in the total: 690.00"),
        "{summary}"
    );
    assert!(run_due(&app, "2026-07-15T10:00:00Z").await.is_empty());
}

/// The week of 25–31 May belongs to May: its month to date counts May's
/// orders only, not the order placed on 1 June (the clock's day), which
/// counts for June's weeks.
#[tokio::test]
async fn month_to_date_of_a_past_week_stops_at_its_month_end() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    applications(&app, &o).await;
    let may = json!({"kind": "weekly", "period_start": "2026-05-25"});
    let budget = expect_status(app.post("/api/v1/budgets", &o.it, &may).await, 201).await;
    assert_eq!(budget["overall"]["month_to_date_committed"], "0.00");
    let june = json!({"kind": "weekly", "period_start": "2026-06-01"});
    let budget = expect_status(app.post("/api/v1/budgets", &o.it, &june).await, 201).await;
    assert_eq!(budget["overall"]["month_to_date_committed"], "90.00");
}

/// Four eyes on budgets: whoever generated a revision by hand does not
/// approve it, unless the policy allows it, and then the revision says so.
#[tokio::test]
async fn a_budget_is_approved_by_someone_other_than_who_generated_it() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let (_, other_finance) = app.user_with(&["finance"], None).await;
    let body = json!({"kind": "monthly", "period_start": "2026-07-01"});
    let generate = || async {
        let b = expect_status(app.post("/api/v1/budgets", &o.finance, &body).await, 201).await;
        format!("/api/v1/budgets/{}/approve", b["id"].as_str().unwrap())
    };
    let approve = |path: String, token: String| {
        let req = app.request(Method::POST, &path, Some(&token));
        req.checked()
    };
    let first = generate().await;
    let p = expect_problem(
        approve(first.clone(), o.finance.clone()).await,
        403,
        "self_approval",
    )
    .await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("budget_self_approval"),
        "{p}"
    );
    let done = expect_status(approve(first.clone(), other_finance.clone()).await, 200).await;
    assert_eq!(done["self_approved"], false);
    // Once approved, that is what its author hears too, not "not yours".
    expect_problem(
        approve(first, o.finance.clone()).await,
        409,
        "already_approved",
    )
    .await;

    let mut policy = expect_status(
        app.get("/api/v1/approval-policy", &app.admin_token).await,
        200,
    )
    .await;
    assert_eq!(policy["budget_self_approval"], false);
    policy.as_object_mut().unwrap().remove("version");
    policy["budget_self_approval"] = json!(true);
    expect_status(
        app.request(
            Method::PUT,
            "/api/v1/approval-policy",
            Some(&app.admin_token),
        )
        .json(&policy)
        .checked()
        .await,
        200,
    )
    .await;
    let second = generate().await;
    let done = expect_status(approve(second, o.finance.clone()).await, 200).await;
    assert_eq!(done["self_approved"], true);
    assert_eq!(
        (done["revision"].as_i64(), done["authoritative"].as_bool()),
        (Some(2), Some(true))
    );
}

/// An order line closed short stops being committed: the budget drops its
/// remainder, it can no longer be received, and once nothing remains the
/// application is received. History and the requester's mail say why.
#[tokio::test]
async fn a_line_closed_short_is_no_longer_committed() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    applications(&app, &o).await;
    let week = budget(&app, &o.it, "weekly", "2026-06-08").await;
    let committed = |b: &Value| {
        b["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["source"] == "committed")
            .count()
    };
    assert_eq!(committed(&week), 1);
    let listed = expect_status(
        app.get("/api/v1/applications?status=ordered", &o.it).await,
        200,
    )
    .await;
    let id = listed["items"][0]["id"].as_str().unwrap().to_owned();
    let view = expect_status(
        app.get(&format!("/api/v1/applications/{id}"), &o.it).await,
        200,
    )
    .await;
    let line = view["lines"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/applications/{id}/close-short");
    let close = |body: Value| {
        let (path, token) = (path.clone(), o.it.clone());
        let app = &app;
        async move { app.post(&path, &token, &body).await }
    };
    let p = expect_problem(
        close(json!({"lines": [{"line_id": line}], "reason": "  "})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["reason"]);
    let done = expect_status(
        close(json!({"lines": [{"line_id": line}], "reason": "Discontinued by the supplier"}))
            .await,
        200,
    )
    .await;
    assert_eq!(done["status"], "received");
    assert_eq!(done["lines"][0]["closed_quantity"], "1");
    assert_eq!(
        done["lines"][0]["closed_reason"],
        "Discontinued by the supplier"
    );
    let last = done["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "close_short");
    assert!(
        last["comment"]
            .as_str()
            .unwrap()
            .contains("Discontinued by the supplier"),
        "{last}"
    );
    let again = budget(&app, &o.it, "weekly", "2026-06-08").await;
    assert_eq!(committed(&again), 0, "{again}");
    // Nor is it spent this month: what will not come is not in month to date.
    assert_eq!(week["overall"]["month_to_date_committed"], "90.00");
    assert_eq!(again["overall"]["month_to_date_committed"], "0.00");
    // Nothing remains: a second close is a conflict (received), and so is a receipt.
    expect_problem(
        close(json!({"lines": [{"line_id": line}], "reason": "again"})).await,
        409,
        "invalid_transition",
    )
    .await;
    let mail = app
        .queued_mail()
        .await
        .into_iter()
        .find(|r| r.kind == "application_closed_short")
        .expect("the requester is told");
    assert!(
        mail.body_text.contains("1 will not come"),
        "{}",
        mail.body_text
    );
}
