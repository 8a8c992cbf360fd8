//! Picking a catalogue item for an application's line: a search by SKU or
//! name, whose matches are buttons of the application form, and "use this
//! item", which fills the line's description, category and unit price
//! from the catalogue. Without JavaScript the line's "Find" button posts
//! the form and the page comes back with the matches; with htmx the
//! matches arrive as the person types (`GET /catalogue/matches`, a
//! fragment), and are the same buttons.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::editor_form::{line_field, EditorForm};
use super::page::{render, Chrome, UiError};
use super::session::SignedIn;
use crate::error::AppError;
use crate::i18n::{Plain, Tr};
use crate::service::catalogue::{self, ItemView};
use crate::service::AppContext;

/// The matches of one line's search, shown under that line.
pub(crate) struct Matches {
    pub line: usize,
    pub query: String,
    pub items: Vec<ItemView>,
}

impl Matches {
    /// What a match's button says: `TN-247 — Toner, black · piece · 45.90`.
    pub(crate) fn label(&self, t: impl Plain<Tr>, item: &ItemView) -> String {
        let t = t.plain();
        format!(
            "{} — {} · {} · {} {}",
            item.sku,
            item.name,
            item.unit,
            t.money(item.unit_cost),
            item.currency
        )
    }
}

impl Matches {
    /// Whether these are line `line`'s matches.
    pub(crate) fn is_for(&self, line: impl Plain<usize>) -> bool {
        self.line == line.plain()
    }
}

/// What a line says of its item: `TN-247 — Toner cartridge, black`.
fn item_label(item: &ItemView) -> String {
    format!("{} — {}", item.sku, item.name)
}

/// The matches for what line `line` of `editor` searches.
pub(crate) async fn find(
    ctx: &AppContext,
    who: &SignedIn,
    editor: &EditorForm,
    line: usize,
) -> Result<Matches, UiError> {
    let query = editor
        .lines
        .get(line)
        .map(|l| l.item_search.clone())
        .unwrap_or_default();
    let items = catalogue::search_items(ctx, &who.actor, query.clone()).await?;
    Ok(Matches { line, query, items })
}

/// Fills line `line` from the catalogue item `item_id` (its quantity stays).
pub(crate) async fn use_item(
    ctx: &AppContext,
    who: &SignedIn,
    editor: &mut EditorForm,
    line: usize,
    item_id: &str,
) -> Result<(), UiError> {
    let item = catalogue::get_item(ctx, &who.actor, item_id.to_owned()).await?;
    let Some(row) = editor.lines.get_mut(line) else {
        return Err(AppError::field("action", "invalid_value", "no such line").into());
    };
    row.item_id = item.id.clone();
    row.item_label = item_label(&item);
    row.item_search = String::new();
    row.description = item.name.clone();
    row.category = item.category.to_string();
    row.unit_price = who.locale(ctx).plain(item.unit_cost.round_dp(2));
    if row.quantity.trim().is_empty() {
        row.quantity = "1".into();
    }
    Ok(())
}

/// The labels of lines that name a catalogue item but do not say which
/// (a stored application shown again).
pub(crate) async fn label_lines(
    ctx: &AppContext,
    who: &SignedIn,
    editor: &mut EditorForm,
) -> Result<(), UiError> {
    let unnamed = |row: &&mut super::editor_form::LineForm| {
        !row.item_id.is_empty() && row.item_label.is_empty()
    };
    let ids: Vec<String> = editor
        .lines
        .iter_mut()
        .filter(unnamed)
        .map(|row| row.item_id.clone())
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    let items = catalogue::items_among(ctx, &who.actor, ids).await?;
    for row in editor.lines.iter_mut().filter(unnamed) {
        row.item_label = match items.iter().find(|i| i.id == row.item_id) {
            Some(item) => item_label(item),
            None => row.item_id.clone(),
        };
    }
    Ok(())
}

#[derive(Template)]
#[template(path = "catalogue_matches.html")]
struct MatchesFragment {
    chrome: Chrome,
    matches: Matches,
}

/// `GET /catalogue/matches?lines[N].item_search=…`: the matches of line N
/// as a fragment, for htmx to put under the line as the person types.
pub(crate) async fn matches(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    query: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, UiError> {
    let searched = query.iter().find_map(|(key, value)| match line_field(key) {
        Some((line, "item_search")) => Some((line, value.trim().to_owned())),
        _ => None,
    });
    let (line, query) = searched.unwrap_or_default();
    let items = catalogue::search_items(&ctx, &who.actor, query.clone()).await?;
    let fragment = MatchesFragment {
        chrome: Chrome::anonymous(&ctx, who.tr(&ctx).locale()),
        matches: Matches { line, query, items },
    };
    render(&fragment, StatusCode::OK)
}
