//! Budgets: generation from every source with totals beside pro-rata
//! limits, revisions, exports read back, approval, schedules, and the
//! scheduler's exactly-once runs with finance's email.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use chrono::{DateTime, Utc};
use mail_parser::{MessageParser, MimeHeaders};
use procura::jobs::budget_scheduler::{BudgetScheduler, RunOutcome};
use reqwest::Method;
use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::helpers::*;
use crate::stock::{put_policy, setup};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

pub fn dec(v: &Value) -> Decimal {
    v.as_str()
        .unwrap_or_else(|| panic!("not a decimal string: {v}"))
        .parse()
        .unwrap()
}

pub struct Org {
    pub ops: String,
    pub employee: String,
    pub head: String,
    pub finance: String,
    pub it: String,
}

pub async fn org(app: &TestApp) -> Org {
    let dep = app.department("OPS", None).await;
    let ops = dep["id"].as_str().unwrap().to_owned();
    let (head_user, head) = app.user_with(&["approver"], Some(&ops)).await;
    let set_head = json!({"head_user_id": head_user["id"]});
    expect_status(
        app.patch(
            &format!("/api/v1/departments/{ops}"),
            &app.admin_token,
            &set_head,
            None,
        )
        .await,
        200,
    )
    .await;
    let (_, employee) = app.user_with(&["employee"], Some(&ops)).await;
    let (_, finance) = app.user_with(&["finance"], None).await;
    let (_, it) = app.user_with(&["it_specialist"], None).await;
    Org {
        ops,
        employee,
        head,
        finance,
        it,
    }
}

pub async fn act(app: &TestApp, token: &str, id: &str, action: &str, body: Option<Value>) -> Value {
    let req = app.request(
        Method::POST,
        &format!("/api/v1/applications/{id}/{action}"),
        Some(token),
    );
    let req = match body {
        Some(b) => req.json(&b),
        None => req,
    };
    expect_status(req.checked().await, 200).await
}

/// An approved application (services, 2 × 300.00) and an ordered one
/// (other, 1 × 100.00 ordered at 90.00, expected 2026-06-12).
pub async fn applications(app: &TestApp, o: &Org) {
    let approved = json!({"title": "Consulting", "justification": "Migration", "needed_by": "2026-06-10",
        "lines": [{"description": "Days", "category": "services", "quantity": "2", "unit_price": "300.00"}]});
    let a = expect_status(
        app.post("/api/v1/applications", &o.employee, &approved)
            .await,
        201,
    )
    .await;
    let a = a["id"].as_str().unwrap();
    act(app, &o.employee, a, "submit", None).await;
    act(app, &o.head, a, "approve", None).await;
    let ordered = json!({"title": "Cables", "justification": "Desks", "needed_by": "2026-06-10",
        "lines": [{"description": "Cable set", "category": "other", "quantity": "1", "unit_price": "100.00"}]});
    let b = expect_status(
        app.post("/api/v1/applications", &o.employee, &ordered)
            .await,
        201,
    )
    .await;
    let line = b["lines"][0]["id"].as_str().unwrap().to_owned();
    let b = b["id"].as_str().unwrap();
    act(app, &o.employee, b, "submit", None).await;
    act(app, &o.head, b, "approve", None).await;
    let order = json!({"supplier": "ACME", "reference": "PO-9", "expected_on": "2026-06-12",
        "lines": [{"line_id": line, "unit_price": "90.00"}]});
    act(app, &o.it, b, "order", Some(order)).await;
}

