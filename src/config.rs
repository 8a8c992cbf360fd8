//! Settings: compiled defaults < optional TOML file (`PROCURA_CONFIG`) <
//! environment variables. Every value is checked at start; a bad one stops
//! the process with a message naming the key and the problem.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;

use chrono_tz::Tz;

use crate::db::Backend;
use crate::domain::locale::Locale;
use crate::domain::schedule::parse_cron;

/// One setting: its key (as in the TOML file), its environment variable and default.
struct Key {
    name: &'static str,
    env: &'static str,
    default: Option<&'static str>,
}

// A table reads best as a table.
#[rustfmt::skip]
const KEYS: &[Key] = &[
    key("bind",                 "PROCURA_BIND",                 Some("127.0.0.1:8080")),
    key("database_url",         "DATABASE_URL",                 Some("sqlite://./data/procura.db")),
    key("smtp_url",             "PROCURA_SMTP_URL",             None),
    key("mail_from",            "PROCURA_MAIL_FROM",            Some("procura@procura.local")),
    key("mail_dir",             "PROCURA_MAIL_DIR",             Some("./data/mail")),
    key("mail_retention_days",  "PROCURA_MAIL_RETENTION_DAYS",  Some("30")),
    key("mail_degraded_after_minutes", "PROCURA_MAIL_DEGRADED_AFTER_MINUTES", Some("10")),
    key("timezone",             "PROCURA_TIMEZONE",             Some("UTC")),
    key("default_locale",       "PROCURA_DEFAULT_LOCALE",       Some("en")),
    key("public_url",           "PROCURA_PUBLIC_URL",           Some("http://127.0.0.1:8080")),
    key("templates_dir",        "PROCURA_TEMPLATES_DIR",        None),
    key("admin_email",          "PROCURA_ADMIN_EMAIL",          Some("admin@procura.local")),
    key("admin_password",       "PROCURA_ADMIN_PASSWORD",       None),
    key("token_ttl_hours",      "PROCURA_TOKEN_TTL_HOURS",      Some("12")),
    key("session_cache_seconds", "PROCURA_SESSION_CACHE_SECONDS", Some("5")),
    key("db_pool_size",         "PROCURA_DB_POOL_SIZE",         Some("8")),
    key("max_body_bytes",       "PROCURA_MAX_BODY_BYTES",       Some("1048576")),
    key("workers",              "PROCURA_WORKERS",              None),
    key("request_timeout_seconds", "PROCURA_REQUEST_TIMEOUT_SECONDS", Some("10")),
    key("body_timeout_seconds", "PROCURA_BODY_TIMEOUT_SECONDS", Some("30")),
    key("max_connections",      "PROCURA_MAX_CONNECTIONS",      Some("2048")),
    key("trusted_proxies",      "PROCURA_TRUSTED_PROXIES",      None),
    key("log_format",           "PROCURA_LOG_FORMAT",           Some("text")),
    key("weekly_budget_cron",   "PROCURA_WEEKLY_BUDGET_CRON",   Some("0 0 9 * * Wed")),
    key("monthly_budget_cron",  "PROCURA_MONTHLY_BUDGET_CRON",  Some("0 0 9 25 * *")),
];

/// Every setting as `(key, environment variable, default)`, in the order
/// docs/operations.md lists them (a test compares the two).
pub fn known_keys() -> impl Iterator<Item = (&'static str, &'static str, Option<&'static str>)> {
    KEYS.iter().map(|k| (k.name, k.env, k.default))
}

const fn key(name: &'static str, env: &'static str, default: Option<&'static str>) -> Key {
    Key { name, env, default }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub bind: SocketAddr,
    pub database: Backend,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub mail_dir: PathBuf,
    /// Sent mail (with bodies and attachments) is purged after this many days.
    pub mail_retention_days: i64,
    /// `/readyz` reports mail as degraded when the oldest pending message is older.
    pub mail_degraded_after_minutes: i64,
    pub timezone: Tz,
    /// The language of pages for people who chose none and whose browser
    /// asks for none Procura speaks.
    pub default_locale: Locale,
    pub public_url: String,
    pub templates_dir: Option<PathBuf>,
    pub admin_email: String,
    pub admin_password: Option<String>,
    pub token_ttl_hours: i64,
    /// How long a checked token is trusted without asking the database (0 = always ask).
    pub session_cache_seconds: i64,
    pub db_pool_size: u32,
    pub max_body_bytes: usize,
    pub workers: Option<usize>,
    /// Time a client has to send a request's head (then 408 and close).
    pub request_timeout_seconds: u64,
    /// Time a client has to send a whole request body (then 408).
    pub body_timeout_seconds: u64,
    /// Open connections one worker accepts before it stops accepting.
    pub max_connections: usize,
    /// Peers whose `Forwarded` / `X-Forwarded-For` is believed (reverse proxies).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    pub log_format: LogFormat,
    pub weekly_budget_cron: String,
    pub monthly_budget_cron: String,
}

