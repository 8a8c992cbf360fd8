//! Demo IT Applications in every state, each with the approval chain the
//! real policy would have planned (domain `plan_chain` over the demo
//! organisation), its decided steps, history and audit entries, so that
//! `awaiting=me`, budgets and replenishment see a believable workload.
//! Older applications are mostly settled; recent ones are still moving.

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;

use super::dice::Dice;
use super::lines::{draw_lines, Sources};
use super::org::DemoOrg;
use super::stock::SUPPLIERS;
use crate::db::applications::{ApplicationRow, HistoryRow, LineRow, StepRow};
use crate::db::audit::AuditRow;
use crate::db::time;
use crate::domain::applications::{Category, Status};
use crate::domain::approval::StepStatus;
use crate::domain::approval::{plan_chain, Approver, PlannedStep};
use crate::domain::ids::{ApplicationId, UserId};

/// Everything one application writes.
#[derive(Default)]
pub(crate) struct Batch {
    pub applications: Vec<ApplicationRow>,
    pub lines: Vec<LineRow>,
    pub steps: Vec<StepRow>,
    pub history: Vec<HistoryRow>,
    pub audit: Vec<AuditRow>,
}

/// The state an application of this age is in today.
fn status_for(dice: &mut Dice, age_days: i64) -> Status {
    use Status as S;
    let (states, weights): (&[Status], &[f64]) = if age_days > 60 {
        (
            &[
                S::Received,
                S::Rejected,
                S::Cancelled,
                S::PartiallyReceived,
                S::Ordered,
                S::Returned,
            ],
            &[72.0, 8.0, 10.0, 4.0, 3.0, 3.0],
        )
    } else {
        (
            &[
                S::Draft,
                S::Submitted,
                S::Returned,
                S::Approved,
                S::Ordered,
                S::PartiallyReceived,
                S::Received,
                S::Rejected,
                S::Cancelled,
            ],
            &[12.0, 25.0, 5.0, 15.0, 15.0, 8.0, 12.0, 4.0, 4.0],
        )
    };
    states[dice.weighted(weights)]
}

/// A story of one application: who did what, when.
struct Story<'a> {
    src: &'a Sources<'a>,
    batch: &'a mut Batch,
    row: ApplicationRow,
    at: DateTime<Utc>,
}

impl Story<'_> {
    /// The time of the next event: strictly after the last one (history is
    /// read in time order), and before now for all but a story's last
    /// seconds.
    fn later(&mut self, dice: &mut Dice, min_hours: i64, max_hours: i64) -> DateTime<Utc> {
        let next = (self.at + Duration::hours(dice.between(min_hours, max_hours)))
            .min(self.src.now - Duration::minutes(5));
        self.at = next.max(self.at + Duration::seconds(1));
        self.at
    }

    fn record(
        &mut self,
        dice: &mut Dice,
        actor: &UserId,
        action: &str,
        to: Status,
        comment: Option<&str>,
    ) {
        let from = (action != "create").then_some(self.row.status);
        let at = time::to_db(self.at);
        self.batch.history.push(HistoryRow {
            id: dice.id(self.at),
            application_id: self.row.id.clone(),
            at,
            actor_id: Some(actor.clone()),
            on_behalf_of: None,
            action: action.into(),
            from_status: from,
            to_status: to,
            comment: comment.map(str::to_owned),
            via: None,
        });
        let summary = serde_json::json!({
            "from": from, "to": to.as_str(), "on_behalf_of": null, "comment": comment,
        });
        self.batch.audit.push(AuditRow {
            id: dice.id(self.at),
            at,
            actor_id: Some(actor.to_string()),
            action: format!("application.{action}"),
            entity: "application".into(),
            entity_id: self.row.id.to_string(),
            summary: summary.to_string(),
        });
        self.row.status = to;
        self.row.version += 1;
        self.row.updated_at = at;
    }
}

/// Appends one application, drawn from the seed, to `batch`.
pub(crate) fn generate(dice: &mut Dice, src: &Sources<'_>, batch: &mut Batch) {
    generate_with(dice, src, batch, None);
}

