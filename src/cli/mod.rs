//! The `procura` command line: serve, migrate, and operator tasks.

pub(crate) mod budget;
pub(crate) mod demo;

use std::io::BufRead;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::service::passwords;
use crate::service::stock::usage;
use crate::service::users::{insert_user, NewUser};
use crate::startup::{connect_and_migrate, Application, StartupError};
use crate::{db, domain};

#[derive(Debug, Parser)]
#[command(
    name = "procura",
    version,
    about = "Procurement and consumables budgeting for IT departments"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending migrations, then serve the API (PROCURA_BIND, DATABASE_URL, …)
    Serve,
    /// Apply pending database migrations and exit
    Migrate,
    /// Manage user accounts
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Stock maintenance
    Stock {
        #[command(subcommand)]
        command: StockCommand,
    },
    /// Demo data for trying the service, benchmarks and drills
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
    /// Procurement budgets
    Budget {
        #[command(subcommand)]
        command: BudgetCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Fill an empty database with a realistic organisation and a year of
    /// activity; the same seed always gives the same data
    Seed {
        /// small (a 200-person company's year), medium, or large (10,000
        /// items × 5 locations, 1,000,000 movements, 20,000 applications)
        #[arg(long, default_value = "small", value_parser = parse_scale)]
        scale: crate::demo::Scale,
        /// Seed of the generator
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// The instant the year of activity ends at, RFC 3339 (default: now)
        #[arg(long, value_parser = parse_instant)]
        now: Option<chrono::DateTime<chrono::Utc>>,
    },
}

fn parse_scale(s: &str) -> Result<crate::demo::Scale, String> {
    s.parse()
}

#[derive(Debug, Subcommand)]
pub enum BudgetCommand {
    /// Run every scheduled budget due at that instant, exactly as the
    /// scheduler would (a period already run is left alone), then deliver its mail
    RunDue {
        /// The instant to run at, RFC 3339 (default: now)
        #[arg(long, value_parser = parse_instant)]
        now: Option<chrono::DateTime<chrono::Utc>>,
    },
}

fn parse_instant(s: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|e| format!("not an RFC 3339 instant such as 2026-11-25T09:00:00Z: {e}"))
}

#[derive(Debug, Subcommand)]
pub enum StockCommand {
    /// Check every balance and its 90-day issue counter against the ledger; exit 1 on any mismatch
    Verify,
    /// Recount every balance's 90-day issue counter from the ledger (replenishment's forecast basis)
    RebuildUsage,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user; the password is read from standard input
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// employee, approver, it_specialist, finance or admin (repeatable)
        #[arg(long = "role", required = true, value_parser = parse_role)]
        roles: Vec<Role>,
        /// Department code
        #[arg(long)]
        department: Option<String>,
        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
}

pub async fn run(cli: Cli, settings: Settings) -> Result<(), StartupError> {
    match cli.command {
        Command::Serve => serve(settings).await,
        Command::Migrate => {
            connect_and_migrate(&settings).await?;
            tracing::info!(database = %settings.database.describe(), "database is up to date");
            Ok(())
        }
        Command::Stock {
            command: StockCommand::Verify,
        } => verify_stock(settings).await,
        Command::Stock {
            command: StockCommand::RebuildUsage,
        } => rebuild_usage(settings).await,
        Command::Demo {
            command: DemoCommand::Seed { scale, seed, now },
        } => demo::seed(settings, scale, seed, now).await,
        Command::Budget {
            command: BudgetCommand::RunDue { now },
        } => budget::run_due(settings, now).await,
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    roles,
                    department,
                    password_stdin,
                },
        } => add_user(settings, email, name, roles, department, password_stdin).await,
    }
}

async fn serve(settings: Settings) -> Result<(), StartupError> {
    let database = settings.database.describe();
    let bind = settings.bind;
    let mail = match &settings.smtp_url {
        Some(_) => "SMTP".to_owned(),
        None => format!(".eml files in {}", settings.mail_dir.display()),
    };
    let app = Application::build(settings, Arc::new(SystemClock)).await?;
    tracing::info!(%database, %mail, "Procura is listening on http://{bind} (API under /api/v1, contract at /openapi.yaml)");
    app.run_until_stopped().await?;
    tracing::info!("stopped");
    Ok(())
}

