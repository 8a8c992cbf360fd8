//! The count sheet ("conducts inventory"): choose a location, print its
//! list or type the counted quantities straight in, see the adjustments
//! the count will post, then confirm — and read the count document it
//! became. The same use case as `POST /api/v1/stock/counts`; a blank
//! quantity is an item not counted this time.

use std::collections::HashMap;
use std::str::FromStr;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor::{location_choices, Choice};
use super::form::{FormData, Problems};
use super::page::{render, see_other, Chrome, Section, UiError};
use super::session::SignedIn;
use super::signed_form::SignedForm;
use crate::domain::input::{Id, Prose, Quantity};
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::i18n::Arg;
use crate::service::pagination::PageRequest;
use crate::service::stock::count_sheets;
use crate::service::stock::counts::{self, CountLineView, CountView, CountedLine, NewCount};
use crate::service::stock::{self, BalanceQuery, BalanceView};
use crate::service::AppContext;

/// Most rows one sheet lists; a larger location is counted a search at a time.
const SHEET_ROWS: i64 = 500;

#[derive(serde::Deserialize)]
pub(crate) struct SheetParams {
    #[serde(default)]
    location_id: String,
    #[serde(default)]
    q: String,
}

/// What the sheet was opened for and what was typed on it.
#[derive(Default)]
struct Sheet {
    location_id: String,
    q: String,
    note: String,
    /// The counted quantity typed per item id.
    counted: HashMap<String, String>,
}

#[derive(Template)]
#[template(path = "stock_count.html")]
struct SheetPage {
    chrome: Chrome,
    locations: Vec<Choice>,
    sheet: Sheet,
    rows: Vec<BalanceView>,
    /// Whether the location has more balances than one sheet lists.
    more: bool,
    /// The adjustments the typed count would post, once checked.
    preview: Option<Vec<CountLineView>>,
    problems: Problems,
    csrf: String,
}

impl SheetPage {
    fn counted(&self, item_id: &str) -> &str {
        self.sheet.counted.get(item_id).map_or("", String::as_str)
    }

    /// The problem with the quantity counted for `item_id`.
    fn problem(&self, item_id: &str) -> Option<&FieldError> {
        self.problems.get(&format!("counted[{item_id}]"))
    }

    /// "4 items counted; 2 differ from the balance."
    fn summary(&self) -> String {
        let lines = self.preview.as_ref().map_or(0, Vec::len) as i64;
        let args = vec![
            ("lines".to_owned(), Arg::from(lines)),
            ("differences".to_owned(), Arg::from(self.differences())),
        ];
        self.chrome.t.message("count-preview-summary", args)
    }

    /// How many of the previewed lines differ from the balance.
    fn differences(&self) -> i64 {
        self.preview.as_ref().map_or(0, |p| {
            p.iter().filter(|l| !l.difference.is_zero()).count() as i64
        })
    }
}

#[derive(Template)]
#[template(path = "stock_count_done.html")]
struct CountPage {
    chrome: Chrome,
    count: CountView,
}

/// `GET /stock/counts/new`.
pub(crate) async fn sheet(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    params: web::Query<SheetParams>,
) -> Result<HttpResponse, UiError> {
    who.actor.require(Role::ItSpecialist)?;
    let params = params.into_inner();
    let sheet = Sheet {
        location_id: params.location_id,
        q: params.q.trim().to_owned(),
        ..Default::default()
    };
    show(&ctx, &who, sheet, None, Problems::none(), StatusCode::OK).await
}

/// `POST /stock/counts/new`: `action=preview` checks the count and shows
/// what it will post, `edit` goes back to the sheet, `confirm` records it.
pub(crate) async fn submit(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form } = posted;
    who.actor.require(Role::ItSpecialist)?;
    let sheet = read(&form);
    let action = form.text("action");
    if action == "edit" {
        return show(&ctx, &who, sheet, None, Problems::none(), StatusCode::OK).await;
    }
    let (input, rows) = match to_input(&sheet, who.locale(&ctx)) {
        Ok(parsed) => parsed,
        Err(list) => return refused(&ctx, &who, sheet, AppError::Validation(list)).await,
    };
    let result = match action.as_str() {
        "confirm" => counts::record(&ctx, &who.actor, input).await.map(Ok),
        _ => count_sheets::preview(&ctx, &who.actor, input)
            .await
            .map(Err),
    };
    match result {
        Ok(Ok(count)) => Ok(see_other(&format!("/stock/counts/{}", count.id))),
        Ok(Err(preview)) => {
            show(
                &ctx,
                &who,
                sheet,
                Some(preview),
                Problems::none(),
                StatusCode::OK,
            )
            .await
        }
        Err(AppError::Validation(list)) => {
            let list = on_sheet_rows(list, &rows);
            refused(&ctx, &who, sheet, AppError::Validation(list)).await
        }
        Err(e) => refused(&ctx, &who, sheet, e).await,
    }
}