#[tokio::test]
async fn a_budget_gathers_every_source_beside_pro_rata_limits() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    applications(&app, &o).await;
    // Nothing on hand, no use, policy 10/40 in packs of 2 at 54.99: 40 → 2,199.60.
    let s = setup(&app).await;
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "10", "max_level": "40"});
    expect_status(put_policy(&app, &s.it, &policy).await, 200).await;
    let limit = json!({"month": "2026-06", "department_id": o.ops, "category": "services", "amount": "1000"});
    expect_status(
        app.request(Method::PUT, "/api/v1/budget-limits", Some(&o.finance))
            .json(&limit)
            .checked()
            .await,
        200,
    )
    .await;

    let body = json!({"kind": "weekly", "period_start": "2026-06-08"});
    let budget = expect_status(app.post("/api/v1/budgets", &o.it, &body).await, 201).await;
    assert_eq!(
        (budget["period_end"].as_str(), budget["revision"].as_i64()),
        (Some("2026-06-14"), Some(1))
    );
    let lines = budget["lines"].as_array().unwrap();
    let sources: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| (l["source"].as_str().unwrap(), l["amount"].as_str().unwrap()))
        .collect();
    assert_eq!(
        sources,
        [
            ("approved", "600.00"),
            ("committed", "90.00"),
            ("replenishment", "2199.60")
        ]
    );
    let sum: Decimal = lines.iter().map(|l| dec(&l["amount"])).sum();
    assert_eq!(sum, dec(&budget["total"]));
    assert_eq!(budget["total"], "2889.60");
    // 1,000 a month × 7/30 days = 233.33 against 600.00 of services.
    let ops = budget["by_department"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["department_id"] == o.ops.as_str())
        .unwrap();
    assert_eq!(
        (
            ops["total"].as_str(),
            ops["limit"].as_str(),
            ops["remaining"].as_str()
        ),
        (Some("690.00"), Some("233.33"), Some("-456.67"))
    );
    assert_eq!(ops["overrun"], true);
    // Weekly budgets show what the month has already committed: the order of 90.00.
    assert_eq!(ops["month_to_date_committed"], "90.00");
    assert_eq!(budget["overall"]["month_to_date_committed"], "90.00");

    // A new revision each time; both stay readable.
    let again = expect_status(app.post("/api/v1/budgets", &o.it, &body).await, 201).await;
    assert_eq!(again["revision"], 2);
    let listed = expect_status(
        app.get(
            "/api/v1/budgets?kind=weekly&period_start=2026-06-08",
            &o.finance,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(listed["items"].as_array().unwrap().len(), 2);

    let id = budget["id"].as_str().unwrap();
    check_exports(&app, &o.finance, id, dec(&budget["total"])).await;
    let approve = format!("/api/v1/budgets/{id}/approve");
    expect_problem(
        app.request(Method::POST, &approve, Some(&o.it))
            .checked()
            .await,
        403,
        "forbidden",
    )
    .await;
    let approved = expect_status(
        app.request(Method::POST, &approve, Some(&o.finance))
            .checked()
            .await,
        200,
    )
    .await;
    assert!(approved["approved_at"].is_string());
    assert_eq!(approved["self_approved"], false);
    assert_eq!(
        (
            approved["authoritative_revision"].as_i64(),
            approved["authoritative"].as_bool()
        ),
        (Some(1), Some(true))
    );
    // The later revision says which one counts: the approved first.
    let later = expect_status(
        app.get(
            &format!("/api/v1/budgets/{}", again["id"].as_str().unwrap()),
            &o.finance,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        (
            later["authoritative_revision"].as_i64(),
            later["authoritative"].as_bool()
        ),
        (Some(1), Some(false))
    );
    expect_problem(
        app.request(Method::POST, &approve, Some(&o.finance))
            .checked()
            .await,
        409,
        "already_approved",
    )
    .await;
    expect_problem(
        app.get(&format!("/api/v1/budgets/{id}"), &o.employee).await,
        403,
        "forbidden",
    )
    .await;
}

async fn check_exports(app: &TestApp, token: &str, id: &str, total: Decimal) {
    let csv = app
        .get(&format!("/api/v1/budgets/{id}/export?format=csv"), token)
        .await;
    assert_eq!(csv.status(), 200);
    let text = csv.text().await.unwrap();
    // Excel reads UTF-8 only after a byte-order mark; lines end in CRLF.
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark");
    assert!(text.lines().count() > 1 && text.split("\r\n").count() == text.lines().count() + 1);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "position",
            "section",
            "source",
            "source_ref",
            "description",
            "department_code",
            "department",
            "category",
            "quantity",
            "unit_price",
            "amount",
            "currency",
            "due_on",
            "days_overdue"
        ]
    );
    // The new and carried-over lines add up to the total; the stale stand beside it.
    let sum: Decimal = reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| &r[1] != "stale")
        .map(|r| r[10].parse::<Decimal>().unwrap())
        .sum();
    assert_eq!(sum, total, "CSV lines add up to the total");
    let xlsx = app
        .get(&format!("/api/v1/budgets/{id}/export?format=xlsx"), token)
        .await;
    assert_eq!(xlsx.status(), 200);
    let bytes = xlsx.bytes().await.unwrap().to_vec();
    assert_eq!(read_xlsx_total(&bytes), total);
    let p = expect_problem(
        app.get(&format!("/api/v1/budgets/{id}/export?format=pdf"), token)
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["format"]);
}

