//! Applications benchmark: create + submit throughput with concurrent
//! clients, and `?awaiting=me` latency with 100,000 applications stored.
//! Real server (release build, port 0), real HTTP. Prints figures; never
//! fails on a timing. `cargo bench --bench applications`.
//! Knobs: BENCH_CLIENTS (32), BENCH_SECONDS (10), BENCH_STORED (100000).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the failure report

use std::sync::Arc;
use std::time::{Duration, Instant};

use procura::clock::SystemClock;
use procura::config::Settings;
use procura::db::applications::{ApplicationRow, StepRow};
use procura::db::{self, time};
use procura::domain::applications::Status;
use procura::domain::approval::{StepKind, StepStatus};
use procura::domain::ids::{ApplicationId, DepartmentId, UserId};
use procura::service::new_id;
use procura::startup::Application;
use serde_json::{json, Value};

const PASSWORD: &str = "bench-password-1";

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let clients = env_or("BENCH_CLIENTS", 32);
    let seconds = env_or("BENCH_SECONDS", 10) as u64;
    let stored = env_or("BENCH_STORED", 100_000);
    let dir = tempfile::tempdir().unwrap();
    if std::env::var("BENCH_KEEP_DB").is_ok() {
        eprintln!("database kept at {}", dir.path().display());
    }
    let env = [
        (
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("bench.db").display()),
        ),
        ("PROCURA_BIND", "127.0.0.1:0".into()),
        ("PROCURA_ADMIN_EMAIL", "admin@example.com".into()),
        ("PROCURA_ADMIN_PASSWORD", PASSWORD.into()),
        (
            "PROCURA_MAIL_DIR",
            dir.path().join("mail").display().to_string(),
        ),
        ("PROCURA_LOG", "warn".into()),
    ];
    let settings = Settings::load(
        &env.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
    .unwrap();
    let app = Application::build(settings, Arc::new(SystemClock))
        .await
        .unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    let db = app.context.db.clone();
    tokio::spawn(app.run_server_only());
    let client = reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(clients)
        .build()
        .unwrap();
    let http = Http { client, base };

    let admin = http.login("admin@example.com").await;
    let ops = http
        .post(
            &admin,
            "/api/v1/departments",
            json!({"code": "OPS", "name": "Operations"}),
        )
        .await;
    let head = http
        .user(&admin, "head@example.com", "approver", &ops)
        .await;
    http.patch(
        &admin,
        &format!("/api/v1/departments/{}", ops["id"].as_str().unwrap()),
        json!({"head_user_id": head["id"]}),
    )
    .await;
    http.user(&admin, "emp@example.com", "employee", &ops).await;
    let employee = http.login("emp@example.com").await;
    let approver = http.login("head@example.com").await;

    let (done, errors, latencies, elapsed) =
        create_and_submit(&http, &employee, clients, Duration::from_secs(seconds)).await;
    println!(
        "applications benchmark — SQLite, release, {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!("| figure | measured |");
    println!("|---|---:|");
    println!(
        "| create + submit (3 lines), {clients} clients, {seconds} s | {:.0}/s, p50 {:.1} ms, p99 {:.1} ms, {errors} errors |",
        done as f64 / elapsed,
        percentile(&latencies, 50.0),
        percentile(&latencies, 99.0)
    );

    let requester = db
        .read(|c| Ok(db::users::find_by_email(c, "emp@example.com")?.unwrap()))
        .await
        .unwrap();
    let head_id = UserId::new(head["id"].as_str().unwrap());
    let ops_id = DepartmentId::new(ops["id"].as_str().unwrap());
    let other = db
        .read(|c| Ok(db::users::find_by_email(c, "admin@example.com")?.unwrap()))
        .await
        .unwrap();
    let started = Instant::now();
    seed(&db, stored, &requester.id, &ops_id, [&head_id, &other.id]).await;
    let seeded_in = started.elapsed().as_secs_f64();
    let mut times = Vec::new();
    for _ in 0..500 {
        let t = Instant::now();
        let page = http
            .get(&approver, "/api/v1/applications?awaiting=me&limit=50")
            .await;
        times.push(t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(page["items"].as_array().unwrap().len(), 50);
    }
    println!(
        "| GET ?awaiting=me, 50 per page, {stored} stored (seeded in {seeded_in:.1} s), 500 requests | p50 {:.2} ms, p99 {:.2} ms |",
        percentile(&times, 50.0),
        percentile(&times, 99.0)
    );
    if std::env::var("BENCH_KEEP_DB").is_ok() {
        std::mem::forget(dir);
    }
}

/// Seeds `count` submitted applications, 1 in 100 awaiting `approvers[0]`,
/// the rest awaiting `approvers[1]`.
async fn seed(
    db: &db::Db,
    count: usize,
    requester: &UserId,
    department: &DepartmentId,
    approvers: [&UserId; 2],
) {
    let (requester, department) = (requester.clone(), department.clone());
    let (head_id, other_id) = (approvers[0].clone(), approvers[1].clone());
    let db = db.clone();
    tokio::task::spawn_blocking(move || {
        let now = time::to_db(chrono::Utc::now());
        for chunk in 0..count.div_ceil(1000) {
            db.write_blocking(|conn| {
                for i in chunk * 1000..((chunk + 1) * 1000).min(count) {
                    let id = ApplicationId::generate();
                    let awaiting = i % 100 == 0;
                    let row = ApplicationRow {
                        id: id.clone(),
                        requester_id: requester.clone(),
                        department_id: Some(department.clone()),
                        title: format!("Seeded {i}"),
                        justification: "bench".into(),
                        needed_by: None,
                        currency: "EUR".into(),
                        total_cents: 1000,
                        status: Status::Submitted,
                        version: 1,
                        supplier: None,
                        order_reference: None,
                        expected_on: None,
                        location_id: None,
                        created_at: now,
                        updated_at: now,
                        reference: format!("B-{i}"),
                    };
                    db::applications::insert(conn, &row)?;
                    let step = StepRow {
                        id: new_id(),
                        application_id: id,
                        round: 1,
                        position: 0,
                        kind: StepKind::DepartmentHead,
                        approver_id: Some(if awaiting {
                            head_id.clone()
                        } else {
                            other_id.clone()
                        }),
                        approver_role: None,
                        status: StepStatus::Pending,
                        decided_by: None,
                        on_behalf_of: None,
                        comment: None,
                        decided_at: None,
                        pending_since: Some(now),
                        overdue_on: None,
                    };
                    db::applications::insert_steps(conn, std::slice::from_ref(&step))?;
                }
                Ok(())
            })
            .unwrap();
        }
    })
    .await
    .unwrap();
}

async fn create_and_submit(
    http: &Http,
    token: &str,
    clients: usize,
    duration: Duration,
) -> (usize, usize, Vec<f64>, f64) {
    let deadline = Instant::now() + duration;
    let started = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (http, token) = (http.clone(), token.to_owned());
            tokio::spawn(async move {
                let (mut done, mut errors, mut latencies) = (0, 0, Vec::new());
                let body = json!({"title": "Toner", "justification": "Printers on floor 2", "needed_by": "2099-01-01", "lines": [
                    {"description": "Toner black", "category": "consumables", "quantity": "4", "unit_price": "39.90"},
                    {"description": "Toner cyan", "category": "consumables", "quantity": "2", "unit_price": "44.50"},
                    {"description": "Drum", "category": "consumables", "quantity": "1", "unit_price": "89.00"},
                ]});
                while Instant::now() < deadline {
                    let t = Instant::now();
                    let created = http.client.post(format!("{}/api/v1/applications", http.base)).bearer_auth(&token).json(&body).send().await;
                    let ok = match created {
                        Ok(r) if r.status() == 201 => {
                            let v: Value = r.json().await.unwrap();
                            let url = format!("{}/api/v1/applications/{}/submit", http.base, v["id"].as_str().unwrap());
                            matches!(http.client.post(url).bearer_auth(&token).send().await, Ok(r) if r.status() == 200)
                        }
                        _ => false,
                    };
                    if ok {
                        done += 1;
                        latencies.push(t.elapsed().as_secs_f64() * 1e3);
                    } else {
                        errors += 1;
                    }
                }
                (done, errors, latencies)
            })
        })
        .collect();
    let (mut done, mut errors, mut latencies) = (0, 0, Vec::new());
    for task in tasks {
        let (d, e, l) = task.await.unwrap();
        done += d;
        errors += e;
        latencies.extend(l);
    }
    (done, errors, latencies, started.elapsed().as_secs_f64())
}

fn percentile(values: &[f64], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    sorted[((p / 100.0) * (sorted.len() - 1) as f64).round() as usize]
}

#[derive(Clone)]
struct Http {
    client: reqwest::Client,
    base: String,
}

impl Http {
    async fn login(&self, email: &str) -> String {
        let v: Value = self
            .client
            .post(format!("{}/api/v1/auth/login", self.base))
            .json(&json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["token"].as_str().unwrap().to_owned()
    }

    async fn post(&self, token: &str, path: &str, body: Value) -> Value {
        self.client
            .post(format!("{}{path}", self.base))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    async fn patch(&self, token: &str, path: &str, body: Value) -> Value {
        self.client
            .patch(format!("{}{path}", self.base))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    async fn get(&self, token: &str, path: &str) -> Value {
        self.client
            .get(format!("{}{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    async fn user(&self, admin: &str, email: &str, role: &str, department: &Value) -> Value {
        let body = json!({"email": email, "name": email, "password": PASSWORD, "roles": [role], "department_id": department["id"]});
        self.post(admin, "/api/v1/users", body).await
    }
}
