//! `/admin/departments`: the organisation tree approvals route through —
//! each department under its parent, with its head and whether it is the
//! IT department — and a department's form (code, name, parent, head, IT
//! flag), a loop or a disabled head said beside its field. The same use
//! cases as `/api/v1/departments`.

use std::collections::HashMap;
use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::all;
use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::input::{Id, Text};
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::departments::{self, DepartmentPatch, DepartmentView, NewDepartment};
use crate::service::users::{self, UserQuery};
use crate::service::{new_id, AppContext};

/// One row of the tree: a department and how deep it sits.
struct TreeRow {
    department: DepartmentView,
    depth: usize,
}

#[derive(Template)]
#[template(path = "admin_departments.html")]
struct TreePage {
    chrome: Chrome,
    rows: Vec<TreeRow>,
    heads: HashMap<UserId, String>,
}

impl TreePage {
    fn head(&self, d: &DepartmentView) -> String {
        d.head_user_id
            .as_ref()
            .and_then(|h| self.heads.get(h).cloned())
            .unwrap_or_default()
    }

    /// The row's indentation class (a style attribute would break the
    /// page's content security policy); deeper than 6 is drawn at 6.
    fn indent(&self, row: &TreeRow) -> String {
        format!("depth-{}", row.depth.min(6))
    }
}

/// The department form as typed (or as stored).
#[derive(Default)]
struct Typed {
    code: String,
    name: String,
    parent_id: String,
    head_user_id: String,
    is_it: bool,
    version: String,
    key: String,
}

#[derive(Template)]
#[template(path = "admin_department.html")]
struct DepartmentPage {
    chrome: Chrome,
    department: Option<DepartmentView>,
    form: Typed,
    /// `(id, label)` of the departments it may sit under.
    parents: Vec<(String, String)>,
    /// `(id, label)` of the active users who may head it.
    people: Vec<(String, String)>,
    problems: Problems,
    csrf: String,
}

impl DepartmentPage {
    fn action(&self) -> String {
        self.department.as_ref().map_or_else(
            || "/admin/departments/new".to_owned(),
            |d| format!("/admin/departments/{}", d.id),
        )
    }
}

const FIELDS: [&str; 4] = ["code", "name", "parent_id", "head_user_id"];

/// `GET /admin/departments`.
pub(crate) async fn tree(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::Admin)?;
    let found = departments::list(&ctx, &who.actor, None, all())
        .await?
        .items;
    let heads = active_people(&ctx, &who).await?.into_iter().collect();
    let page = TreePage {
        chrome: super::page::chrome(&ctx, &who, Section::Admin).await?,
        rows: in_tree_order(found),
        heads,
    };
    render(&page, StatusCode::OK)
}

/// Departments each under its parent, siblings by name; any whose parent
/// is missing from the list come last, at the top level.
fn in_tree_order(all: Vec<DepartmentView>) -> Vec<TreeRow> {
    let ids: Vec<DepartmentId> = all.iter().map(|d| d.id.clone()).collect();
    let mut children: HashMap<Option<DepartmentId>, Vec<DepartmentView>> = HashMap::new();
    for d in all {
        let parent = d.parent_id.clone().filter(|p| ids.contains(p));
        children.entry(parent).or_default().push(d);
    }
    for list in children.values_mut() {
        list.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let mut out = Vec::new();
    let mut stack: Vec<(DepartmentView, usize)> = children
        .remove(&None)
        .unwrap_or_default()
        .into_iter()
        .rev()
        .map(|d| (d, 0))
        .collect();
    while let Some((d, depth)) = stack.pop() {
        if let Some(kids) = children.remove(&Some(d.id.clone())) {
            stack.extend(kids.into_iter().rev().map(|k| (k, depth + 1)));
        }
        out.push(TreeRow {
            department: d,
            depth,
        });
    }
    out
}

/// `GET /admin/departments/new`.
pub(crate) async fn new_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::Admin)?;
    let form = Typed {
        key: new_id(),
        ..Typed::default()
    };
    show(&ctx, &who, None, form, Problems::none(), StatusCode::OK).await
}

/// `POST /admin/departments/new`.
pub(crate) async fn create(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::Admin)?;
    let typed = read(&form);
    let result = match to_input(&typed) {
        Ok((code, name, parent_id, head_user_id)) => {
            let input = NewDepartment {
                code,
                name,
                parent_id,
                head_user_id,
                is_it: typed.is_it,
            };
            let once = form.once_key(&who, "admin-department-new");
            departments::create(&ctx, &who.actor, input, once)
                .await
                .map(|_| ())
        }
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(()) => Ok(see_other("/admin/departments")),
        Err(e) => refused(&ctx, &who, None, typed, e).await,
    }
}

/// `GET /admin/departments/{id}`.
pub(crate) async fn edit_form(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::Admin)?;
    let d = departments::get(&ctx, &who.actor, department_id(&id)?).await?;
    let form = stored(&d);
    show(&ctx, &who, Some(d), form, Problems::none(), StatusCode::OK).await
}