/// The overall total on the `Totals` sheet, checked against the `Lines`
/// sheet; dates are date cells and quantities numbers; the carried-over and
/// stale lines are on their own sheet too.
pub fn read_xlsx_total(bytes: &[u8]) -> Decimal {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).expect("a valid XLSX");
    assert_eq!(book.sheet_names(), ["Lines", "Carried over", "Totals"]);
    let cents = |d: &Data| match d {
        Data::Float(f) => (f * 100.0).round() as i64,
        other => panic!("not a number: {other:?}"),
    };
    let totals = book.worksheet_range("Totals").unwrap();
    let overall = totals
        .rows()
        .find(|r| r[0] == Data::String("overall".into()))
        .unwrap();
    let lines = book.worksheet_range("Lines").unwrap();
    let counted = |r: &&[Data]| r[1] != Data::String("stale".into());
    let line_sum: i64 = lines
        .rows()
        .skip(1)
        .filter(counted)
        .map(|r| cents(&r[10]))
        .sum();
    assert_eq!(
        line_sum,
        cents(&overall[3]),
        "XLSX lines add up to its total"
    );
    for row in lines.rows().skip(1) {
        assert!(matches!(row[8], Data::Float(_)), "quantity {:?}", row[8]);
        if row[12] != Data::Empty {
            assert!(matches!(row[12], Data::DateTime(_)), "due_on {:?}", row[12]);
        }
    }
    let carried = book.worksheet_range("Carried over").unwrap();
    let not_new = lines
        .rows()
        .skip(1)
        .filter(|r| r[1] != Data::String("new".into()))
        .count();
    assert_eq!(carried.rows().skip(1).count(), not_new);
    Decimal::new(cents(&overall[3]), 2)
}

#[tokio::test]
async fn bad_budget_requests_name_their_fields() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let tuesday = json!({"kind": "weekly", "period_start": "2026-06-09"});
    let p = expect_problem(
        app.post("/api/v1/budgets", &o.it, &tuesday).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["period_start"]);
    let second = json!({"kind": "monthly", "period_start": "2026-06-02"});
    let p = expect_problem(
        app.post("/api/v1/budgets", &o.it, &second).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["period_start"]);
    let kind = json!({"kind": "yearly", "period_start": "2026-06-01"});
    let p = expect_problem(
        app.post("/api/v1/budgets", &o.it, &kind).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["kind"]);
    expect_problem(
        app.post("/api/v1/budgets", &o.employee, &second).await,
        403,
        "forbidden",
    )
    .await;
    let bad = json!({"month": "2026-13", "department_id": "0195f0e2-0000-7000-8000-000000000000", "category": "services", "amount": "-1"});
    let res = app
        .request(Method::PUT, "/api/v1/budget-limits", Some(&o.finance))
        .json(&bad)
        .checked()
        .await;
    let p = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&p), ["month", "amount"]);
    let unknown = json!({"month": "2026-07", "department_id": "0195f0e2-0000-7000-8000-000000000000", "category": "services", "amount": "1"});
    let res = app
        .request(Method::PUT, "/api/v1/budget-limits", Some(&o.finance))
        .json(&unknown)
        .checked()
        .await;
    assert_eq!(
        error_fields(&expect_problem(res, 422, "validation_failed").await),
        ["department_id"]
    );
    let missing = app
        .get(
            "/api/v1/budgets/0195f0e2-0000-7000-8000-000000000000",
            &o.finance,
        )
        .await;
    expect_problem(missing, 404, "not_found").await;
}

