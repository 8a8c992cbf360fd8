//! `/budgets/{id}/compare?with=…`: two revisions of one period side by
//! side — each department's and category's total before and after, and
//! every line added, removed or changed (`service::budgets::compare`).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::i18n::Arg;
use crate::service::budgets::compare::{self, Comparison};
use crate::service::budgets::views::TotalChange;
use crate::service::AppContext;

#[derive(serde::Deserialize)]
pub(crate) struct CompareParams {
    #[serde(default)]
    with: String,
}

#[derive(Template)]
#[template(path = "budget_compare.html")]
struct ComparePage {
    chrome: Chrome,
    c: Comparison,
}

impl ComparePage {
    fn kind_key(&self) -> String {
        format!("budget-kind-{}", self.c.after.kind.as_str())
    }

    /// The two totals tables: heading, rows, whether the rows are categories.
    fn groups(&self) -> [(&'static str, &[TotalChange], bool); 2] {
        [
            ("budget-by-department", &self.c.departments, false),
            ("budget-by-category", &self.c.categories, true),
        ]
    }

    /// "What changed from revision 1 to revision 2."
    fn intro(&self) -> String {
        let args = vec![
            (
                "before".to_owned(),
                Arg::from(i64::from(self.c.before.revision)),
            ),
            (
                "after".to_owned(),
                Arg::from(i64::from(self.c.after.revision)),
            ),
        ];
        self.chrome.t.message("budget-compare-intro", args)
    }
}

/// `GET /budgets/{id}/compare?with={other}`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    who: SignedIn,
    id: web::Path<String>,
    params: web::Query<CompareParams>,
) -> Result<HttpResponse, UiError> {
    let c = compare::compare(&ctx, &who.actor, id.into_inner(), params.into_inner().with).await?;
    let page = ComparePage {
        chrome: super::page::chrome(&ctx, &who, Section::Budgets).await?,
        c,
    };
    render(&page, StatusCode::OK)
}