/// `POST /admin/departments/{id}`.
pub(crate) async fn update(
    ctx: web::Data<AppContext>,
    id: web::Path<String>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::Admin)?;
    let d = departments::get(&ctx, &who.actor, department_id(&id)?).await?;
    let typed = read(&form);
    let version = typed.version.parse::<i64>().ok();
    let result = match to_input(&typed) {
        Ok((code, name, parent_id, head_user_id)) => {
            let patch = DepartmentPatch {
                code: Some(code),
                name: Some(name),
                parent_id: Some(parent_id),
                head_user_id: Some(head_user_id),
                is_it: Some(typed.is_it),
            };
            departments::update(&ctx, &who.actor, d.id.clone(), patch, version)
                .await
                .map(|_| ())
        }
        Err(list) => Err(AppError::Validation(list)),
    };
    match result {
        Ok(()) => Ok(see_other("/admin/departments")),
        Err(e) => refused(&ctx, &who, Some(d), typed, e).await,
    }
}

fn department_id(id: &str) -> Result<DepartmentId, UiError> {
    Id::from_str(id).map(DepartmentId::from).map_err(|_| {
        UiError::App(AppError::NotFound {
            entity: "department",
        })
    })
}

/// The active users, as `(id, "name — email")`: who may head a
/// department or be the policy's fallback approver.
pub(super) async fn active_people(
    ctx: &AppContext,
    who: &SignedIn,
) -> Result<Vec<(UserId, String)>, UiError> {
    let query = UserQuery {
        active: Some(true),
        ..UserQuery::default()
    };
    let people = users::list(ctx, &who.actor, query, all()).await?;
    Ok(people
        .items
        .into_iter()
        .map(|u| (u.id, format!("{} — {}", u.name, u.email)))
        .collect())
}

fn stored(d: &DepartmentView) -> Typed {
    Typed {
        code: d.code.clone(),
        name: d.name.clone(),
        parent_id: d
            .parent_id
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        head_user_id: d
            .head_user_id
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        is_it: d.is_it,
        version: d.version.to_string(),
        key: String::new(),
    }
}

fn read(form: &FormData) -> Typed {
    Typed {
        code: form.text("code"),
        name: form.text("name"),
        parent_id: form.text("parent_id"),
        head_user_id: form.text("head_user_id"),
        is_it: form.get("is_it").is_some(),
        version: form.text("version"),
        key: form.text("key"),
    }
}

type Input = (Text<32>, Text<200>, Option<DepartmentId>, Option<UserId>);

/// What the types need; blank and malformed codes and names are the use
/// case's rules, said with every other problem at once.
fn to_input(typed: &Typed) -> Result<Input, Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let code = Text::new(&typed.code)
        .map_err(|m| errors.add("code", "invalid", m))
        .ok();
    let name = Text::new(&typed.name)
        .map_err(|m| errors.add("name", "invalid", m))
        .ok();
    let id = |field: &str, value: &str, errors: &mut FieldErrors| match value {
        "" => Some(None),
        v => Id::from_str(v)
            .map(Some)
            .map_err(|m| errors.add(field, "invalid", m))
            .ok(),
    };
    let parent = id("parent_id", &typed.parent_id, &mut errors).map(|p| p.map(DepartmentId::from));
    let head = id("head_user_id", &typed.head_user_id, &mut errors).map(|h| h.map(UserId::from));
    match (errors.into_result(), code, name, parent, head) {
        (Ok(()), Some(c), Some(n), Some(p), Some(h)) => Ok((c, n, p, h)),
        (Err(AppError::Validation(list)), ..) => Err(list),
        _ => Err(Vec::new()),
    }
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    department: Option<DepartmentView>,
    typed: Typed,
    e: AppError,
) -> Result<HttpResponse, UiError> {
    let (problems, status) = Problems::refused(e, &who.tr(ctx), &FIELDS.map(String::from))?;
    show(ctx, who, department, typed, problems, status).await
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    department: Option<DepartmentView>,
    form: Typed,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let found = departments::list(ctx, &who.actor, None, all()).await?.items;
    let own = department.as_ref().map(|d| d.id.clone());
    let parents = in_tree_order(found)
        .into_iter()
        .filter(|r| Some(&r.department.id) != own.as_ref())
        .map(|r| {
            let d = r.department;
            (
                d.id.to_string(),
                format!("{}{} — {}", "· ".repeat(r.depth), d.code, d.name),
            )
        })
        .collect();
    let people = active_people(ctx, who)
        .await?
        .into_iter()
        .map(|(id, label)| (id.to_string(), label))
        .collect();
    let page = DepartmentPage {
        chrome: super::page::chrome(ctx, who, Section::Admin).await?,
        department,
        form,
        parents,
        people,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}
