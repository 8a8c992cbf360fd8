//! Wiring: connect and migrate the database, create the first admin when
//! needed, and start the HTTP server. Used by `procura serve` and by the
//! integration tests (which bind port 0 and inject a manual clock).

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpServer};

use crate::api::extract::BodyLimit;
use crate::api::metrics::{self, Metrics};
use crate::clock::SharedClock;
use crate::config::Settings;
use crate::db::{migrate, Db};
use crate::jobs::budget_scheduler::BudgetScheduler;
use crate::jobs::dispatcher::Dispatcher;
use crate::jobs::housekeeping::Housekeeping;
use crate::jobs::reminder_scheduler::ReminderScheduler;
use crate::mail::templates::Templates;
use crate::mail::Mailer;
use crate::service::bootstrap::{ensure_first_admin, FirstAdmin};
use crate::service::AppContext;

pub(crate) type StartupError = Box<dyn std::error::Error + Send + Sync>;

pub struct Application {
    server: Server,
    port: u16,
    mailer: Arc<Mailer>,
    pub context: AppContext,
}

impl Application {
    pub async fn build(settings: Settings, clock: SharedClock) -> Result<Self, StartupError> {
        let db = connect_and_migrate(&settings).await?;
        let listener = TcpListener::bind(settings.bind)
            .map_err(|e| format!("cannot listen on {}: {e}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let (templates, mailer) = templates_and_mailer(&settings)?;
        let context = AppContext::new(db, clock, settings, templates);
        announce_first_admin(
            ensure_first_admin(&context).await?,
            &context.settings.public_url,
        );
        ensure_default_schedules(&context).await?;
        // Replenishment reads the issue window from the first request on.
        crate::service::stock::usage::advance(&context).await?;
        let server = http_server(context.clone(), listener)?;
        Ok(Self {
            server,
            port,
            mailer: Arc::new(mailer),
            context,
        })
    }

    /// A mail dispatcher for this application's outbox (tests drive its
    /// `run_once`; `run_until_stopped` runs one in the background).
    pub fn dispatcher(&self) -> Dispatcher {
        Dispatcher::new(
            self.context.db.clone(),
            self.context.clock.clone(),
            self.mailer.clone(),
        )
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until SIGTERM/SIGINT; in-flight requests are allowed to finish.
    pub(crate) async fn run_until_stopped(self) -> std::io::Result<()> {
        let dispatcher = self
            .dispatcher()
            .run_forever(self.context.outbox_wakeup.clone());
        let housekeeping = Housekeeping::new(self.context.clone());
        let scheduler = BudgetScheduler::new(self.context.clone())
            .run_forever(self.context.scheduler_wakeup.clone());
        let reminders = ReminderScheduler::new(self.context.clone());
        let jobs = [
            tokio::spawn(dispatcher),
            tokio::spawn(housekeeping.run_forever()),
            tokio::spawn(scheduler),
            tokio::spawn(reminders.run_forever()),
        ];
        let result = self.server.await;
        for job in jobs {
            job.abort();
        }
        result
    }

    /// Serves HTTP only, with no background jobs (tests run jobs by hand).
    pub async fn run_server_only(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// The mail templates and the transport the settings name, for the server
/// and the one-shot commands alike.
pub(crate) fn templates_and_mailer(
    settings: &Settings,
) -> Result<(Templates, Mailer), StartupError> {
    let templates = Templates::load(
        settings.templates_dir.as_deref(),
        &settings.public_url,
        settings.timezone,
        settings.default_locale,
    )?;
    let mailer = Mailer::new(
        settings.smtp_url.as_deref(),
        &settings.mail_from,
        &settings.mail_dir,
    )?;
    Ok((templates, mailer))
}

/// Opens the pools and applies pending migrations (off the async threads).
pub(crate) async fn connect_and_migrate(settings: &Settings) -> Result<Db, StartupError> {
    let backend = settings.database.clone();
    let pool_size = settings.db_pool_size;
    tokio::task::spawn_blocking(move || -> Result<Db, StartupError> {
        let db = Db::connect(&backend, pool_size)?;
        let mut conn = db.connection()?;
        let applied = migrate::run_pending(&mut conn)?;
        if !applied.is_empty() {
            tracing::info!(migrations = ?applied, "applied database migrations");
        }
        Ok(db)
    })
    .await?
}

fn announce_first_admin(outcome: FirstAdmin, public_url: &str) {
    match outcome {
        FirstAdmin::NotNeeded => {}
        FirstAdmin::Created { email } => {
            tracing::info!(%email, "created the first admin with PROCURA_ADMIN_PASSWORD; sign in at {public_url}/sign-in");
        }
        FirstAdmin::CreatedWithGeneratedPassword { email, password } => {
            // Printed once, on purpose: this is the only way in on a fresh install.
            tracing::warn!(
                %email,
                %password,
                "created the first admin with a one-time password (shown only now); sign in at {public_url}/sign-in and choose your own"
            );
        }
    }
}

/// How long an idle keep-alive connection stays open. Longer than the idle
/// timeout of the usual reverse proxies and load balancers (nginx and most
/// cloud balancers keep upstream connections 60 s): if Procura closed first, a
/// proxy could send a request down a connection just as it closes, and a
/// POST it does not retry would fail with a 502.
const IDLE_KEEP_ALIVE: Duration = Duration::from_secs(75);

fn http_server(context: AppContext, listener: TcpListener) -> std::io::Result<Server> {
    let settings = &context.settings;
    let body_limit = BodyLimit {
        bytes: settings.max_body_bytes,
        timeout: Duration::from_secs(settings.body_timeout_seconds),
    };
    let workers = settings.workers;
    let head_timeout = Duration::from_secs(settings.request_timeout_seconds);
    let max_connections = settings.max_connections;
    let https = settings.public_url.starts_with("https://");
    let context = web::Data::new(context);
    let metrics = web::Data::new(Metrics::default());
    let mut server = HttpServer::new(move || {
        App::new()
            .app_data(context.clone())
            .app_data(metrics.clone())
            .app_data(body_limit)
            .wrap(from_fn(crate::web::guard::refuse_control_characters))
            .wrap(crate::web::headers::security_headers(https))
            .wrap(from_fn(metrics::track))
            .configure(crate::ui::configure)
            .configure(crate::api::configure)
            .default_service(web::to(not_found))
    })
    .keep_alive(IDLE_KEEP_ALIVE)
    .client_request_timeout(head_timeout)
    .client_disconnect_timeout(Duration::from_secs(5))
    .max_connections(max_connections)
    .shutdown_timeout(30)
    .listen(listener)?;
    if let Some(n) = workers {
        server = server.workers(n);
    }
    Ok(server.run())
}

/// A path nobody serves: a page saying so for a browser asking for a page
/// outside the API, problem+json for everything else.
async fn not_found(req: actix_web::HttpRequest) -> actix_web::HttpResponse {
    let wants_page = req
        .headers()
        .get(actix_web::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    if wants_page && !req.path().starts_with("/api/") {
        crate::ui::error::not_found(&req)
    } else {
        crate::api::not_found().await
    }
}

/// The budget schedules exist from the first start, with the configured
/// defaults; later starts keep what admins have set.
pub(crate) async fn ensure_default_schedules(ctx: &AppContext) -> Result<(), StartupError> {
    let (settings, now) = (ctx.settings.clone(), ctx.now());
    ctx.db
        .write(move |conn| crate::service::schedules::ensure_defaults(conn, &settings, now))
        .await
        .map_err(|e| format!("cannot store the default schedules: {e}").into())
}
