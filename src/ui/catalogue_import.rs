//! `/catalogue/import`: a catalogue CSV file checked first — every bad cell
//! listed by line and column, or what importing it would create, update
//! and leave alone — and imported only when the specialist confirms what
//! they saw. The file rides along in the confirming form, so nothing is
//! kept on the server between the two steps. The same use case as
//! `POST /api/v1/items/import` (with `dry_run`).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::{self, SignedIn};
use super::upload::{self, UploadError};
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError};
use crate::service::catalogue::csv::{self, ImportAction, ImportReport};
use crate::service::AppContext;

#[derive(serde::Deserialize)]
pub(crate) struct DoneParams {
    created: Option<usize>,
    updated: Option<usize>,
    unchanged: Option<usize>,
}

/// One bad cell of the file.
struct BadCell {
    line: String,
    column: String,
    problem: String,
}

#[derive(Template)]
#[template(path = "catalogue_import.html")]
struct ImportPage {
    chrome: Chrome,
    /// What importing the checked file would do.
    plan: Option<ImportReport>,
    /// The checked file, sent again to import it.
    csv: String,
    cells: Vec<BadCell>,
    problems: Problems,
    /// What the last import did.
    done: Option<String>,
    csrf: String,
}

impl ImportPage {
    fn plan_summary(&self) -> String {
        self.plan.as_ref().map_or_else(String::new, |p| {
            counts(
                &self.chrome.t,
                "catalogue-import-plan",
                p.created,
                p.updated,
                p.unchanged,
            )
        })
    }

    fn action_term(&self, action: &ImportAction) -> String {
        let key = match action {
            ImportAction::Create => "catalogue-import-create",
            ImportAction::Update => "catalogue-import-update",
            ImportAction::Unchanged => "catalogue-import-unchanged",
        };
        self.chrome.t.get(key)
    }
}

fn counts(
    t: &crate::i18n::Tr,
    key: &str,
    created: usize,
    updated: usize,
    unchanged: usize,
) -> String {
    let args = vec![
        ("created".to_owned(), (created as i64).into()),
        ("updated".to_owned(), (updated as i64).into()),
        ("unchanged".to_owned(), (unchanged as i64).into()),
    ];
    t.message(key, args)
}

/// `GET /catalogue/import`.
pub(crate) async fn form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<DoneParams>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let t = who.tr(&ctx);
    let done = match params.into_inner() {
        DoneParams {
            created: Some(c),
            updated: Some(u),
            unchanged: Some(n),
        } => Some(counts(&t, "catalogue-import-done", c, u, n)),
        _ => None,
    };
    let page = blank(&ctx, &who, Problems::none(), done).await?;
    render(&page, StatusCode::OK)
}

/// `POST /catalogue/import` (multipart): `action=check` (a chosen file)
/// or `action=import` (the checked file sent back).
pub(crate) async fn submit(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let t = who.tr(&ctx);
    let form = match upload::read(&req, payload, ctx.settings.max_body_bytes).await {
        Ok(form) => form,
        Err(e) => {
            let (message, status) = match e {
                UploadError::TooLarge { limit } => (
                    t.arg(
                        "catalogue-import-too-large",
                        "megabytes",
                        (limit / (1 << 20)).max(1) as i64,
                    ),
                    StatusCode::PAYLOAD_TOO_LARGE,
                ),
                UploadError::Malformed(why) => {
                    tracing::info!(%why, "an import upload could not be read");
                    (
                        t.get("catalogue-import-unreadable"),
                        StatusCode::BAD_REQUEST,
                    )
                }
            };
            let page = blank(&ctx, &who, Problems::general(message), None).await?;
            return render(&page, status);
        }
    };
    session::check_form(&req, form.get("csrf"), &who.csrf, &ctx.settings.public_url)?;
    let importing = form.text("action") == "import";
    let bytes = match importing {
        true => form.get("csv").unwrap_or("").as_bytes().to_vec(),
        false => form.file("file").to_vec(),
    };
    if bytes.is_empty() {
        let problem = FieldError {
            field: "file".into(),
            code: "required".into(),
            message: "choose the file to import".into(),
        };
        let page = blank(&ctx, &who, Problems::from_fields(vec![problem]), None).await?;
        return render(&page, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let csv_text = String::from_utf8_lossy(&bytes).into_owned();
    match csv::import(&ctx, &who.actor, bytes, !importing).await {
        Ok(report) if report.dry_run => {
            let mut page = blank(&ctx, &who, Problems::none(), None).await?;
            page.plan = Some(report);
            page.csv = csv_text;
            render(&page, StatusCode::OK)
        }
        Ok(r) => Ok(see_other(&format!(
            "/catalogue/import?created={}&updated={}&unchanged={}",
            r.created, r.updated, r.unchanged
        ))),
        Err(AppError::Validation(list)) => {
            let mut page = blank(&ctx, &who, Problems::none(), None).await?;
            page.cells = list.into_iter().map(|e| bad_cell(&t, e)).collect();
            render(&page, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => {
            let (problems, status) = Problems::refusal(e, &t)?;
            let page = blank(&ctx, &who, problems, None).await?;
            render(&page, status)
        }
    }
}

/// `line 3: unit_cost` → line 3, column `unit_cost`, its problem in the
/// reader's words (looked up as the column's own problem).
fn bad_cell(t: &crate::i18n::Tr, e: FieldError) -> BadCell {
    let (line, column) = match e.field.split_once(": ") {
        Some((line, column)) => (line, column),
        None => (e.field.as_str(), ""),
    };
    let line = line.trim_start_matches("line ").to_owned();
    let column = column.to_owned();
    let as_field = FieldError {
        field: column.clone(),
        ..e
    };
    BadCell {
        line,
        problem: t.problem(&as_field),
        column,
    }
}

async fn blank(
    ctx: &AppContext,
    who: &SignedIn,
    problems: Problems,
    done: Option<String>,
) -> Result<ImportPage, UiError> {
    Ok(ImportPage {
        chrome: super::page::chrome(ctx, who, Section::Stock).await?,
        plan: None,
        csv: String::new(),
        cells: Vec::new(),
        problems,
        done,
        csrf: who.csrf.clone(),
    })
}
