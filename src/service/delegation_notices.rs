//! What a delegate is told: that they were named (with the dates, and the
//! applications already waiting for the approver, announced again so none
//! is missed), and that the delegation ended, early or when it ran out
//! (housekeeping tells the latter, claimed once per delegation). Queued in the outbox in
//! the same transaction as the change.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{json, Value};

use super::outbox::{enqueue, Notification};
use crate::db::application_lists::ListFilter;
use crate::db::delegations::DelegationRow;
use crate::db::scaled::money_from_db;
use crate::db::{self, time, DbConnection};
use crate::error::AppResult;
use crate::mail::templates::Templates;

/// How many waiting applications the "you were named" mail lists.
const LISTED: i64 = 50;
/// How many ran-out delegations one pass tells (the rest, the next hour).
const RAN_OUT_BATCH: i64 = 500;

/// The mail's fixed parts.
pub(crate) struct Notices<'a> {
    pub templates: &'a Templates,
    pub public_url: &'a str,
    pub now: DateTime<Utc>,
}

impl Notices<'_> {
    fn send(
        &self,
        conn: &mut DbConnection,
        kind: &'static str,
        to: Vec<String>,
        context: Value,
    ) -> AppResult<()> {
        let notification = Notification {
            kind,
            to,
            context,
            attachments: Vec::new(),
        };
        enqueue(conn, self.templates, self.now, notification).map(|_| ())
    }

    fn names(
        &self,
        conn: &mut DbConnection,
        d: &DelegationRow,
    ) -> AppResult<(Option<String>, Option<String>, Vec<String>)> {
        let approver = db::users::find(conn, &d.approver_id)?.map(|u| u.name);
        let delegate = db::users::find(conn, &d.delegate_id)?;
        let to = delegate
            .iter()
            .filter(|u| u.active)
            .map(|u| u.email.clone())
            .collect();
        Ok((approver, delegate.map(|u| u.name), to))
    }

    /// "You act for … from … to …", with what awaits the approver now.
    pub(crate) fn named(&self, conn: &mut DbConnection, d: &DelegationRow) -> AppResult<()> {
        let (approver, delegate, to) = self.names(conn, d)?;
        let base = self.public_url.trim_end_matches('/');
        // The delegate's own applications are not theirs to decide.
        let waiting: Vec<Value> = db::application_lists::list_awaiting(
            conn,
            std::slice::from_ref(&d.approver_id),
            false,
            &d.delegate_id,
            &ListFilter::default(),
            None,
            LISTED,
        )?
        .into_iter()
        .map(|(app, step)| {
            json!({"title": app.title, "total": money_from_db(app.total_cents).to_string(),
                "currency": app.currency, "step_kind": step.kind, "needed_by": app.needed_by,
                "url": crate::service::links::application(base, app.id.as_str())})
        })
        .collect();
        let context = json!({"approver_name": approver, "delegate_name": delegate,
            "starts_on": d.starts_on, "ends_on": d.ends_on, "waiting": waiting,
            "url": crate::service::links::inbox(base)});
        self.send(conn, "delegation_named", to, context)
    }

    /// "The delegation has ended": `early` when the approver ended it,
    /// else it ran out on its last day.
    pub(crate) fn ended(
        &self,
        conn: &mut DbConnection,
        d: &DelegationRow,
        early: bool,
    ) -> AppResult<()> {
        let (approver, delegate, to) = self.names(conn, d)?;
        let context = json!({"approver_name": approver, "delegate_name": delegate,
            "starts_on": d.starts_on, "ends_on": d.ends_on, "early": early});
        self.send(conn, "delegation_ended", to, context)
    }

    /// Tells each delegate whose delegation ran out before `today` (once:
    /// each is claimed in the database, so many instances send one mail);
    /// returns how many were told.
    pub(crate) fn ran_out(&self, conn: &mut DbConnection, today: NaiveDate) -> AppResult<usize> {
        let mut told = 0;
        for d in db::delegations::ran_out_untold(conn, today, RAN_OUT_BATCH)? {
            if db::delegations::claim_end_notice(conn, &d.id, time::to_db(self.now))? {
                self.ended(conn, &d, false)?;
                told += 1;
            }
        }
        Ok(told)
    }
}
