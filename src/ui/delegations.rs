//! "Delegations": name someone from the people directory to decide my steps
//! for a date range, see and end the delegations I gave, and see whom I
//! stand in for — the same use cases as `/api/v1/delegations`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::NaiveDate;

use super::editor::Choice;
use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::ids::UserId;
use crate::domain::input::Date;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::delegations::{self, DelegationView, NewDelegation};
use crate::service::pagination::PageRequest;
use crate::service::{people, AppContext};

/// How many people the delegate list offers at once: a directory of
/// thousands is searched, not scrolled.
const PEOPLE_SHOWN: i64 = 50;

#[derive(Template)]
#[template(path = "delegations.html")]
struct DelegationsPage {
    chrome: Chrome,
    given: Vec<DelegationView>,
    received: Vec<DelegationView>,
    may_delegate: bool,
    people: Vec<Choice>,
    /// More people match `q` than the list shows.
    more_people: bool,
    /// The directory search the person list is narrowed by.
    q: String,
    form: Typed,
    problems: Problems,
    csrf: String,
}

/// The form as typed, shown again when refused.
#[derive(Default)]
struct Typed {
    delegate_id: String,
    starts_on: String,
    ends_on: String,
}

#[derive(serde::Deserialize)]
pub(crate) struct Search {
    q: Option<String>,
}

/// `GET /delegations` (`?q=` narrows the list of people to choose from).
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    search: web::Query<Search>,
) -> Result<HttpResponse, UiError> {
    let q = search.into_inner().q.unwrap_or_default();
    page(
        &ctx,
        &who,
        q,
        Typed::default(),
        Problems::none(),
        StatusCode::OK,
    )
    .await
}

async fn page(
    ctx: &AppContext,
    who: &SignedIn,
    q: String,
    form: Typed,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let all = delegations::list(ctx, &who.actor).await?;
    let (given, received) = all
        .into_iter()
        .partition(|d| d.approver_id == who.actor.user_id);
    let may_delegate = delegations::may_delegate(&who.actor);
    let (people, more_people) = if may_delegate {
        let query = Some(q.trim().to_owned()).filter(|s| !s.is_empty());
        let found = people::list(
            ctx,
            &who.actor,
            query,
            PageRequest {
                limit: PEOPLE_SHOWN,
                after: None,
            },
        )
        .await?;
        let more = found.next_cursor.is_some();
        let people = found
            .items
            .into_iter()
            .filter(|p| p.id != who.actor.user_id)
            .map(|p| Choice {
                value: p.id.to_string(),
                label: format!("{} <{}>", p.name, p.email),
            })
            .collect();
        (people, more)
    } else {
        (Vec::new(), false)
    };
    let page = DelegationsPage {
        chrome: super::page::chrome(ctx, who, Section::Delegations).await?,
        given,
        received,
        may_delegate,
        people,
        more_people,
        q,
        form,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}

/// `POST /delegations`.
pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    let typed = Typed {
        delegate_id: form.text("delegate_id"),
        starts_on: form.text("starts_on"),
        ends_on: form.text("ends_on"),
    };
    let result = match read(&typed) {
        Ok(input) => delegations::create(&ctx, &who.actor, input)
            .await
            .map(|_| ()),
        Err(list) => Err(AppError::Validation(list)),
    };
    let (problems, status) = match result {
        Ok(()) => return Ok(see_other("/delegations")),
        Err(e) => Problems::refusal(e, &who.tr(&ctx))?,
    };
    // The list the person chose from, so their choice is still in it.
    let q = form.text("q");
    page(&ctx, &who, q, typed, problems, status).await
}

fn read(typed: &Typed) -> Result<NewDelegation, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let mut date = |field: &str, text: &str| {
        let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| "must be a date (YYYY-MM-DD)".to_owned())
            .and_then(Date::new);
        parsed.map_err(|m| errors.add(field, "invalid", m)).ok()
    };
    let starts_on = date("starts_on", &typed.starts_on);
    let ends_on = date("ends_on", &typed.ends_on);
    if typed.delegate_id.is_empty() {
        errors.add(
            "delegate_id",
            "required",
            "choose the person who decides for you",
        );
    }
    match (errors.into_result(), starts_on, ends_on) {
        (Ok(()), Some(starts_on), Some(ends_on)) => Ok(NewDelegation {
            delegate_id: UserId::new(typed.delegate_id.clone()),
            starts_on,
            ends_on,
        }),
        (Err(AppError::Validation(list)), _, _) => Err(list),
        _ => Err(Vec::new()),
    }
}

/// `POST /delegations/{id}/end`: ends a delegation I gave.
pub(crate) async fn end(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form: _ } = posted;
    match delegations::revoke(&ctx, &who.actor, id.into_inner()).await {
        Ok(()) => Ok(see_other("/delegations")),
        Err(e @ AppError::Forbidden { .. }) => {
            let problems = Problems::general(who.tr(&ctx).refusal(&e));
            page(
                &ctx,
                &who,
                String::new(),
                Typed::default(),
                problems,
                e.status(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