/// Runs the scheduler at `now`, with the app's clock there too (the
/// outbox dates its mail by it).
pub async fn run_due(app: &TestApp, now: &str) -> Vec<RunOutcome> {
    app.clock.set(at(now));
    BudgetScheduler::new(app.ctx.clone())
        .run_due(at(now))
        .await
        .expect("scheduled run")
}

/// Sessions that outlive the weeks these tests move through.
pub async fn long_sessions() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_TOKEN_TTL_HOURS", "720")]).await
}

pub fn budget_mails(app: &TestApp) -> Vec<mail_parser::Message<'static>> {
    app.smtp
        .received()
        .into_iter()
        .map(|m| {
            MessageParser::default()
                .parse(&m.data)
                .unwrap()
                .into_owned()
        })
        .filter(|m| {
            m.subject()
                .unwrap_or_default()
                .contains("procurement budget")
        })
        .collect()
}

#[tokio::test]
async fn scheduled_runs_happen_once_per_period_and_reach_finance() {
    let app = long_sessions().await;
    let o = org(&app).await;
    applications(&app, &o).await;
    app.deliver_mail().await; // account and application mail out of the way
                              // The defaults: weekly on Wednesday 09:00, monthly on the 25th 09:00, UTC.
    assert!(run_due(&app, "2026-06-03T08:59:59Z").await.is_empty());
    let done = run_due(&app, "2026-06-03T09:00:00Z").await;
    assert_eq!(done.len(), 1, "{done:?}");
    assert_eq!(
        (
            done[0].job.as_str(),
            done[0].period_start.to_string(),
            done[0].late
        ),
        ("weekly_budget", "2026-06-08".into(), false)
    );
    // A retry, a later tick and a second instance all find the claim.
    assert!(run_due(&app, "2026-06-03T09:00:00Z").await.is_empty());
    assert!(run_due(&app, "2026-06-03T17:00:00Z").await.is_empty());
    let (a, b) = tokio::join!(
        run_due(&app, "2026-06-10T09:00:00Z"),
        run_due(&app, "2026-06-10T09:00:00Z")
    );
    assert_eq!(a.len() + b.len(), 1, "two racing instances make one run");

    assert_eq!(app.deliver_mail().await.sent, 2);
    let mails = budget_mails(&app);
    assert_eq!(mails.len(), 2);
    let first = &mails[0];
    let names: Vec<&str> = first
        .attachments()
        .filter_map(|a| a.attachment_name())
        .collect();
    assert_eq!(
        names,
        [
            "procura-budget-weekly-2026-06-08-r1.csv",
            "procura-budget-weekly-2026-06-08-r1.xlsx"
        ]
    );
    let xlsx = first.attachments().nth(1).unwrap().contents().to_vec();
    let budget = expect_status(
        app.get(
            &format!("/api/v1/budgets/{}", done[0].budget_id),
            &o.finance,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(read_xlsx_total(&xlsx), dec(&budget["total"]));
    assert_eq!(budget["trigger"], "scheduled");
    assert!(first.body_text(0).unwrap().contains("690.00"));
    // Its link opens the revision's page.
    let link = format!("/budgets/{}", done[0].budget_id);
    let text = first.body_text(0).unwrap();
    assert!(text.contains(&link), "no {link} in {text}");
    // The HTML escapes "/" as "&#x2f;" (browsers read it back in an href).
    let html = first.body_html(0).unwrap().replace("&#x2f;", "/");
    assert!(
        html.contains("href=\"http") && html.contains(&link),
        "no {link} in {html}"
    );
    let served = crate::ui_client::Browser::with_session(&app, &o.finance)
        .await
        .get(&link)
        .await;
    assert_eq!(served.status, 200, "{}", served.body);

    // Monthly on the 25th, for July; and the week missed meanwhile is caught up, late.
    let done = run_due(&app, "2026-06-25T09:00:00Z").await;
    let mut runs: Vec<(String, String, bool)> = done
        .iter()
        .map(|o| (o.job.clone(), o.period_start.to_string(), o.late))
        .collect();
    runs.sort();
    assert_eq!(
        runs,
        [
            ("monthly_budget".into(), "2026-07-01".into(), false),
            ("weekly_budget".into(), "2026-06-29".into(), true)
        ]
    );
    assert_eq!(app.deliver_mail().await.sent, 2);
    let late = budget_mails(&app)
        .into_iter()
        .find(|m| m.subject().unwrap().contains("29 June 2026"))
        .unwrap();
    assert!(
        late.subject().unwrap().starts_with("[Late]"),
        "{:?}",
        late.subject()
    );
}

#[tokio::test]
async fn admins_edit_schedules_and_bad_ones_are_refused() {
    let app = long_sessions().await;
    let o = org(&app).await;
    let list = expect_status(app.get("/api/v1/schedules", &o.finance).await, 200).await;
    let jobs: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["job"].as_str().unwrap())
        .collect();
    assert_eq!(jobs, ["monthly_budget", "weekly_budget"]);
    let weekly = &list["items"][1];
    assert_eq!(weekly["next_run_at"], "2026-06-03T09:00:00Z");
    let put = |token: &str, job: &str, body: Value| {
        app.request(
            Method::PUT,
            &format!("/api/v1/schedules/{job}"),
            Some(token),
        )
        .json(&body)
        .checked()
    };
    // Tuesday 10:00 in Kyiv (UTC+3 in June) to a named address.
    let edit = json!({"cron": "0 10 * * Tue", "timezone": "Europe/Kyiv", "enabled": true, "recipients": ["cfo@example.com"]});
    let saved = expect_status(
        put(&app.admin_token, "weekly_budget", edit.clone()).await,
        200,
    )
    .await;
    assert_eq!(saved["next_run_at"], "2026-06-02T07:00:00Z");
    expect_problem(
        put(&o.finance, "weekly_budget", edit.clone()).await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        put(&app.admin_token, "yearly_budget", edit).await,
        404,
        "not_found",
    )
    .await;
    let bad = json!({"cron": "every tuesday", "timezone": "Mars/Olympus", "enabled": true, "recipients": ["nobody"]});
    let p = expect_problem(
        put(&app.admin_token, "weekly_budget", bad).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["cron", "timezone", "recipients[0]"]);

    app.deliver_mail().await; // account mail out of the way
    let done = run_due(&app, "2026-06-02T07:00:00Z").await;
    assert_eq!(done.len(), 1);
    assert_eq!(app.deliver_mail().await.sent, 1);
    let to = app.smtp.received().last().unwrap().to.clone();
    assert_eq!(to, ["cfo@example.com"]);
    // Disabled: nothing runs.
    let off = json!({"cron": "0 10 * * Tue", "timezone": "Europe/Kyiv", "enabled": false});
    expect_status(put(&app.admin_token, "weekly_budget", off).await, 200).await;
    assert!(run_due(&app, "2026-06-09T07:00:00Z").await.is_empty());
}

#[tokio::test]
async fn the_run_due_command_runs_what_is_due_once() {
    let app = TestApp::spawn().await;
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_procura"))
            .args(["budget", "run-due", "--now", "2026-06-03T09:00:00Z"])
            .env_clear()
            .env("DATABASE_URL", &app.database_url)
            .env("PROCURA_MAIL_DIR", app.mail_dir())
            .env("PROCURA_LOG", "warn")
            .output()
            .unwrap()
    };
    let first = run();
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        out.contains("weekly_budget") && out.contains("2026-06-08"),
        "{out}"
    );
    let second = run();
    let out = String::from_utf8_lossy(&second.stdout);
    assert!(
        out.contains("nothing to run at 2026-06-03 09:00:00 UTC"),
        "{out}"
    );
    // It says what it checked: the weekly firing's period has run, the
    // monthly one has not fired since it was set up; and when each runs next.
    assert!(
        out.contains("weekly_budget")
            && out.contains("2026-06-08 – 2026-06-14, which has already run"),
        "{out}"
    );
    assert!(
        out.contains("monthly_budget") && out.contains("has not fired"),
        "{out}"
    );
    assert!(out.contains("next run 2026-06-10"), "{out}");
    let budgets = expect_status(app.get("/api/v1/budgets", &app.admin_token).await, 200).await;
    assert_eq!(budgets["items"].as_array().unwrap().len(), 1);
}