/// Appends an application of `department` filed this week and waiting for
/// its head's decision: what the seed promises the demo's head of Sales
/// has, whatever `--now` is.
pub(crate) fn generate_awaiting_head(
    dice: &mut Dice,
    src: &Sources<'_>,
    batch: &mut Batch,
    department: usize,
) {
    generate_with(dice, src, batch, Some(department));
}

fn generate_with(dice: &mut Dice, src: &Sources<'_>, batch: &mut Batch, pin: Option<usize>) {
    let org = src.org;
    let age_days = if pin.is_some() {
        dice.between(0, 6)
    } else {
        dice.between(0, 364)
    };
    let created = src.now - Duration::days(age_days) - Duration::minutes(dice.between(30, 600));
    let department = pin.unwrap_or_else(|| loop {
        let d = dice.below(org.departments.len());
        if !org.employees_by_department[d].is_empty() {
            break d;
        }
    });
    let staff = &org.employees_by_department[department];
    // A delegate standing in for the head would send the step up: a pinned
    // application comes from someone else when there is anyone else.
    let pick = match pin {
        Some(_) if staff.len() > 1 => &staff[1 + dice.below(staff.len() - 1)],
        _ => dice.pick(staff),
    };
    let requester = org.users[*pick].id.clone();
    let id = ApplicationId::new(dice.id(created));
    let (lines, location) = draw_lines(dice, src, &id);
    let total_cents: i64 = lines
        .iter()
        .map(|l| l.quantity_milli * l.unit_price_cents / 1_000)
        .sum();
    let stamp = time::to_db(created);
    let row = ApplicationRow {
        id,
        requester_id: requester.clone(),
        department_id: Some(org.departments[department].id.clone()),
        title: lines[0].description.clone(),
        justification: "Needed for day-to-day work; the current one is worn out or missing.".into(),
        needed_by: Some((created + Duration::days(dice.between(14, 60))).date_naive()),
        currency: src.policy.currency.clone().into_string(),
        total_cents,
        status: Status::Draft,
        version: 0,
        supplier: None,
        order_reference: None,
        expected_on: None,
        created_at: stamp,
        updated_at: stamp,
        location_id: location,
        // Numbered when the batch is written (`demo::seed`).
        reference: String::new(),
    };
    let categories: Vec<Category> = lines.iter().map(|l| l.category).collect();
    let chain = plan_chain(
        src.policy,
        &requester,
        Decimal::new(total_cents, 2),
        &categories,
        &org.chain_org(department),
    );
    let mut target = match pin {
        Some(_) => Status::Submitted,
        None => status_for(dice, age_days),
    };
    if chain.is_err() {
        target = Status::Draft;
    }
    let mut story = Story {
        src,
        batch,
        row,
        at: created,
    };
    story.record(dice, &requester, "create", Status::Draft, None);
    if let Ok(chain) = chain {
        play(
            dice,
            &mut story,
            &requester,
            &chain,
            target,
            lines,
            pin.is_some(),
        );
    } else {
        story.batch.lines.extend(lines);
    }
    let Story { batch, row, .. } = story;
    batch.applications.push(row);
}

