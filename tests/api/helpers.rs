//! `TestApp`: the real server on 127.0.0.1:0 with a fresh database and a
//! manual clock, plus small HTTP helpers.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel::{Connection, PgConnection, RunQueryDsl};
use procura::clock::ManualClock;
use procura::config::Settings;
use procura::jobs::dispatcher::{DispatchReport, Dispatcher};
use procura::service::AppContext;
use procura::startup::Application;
use reqwest::{Method, RequestBuilder, Response};
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::smtp::SmtpSink;

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "admin-password-1";
pub const PASSWORD: &str = "correct-horse-42";

pub fn start_instant() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-06-01T08:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// The HTTP client every test starts from. Idle connections are dropped
/// after 2 s, well before the server closes them: a request sent down a
/// connection the server is closing at that moment fails with
/// `IncompleteMessage`, and the browser walk pauses long enough for that.
pub fn test_client() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .no_proxy()
        .pool_idle_timeout(std::time::Duration::from_secs(2))
}

pub struct TestApp {
    pub base: String,
    /// The real SMTP server the app delivers to.
    pub smtp: SmtpSink,
    /// Delivers the outbox when a test says so (no background jobs in tests).
    pub dispatcher: Dispatcher,
    pub client: reqwest::Client,
    pub clock: Arc<ManualClock>,
    pub ctx: AppContext,
    pub admin_token: String,
    pub database_url: String,
    /// The PostgreSQL database made for this test, dropped when it passes
    /// (a failed test's database is kept to look at).
    owned_pg: Option<OwnedDatabase>,
    _dir: tempfile::TempDir,
}

struct OwnedDatabase {
    admin_url: String,
    name: String,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let Some(db) = &self.owned_pg else { return };
        if std::thread::panicking() {
            eprintln!("kept the database {} of the failed test", db.name);
            return;
        }
        // FORCE: the server of this test still holds pooled connections.
        let dropped = PgConnection::establish(&db.admin_url)
            .map_err(|e| e.to_string())
            .and_then(|mut admin| {
                diesel::sql_query(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", db.name))
                    .execute(&mut admin)
                    .map_err(|e| e.to_string())
            });
        if let Err(why) = dropped {
            eprintln!("could not drop the test database {}: {why}", db.name);
        }
    }
}

