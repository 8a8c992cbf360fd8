//! The application form: new, edit (a draft or a returned application),
//! save and submit. The form's text is read into the same inputs the API
//! takes (formats checked here, as the API's extractors do); the rules —
//! the filling check above all — stay in the use cases, whose problems come
//! back beside their fields, all at once.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::catalogue_pick::{self, Matches};
use super::editor_form::EditorForm;
use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::applications::{Category, Status};
use crate::domain::ids::{ApplicationId, DepartmentId};
use crate::error::AppError;
use crate::service::applications::decisions::Comment;
use crate::service::applications::views::ApplicationView;
use crate::service::applications::{create, drafts, submit};
use crate::service::idempotency::Idempotent;
use crate::service::pagination::PageRequest;
use crate::service::{catalogue, departments, AppContext};

/// A choice in a select: value and label.
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "editor.html")]
struct EditorPage {
    chrome: Chrome,
    form: EditorForm,
    problems: Problems,
    /// `None` for a new application.
    existing: Option<Existing>,
    departments: Vec<Choice>,
    locations: Vec<Choice>,
    categories: &'static [Category],
    /// A line's catalogue search and what it found.
    matches: Option<Matches>,
    csrf: String,
}

impl EditorPage {
    /// Where the form posts: the new application, or the stored one's edit.
    fn action(&self) -> String {
        match &self.existing {
            Some(e) => format!("/applications/{}/edit", e.id),
            None => "/applications/new".to_owned(),
        }
    }
}

struct Existing {
    id: String,
    reference: String,
    version: i64,
    /// The approver's comment when the application came back for correction.
    returned_with: Option<String>,
}

impl Existing {
    fn of(app: &ApplicationView) -> Self {
        let returned_with = (app.status == Status::Returned)
            .then(|| {
                app.history
                    .iter()
                    .rev()
                    .find(|h| h.to_status == Status::Returned)
                    .and_then(|h| h.comment.clone())
            })
            .flatten();
        Self {
            id: app.id.to_string(),
            reference: app.reference.clone(),
            version: app.version,
            returned_with,
        }
    }
}

/// Every row of a short list (departments, locations, candidate heads).
pub(crate) fn all() -> PageRequest {
    PageRequest {
        limit: 500,
        after: None,
    }
}

/// The departments as choices: `CODE — Name`.
pub(crate) async fn department_choices(
    ctx: &AppContext,
    who: &SignedIn,
) -> Result<Vec<Choice>, UiError> {
    Ok(department_labels(
        departments::choices(ctx, &who.actor).await?,
    ))
}

/// Departments (id, code, name) as choices: `CODE — Name`.
pub(crate) fn department_labels(departments: Vec<(DepartmentId, String, String)>) -> Vec<Choice> {
    departments
        .into_iter()
        .map(|(id, code, name)| Choice {
            value: id.to_string(),
            label: format!("{code} — {name}"),
        })
        .collect()
}

/// The stock locations, for choosing where goods go.
pub(crate) async fn location_choices(
    ctx: &AppContext,
    who: &SignedIn,
) -> Result<Vec<Choice>, UiError> {
    let locations = catalogue::list_locations(ctx, &who.actor, all()).await?;
    Ok(locations
        .items
        .into_iter()
        .map(|l| Choice {
            value: l.id,
            label: format!("{} — {}", l.code, l.name),
        })
        .collect())
}

async fn choices(ctx: &AppContext, who: &SignedIn) -> Result<(Vec<Choice>, Vec<Choice>), UiError> {
    let departments = department_choices(ctx, who).await?;
    Ok((departments, location_choices(ctx, who).await?))
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    form: EditorForm,
    problems: Problems,
    existing: Option<Existing>,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    show_matches(ctx, who, form, problems, existing, status, None).await
}

async fn show_matches(
    ctx: &AppContext,
    who: &SignedIn,
    mut form: EditorForm,
    problems: Problems,
    existing: Option<Existing>,
    status: StatusCode,
    matches: Option<Matches>,
) -> Result<HttpResponse, UiError> {
    catalogue_pick::label_lines(ctx, who, &mut form).await?;
    let (departments, locations) = choices(ctx, who).await?;
    let chrome = super::page::chrome(ctx, who, Section::New).await?;
    let shown = form.field_names();
    let problems = problems.keep_fields(&shown, &chrome.t);
    let page = EditorPage {
        chrome,
        form,
        problems,
        existing,
        departments,
        locations,
        categories: Category::ALL,
        matches,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}

/// `GET /applications/new`: a blank form, paid by the requester's department.
pub(crate) async fn new_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    let form = EditorForm::blank(who.actor.department_id.as_ref());
    show(&ctx, &who, form, Problems::none(), None, StatusCode::OK).await
}

/// `GET /applications/{id}/edit`.
pub(crate) async fn edit_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    edit_with_problems(
        &ctx,
        &who,
        ApplicationId::new(id.into_inner()),
        Problems::none(),
    )
    .await
}