/// Moves the application through submit, decisions, order and receipt
/// until it reaches `target`.
fn play(
    dice: &mut Dice,
    story: &mut Story<'_>,
    requester: &UserId,
    chain: &[PlannedStep],
    target: Status,
    mut lines: Vec<LineRow>,
    at_first_step: bool,
) {
    use Status as S;
    if target == S::Draft || (target == S::Cancelled && dice.chance(0.5)) {
        if target == S::Cancelled {
            story.later(dice, 2, 48);
            story.record(dice, requester, "cancel", S::Cancelled, None);
        }
        story.batch.lines.extend(lines);
        return;
    }
    story.later(dice, 1, 48);
    story.record(dice, requester, "submit", S::Submitted, None);
    // How many steps are approved before the application stops moving.
    let decided = match target {
        S::Submitted if at_first_step => 0,
        S::Submitted | S::Cancelled => dice.below(chain.len()),
        S::Returned | S::Rejected => dice.below(chain.len()),
        _ => chain.len(),
    };
    for (position, planned) in chain.iter().enumerate() {
        let decider = decider_of(dice, story.src.org, planned, requester);
        let step_id = dice.id(story.at);
        let mut step = StepRow {
            id: step_id,
            application_id: story.row.id.clone(),
            round: 1,
            position: position as i32,
            kind: planned.kind,
            approver_id: match &planned.approver {
                Approver::User(id) => Some(id.clone()),
                Approver::Finance => None,
            },
            approver_role: matches!(planned.approver, Approver::Finance).then(|| "finance".into()),
            status: StepStatus::Waiting,
            decided_by: None,
            on_behalf_of: None,
            comment: None,
            decided_at: None,
            pending_since: None,
            overdue_on: None,
        };
        if position < decided {
            let at = story.later(dice, 2, 72);
            let last = position + 1 == chain.len();
            story.record(
                dice,
                &decider,
                "approve",
                if last { S::Approved } else { S::Submitted },
                None,
            );
            step.status = StepStatus::Approved;
            step.decided_by = Some(decider);
            step.decided_at = Some(time::to_db(at));
        } else if position == decided {
            match target {
                S::Returned | S::Rejected => {
                    let at = story.later(dice, 2, 72);
                    let (status, action, text) = if target == S::Returned {
                        (
                            StepStatus::Returned,
                            "return",
                            "Please add the quote from the supplier.",
                        )
                    } else {
                        (
                            StepStatus::Rejected,
                            "reject",
                            "Not in this year's plan; use the shared pool.",
                        )
                    };
                    story.record(dice, &decider, action, target, Some(text));
                    step.status = status;
                    step.decided_by = Some(decider);
                    step.comment = Some(text.into());
                    step.decided_at = Some(time::to_db(at));
                }
                S::Cancelled => step.status = StepStatus::Cancelled,
                _ => {
                    step.status = StepStatus::Pending;
                    step.pending_since = Some(time::to_db(story.at));
                }
            }
        } else if matches!(target, S::Returned | S::Rejected | S::Cancelled) {
            step.status = StepStatus::Cancelled;
        }
        story.batch.steps.push(step);
    }
    if target == S::Cancelled {
        story.later(dice, 2, 48);
        story.record(dice, requester, "cancel", S::Cancelled, None);
    }
    if matches!(target, S::Ordered | S::PartiallyReceived | S::Received) {
        fulfil(dice, story, target, &mut lines);
    }
    story.batch.lines.extend(lines);
}

/// Who decides a planned step: the named approver, or a finance officer
/// other than the requester.
fn decider_of(dice: &mut Dice, org: &DemoOrg, planned: &PlannedStep, requester: &UserId) -> UserId {
    match &planned.approver {
        Approver::User(id) => id.clone(),
        Approver::Finance => loop {
            let id = &org.users[*dice.pick(&org.finance)].id;
            if id != requester {
                return id.clone();
            }
        },
    }
}

fn fulfil(dice: &mut Dice, story: &mut Story<'_>, target: Status, lines: &mut [LineRow]) {
    let specialist = story.src.org.users[*dice.pick(&story.src.org.it_specialists)]
        .id
        .clone();
    let ordered_at = story.later(dice, 4, 96);
    story.row.supplier = Some(dice.pick(&SUPPLIERS).to_string());
    story.row.order_reference = Some(format!(
        "PO-{}-{:05}",
        ordered_at.format("%Y"),
        dice.between(1, 99_999)
    ));
    story.row.expected_on = Some((ordered_at + Duration::days(dice.between(5, 30))).date_naive());
    for line in lines.iter_mut() {
        // Actual prices land within a few percent of the estimate.
        let percent = dice.between(92, 104);
        line.ordered_unit_price_cents = Some(line.unit_price_cents * percent / 100);
    }
    story.record(dice, &specialist, "order", Status::Ordered, None);
    if target == Status::Ordered {
        return;
    }
    story.later(dice, 72, 480);
    for (n, line) in lines.iter_mut().enumerate() {
        line.received_milli = if target == Status::Received || n > 0 {
            line.quantity_milli
        } else {
            line.quantity_milli / 2 / 1_000 * 1_000
        };
    }
    if target == Status::PartiallyReceived
        && lines.iter().all(|l| l.received_milli == l.quantity_milli)
    {
        lines[0].received_milli = 0;
    }
    if lines.iter().all(|l| l.received_milli == 0) {
        return; // a single one-unit line cannot arrive in part: it stays ordered
    }
    story.record(dice, &specialist, "receive", target, None);
}