/// `GET /stock/counts/{id}`: the count document.
pub(crate) async fn show_count(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    let count = count_sheets::find(&ctx, &who.actor, id.into_inner()).await?;
    let page = CountPage {
        chrome: super::page::chrome(&ctx, &who, Section::Stock).await?,
        count,
    };
    render(&page, StatusCode::OK)
}

async fn refused(
    ctx: &AppContext,
    who: &SignedIn,
    sheet: Sheet,
    e: AppError,
) -> Result<HttpResponse, UiError> {
    let mut shown = vec!["location_id".to_owned(), "note".to_owned()];
    shown.extend(sheet.counted.keys().map(|item| format!("counted[{item}]")));
    let (problems, status) = Problems::refused(e, &who.tr(ctx), &shown)?;
    show(ctx, who, sheet, None, problems, status).await
}

fn read(form: &FormData) -> Sheet {
    let mut counted = HashMap::new();
    let mut item: Option<String> = None;
    for (name, value) in form.fields() {
        if name.ends_with("].item_id") {
            item = Some(value.to_owned());
        } else if name.ends_with("].counted") {
            if let Some(id) = item.take() {
                counted.insert(id, value.trim().to_owned());
            }
        }
    }
    Sheet {
        location_id: form.text("location_id"),
        q: form.text("q"),
        note: form.get("note").unwrap_or("").trim().to_owned(),
        counted,
    }
}

/// The counted items as the use case's request, with the item id of each
/// request line (to put its problems back on its sheet row).
fn to_input(sheet: &Sheet, locale: Locale) -> Result<(NewCount, Vec<String>), Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    let location_id = Id::from_str(&sheet.location_id)
        .map_err(|_| errors.add("location_id", "required", "choose the location counted"))
        .ok();
    let mut typed: Vec<(&String, &String)> = sheet
        .counted
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .collect();
    typed.sort();
    let mut lines = Vec::with_capacity(typed.len());
    let mut rows = Vec::with_capacity(typed.len());
    for (item, text) in typed {
        let field = format!("counted[{item}]");
        let counted = locale.parse_decimal(text).and_then(Quantity::new);
        match (Id::from_str(item), counted) {
            (Ok(item_id), Ok(counted)) => {
                lines.push(CountedLine { item_id, counted });
                rows.push(item.clone());
            }
            (Err(m), _) | (_, Err(m)) => errors.add(field, "invalid", m),
        }
    }
    let note = match sheet.note.as_str() {
        "" => None,
        text => Prose::new(text)
            .map_err(|m| errors.add("note", "invalid", m))
            .ok(),
    };
    match (errors.into_result(), location_id) {
        (Ok(()), Some(location_id)) => Ok((
            NewCount {
                location_id,
                lines,
                note,
            },
            rows,
        )),
        (Err(AppError::Validation(list)), _) => Err(list),
        _ => Err(Vec::new()),
    }
}

/// The request's `lines[k].…` problems named by the sheet's item row.
fn on_sheet_rows(list: Vec<FieldError>, rows: &[String]) -> Vec<FieldError> {
    list.into_iter()
        .map(|mut e| {
            if let Some((k, _)) = super::editor_form::line_field(&e.field) {
                if let Some(item) = rows.get(k) {
                    e.field = format!("counted[{item}]");
                }
            }
            e
        })
        .collect()
}

async fn show(
    ctx: &AppContext,
    who: &SignedIn,
    sheet: Sheet,
    preview: Option<Vec<CountLineView>>,
    problems: Problems,
    status: StatusCode,
) -> Result<HttpResponse, UiError> {
    let (rows, more) = match sheet.location_id.is_empty() {
        true => (Vec::new(), false),
        false => balances(ctx, who, &sheet).await?,
    };
    let page = SheetPage {
        chrome: super::page::chrome(ctx, who, Section::Stock).await?,
        locations: location_choices(ctx, who).await?,
        sheet,
        rows,
        more,
        preview,
        problems,
        csrf: who.csrf.clone(),
    };
    render(&page, status)
}

/// The location's balances the sheet lists, by SKU, narrowed by its search.
async fn balances(
    ctx: &AppContext,
    who: &SignedIn,
    sheet: &Sheet,
) -> Result<(Vec<BalanceView>, bool), UiError> {
    let filter = BalanceQuery {
        location_id: Some(sheet.location_id.clone()),
        query: Some(sheet.q.clone()).filter(|q| !q.is_empty()),
        ..Default::default()
    };
    let page = PageRequest {
        limit: SHEET_ROWS,
        after: None,
    };
    let page = stock::balances(ctx, &who.actor, filter, page).await?;
    let more = page.next_cursor.is_some();
    let mut rows = page.items;
    rows.sort_by(|a, b| a.sku.cmp(&b.sku));
    Ok((rows, more))
}