async fn add_user(
    settings: Settings,
    email: String,
    name: String,
    roles: Vec<Role>,
    department: Option<String>,
    password_stdin: bool,
) -> Result<(), StartupError> {
    if !password_stdin {
        return Err("pass the password on standard input and add --password-stdin".into());
    }
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password)?;
    let password = password.trim_end_matches(['\r', '\n']).to_owned();
    let mut errors = crate::error::FieldErrors::new();
    domain::accounts::check_email(&mut errors, "--email", &email);
    domain::accounts::check_password(&mut errors, "password", &password);
    domain::accounts::check_text(&mut errors, "--name", &name, 200);
    if let Err(crate::error::AppError::Validation(list)) = errors.into_result() {
        let text: Vec<String> = list
            .iter()
            .map(|e| format!("{} {}", e.field, e.message))
            .collect();
        return Err(text.join("; ").into());
    }
    let bounded = |field: &str, e: String| -> StartupError { format!("{field} {e}").into() };
    let email: Text<254> = Text::new(email).map_err(|e| bounded("--email", e))?;
    let name: Text<200> = Text::new(name).map_err(|e| bounded("--name", e))?;
    let password: Text<128> = Text::new(password).map_err(|e| bounded("password", e))?;
    let db = connect_and_migrate(&settings).await?;
    let hash = passwords::hash(&password)?;
    // The CLI runs on the wall clock, like `serve`.
    let now = SystemClock.now();
    let user = db.write_blocking(|conn| {
        let department_id = match department {
            Some(code) => Some(
                db::departments::find_by_code(conn, &code)?
                    .ok_or_else(|| {
                        crate::error::AppError::field(
                            "--department",
                            "not_found",
                            format!("no department has code {code}"),
                        )
                    })?
                    .id,
            ),
            None => None,
        };
        let input = NewUser {
            email,
            name,
            password,
            roles,
            department_id,
        };
        insert_user(conn, &input, &hash, now, None)
    });
    let user = user.map_err(|e| match e {
        crate::error::AppError::Validation(list) => list
            .iter()
            .map(|f| format!("{} {}", f.field, f.message))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    })?;
    println!(
        "created user {} <{}> with roles {:?}",
        user.id, user.email, user.roles
    );
    Ok(())
}

async fn verify_stock(settings: Settings) -> Result<(), StartupError> {
    let db = connect_and_migrate(&settings).await?;
    let wrong = db.read(|conn| Ok(db::stock::mismatches(conn)?)).await?;
    for (item, location, balance, ledger) in &wrong {
        eprintln!("item {item} at {location}: balance {balance} ≠ ledger {ledger} (thousandths)");
    }
    let counters = usage::mismatches(&db).await?;
    for (item, location, counter, ledger) in &counters {
        eprintln!(
            "item {item} at {location}: issued in the window {counter} ≠ ledger {ledger} (thousandths)"
        );
    }
    if wrong.is_empty() && counters.is_empty() {
        println!("every stock balance and its 90-day issue counter equal the ledger");
        Ok(())
    } else if !counters.is_empty() && wrong.is_empty() {
        Err(format!(
            "{} issue counter(s) disagree with the ledger; `procura stock rebuild-usage` recounts them",
            counters.len()
        )
        .into())
    } else {
        Err(format!(
            "{} stock balance(s) and {} issue counter(s) disagree with the ledger",
            wrong.len(),
            counters.len()
        )
        .into())
    }
}

async fn rebuild_usage(settings: Settings) -> Result<(), StartupError> {
    let db = connect_and_migrate(&settings).await?;
    usage::rebuild(&db, SystemClock.now()).await?;
    println!("every balance's 90-day issue counter recounted from the ledger");
    Ok(())
}
