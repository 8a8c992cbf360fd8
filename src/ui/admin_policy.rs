//! `/admin/policy`: the approval policy — which steps a chain has, the
//! finance and director thresholds, the categories the head of IT reviews,
//! the fallback approver, four eyes, ordering tolerance, who may charge
//! another department, delegation and budget rules — with a preview: "an
//! application of 2,500.00 for hardware from Sales would go to: …", under
//! the stored policy or under the changes typed before they are saved. The
//! same use cases as `/api/v1/approval-policy` and its `/preview`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use rust_decimal::Decimal;

use super::admin_departments::active_people;
use super::admin_policy_form::{self as policy_form, Question, Typed, FIELDS};
use super::editor::all;
use super::form::Problems;
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::applications::Category;
use crate::domain::approval::{Policy, StepKind};
use crate::domain::budget_check::Rule;
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::input::Amount;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError};
use crate::service::departments::{self, DepartmentView};
use crate::service::policy;
use crate::service::policy_preview::{self, Blocked, ChainPreview, PreviewInput};
use crate::service::users;
use crate::service::AppContext;

/// The preview's fields, by their form names.
const QUESTION: [&str; 3] = ["preview_total", "preview_category", "preview_department_id"];

#[derive(serde::Deserialize)]
pub(crate) struct Params {
    #[serde(default)]
    saved: bool,
    #[serde(flatten)]
    question: Question,
}

/// The preview's answer.
struct Answer {
    /// "An application of 2,500.00 EUR for Hardware from Sales".
    heading: String,
    chain: ChainPreview,
    /// Whether it is of the changes typed, not yet saved.
    unsaved: bool,
}

#[derive(Template)]
#[template(path = "admin_policy.html")]
struct PolicyPage {
    chrome: Chrome,
    form: Typed,
    question: Question,
    answer: Option<Answer>,
    /// `(id, "name — email")` of the active users who may be the fallback.
    people: Vec<(String, String)>,
    /// `(id, name)` of the departments, for the preview.
    departments: Vec<(String, String)>,
    steps: &'static [StepKind],
    categories: &'static [Category],
    roles: &'static [Role],
    rules: &'static [Rule],
    saved: bool,
    problems: Problems,
    csrf: String,
}

impl PolicyPage {
    /// A field's label: `policy-finance-threshold`.
    fn label_key(&self, field: &str) -> String {
        format!("policy-{}", field.replace('_', "-"))
    }

    fn hint_key(&self, field: &str) -> String {
        format!("policy-{}-hint", field.replace('_', "-"))
    }

    /// What is missing for the blocked step, and what to change.
    fn gap(&self, blocked: &Blocked) -> String {
        let t = &self.chrome.t;
        let key = format!("policy-gap-{}", blocked.gap.as_str().replace('_', "-"));
        t.text(&key, "step", t.term("step", &blocked.step))
    }

    /// A category's select in the budget check: `over_limit_hardware`.
    fn over_limit_field(&self, category: &Category) -> String {
        super::admin_policy_form::over_limit_field(category)
    }

    fn problem(&self, field: &str) -> Option<String> {
        self.problems.get(field).map(|p| self.chrome.t.problem(p))
    }
}

/// `GET /admin/policy`: the stored policy, previewed for the question
/// carried from the last save (or a hardware purchase of 2,500.00).
pub(crate) async fn show_policy(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<Params>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::Admin)?;
    let Params { saved, question } = params.into_inner();
    let locale = who.tr(&ctx).locale();
    let view = policy::get(&ctx, &who.actor).await?;
    let form = policy_form::stored(&view.policy, view.version, locale);
    let departments = departments_of(&ctx, &who).await?;
    // A question that cannot be read, or of a department since removed,
    // gives way to the default one.
    let known = |d: &DepartmentId| departments.iter().any(|(id, _)| id == d.as_str());
    let question = match policy_form::to_question(&question, locale) {
        Ok((_, _, department)) if known(&department) => question,
        _ => default_question(&departments, locale),
    };
    // No department yet: nothing to preview.
    let answer = match policy_form::to_question(&question, locale) {
        Ok(asked) => {
            let under = (None, view.policy.currency.to_string());
            Some(answer(&ctx, &who, asked, under, &departments).await?)
        }
        Err(_) => None,
    };
    let page = Page {
        form,
        question,
        answer,
        departments,
        saved,
        problems: Problems::none(),
    };
    show(&ctx, &who, page, StatusCode::OK).await
}

