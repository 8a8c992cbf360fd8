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

/// `procura serve` on an empty database: the one-time password it logs
/// signs in, and every page leads to the password form until it is replaced.
#[tokio::test]
async fn the_first_admin_replaces_the_logged_one_time_password_first() {
    use crate::ui_client::Browser;
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = procura()
        .arg("serve")
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/p.db", dir.path().display()),
        )
        .env("PROCURA_BIND", format!("127.0.0.1:{port}"))
        .env("PROCURA_PUBLIC_URL", &base)
        .env("PROCURA_MAIL_DIR", dir.path().join("mail"))
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let logged = tokio::task::spawn_blocking(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stderr).lines() {
            let line = without_colours(&line.unwrap());
            if let Some(at) = line.find("password=") {
                return line[at + 9..].split_whitespace().next().unwrap().to_owned();
            }
        }
        panic!("no one-time password in the log");
    })
    .await
    .unwrap();
    let password = logged;

    let mut browser = Browser::at(&base);
    let mut signed = browser
        .sign_in("admin@procura.local", &password, "/applications")
        .await;
    for _ in 0..50 {
        if signed.status == 303 {
            break;
        }
        // The server may still be starting.
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        signed = browser
            .sign_in("admin@procura.local", &password, "/applications")
            .await;
    }
    assert_eq!(signed.status, 303, "{}", signed.body);
    let elsewhere = browser.get("/applications").await;
    assert_eq!(elsewhere.status, 303);
    assert_eq!(elsewhere.location(), "/me");
    let form = browser.get("/me").await;
    form.assert_has("was a one-time password");
    browser.csrf = form.hidden("csrf").unwrap();
    let fields = [
        ("current_password", password.as_str()),
        ("new_password", "my-own-password-1"),
        ("confirm_password", "my-own-password-1"),
    ];
    let changed = browser.post("/me/password", &fields).await;
    assert_eq!(changed.status, 303, "{}", changed.body);
    let now = browser.get("/applications").await;
    assert_eq!(now.status, 200, "{}", now.body);
    assert!(!browser
        .get("/me")
        .await
        .body
        .contains("was a one-time password"));
    child.kill().unwrap();
    child.wait().unwrap();
}

/// `line` without terminal colour sequences (`ESC [ … m`).
fn without_colours(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
