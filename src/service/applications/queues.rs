//! The IT specialist's work queues: approved applications to order, and
//! ordered ones whose goods are still (partly) to come, oldest first (ids
//! are time-ordered), so what has waited longest is at the top.

use chrono::Datelike;

use super::lists::visible_page;
use super::views::ApplicationSummary;
use crate::db::application_lists::ListFilter;
use crate::domain::applications::Status;
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::service::identity::Actor;
use crate::service::pagination::{Page, PageRequest};
use crate::service::AppContext;

/// Which queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Queue {
    /// Approved: to be ordered.
    ToOrder,
    /// Ordered or partly received: goods to come.
    Deliveries,
    /// Deliveries expected by the end of this week (Sunday, in the
    /// organisation's time zone), late ones included.
    DueThisWeek,
}

impl Queue {
    fn statuses(self) -> &'static [Status] {
        match self {
            Queue::ToOrder => &[Status::Approved],
            Queue::Deliveries | Queue::DueThisWeek => &[Status::Ordered, Status::PartiallyReceived],
        }
    }
}

/// One page of `queue`; IT specialists only (403 otherwise).
pub(crate) async fn list(
    ctx: &AppContext,
    actor: &Actor,
    queue: Queue,
    page: PageRequest,
) -> AppResult<Page<ApplicationSummary>> {
    actor.require(Role::ItSpecialist)?;
    let today = super::today(ctx);
    let sunday = today + chrono::Days::new(u64::from(6 - today.weekday().num_days_from_monday()));
    let expected_by = (queue == Queue::DueThisWeek).then_some(sunday);
    let actor = actor.clone();
    ctx.db
        .read(move |conn| {
            let filter = ListFilter {
                any_status: queue
                    .statuses()
                    .iter()
                    .map(|s| s.as_str().to_owned())
                    .collect(),
                expected_by,
                ..ListFilter::default()
            };
            visible_page(conn, &actor, Vec::new(), &filter, &page, today)
        })
        .await
}
