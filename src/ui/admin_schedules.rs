//! `/admin/schedules`: when the weekly and monthly budgets are generated —
//! each job's cron expression, timezone, whether it runs and who receives
//! it (blank: every active finance user) — with its next three runs, so a
//! person sees what the expression means. The same use cases as
//! `GET /api/v1/schedules` and `PUT /api/v1/schedules/{job}`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::input::Text;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::schedules::{self, ScheduleInput, ScheduleView};
use crate::service::AppContext;

#[derive(serde::Deserialize)]
pub(crate) struct Params {
    /// The job just saved.
    #[serde(default)]
    saved: String,
}

/// One job's form as typed (or as stored).
struct Typed {
    cron: String,
    timezone: String,
    enabled: bool,
    /// One address per line.
    recipients: String,
}

#[derive(Template)]
#[template(path = "admin_schedules.html")]
struct SchedulesPage {
    chrome: Chrome,
    /// Each job with its form; the one refused keeps what was typed.
    jobs: Vec<(ScheduleView, Typed)>,
    /// The job the problems belong to.
    refused: String,
    saved: Option<String>,
    /// The timezone the pages show times in (`PROCURA_TIMEZONE`), said
    /// beside the runs since a job may be set in another.
    zone: String,
    problems: Problems,
    csrf: String,
}

impl SchedulesPage {
    fn job_key(&self, schedule: &ScheduleView) -> String {
        format!("schedule-{}", schedule.job.replace('_', "-"))
    }

    fn problem(&self, schedule: &ScheduleView, field: &str) -> Option<String> {
        (self.refused == schedule.job)
            .then(|| self.problems.get(field).map(|p| self.chrome.t.problem(p)))
            .flatten()
    }
}

/// `GET /admin/schedules`.
pub(crate) async fn list(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<Params>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::Admin)?;
    let saved = Some(params.into_inner().saved).filter(|s| !s.is_empty());
    show(&ctx, &who, None, saved, Problems::none(), StatusCode::OK).await
}

/// `POST /admin/schedules/{job}`.
pub(crate) async fn save(
    ctx: web::Data<AppContext>,
    job: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::Admin)?;
    let job = job.into_inner();
    let typed = read(&form);
    let result = match to_input(&typed) {
        Ok(input) => schedules::put(&ctx, &who.actor, job.clone(), input)
            .await
            .map(|_| ()),
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/schedules?saved={job}"))),
        Err(e) => {
            let e = on_recipients_box(e);
            let shown = ["cron", "timezone", "recipients"].map(String::from);
            let (problems, status) = Problems::refused(e, &who.tr(&ctx), &shown)?;
            show(&ctx, &who, Some((job, typed)), None, problems, status).await
        }
    }
}

/// A recipient's problem (`recipients[2]`) is said beside the box of
/// addresses, one per line.
fn on_recipients_box(e: AppError) -> AppError {
    match e {
        AppError::Validation(list) => AppError::Validation(
            list.into_iter()
                .map(|mut f| {
                    if f.field.starts_with("recipients[") {
                        f.field = "recipients".to_owned();
                    }
                    f
                })
                .collect(),
        ),
        other => other,
    }
}

fn read(form: &FormData) -> Typed {
    Typed {
        cron: form.text("cron"),
        timezone: form.text("timezone"),
        enabled: form.get("enabled").is_some(),
        recipients: form.get("recipients").unwrap_or("").to_owned(),
    }
}

fn stored(s: &ScheduleView) -> Typed {
    Typed {
        cron: s.cron.clone(),
        timezone: s.timezone.clone(),
        enabled: s.enabled,
        recipients: s.recipients.join("\n"),
    }
}

/// The typed job as the use case's input; a recipient's problem is said
/// beside the recipients box with the address it is about.
fn to_input(typed: &Typed) -> Result<ScheduleInput, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let cron = Text::new(&typed.cron)
        .map_err(|m| errors.add("cron", "invalid", m))
        .ok();
    let timezone = Text::new(&typed.timezone)
        .map_err(|m| errors.add("timezone", "invalid", m))
        .ok();
    let recipients: Vec<Text<254>> = typed
        .recipients
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .filter_map(|l| {
            Text::new(l)
                .map_err(|m| errors.add("recipients", "invalid", m))
                .ok()
        })
        .collect();
    match (errors.into_result(), cron, timezone) {
        (Ok(()), Some(cron), Some(timezone)) => Ok(ScheduleInput {
            cron,
            timezone,
            enabled: typed.enabled,
            recipients,
        }),
        (Err(AppError::Validation(list)), ..) => Err(list),
        _ => Err(Vec::new()),
    }
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    refused: Option<(String, Typed)>,
    saved: Option<String>,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let all = schedules::list(ctx, &who.actor).await?;
    let t = who.tr(ctx);
    let saved = saved
        .filter(|job| all.iter().any(|s| &s.job == job))
        .map(|job| {
            let name = t.get(&format!("schedule-{}", job.replace('_', "-")));
            t.text("schedules-saved", "job", name)
        });
    let (refused_job, mut typed) = match refused {
        Some((job, typed)) => (job, Some(typed)),
        None => (String::new(), None),
    };
    // The refused job keeps what was typed; every other shows what is stored.
    let jobs = all
        .into_iter()
        .map(|s| {
            let form = match s.job == refused_job {
                true => typed.take().unwrap_or_else(|| stored(&s)),
                false => stored(&s),
            };
            (s, form)
        })
        .collect();
    let page = SchedulesPage {
        chrome: super::page::chrome(ctx, who, Section::Admin).await?,
        jobs,
        refused: refused_job,
        saved,
        zone: ctx.settings.timezone.name().to_owned(),
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