/// A setting that could not be accepted.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("configuration error: `{key}` {problem}")]
pub struct ConfigError {
    pub key: String,
    pub problem: String,
}

fn problem(key: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        key: key.into(),
        problem: problem.into(),
    }
}

impl Settings {
    /// Reads the process environment (and the file it names).
    pub fn from_process_env() -> Result<Self, ConfigError> {
        Self::load(&std::env::vars().collect())
    }

    /// Builds settings from an explicit environment; the file named by
    /// `PROCURA_CONFIG` (if any) sits between the defaults and `env`.
    pub fn load(env: &BTreeMap<String, String>) -> Result<Self, ConfigError> {
        let mut values: BTreeMap<&'static str, String> = KEYS
            .iter()
            .filter_map(|k| k.default.map(|d| (k.name, d.to_owned())))
            .collect();
        if let Some(path) = env.get("PROCURA_CONFIG").filter(|p| !p.is_empty()) {
            values.extend(read_file(path)?);
        }
        for key in KEYS {
            if let Some(v) = env.get(key.env) {
                values.insert(key.name, v.clone());
            }
        }
        Self::from_values(&values)
    }

    fn from_values(v: &BTreeMap<&'static str, String>) -> Result<Self, ConfigError> {
        let get = |k: &str| {
            v.get(k)
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        };
        let req = |k: &str| get(k).ok_or_else(|| problem(k, "must be set"));
        Ok(Self {
            bind: req("bind")?.parse().map_err(|_| {
                problem("bind", "must be an address and port such as 127.0.0.1:8080")
            })?,
            database: Backend::from_url(&req("database_url")?)
                .map_err(|e| problem("database_url", e))?,
            smtp_url: get("smtp_url").map(check_smtp_url).transpose()?,
            mail_from: check_address("mail_from", req("mail_from")?)?,
            mail_dir: req("mail_dir")?.into(),
            timezone: req("timezone")?.parse().map_err(|_| {
                problem(
                    "timezone",
                    "is not an IANA time zone name (e.g. UTC, Europe/Kyiv)",
                )
            })?,
            default_locale: req("default_locale")?
                .parse()
                .map_err(|_| problem("default_locale", "must be one of en, ro, ru, uk"))?,
            mail_retention_days: number(
                "mail_retention_days",
                &req("mail_retention_days")?,
                1,
                3650,
            )?,
            mail_degraded_after_minutes: number(
                "mail_degraded_after_minutes",
                &req("mail_degraded_after_minutes")?,
                1,
                1440,
            )?,
            public_url: check_public_url(req("public_url")?)?,
            templates_dir: get("templates_dir").map(PathBuf::from),
            admin_email: check_address("admin_email", req("admin_email")?)?,
            admin_password: get("admin_password")
                .map(check_admin_password)
                .transpose()?,
            token_ttl_hours: number("token_ttl_hours", &req("token_ttl_hours")?, 1, 24 * 30)?,
            session_cache_seconds: number(
                "session_cache_seconds",
                &req("session_cache_seconds")?,
                0,
                60,
            )?,
            db_pool_size: number("db_pool_size", &req("db_pool_size")?, 1, 128)?,
            max_body_bytes: number("max_body_bytes", &req("max_body_bytes")?, 1024, 64 << 20)?,
            workers: get("workers")
                .map(|w| number("workers", &w, 1, 256))
                .transpose()?,
            request_timeout_seconds: number(
                "request_timeout_seconds",
                &req("request_timeout_seconds")?,
                1,
                300,
            )?,
            body_timeout_seconds: number(
                "body_timeout_seconds",
                &req("body_timeout_seconds")?,
                1,
                3600,
            )?,
            max_connections: number("max_connections", &req("max_connections")?, 16, 100_000)?,
            trusted_proxies: get("trusted_proxies")
                .map(|list| check_proxies(&list))
                .transpose()?
                .unwrap_or_default(),
            log_format: match req("log_format")?.as_str() {
                "text" => LogFormat::Text,
                "json" => LogFormat::Json,
                _ => return Err(problem("log_format", "must be `text` or `json`")),
            },
            weekly_budget_cron: check_cron("weekly_budget_cron", req("weekly_budget_cron")?)?,
            monthly_budget_cron: check_cron("monthly_budget_cron", req("monthly_budget_cron")?)?,
        })
    }
}

fn read_file(path: &str) -> Result<BTreeMap<&'static str, String>, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| problem("PROCURA_CONFIG", format!("cannot read {path}: {e}")))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| problem("PROCURA_CONFIG", format!("{path} is not valid TOML: {e}")))?;
    let mut values = BTreeMap::new();
    for (name, value) in table {
        let key = KEYS
            .iter()
            .find(|k| k.name == name)
            .ok_or_else(|| problem(&name, format!("in {path} is not a known setting")))?;
        let text = match value {
            toml::Value::String(s) => s,
            toml::Value::Integer(i) => i.to_string(),
            other => {
                return Err(problem(
                    &name,
                    format!(
                        "in {path} must be a string or integer, not {}",
                        other.type_str()
                    ),
                ))
            }
        };
        values.insert(key.name, text);
    }
    Ok(values)
}

