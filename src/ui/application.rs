//! One application's page — lines, totals, the chain of approvals, the
//! history — and the actions taken from it: submit, approve, return,
//! reject and cancel, each the same use case as its API route. A refused
//! action shows the page again with the reason beside the comment.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::ids::ApplicationId;
use crate::domain::input::Prose;
use crate::error::{AppError, ErrorCode, FieldError};
use crate::service::applications::abilities::{with_abilities, Abilities};
use crate::service::applications::decisions::{self, Approval, Comment};
use crate::service::applications::submit;
use crate::service::applications::views::ApplicationView;
use crate::service::applications::LinkUse;
use crate::service::identity::Actor;
use crate::service::AppContext;

#[derive(Template)]
#[template(path = "application.html")]
pub(crate) struct ApplicationPage {
    pub chrome: Chrome,
    pub app: ApplicationView,
    pub can: Abilities,
    pub problems: Problems,
    /// The comment as typed, kept when an action was refused.
    pub comment: String,
    /// Where the decision form posts (the page's own route, or an email link's).
    pub decide_action: String,
    pub csrf: String,
    /// Opened through an email link: whom the link lets decide (nobody is
    /// signed in).
    pub link_for: Option<String>,
}

/// `GET /applications/{id}`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    let id = ApplicationId::new(id.into_inner());
    page(
        &ctx,
        &who,
        id,
        Problems::none(),
        String::new(),
        StatusCode::OK,
    )
    .await
}

async fn page(
    ctx: &AppContext,
    who: &SignedIn,
    id: ApplicationId,
    problems: Problems,
    comment: String,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let (app, can) = with_abilities(ctx, &who.actor, id).await?;
    let page = ApplicationPage {
        chrome: super::page::chrome(ctx, who, Section::None).await?,
        decide_action: format!("/applications/{}/decide", app.id),
        csrf: who.csrf.clone(),
        link_for: None,
        app,
        can,
        problems,
        comment,
    };
    render(&page, status)
}

/// The comment field as the use cases take it: `None` when blank.
pub(crate) fn comment_of(form: &FormData) -> Result<Option<Prose<2000>>, AppError> {
    let text = form.text("comment");
    if text.is_empty() {
        return Ok(None);
    }
    Prose::new(text)
        .map(Some)
        .map_err(|m| AppError::field("comment", "too_long", m))
}

/// What a refused action shows: field problems beside their fields (a
/// missing reason beside the comment box), anything else at the top.
pub(crate) fn refusal(e: AppError, t: &crate::i18n::Tr) -> Result<(Problems, StatusCode), UiError> {
    // "Approve anyway" unticked is the box's own problem, said beside it.
    if e.code() == ErrorCode::OverBudgetUnconfirmed {
        let unticked = FieldError::new("approve_anyway", e.code().as_str(), e.to_string());
        return Ok((Problems::from_fields(vec![unticked]), StatusCode::CONFLICT));
    }
    let (problems, status) = Problems::refusal(e, t)?;
    let problems = problems
        .rename("reason", "comment")
        .keep_fields(&["comment".into()], t);
    Ok((problems, status))
}

/// `POST /applications/{id}/decide`: approve, return or reject, as the
/// `decision` button said.
pub(crate) async fn decide(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let id = ApplicationId::new(id.into_inner());
    let result = decide_as(&ctx, &who.actor, id.clone(), &form, None).await;
    after(&ctx, &who, id, &form, result).await
}

/// Runs the decision the form names, for the page and the email link
/// (`via`) alike.
pub(crate) async fn decide_as(
    ctx: &AppContext,
    actor: &Actor,
    id: ApplicationId,
    form: &FormData,
    via: Option<LinkUse>,
) -> Result<ApplicationView, AppError> {
    let comment = comment_of(form)?;
    let text = comment.clone().map(String::from);
    match form.get("decision") {
        Some("approve") => {
            let approval = Approval {
                comment,
                approve_anyway: form.get("approve_anyway").is_some(),
            };
            decisions::approve(ctx, actor, id, approval, via).await
        }
        Some("return") => decisions::close(ctx, actor, id, false, text, via).await,
        Some("reject") => decisions::close(ctx, actor, id, true, text, via).await,
        _ => Err(AppError::field(
            "decision",
            "invalid_value",
            "must be approve, return or reject",
        )),
    }
}

/// After an action: back to the page (303), or the page again with why not.
async fn after(
    ctx: &AppContext,
    who: &SignedIn,
    id: ApplicationId,
    form: &FormData,
    result: Result<ApplicationView, AppError>,
) -> Result<HttpResponse, UiError> {
    match result {
        Ok(view) => Ok(see_other(&format!("/applications/{}", view.id))),
        Err(e) => {
            let t = who.tr(ctx);
            let (problems, status) = refusal(e, &t)?;
            page(ctx, who, id, problems, form.text("comment"), status).await
        }
    }
}

/// `POST /applications/{id}/cancel`.
pub(crate) async fn cancel(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let id = ApplicationId::new(id.into_inner());
    let result = match comment_of(&form) {
        Ok(comment) => decisions::cancel(&ctx, &who.actor, id.clone(), Comment { comment }).await,
        Err(e) => Err(e),
    };
    after(&ctx, &who, id, &form, result).await
}

/// `POST /applications/{id}/submit`: the filling check's problems are shown
/// on the edit form, beside their fields.
pub(crate) async fn submit(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let id = ApplicationId::new(id.into_inner());
    let comment = match comment_of(&form) {
        Ok(c) => c,
        Err(e) => return after(&ctx, &who, id, &form, Err(e)).await,
    };
    match submit::submit(&ctx, &who.actor, id.clone(), Comment { comment }).await {
        Ok(view) => Ok(see_other(&format!("/applications/{}", view.id))),
        Err(AppError::Validation(list)) => {
            super::editor::edit_with_problems(&ctx, &who, id, Problems::from_fields(list)).await
        }
        Err(e) => after(&ctx, &who, id, &form, Err(e)).await,
    }
}