/// `POST /admin/policy`: `action=save` saves the policy (then shows it
/// again with the same preview); anything else — the Preview button, or
/// Enter in any field — previews the changes without saving them.
pub(crate) async fn post(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::Admin)?;
    let locale = who.tr(&ctx).locale();
    let typed = policy_form::read(&form);
    let question = policy_form::read_question(&form);
    let departments = departments_of(&ctx, &who).await?;
    let parsed = policy_form::to_policy(&typed, locale);
    let (answer, problems, status) = if form.get("action") == Some("save") {
        let result = match parsed {
            // A version that cannot be read conflicts (412) rather than
            // skipping the check: the form always carries one.
            Ok(p) => policy::put(
                &ctx,
                &who.actor,
                p,
                Some(typed.version.parse().unwrap_or(-1)),
            )
            .await
            .map(|_| ()),
            Err(list) => Err(AppError::Validation(list)),
        };
        match result {
            Ok(()) => return Ok(see_other(&saved_url(&question))),
            Err(e) => {
                let shown = FIELDS.map(String::from);
                let (p, s) = Problems::refused(on_own_fields(e), &who.tr(&ctx), &shown)?;
                (None, p, s)
            }
        }
    } else {
        match preview_changes(&ctx, &who, parsed, &question, &departments).await {
            Ok(answer) => (Some(answer), Problems::none(), StatusCode::OK),
            Err(e) => {
                let shown: Vec<String> = FIELDS
                    .iter()
                    .chain(&QUESTION)
                    .map(|f| f.to_string())
                    .collect();
                let (p, s) = Problems::refused(on_own_fields(e), &who.tr(&ctx), &shown)?;
                (None, p, s)
            }
        }
    };
    let page = Page {
        form: typed,
        question,
        answer,
        departments,
        saved: false,
        problems,
    };
    show(&ctx, &who, page, status).await
}

/// The changes typed, previewed; any field's problem (the policy's or the
/// question's) is the refusal.
async fn preview_changes(
    ctx: &AppContext,
    who: &SignedIn,
    parsed: Result<Policy, Vec<FieldError>>,
    question: &Question,
    departments: &[(String, String)],
) -> Result<Answer, AppError> {
    match (
        parsed,
        policy_form::to_question(question, who.tr(ctx).locale()),
    ) {
        (Ok(policy), Ok(asked)) => {
            let currency = policy.currency.to_string();
            answer(ctx, who, asked, (Some(policy), currency), departments).await
        }
        (parsed, asked) => {
            let mut list = parsed.err().unwrap_or_default();
            list.extend(asked.err().unwrap_or_default());
            Err(AppError::Validation(list))
        }
    }
}

/// The preview of an application of `total` for `category` from
/// `department_id` under `policy` (the stored one when `None`), whose
/// amounts are in `currency`.
async fn answer(
    ctx: &AppContext,
    who: &SignedIn,
    (total, category, department_id): (Amount, Category, DepartmentId),
    (policy, currency): (Option<Policy>, String),
    departments: &[(String, String)],
) -> Result<Answer, AppError> {
    let t = who.tr(ctx);
    let unsaved = policy.is_some();
    let department = departments
        .iter()
        .find(|(id, _)| id == department_id.as_str())
        .map(|(_, name)| name.clone())
        .unwrap_or_default();
    let input = PreviewInput {
        department_id,
        total,
        categories: vec![category],
        policy,
    };
    let chain = policy_preview::preview(ctx, &who.actor, input).await?;
    let heading = t.texts(
        "policy-preview-heading",
        &[
            ("total", format!("{} {currency}", t.money(total.get()))),
            ("category", t.term("category", &category)),
            ("department", department),
        ],
    );
    Ok(Answer {
        heading,
        chain,
        unsaved,
    })
}

