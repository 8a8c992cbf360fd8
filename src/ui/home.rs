//! `/`: what needs *me*, for whoever signs in — what awaits my decision
//! (and how long the oldest has waited), my drafts and returned
//! applications, and for IT specialists what is to order, which deliveries
//! are expected this week and which balances are at or below their reorder
//! point, for finance the budget revisions waiting for their approval, and
//! for whoever reads budgets when the next weekly and monthly ones run, and
//! for admins the mail that could not be delivered.
//! Each part is
//! the same list use case as its own page or API route, shortened; a part
//! with nothing in it is left out.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::{DateTime, Utc};

use super::page::{render, Chrome, Section, UiError};
use super::session::SignedIn;
use crate::domain::applications::Status;
use crate::domain::roles::Role;
use crate::service::applications::lists::{self, ListQuery};
use crate::service::applications::queues::{self, Queue};
use crate::service::applications::views::ApplicationSummary;
use crate::service::budgets::awaiting;
use crate::service::budgets::views::BudgetView;
use crate::service::mail_queue;
use crate::service::pagination::PageRequest;
use crate::service::schedules::{self, ScheduleView};
use crate::service::stock::{self, BalanceQuery, BalanceView};
use crate::service::AppContext;

/// Rows each part shows; its heading links to the whole list.
const SHOWN: i64 = 5;

/// A part of the home page: its rows, and whether there are more.
pub(crate) struct Part<T> {
    pub rows: Vec<T>,
    pub more: bool,
}

impl<T> Part<T> {
    fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    /// How many await my decision, and the one that has waited longest.
    awaiting: usize,
    oldest: Option<ApplicationSummary>,
    drafts: Part<ApplicationSummary>,
    returned: Part<ApplicationSummary>,
    to_order: Option<Part<ApplicationSummary>>,
    deliveries: Option<Part<ApplicationSummary>>,
    low_stock: Option<Part<BalanceView>>,
    /// Finance: the revisions I may approve now.
    budgets_to_approve: Vec<BudgetView>,
    /// Those who read budgets: when the next weekly and monthly ones run.
    schedules: Vec<ScheduleView>,
    /// Admins: messages that could not be delivered.
    failed_mail: i64,
    now: DateTime<Utc>,
}

impl HomePage {
    fn nothing(&self) -> bool {
        let empty = |p: &Option<Part<_>>| p.as_ref().is_none_or(Part::is_empty);
        self.awaiting == 0
            && self.drafts.is_empty()
            && self.returned.is_empty()
            && empty(&self.to_order)
            && empty(&self.deliveries)
            && self.low_stock.as_ref().is_none_or(Part::is_empty)
            && self.budgets_to_approve.is_empty()
            && self.failed_mail == 0
    }

    fn kind_key(&self, budget: &BudgetView) -> String {
        format!("budget-kind-{}", budget.kind.as_str())
    }

    fn job_key(&self, schedule: &ScheduleView) -> String {
        format!("schedule-{}", schedule.job.replace('_', "-"))
    }
}

/// `GET /`.
pub(crate) async fn home(
    ctx: web::Data<AppContext>,
    who: SignedIn,
) -> Result<HttpResponse, UiError> {
    let awaiting = lists::awaiting_count(&ctx, &who.actor).await?;
    let oldest = match awaiting {
        0 => None,
        _ => {
            let query = ListQuery {
                awaiting_me: true,
                ..ListQuery::default()
            };
            let page = lists::list(&ctx, &who.actor, query, first(1)?).await?;
            page.items.into_iter().next()
        }
    };
    let it = who.actor.has(Role::ItSpecialist);
    let reads_budgets = [Role::Finance, Role::ItSpecialist, Role::Admin]
        .into_iter()
        .any(|r| who.actor.has(r));
    let page = HomePage {
        chrome: super::page::chrome_counted(&ctx, &who, Section::None, awaiting).await?,
        awaiting,
        oldest,
        drafts: mine(&ctx, &who, Status::Draft).await?,
        returned: mine(&ctx, &who, Status::Returned).await?,
        to_order: if it {
            Some(queue(&ctx, &who, Queue::ToOrder).await?)
        } else {
            None
        },
        deliveries: if it {
            Some(queue(&ctx, &who, Queue::DueThisWeek).await?)
        } else {
            None
        },
        low_stock: if it {
            Some(low_stock(&ctx, &who).await?)
        } else {
            None
        },
        budgets_to_approve: awaiting::awaiting_my_approval(&ctx, &who.actor, SHOWN as usize)
            .await?,
        schedules: match reads_budgets {
            true => schedules::list(&ctx, &who.actor).await?,
            false => Vec::new(),
        },
        failed_mail: match who.actor.has(Role::Admin) {
            true => mail_queue::for_admin(&ctx, &who.actor).await?.failed,
            false => 0,
        },
        now: ctx.now(),
    };
    render(&page, StatusCode::OK)
}

fn first(n: i64) -> Result<PageRequest, UiError> {
    Ok(PageRequest::parse(Some(n), None)?)
}

async fn mine(
    ctx: &AppContext,
    who: &SignedIn,
    status: Status,
) -> Result<Part<ApplicationSummary>, UiError> {
    let query = ListQuery {
        status: Some(status),
        mine: true,
        ..ListQuery::default()
    };
    let page = lists::list(ctx, &who.actor, query, first(SHOWN)?).await?;
    Ok(Part {
        more: page.next_cursor.is_some(),
        rows: page.items,
    })
}

async fn queue(
    ctx: &AppContext,
    who: &SignedIn,
    queue: Queue,
) -> Result<Part<ApplicationSummary>, UiError> {
    let page = queues::list(ctx, &who.actor, queue, first(SHOWN)?).await?;
    Ok(Part {
        more: page.next_cursor.is_some(),
        rows: page.items,
    })
}

async fn low_stock(ctx: &AppContext, who: &SignedIn) -> Result<Part<BalanceView>, UiError> {
    let filter = BalanceQuery {
        item_id: None,
        location_id: None,
        below_reorder: true,
        query: None,
    };
    let page = stock::balances(ctx, &who.actor, filter, first(SHOWN)?).await?;
    Ok(Part {
        more: page.next_cursor.is_some(),
        rows: page.items,
    })
}
