//! The `procura` binary: configuration errors, migrate and `user add`.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::helpers::*;

fn procura() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_procura"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("PROCURA_LOG", "warn");
    cmd
}

#[test]
fn a_bad_setting_stops_the_process_and_names_the_key() {
    let cases = [
        ("PROCURA_TIMEZONE", "Mars/Olympus", "`timezone`"),
        ("DATABASE_URL", "mysql://localhost/db", "`database_url`"),
        (
            "PROCURA_MONTHLY_BUDGET_CRON",
            "0 9 32 * *",
            "`monthly_budget_cron`",
        ),
    ];
    for (var, value, key) in cases {
        let out = procura().arg("migrate").env(var, value).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{var}={value}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(key), "{var}={value}: {stderr}");
    }
}

#[test]
fn an_unreachable_postgres_is_reported_not_mistaken_for_a_file() {
    let out = procura()
        .arg("migrate")
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("PostgreSQL"), "{stderr}");
}

#[tokio::test]
async fn user_add_creates_an_account_that_can_sign_in() {
    let app = TestApp::spawn().await;
    app.department("SUP", None).await;
    let mut child = procura()
        .args([
            "user",
            "add",
            "--email",
            "cli@example.com",
            "--name",
            "Cli User",
        ])
        .args([
            "--role",
            "it_specialist",
            "--role",
            "approver",
            "--department",
            "SUP",
            "--password-stdin",
        ])
        .env("DATABASE_URL", &app.database_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"cli-password-123\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let token = app.login("cli@example.com", "cli-password-123").await;
    let me = expect_status(app.get("/api/v1/me", &token).await, 200).await;
    let mut roles: Vec<&str> = me["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    roles.sort();
    assert_eq!(roles, ["approver", "it_specialist"]);
}

#[test]
fn user_add_refuses_a_weak_password() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = procura()
        .args([
            "user",
            "add",
            "--email",
            "w@example.com",
            "--name",
            "W",
            "--role",
            "employee",
            "--password-stdin",
        ])
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("p.db").display()),
        )
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"short\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("password"));
}
