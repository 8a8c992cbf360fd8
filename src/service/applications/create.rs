//! Creating a draft: the format checks shared with edits, the existence
//! checks of what a draft names, and the insert.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Deserialize;

use super::names::name_view;
use super::views::{self, ApplicationView};
use super::{record_transition, Transition};
use crate::db::applications::{ApplicationRow, LineRow};
use crate::db::scaled::{money_to_db, quantity_to_db};
use crate::db::{self, time, DbConnection};
use crate::domain::applications::{
    check_complete, check_format, total_of, ApplicationInput, Category, LineInput, Status,
};
use crate::domain::approval::Policy;
use crate::domain::ids::{ApplicationId, DepartmentId};
use crate::domain::input::{Date, Id, Money, Prose, Quantity, Text};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::service::idempotency::{self, IdempotencyKey, Idempotent};
use crate::service::identity::Actor;
use crate::service::policy::load_policy;
use crate::service::{new_id, AppContext};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewLine {
    #[serde(default)]
    pub description: Text<500>,
    pub category: Category,
    pub quantity: Quantity,
    pub unit_price: Money,
    #[serde(default)]
    pub item_id: Option<Id>,
}

/// A new draft. Only formats are checked now; completeness at submit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewApplication {
    pub title: Text<200>,
    #[serde(default)]
    pub justification: Prose<4000>,
    #[serde(default)]
    pub department_id: Option<DepartmentId>,
    #[serde(default)]
    pub needed_by: Option<Date>,
    /// The stock location the goods are for (optional).
    #[serde(default)]
    pub location_id: Option<Id>,
    #[serde(default)]
    pub lines: Vec<NewLine>,
}

fn line_inputs(lines: &[NewLine]) -> Vec<LineInput> {
    lines
        .iter()
        .map(|l| LineInput {
            description: l.description.to_string(),
            item_id: l.item_id.clone().map(String::from),
            quantity: l.quantity.get(),
            unit_price: l.unit_price.get(),
        })
        .collect()
}

/// What submitting these values would say, without storing anything: the
/// format and the filling check together, every problem at once. The
/// pages ask it while a person fills the form in.
pub(crate) fn check(ctx: &AppContext, input: &NewApplication) -> AppResult<()> {
    let lines = line_inputs(&input.lines);
    let doc = ApplicationInput {
        title: input.title.as_str(),
        justification: input.justification.as_str(),
        department_id: input.department_id.as_ref(),
        needed_by: input.needed_by.map(Date::get),
        lines: &lines,
    };
    let mut errors = FieldErrors::new();
    check_format(&mut errors, &doc);
    check_complete(&mut errors, &doc, super::today(ctx));
    errors.into_result()
}

/// Checks formats and builds the stored lines and total.
pub(super) fn prepare(
    app_id: &ApplicationId,
    title: &str,
    justification: &str,
    department_id: Option<&DepartmentId>,
    needed_by: Option<NaiveDate>,
    lines: &[NewLine],
) -> AppResult<(Vec<LineRow>, i64)> {
    let inputs = line_inputs(lines);
    let doc = ApplicationInput {
        title,
        justification,
        department_id,
        needed_by,
        lines: &inputs,
    };
    let mut errors = FieldErrors::new();
    check_format(&mut errors, &doc);
    errors.into_result()?;
    let rows = lines
        .iter()
        .enumerate()
        .map(|(i, l)| LineRow {
            id: new_id(),
            application_id: app_id.clone(),
            position: i as i32,
            description: l.description.trim().to_owned(),
            category: l.category,
            item_id: l.item_id.clone().map(String::from),
            quantity_milli: quantity_to_db(l.quantity.get()).unwrap_or_default(),
            unit_price_cents: money_to_db(l.unit_price.get()).unwrap_or_default(),
            ordered_unit_price_cents: None,
            received_milli: 0,
            closed_milli: 0,
            closed_reason: None,
            rejected_milli: 0,
        })
        .collect();
    let total = total_of(&inputs)
        .and_then(money_to_db)
        .ok_or_else(|| AppError::field("lines", "total_too_large", "the total is too large"))?;
    Ok((rows, total))
}

/// Lines that name a catalogue item must name one that exists.
pub(super) fn check_items(conn: &mut DbConnection, lines: &[LineRow]) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(item) = &line.item_id {
            if db::catalogue::find_item(conn, item)?.is_none() {
                errors.add(
                    format!("lines[{i}].item_id"),
                    "not_found",
                    "no catalogue item has this id",
                );
            }
        }
    }
    errors.into_result()
}

pub(super) fn check_location(conn: &mut DbConnection, location_id: Option<&str>) -> AppResult<()> {
    match location_id {
        Some(id) if !db::catalogue::location_exists(conn, id)? => Err(AppError::field(
            "location_id",
            "not_found",
            "no location has this id",
        )),
        _ => Ok(()),
    }
}

pub(super) fn check_department(
    conn: &mut DbConnection,
    department_id: Option<&DepartmentId>,
) -> AppResult<()> {
    match department_id {
        Some(id) if !db::departments::exists(conn, id)? => Err(AppError::field(
            "department_id",
            "not_found",
            "no department has this id",
        )),
        _ => Ok(()),
    }
}

