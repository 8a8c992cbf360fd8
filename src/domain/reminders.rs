//! When a waiting approval step needs a nudge, and who is above its
//! decider (docs/design.md#reminders). Pure: the caller gives the calendar,
//! the day the step began waiting, today and what was already sent.
//!
//! A reminder goes after every `remind_every` business days of waiting (the
//! 1st after N, the 2nd after 2N, …); the step is **overdue** from the first.
//! An escalation goes once, after `escalate_after` business days. Zero turns
//! either off. Reminders missed while no instance ran are not sent one by
//! one: the next run sends the latest, marked late.

use chrono::NaiveDate;

use super::approval::{eligible, Link, Org, Policy, StepKind};
use super::business_days::Calendar;
use super::ids::UserId;

/// The policy's waiting limits, in business days (0: off).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    pub remind_every: u32,
    pub escalate_after: u32,
}

impl Limits {
    pub(crate) fn of(policy: &Policy) -> Self {
        Self {
            remind_every: policy.remind_after_business_days,
            escalate_after: policy.escalate_after_business_days,
        }
    }

    /// The first business day a step waiting since `since` needs
    /// attention (its first reminder or its escalation, whichever is
    /// sooner); `None` when both are off.
    pub(crate) fn attention_day(&self, calendar: &Calendar, since: NaiveDate) -> Option<NaiveDate> {
        [self.remind_every, self.escalate_after]
            .into_iter()
            .filter(|n| *n > 0)
            .min()
            .map(|n| calendar.add(since, n))
    }
}

/// What a step needs today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Due {
    /// The reminder to send (1 for the first), if one is due.
    pub reminder: Option<u32>,
    pub escalate: bool,
    /// What is due was due on an earlier day (no instance ran that day).
    pub late: bool,
}

impl Due {
    pub(crate) fn is_empty(&self) -> bool {
        self.reminder.is_none() && !self.escalate
    }
}

/// What a step waiting since `since` needs on `today`, when `reminded`
/// reminders were sent and it was `escalated` already.
pub(crate) fn due(
    limits: Limits,
    calendar: &Calendar,
    since: NaiveDate,
    today: NaiveDate,
    reminded: u32,
    escalated: bool,
) -> Due {
    let waited = calendar.between(since, today);
    let mut due = Due::default();
    if let Some(latest) = waited.checked_div(limits.remind_every) {
        if latest > reminded {
            due.reminder = Some(latest);
            due.late |= calendar.add(since, latest * limits.remind_every) < today;
        }
    }
    if limits.escalate_after > 0 && !escalated && waited >= limits.escalate_after {
        due.escalate = true;
        due.late |= calendar.add(since, limits.escalate_after) < today;
    }
    due
}

/// Who is above `holder` for a step of `kind`: the next head up the
/// chain the step came from (the application's department, or IT's), for
/// a finance step the director (head of the root department), and last
/// the policy's fallback approver; skipping anyone the chain's rules
/// exclude: the requester, whom the requester stands in for, the holder,
/// and (under four eyes, when the round has a finance or director step)
/// whoever decided an earlier step. `None`: nobody is above.
pub(crate) fn superior(
    kind: StepKind,
    holder: Option<&UserId>,
    requester: &UserId,
    earlier_deciders: &[UserId],
    money_chain: bool,
    policy: &Policy,
    org: &Org,
) -> Option<UserId> {
    let barred = |id: &UserId| {
        Some(id) == holder
            || !eligible(id, requester, org)
            || (policy.four_eyes && money_chain && earlier_deciders.contains(id))
    };
    let above: &[Link] = match kind {
        StepKind::DepartmentHead => above_holder(&org.department_chain, holder),
        StepKind::ItHead => above_holder(&org.it_chain, holder),
        StepKind::Finance => org
            .department_chain
            .last()
            .map_or(&[], std::slice::from_ref),
        StepKind::Director => &[],
    };
    above
        .iter()
        .filter_map(|l| l.head_user_id.clone())
        .chain(policy.fallback_approver_id.clone())
        .find(|id| !barred(id))
}

/// The links above the highest one `holder` heads; none when they head
/// none (the step went to the fallback approver: nobody is above them).
fn above_holder<'a>(chain: &'a [Link], holder: Option<&UserId>) -> &'a [Link] {
    match chain
        .iter()
        .rposition(|l| l.head_user_id.as_ref() == holder && holder.is_some())
    {
        Some(i) => &chain[i + 1..],
        None => &[],
    }
}

#[cfg(test)]
#[path = "reminders_tests.rs"]
mod tests;