/// A database nobody else uses: a file in a temp dir, or a new PostgreSQL
/// database on the server named by PROCURA_TEST_POSTGRES_URL.
fn fresh_database(dir: &std::path::Path) -> (String, Option<OwnedDatabase>) {
    match std::env::var("PROCURA_TEST_POSTGRES_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("procura_test_{}", uuid::Uuid::now_v7().simple());
            let mut admin =
                PgConnection::establish(&admin_url).expect("connect to PROCURA_TEST_POSTGRES_URL");
            diesel::sql_query(format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .expect("create test database");
            let (server, _) = admin_url
                .rsplit_once('/')
                .expect("URL with a database path");
            let url = format!("{server}/{name}");
            (url, Some(OwnedDatabase { admin_url, name }))
        }
        _ => (
            format!("sqlite://{}", dir.join("procura.db").display()),
            None,
        ),
    }
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(&[]).await
    }

    /// Starts the app with extra settings (environment-variable names).
    pub async fn spawn_with(extra: &[(&str, &str)]) -> TestApp {
        // Warnings and errors, captured per test: they show only when it fails.
        let filter = std::env::var("PROCURA_LOG").unwrap_or_else(|_| "warn".into());
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
        let dir = tempfile::tempdir().unwrap();
        // A test that names a database (e.g. a second instance on the first
        // one's) uses it as it is and leaves it to its owner.
        let given = extra.iter().find(|(k, _)| *k == "DATABASE_URL");
        let fresh = given.is_none();
        let (database_url, owned_pg) = match given {
            Some((_, url)) => (url.to_string(), None),
            None => fresh_database(dir.path()),
        };
        let smtp = SmtpSink::start().await;
        let smtp_url = smtp.url();
        let mut env: BTreeMap<String, String> = [
            ("DATABASE_URL", database_url.as_str()),
            ("PROCURA_BIND", "127.0.0.1:0"),
            ("PROCURA_ADMIN_EMAIL", ADMIN_EMAIL),
            ("PROCURA_ADMIN_PASSWORD", ADMIN_PASSWORD),
            ("PROCURA_WORKERS", "2"),
            ("PROCURA_DB_POOL_SIZE", "4"),
            ("PROCURA_SMTP_URL", smtp_url.as_str()),
            ("PROCURA_MAIL_FROM", "procura@example.com"),
            ("PROCURA_PUBLIC_URL", "https://procura.example.com"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        env.insert(
            "PROCURA_MAIL_DIR".into(),
            dir.path().join("mail").display().to_string(),
        );
        for (k, v) in extra {
            env.insert(k.to_string(), v.to_string());
        }
        let settings = Settings::load(&env).expect("test settings");
        let clock = Arc::new(ManualClock::new(start_instant()));
        let app = Application::build(settings, clock.clone())
            .await
            .expect("app starts");
        let base = format!("http://127.0.0.1:{}", app.port());
        let ctx = app.context.clone();
        let dispatcher = app.dispatcher();
        tokio::spawn(app.run_server_only());
        let client = test_client().build().unwrap();
        let mut test_app = TestApp {
            base,
            smtp,
            dispatcher,
            client,
            clock,
            ctx,
            admin_token: String::new(),
            database_url,
            owned_pg,
            _dir: dir,
        };
        // The bootstrap admin signs in over HTTP in auth.rs; here its session
        // is written directly, saving an Argon2 check per test.
        let admin = test_app
            .ctx
            .db
            .read(|conn| Ok(procura::db::users::find_by_email(conn, ADMIN_EMAIL)?))
            .await
            .unwrap()
            .expect("the bootstrap admin exists");
        test_app.admin_token = test_app.session_for(admin.id.as_str()).await;
        if fresh {
            test_app.store_policy_without_budget_check().await;
        }
        test_app
    }

    /// The tests' organisation sets no budget limits, so its approvals are
    /// not asked "approve anyway" (the built-in policy warns where a month
    /// has no limit: tests/api/budget_check.rs covers that). Stored as
    /// version 0, as the built-in default would read; every other field
    /// keeps its default.
    async fn store_policy_without_budget_check(&self) {
        let policy = serde_json::json!({
            "currency": "EUR", "it_review_categories": ["hardware", "software"],
            "finance_threshold": "1000.00", "director_threshold": "10000.00",
            "budget_check": {"over_limit": {"hardware": "none", "software": "none",
                "consumables": "none", "services": "none", "other": "none"},
                "no_limit": "none"},
        })
        .to_string();
        let at = start_instant().naive_utc();
        self.ctx
            .db
            .write(move |conn| {
                Ok(procura::db::settings::put(
                    conn,
                    "approval_policy",
                    &policy,
                    0,
                    at,
                )?)
            })
            .await
            .unwrap();
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A request with an optional bearer token.
    pub fn request(&self, method: Method, path: &str, token: Option<&str>) -> RequestBuilder {
        let builder = self.client.request(method, self.url(path));
        match token {
            Some(t) => builder.bearer_auth(t),
            None => builder,
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Response {
        self.request(Method::GET, path, Some(token)).checked().await
    }

    pub async fn post(&self, path: &str, token: &str, body: &Value) -> Response {
        self.request(Method::POST, path, Some(token))
            .json(body)
            .checked()
            .await
    }

    pub async fn patch(
        &self,
        path: &str,
        token: &str,
        body: &Value,
        if_match: Option<i64>,
    ) -> Response {
        let mut req = self.request(Method::PATCH, path, Some(token)).json(body);
        if let Some(v) = if_match {
            req = req.header("If-Match", format!("\"{v}\""));
        }
        req.checked().await
    }

    pub async fn try_login(&self, email: &str, password: &str) -> Response {
        self.request(Method::POST, "/api/v1/auth/login", None)
            .json(&json!({"email": email, "password": password}))
            .checked()
            .await
    }

    pub async fn login(&self, email: &str, password: &str) -> String {
        let res = self.try_login(email, password).await;
        let body = expect_status(res, 200).await;
        body["token"].as_str().unwrap().to_owned()
    }

    /// Creates a user over the API (mail and audit included) and signs
    /// them in; [`TestApp::user_with`] is the quick way when only rows matter.
    pub async fn api_user_with(
        &self,
        roles: &[&str],
        department_id: Option<&str>,
    ) -> (Value, String) {
        let email = format!("{}@example.com", uuid::Uuid::now_v7().simple());
        let body = json!({
            "email": email, "name": "Test User", "password": PASSWORD,
            "roles": roles, "department_id": department_id,
        });
        let user = expect_status(
            self.post("/api/v1/users", &self.admin_token, &body).await,
            201,
        )
        .await;
        let token = self.login(&email, PASSWORD).await;
        (user, token)
    }

    /// Every message in the outbox (up to 500), newest first, as stored.
    pub async fn queued_mail(&self) -> Vec<procura::db::outbox::OutboxRow> {
        self.ctx
            .db
            .read(|c| Ok(procura::db::outbox::list_by_status(c, None, None, 500)?))
            .await
            .expect("outbox rows")
    }

    pub fn clock_now(&self) -> DateTime<Utc> {
        use procura::clock::Clock;
        self.clock.now()
    }

    pub fn mail_dir(&self) -> std::path::PathBuf {
        self.ctx.settings.mail_dir.clone()
    }

    /// Runs one delivery pass of the outbox.
    pub async fn deliver_mail(&self) -> DispatchReport {
        self.dispatcher.run_once().await.expect("delivery pass")
    }

    pub async fn department(&self, code: &str, parent_id: Option<&str>) -> Value {
        let body =
            json!({"code": code, "name": format!("Department {code}"), "parent_id": parent_id});
        expect_status(
            self.post("/api/v1/departments", &self.admin_token, &body)
                .await,
            201,
        )
        .await
    }
}

/// Asserts the status (printing the body when it differs) and returns the JSON body.
pub async fn expect_status(res: Response, status: u16) -> Value {
    let actual = res.status().as_u16();
    let text = res.text().await.unwrap();
    assert_eq!(actual, status, "unexpected status; body: {text}");
    if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    }
}

/// Asserts a problem+json answer with `status` and `code`; returns its body.
pub async fn expect_problem(res: Response, status: u16, code: &str) -> Value {
    let content_type = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = expect_status(res, status).await;
    assert_eq!(content_type, "application/problem+json", "body: {body}");
    assert_eq!(body["code"], code, "body: {body}");
    assert_eq!(body["status"], status, "body: {body}");
    for key in ["type", "title", "detail"] {
        assert!(body[key].is_string(), "problem lacks `{key}`: {body}");
    }
    body
}

/// The `field` names of a validation problem.
pub fn error_fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| e["field"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}