/// Where a save goes: the policy again, previewing the same question.
fn saved_url(q: &Question) -> String {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("saved", "true")
        .append_pair("total", &q.total)
        .append_pair("category", &q.category)
        .append_pair("department_id", &q.department_id)
        .finish();
    format!("/admin/policy?{query}#preview")
}

/// The policy's problems named as the form names its fields: the
/// preview's `policy.finance_threshold` is `finance_threshold`, a listed
/// choice's `steps[1]` is `steps`, the question's `department_id` and
/// `categories` are the preview's own fields.
fn on_own_fields(e: AppError) -> AppError {
    let rename = |mut f: FieldError| {
        let field = f.field.strip_prefix("policy.").unwrap_or(&f.field);
        let field = field.split('[').next().unwrap_or(field);
        f.field = match field {
            "department_id" => "preview_department_id",
            "categories" => "preview_category",
            other => other,
        }
        .to_owned();
        f
    };
    match e {
        AppError::Validation(list) => AppError::Validation(list.into_iter().map(rename).collect()),
        other => other,
    }
}

/// A hardware purchase of 2,500.00 from the first department that is
/// neither the root nor IT (a typical requester's).
fn default_question(
    departments: &[(String, String)],
    locale: crate::domain::locale::Locale,
) -> Question {
    Question {
        total: locale.plain(Decimal::new(250_000, 2)),
        category: Category::Hardware.as_str().to_owned(),
        department_id: departments
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default(),
    }
}

/// The departments by name, a typical requester's first: one under
/// another and not the IT department.
async fn departments_of(
    ctx: &AppContext,
    who: &SignedIn,
) -> Result<Vec<(String, String)>, UiError> {
    let mut found: Vec<DepartmentView> =
        departments::list(ctx, &who.actor, None, all()).await?.items;
    found.sort_by(|a, b| {
        // `false` sorts first: a department under another, not IT.
        let typical = |d: &DepartmentView| d.parent_id.is_none() || d.is_it;
        (typical(a), &a.name).cmp(&(typical(b), &b.name))
    });
    Ok(found
        .into_iter()
        .map(|d| (d.id.to_string(), d.name))
        .collect())
}

/// What differs between the page's two ways in.
struct Page {
    form: Typed,
    question: Question,
    answer: Option<Answer>,
    departments: Vec<(String, String)>,
    saved: bool,
    problems: Problems,
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    page: Page,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let mut people: Vec<(String, String)> = active_people(ctx, who)
        .await?
        .into_iter()
        .map(|(id, label)| (id.to_string(), label))
        .collect();
    // The fallback in force stays a choice even when the list does not
    // hold it (disabled since, or beyond the list's length): otherwise
    // saving any other change would quietly clear it.
    let fallback = page.form.fallback_approver_id.clone();
    if !fallback.is_empty() && !people.iter().any(|(id, _)| *id == fallback) {
        if let Ok(user) = users::get(ctx, &who.actor, UserId::new(fallback.clone())).await {
            let mut label = format!("{} — {}", user.name, user.email);
            if !user.active {
                label = format!("{label} ({})", who.tr(ctx).get("users-state-disabled"));
            }
            people.insert(0, (fallback, label));
        }
    }
    let page = PolicyPage {
        chrome: super::page::chrome(ctx, who, Section::Admin).await?,
        form: page.form,
        question: page.question,
        answer: page.answer,
        people,
        departments: page.departments,
        steps: StepKind::ALL,
        categories: Category::ALL,
        roles: &Role::ALL,
        rules: Rule::ALL,
        saved: page.saved,
        problems: page.problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