/// Charging another department than one's own is for the roles the policy
/// names (`other_payer_roles`): otherwise a requester could pick whose head
/// approves.
pub(super) fn check_payer(
    actor: &Actor,
    payer: Option<&DepartmentId>,
    policy: &Policy,
) -> AppResult<()> {
    match payer {
        Some(p) if !policy.may_charge(&actor.roles, actor.department_id.as_ref(), p) => {
            Err(AppError::field(
                "department_id",
                "not_your_department",
                "you may charge only your own department (the approval policy's other_payer_roles may)",
            ))
        }
        _ => Ok(()),
    }
}

/// Creates a draft. Without an `Idempotency-Key` everything that only
/// reads (the department, location and items named, the policy's
/// currency) is checked on a read connection first and the write only
/// inserts: departments, locations and items are never deleted, so what the
/// read found still exists when the write commits. A keyed request checks
/// inside its write, so that a replay answers what the first request did.
pub(crate) async fn create(
    ctx: &AppContext,
    actor: &Actor,
    input: NewApplication,
    key: Option<IdempotencyKey>,
) -> AppResult<Idempotent<ApplicationView>> {
    let now = ctx.now();
    // The organisation's year numbers it (A-2026-00042), not UTC's.
    let year = super::today(ctx).year();
    let actor = actor.clone();
    match key {
        None => {
            let draft = ctx
                .db
                .read(move |conn| new_draft(conn, &actor, &input, (now, year)))
                .await?;
            let view = ctx.db.write(move |conn| store_draft(conn, draft)).await?;
            // Named after the commit, off the single SQLite writer.
            let view = ctx.db.read(move |conn| name_view(conn, view)).await?;
            Ok(Idempotent::Fresh(view))
        }
        Some(key) => {
            ctx.db
                .write(move |conn| {
                    idempotency::run(conn, Some(&key), now, 201, |conn| {
                        insert_draft(conn, &actor, &input, (now, year))
                    })
                })
                .await
        }
    }
}

/// Checks and stores a draft in the caller's transaction; `at` is the
/// instant and the organisation's year then (which numbers it).
pub(crate) fn insert_draft(
    conn: &mut DbConnection,
    actor: &Actor,
    input: &NewApplication,
    at: (DateTime<Utc>, i32),
) -> AppResult<ApplicationView> {
    let draft = new_draft(conn, actor, input, at)?;
    // Named here: the idempotency record keeps the answer as sent.
    let view = store_draft(conn, draft)?;
    name_view(conn, view)
}

/// A checked draft, ready to be stored.
struct Draft {
    row: ApplicationRow,
    lines: Vec<LineRow>,
    /// The organisation's year at creation, which numbers it.
    year: i32,
}

/// Checks `input` (formats, and that what it names exists) and builds the
/// rows of a new draft; reads only.
fn new_draft(
    conn: &mut DbConnection,
    actor: &Actor,
    input: &NewApplication,
    (now, year): (DateTime<Utc>, i32),
) -> AppResult<Draft> {
    let id = ApplicationId::generate();
    // The requester's own department unless another is named.
    let department_id = input
        .department_id
        .clone()
        .or_else(|| actor.department_id.clone());
    let (lines, total) = prepare(
        &id,
        &input.title,
        &input.justification,
        department_id.as_ref(),
        input.needed_by.map(Date::get),
        &input.lines,
    )?;
    check_department(conn, department_id.as_ref())?;
    check_location(conn, input.location_id.as_deref())?;
    check_items(conn, &lines)?;
    let policy = load_policy(conn)?.0;
    check_payer(actor, department_id.as_ref(), &policy)?;
    let row = ApplicationRow {
        id,
        requester_id: actor.user_id.clone(),
        department_id,
        title: input.title.trim().to_owned(),
        justification: input.justification.trim().to_owned(),
        needed_by: input.needed_by.map(Date::get),
        currency: policy.currency.into_string(),
        total_cents: total,
        status: Status::Draft,
        // Stored as it stands after its first transition, `create`.
        version: 1,
        supplier: None,
        order_reference: None,
        expected_on: None,
        location_id: input.location_id.clone().map(String::from),
        created_at: time::to_db(now),
        updated_at: time::to_db(now),
        // Numbered on the writer, in the transaction that stores it.
        reference: String::new(),
    };
    Ok(Draft { row, lines, year })
}

/// Inserts the draft, its lines, its `create` history and audit entries;
/// answers its view without reading it back.
fn store_draft(conn: &mut DbConnection, draft: Draft) -> AppResult<ApplicationView> {
    let Draft {
        mut row,
        lines,
        year,
    } = draft;
    row.reference = db::applications::next_reference(conn, year)?;
    db::applications::insert(conn, &row)?;
    db::applications::insert_lines(conn, &lines)?;
    let now = time::from_db(row.created_at);
    let t = Transition::by(&row.requester_id, "create", None, Status::Draft, now);
    let history = record_transition(conn, &row.id, t)?;
    Ok(views::assemble(row, &lines, &[], vec![history]))
}
