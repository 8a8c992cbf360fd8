//! `procura demo seed`: a seeded organisation every role can work with at
//! once, consistent with the service's invariants, and the same for the
//! same seed.

use std::process::{Command, Output};

use serde_json::{json, Value};

use crate::helpers::*;

const DEMO_PASSWORD: &str = "demo-password-1";

fn procura(app: &TestApp, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_procura"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("PROCURA_LOG", "warn")
        .env("DATABASE_URL", &app.database_url)
        .output()
        .unwrap()
}

fn seed(app: &TestApp, seed: &str) -> Output {
    let now = app.clock_now().to_rfc3339();
    procura(
        app,
        &[
            "demo", "seed", "--scale", "small", "--seed", seed, "--now", &now,
        ],
    )
}

async fn demo_login(app: &TestApp, login: &str) -> String {
    app.login(&format!("{login}@demo.example.com"), DEMO_PASSWORD)
        .await
}

async fn items(app: &TestApp, path: &str, token: &str) -> Vec<Value> {
    let body = expect_status(app.get(path, token).await, 200).await;
    body["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_seeded_organisation_is_consistent_and_every_role_has_work() {
    let app = TestApp::spawn_with(&[("PROCURA_TOKEN_TTL_HOURS", "720")]).await;
    let out = seed(&app, "7");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("600 applications"), "{stdout}");
    let verify = procura(&app, &["stock", "verify"]);
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stderr)
    );

    // The chain each application carries is one the head can act on.
    let head = demo_login(&app, "head.sal").await;
    let me = expect_status(app.get("/api/v1/me", &head).await, 200).await;
    let waiting = items(&app, "/api/v1/applications?awaiting=me&limit=100", &head).await;
    assert!(
        !waiting.is_empty(),
        "the head of Sales has nothing awaiting"
    );
    for summary in &waiting {
        assert_eq!(summary["status"], "submitted");
        assert_eq!(summary["awaiting"]["approver_id"], me["id"]);
    }
    let id = waiting[0]["id"].as_str().unwrap();
    let approved = app
        .post(
            &format!("/api/v1/applications/{id}/approve"),
            &head,
            &json!({}),
        )
        .await;
    expect_status(approved, 200).await;

    let it = demo_login(&app, "it1").await;
    for status in [
        "draft",
        "submitted",
        "returned",
        "approved",
        "ordered",
        "partially_received",
        "received",
        "rejected",
        "cancelled",
    ] {
        let found = items(
            &app,
            &format!("/api/v1/applications?status={status}&limit=1"),
            &it,
        )
        .await;
        assert_eq!(found.len(), 1, "no application is {status}");
    }
    // Every balance, a page at a time, each once and in order.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let path = format!("/api/v1/stock?limit=200&cursor={cursor}");
        let page = expect_status(app.get(&path, &it).await, 200).await;
        for b in page["items"].as_array().unwrap() {
            seen.push((
                b["location_id"].as_str().unwrap().to_owned(),
                b["item_id"].as_str().unwrap().to_owned(),
            ));
        }
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(seen, sorted, "pages overlap or are out of order");
    assert_eq!(
        seen.len(),
        300 * 3,
        "every item × location of the small seed"
    );
    let low = items(&app, "/api/v1/stock?below_reorder=true&limit=500", &it).await;
    assert!(!low.is_empty(), "nothing is at or below its reorder point");
    let suggestions = items(&app, "/api/v1/stock/replenishment?limit=10", &it).await;
    assert!(!suggestions.is_empty(), "no replenishment suggestion");

    let finance = demo_login(&app, "finance1").await;
    let this_month = app.clock_now().date_naive().format("%Y-%m-01").to_string();
    let budget = app
        .post(
            "/api/v1/budgets",
            &finance,
            &json!({"kind": "monthly", "period_start": this_month}),
        )
        .await;
    let budget = expect_status(budget, 201).await;
    assert_ne!(budget["total"], "0.00");
    assert!(budget["by_department"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["limit"].is_string()));

    // A second seed would mix two organisations: it is refused.
    let again = seed(&app, "7");
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("empty database"));
}

#[tokio::test]
async fn the_same_seed_gives_the_same_data() {
    let mut views = Vec::new();
    for _ in 0..2 {
        let app = TestApp::spawn().await;
        assert!(seed(&app, "11").status.success());
        let admin = demo_login(&app, "it1").await;
        let balances = items(&app, "/api/v1/stock?limit=500", &admin).await;
        let applications = items(&app, "/api/v1/applications?limit=100", &admin).await;
        views.push((balances, applications));
    }
    assert!(!views[0].1.is_empty());
    assert_eq!(views[0], views[1]);
}

/// What the seed and the README promise holds whatever `--now` is: a
/// Monday, a Wednesday, the 25th, the 31st. The head of Sales has work
/// awaiting, something is below its reorder point, and next week's budget
/// is not over its limit in every department.
#[tokio::test]
async fn the_demo_keeps_its_promises_for_any_now() {
    for now in [
        "2026-06-01T09:00:00Z",
        "2026-12-02T09:00:00Z",
        "2026-06-25T12:00:00Z",
        "2026-08-31T18:00:00Z",
    ] {
        let app = TestApp::spawn().await;
        let at = chrono::DateTime::parse_from_rfc3339(now)
            .unwrap()
            .with_timezone(&chrono::Utc);
        app.clock.set(at);
        let out = procura(
            &app,
            &[
                "demo", "seed", "--scale", "small", "--seed", "3", "--now", now,
            ],
        );
        assert!(
            out.status.success(),
            "{now}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let head = demo_login(&app, "head.sal").await;
        let waiting = items(&app, "/api/v1/applications?awaiting=me", &head).await;
        assert!(
            !waiting.is_empty(),
            "{now}: the head of Sales has nothing awaiting"
        );
        let it = demo_login(&app, "it1").await;
        let low = items(&app, "/api/v1/stock?below_reorder=true&limit=10", &it).await;
        assert!(!low.is_empty(), "{now}: nothing is below its reorder point");
        let monday =
            at.date_naive().week(chrono::Weekday::Mon).first_day() + chrono::Duration::days(7);
        let body = json!({"kind": "weekly", "period_start": monday});
        let week = expect_status(app.post("/api/v1/budgets", &it, &body).await, 201).await;
        let departments = week["by_department"].as_array().unwrap();
        assert!(
            departments.iter().any(|d| d["overrun"] == false),
            "{now}: every department is over its limit next week"
        );
    }
}