/// The edit form of a stored application with `problems` beside its fields.
pub(crate) async fn edit_with_problems(
    ctx: &AppContext,
    who: &SignedIn,
    id: ApplicationId,
    problems: Problems,
) -> Result<HttpResponse, UiError> {
    let app = drafts::get(ctx, &who.actor, id).await?;
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let existing = Existing::of(&app);
    show(
        ctx,
        who,
        EditorForm::of(&app, who.locale(ctx)),
        problems,
        Some(existing),
        status,
    )
    .await
}

/// `POST /applications/new`.
pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    save(&ctx, &who, None, &form).await
}

/// `POST /applications/{id}/edit`.
pub(crate) async fn update(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let id = ApplicationId::new(id.into_inner());
    let app = drafts::get(&ctx, &who.actor, id).await?;
    save(&ctx, &who, Some(app), &form).await
}

/// Adds or removes a row, searches the catalogue for a row or fills it
/// from an item (shown again, nothing stored), or stores the form and, for
/// "submit", submits it.
async fn save(
    ctx: &AppContext,
    who: &SignedIn,
    stored: Option<ApplicationView>,
    form: &FormData,
) -> Result<HttpResponse, UiError> {
    let mut editor = EditorForm::read(form);
    let existing = stored.as_ref().map(|app| Existing {
        version: form.text("version").parse().unwrap_or(app.version),
        ..Existing::of(app)
    });
    let action = form.get("action").unwrap_or("save");
    if action == "add-line" {
        editor.add_line_to_fill();
        return show(ctx, who, editor, Problems::none(), existing, StatusCode::OK).await;
    }
    if action == "check" {
        // Asked by htmx as a field is left: 200, so the field is swapped in
        // with its problem (htmx does not swap a 422).
        let editor = EditorForm::read_as_shown(form);
        let problems = check(ctx, who, &editor)?;
        return show(ctx, who, editor, problems, existing, StatusCode::OK).await;
    }
    if let Some(row) = action.strip_prefix("remove-").and_then(|i| i.parse().ok()) {
        editor.remove_line(row);
        return show(ctx, who, editor, Problems::none(), existing, StatusCode::OK).await;
    }
    if let Some(row) = action.strip_prefix("find-").and_then(|i| i.parse().ok()) {
        let found = catalogue_pick::find(ctx, who, &editor, row).await?;
        let ok = StatusCode::OK;
        return show_matches(
            ctx,
            who,
            editor,
            Problems::none(),
            existing,
            ok,
            Some(found),
        )
        .await;
    }
    if let Some((row, item)) = action.strip_prefix("use-").and_then(|r| r.split_once('-')) {
        let row = row.parse().unwrap_or(usize::MAX);
        catalogue_pick::use_item(ctx, who, &mut editor, row, item).await?;
        return show(ctx, who, editor, Problems::none(), existing, StatusCode::OK).await;
    }
    let stored = match store(ctx, who, &editor, existing.as_ref()).await {
        Ok(view) => view,
        Err(e) => return refused(ctx, who, editor, existing, e).await,
    };
    if action != "submit" {
        return Ok(see_other(&format!("/applications/{}", stored.id)));
    }
    let id = stored.id.clone();
    match submit::submit(ctx, &who.actor, id.clone(), Comment { comment: None }).await {
        Ok(view) => Ok(see_other(&format!("/applications/{}", view.id))),
        Err(e) => {
            // Saved, not submitted: the form now edits the stored draft.
            let existing = Some(Existing::of(&stored));
            refused(
                ctx,
                who,
                EditorForm::of(&stored, who.locale(ctx)),
                existing,
                e,
            )
            .await
        }
    }
}

/// Creates the draft or saves the changes, under the version the form was
/// read at (someone else's change in between is a conflict, not lost).
async fn store(
    ctx: &AppContext,
    who: &SignedIn,
    editor: &EditorForm,
    existing: Option<&Existing>,
) -> Result<ApplicationView, AppError> {
    let input = editor
        .to_input(who.locale(ctx))
        .map_err(AppError::Validation)?;
    match existing {
        None => match create::create(ctx, &who.actor, input, None).await? {
            Idempotent::Fresh(view) => Ok(view),
            // Only a keyed request replays; pages send no key.
            Idempotent::Replayed(_) => Err(AppError::internal("a page's create was replayed")),
        },
        Some(e) => {
            let patch = EditorForm::patch_of(input);
            let id = ApplicationId::new(e.id.clone());
            drafts::update(ctx, &who.actor, id, patch, Some(e.version)).await
        }
    }
}

/// What submitting the form as typed would say, nothing stored.
fn check(ctx: &AppContext, who: &SignedIn, editor: &EditorForm) -> Result<Problems, UiError> {
    let result = editor.problems_as_shown(who.locale(ctx), |input| create::check(ctx, &input));
    Ok(match result {
        Ok(()) => Problems::none(),
        Err(e) => Problems::refusal(e, &who.tr(ctx))?.0,
    })
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    editor: EditorForm,
    existing: Option<Existing>,
    e: AppError,
) -> Result<HttpResponse, UiError> {
    let (problems, status) = Problems::refusal(e, &who.tr(ctx))?;
    show(ctx, who, editor, problems, existing, status).await
}