fn number<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
    key: &str,
    raw: &str,
    min: T,
    max: T,
) -> Result<T, ConfigError> {
    match raw.parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(problem(
            key,
            format!("must be a whole number from {min} to {max}"),
        )),
    }
}

fn check_address(key: &str, value: String) -> Result<String, ConfigError> {
    let mut errors = crate::error::FieldErrors::new();
    crate::domain::accounts::check_email(&mut errors, key, &value);
    match errors.into_result() {
        Ok(()) => Ok(value),
        Err(_) => Err(problem(key, "is not a valid email address")),
    }
}

fn check_admin_password(password: String) -> Result<String, ConfigError> {
    // Sign-in takes the password as one-line text: a stray `\r` or tab from
    // an env file would make the first admin unable to sign in.
    if crate::domain::input::Text::<128>::new(password.clone()).is_err() {
        return Err(problem(
            "admin_password",
            "must not contain control characters (a stray carriage return or tab?)",
        ));
    }
    let mut errors = crate::error::FieldErrors::new();
    crate::domain::accounts::check_password(&mut errors, "admin_password", &password);
    match errors.into_result() {
        Ok(()) => Ok(password),
        Err(_) => Err(problem(
            "admin_password",
            format!(
                "must be {} to {} characters",
                crate::domain::accounts::PASSWORD_MIN_CHARS,
                crate::domain::accounts::PASSWORD_MAX_CHARS
            ),
        )),
    }
}

fn check_proxies(list: &str) -> Result<Vec<std::net::IpAddr>, ConfigError> {
    list.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse().map_err(|_| {
                problem(
                    "trusted_proxies",
                    format!("`{p}` is not an IP address (list them separated by commas)"),
                )
            })
        })
        .collect()
}

fn check_smtp_url(url: String) -> Result<String, ConfigError> {
    if url.starts_with("smtp://") || url.starts_with("smtps://") {
        Ok(url)
    } else {
        Err(problem("smtp_url", "must start with smtp:// or smtps://"))
    }
}

fn check_public_url(url: String) -> Result<String, ConfigError> {
    if url.starts_with("http://") || url.starts_with("https://") {
        Ok(url.trim_end_matches('/').to_owned())
    } else {
        Err(problem("public_url", "must start with http:// or https://"))
    }
}

fn check_cron(key: &str, expr: String) -> Result<String, ConfigError> {
    parse_cron(&expr).map_err(|e| problem(key, e))?;
    Ok(expr)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_need_no_setup() {
        let s = Settings::load(&env(&[])).unwrap();
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(
            s.database,
            Backend::Sqlite {
                path: "./data/procura.db".into()
            }
        );
        assert_eq!(s.timezone, chrono_tz::UTC);
        assert!(s.smtp_url.is_none());
    }

    #[test]
    fn environment_overrides_file_overrides_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("procura.toml");
        std::fs::write(
            &file,
            "timezone = \"Europe/Kyiv\"\ntoken_ttl_hours = 24\nbind = \"0.0.0.0:9000\"\n",
        )
        .unwrap();
        let s = Settings::load(&env(&[
            ("PROCURA_CONFIG", file.to_str().unwrap()),
            ("PROCURA_BIND", "127.0.0.1:7000"),
        ]))
        .unwrap();
        assert_eq!(s.timezone, chrono_tz::Europe::Kyiv);
        assert_eq!(s.token_ttl_hours, 24);
        assert_eq!(s.bind.to_string(), "127.0.0.1:7000");
    }

    #[test]
    fn bad_values_name_their_key() {
        let cases = [
            ("PROCURA_TIMEZONE", "Mars/Olympus", "timezone"),
            ("DATABASE_URL", "mysql://h/db", "database_url"),
            ("PROCURA_BIND", "nowhere", "bind"),
            (
                "PROCURA_WEEKLY_BUDGET_CRON",
                "every wednesday",
                "weekly_budget_cron",
            ),
            ("PROCURA_SMTP_URL", "http://mail", "smtp_url"),
            ("PROCURA_TOKEN_TTL_HOURS", "0", "token_ttl_hours"),
            ("PROCURA_MAIL_FROM", "not-an-address", "mail_from"),
            ("PROCURA_ADMIN_PASSWORD", "short", "admin_password"),
        ];
        for (var, value, key) in cases {
            let err = Settings::load(&env(&[(var, value)])).unwrap_err();
            assert_eq!(err.key, key, "{var}={value}: {err}");
        }
    }

    #[test]
    fn unknown_file_keys_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.toml");
        std::fs::write(&file, "timezon = \"UTC\"\n").unwrap();
        let err = Settings::load(&env(&[("PROCURA_CONFIG", file.to_str().unwrap())])).unwrap_err();
        assert_eq!(err.key, "timezon");
    }
}
