//! `procura demo seed`: fills an empty database with a realistic, seeded
//! organisation for demos, benchmarks and drills — departments, users in
//! every role, a catalogue, locations with stock policies, a year of
//! ledger movements, applications in every state and budget limits.
//! Rows are written in large batches straight through the db layer (the
//! use cases would take hours at a million movements), but every invariant
//! the service keeps holds: balances equal their ledgers and are ≥ 0,
//! applications carry the chain the policy plans, and open alerts match
//! the balances at or below their reorder points.

mod applications;
mod dice;
mod limits;
mod lines;
mod org;
mod stock;

use chrono::{DateTime, Duration, Utc};

use applications::Batch;
use dice::Dice;
use limits::{write_limits, Spend};
use lines::Sources;
use org::DemoOrg;
use stock::Ledger;

use crate::db::departments::DepartmentChangeset;
use crate::db::stock_counts::{CountLineRow, CountRow};
use crate::db::{self, time, Db, DbConnection};
use crate::domain::ids::UserId;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::service::passwords;
use crate::service::policy::load_policy;

/// Every demo user signs in with this password.
pub(crate) const DEMO_PASSWORD: &str = "demo-password-1";
const MOVEMENTS_PER_TRANSACTION: usize = 50_000;
const APPLICATIONS_PER_TRANSACTION: usize = 2_000;
/// Applications pinned to wait for the head of Sales.
const PINNED_FOR_SALES: usize = 3;
/// Items a physical count of a location covers.
const COUNTED_ITEMS: usize = 150;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// About what a 200-person company does in a year.
    Small,
    Medium,
    /// 10,000 items × 5 locations, 1,000,000 movements, 20,000 applications.
    Large,
}

impl std::str::FromStr for Scale {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "small" => Ok(Self::Small),
            "medium" => Ok(Self::Medium),
            "large" => Ok(Self::Large),
            _ => Err(format!("unknown scale `{s}`: use small, medium or large")),
        }
    }
}

pub(crate) struct Sizes {
    pub users: usize,
    pub top_departments: usize,
    pub teams_per_division: usize,
    pub items: usize,
    pub locations: usize,
    pub movements: usize,
    pub applications: usize,
}

impl Scale {
    pub(crate) fn sizes(self) -> Sizes {
        match self {
            Scale::Small => Sizes {
                users: 200,
                top_departments: 7,
                teams_per_division: 0,
                items: 300,
                locations: 3,
                movements: 8_000,
                applications: 600,
            },
            Scale::Medium => Sizes {
                users: 1_000,
                top_departments: 8,
                teams_per_division: 2,
                items: 3_000,
                locations: 5,
                movements: 250_000,
                applications: 5_000,
            },
            Scale::Large => Sizes {
                users: 5_000,
                top_departments: 10,
                teams_per_division: 4,
                items: 10_000,
                locations: 5,
                movements: 1_000_000,
                applications: 20_000,
            },
        }
    }
}

/// What a seed wrote.
#[derive(Debug, Default)]
pub(crate) struct Summary {
    pub departments: usize,
    pub users: usize,
    pub items: usize,
    pub locations: usize,
    pub movements: usize,
    pub low_stock: usize,
    pub applications: usize,
    pub budget_limits: usize,
    /// `(login, what the account shows)` for the demo's sign-ins.
    pub logins: Vec<(String, &'static str)>,
}

/// Seeds `db` (which must hold no business data yet) as of `now`.
pub(crate) fn seed(db: &Db, scale: Scale, seed: u64, now: DateTime<Utc>) -> AppResult<Summary> {
    db.read_blocking(ensure_empty)?;
    let sizes = scale.sizes();
    let mut dice = Dice::new(seed);
    let mut summary = Summary::default();
    let org = DemoOrg::build(&mut dice, &sizes, now);
    write_org(db, &org, now)?;
    summary.departments = org.departments.len();
    summary.users = org.users.len();

    let items = stock::catalogue(&mut dice, sizes.items, now);
    let locations = stock::locations(&mut dice, sizes.locations, now);
    db.write_blocking(|conn| {
        for location in &locations {
            db::catalogue::insert_location(conn, location)?;
        }
        for item in &items {
            db::catalogue::insert_item(conn, item)?;
        }
        Ok(())
    })?;
    summary.items = items.len();
    summary.locations = locations.len();

    let recipients: Vec<UserId> = org.users.iter().map(|u| u.id.clone()).collect();
    let actor = org.users[org.it_specialists[0]].id.clone();
    let mut ledger = Ledger::new(
        &items,
        &locations,
        &recipients,
        &actor,
        sizes.movements,
        now,
    );
    loop {
        let batch = ledger.next_batch(&mut dice, MOVEMENTS_PER_TRANSACTION);
        if batch.is_empty() {
            break;
        }
        db.write_blocking(|conn| Ok(db::bulk::movements(conn, &batch)?))?;
    }
    count_locations(db, &mut dice, &mut ledger, &items, &locations, &actor, now)?;
    summary.low_stock = write_balances(db, &mut dice, &ledger, now)?;
    summary.movements = ledger.emitted;

    let policy = db.read_blocking(|conn| load_policy(conn).map(|(p, _)| p))?;
    let sources = Sources {
        org: &org,
        items: &items,
        locations: &locations,
        policy: &policy,
        now,
    };
    let mut spend = Spend::default();
    let it = org.departments[org.it_department].id.clone();
    spend.add(it.as_str(), "consumables", ledger.received_cents);
    // The head of Sales has work awaiting whatever `--now` is (the seed's
    // printed promise): a few of the applications are pinned to it.
    let sales = org.departments.iter().position(|d| d.code == "SAL");
    let mut pinned = if sales.is_some() {
        PINNED_FOR_SALES.min(sizes.applications)
    } else {
        0
    };
    let mut left = sizes.applications;
    // References are numbered per year of creation, as the service does.
    let mut numbers: std::collections::BTreeMap<i32, i64> = Default::default();
    while left > 0 {
        let mut batch = Batch::default();
        for _ in 0..left.min(APPLICATIONS_PER_TRANSACTION) {
            match sales {
                Some(d) if pinned > 0 => {
                    pinned -= 1;
                    applications::generate_awaiting_head(&mut dice, &sources, &mut batch, d);
                }
                _ => applications::generate(&mut dice, &sources, &mut batch),
            }
        }
        left -= batch.applications.len();
        batch.applications.sort_by_key(|a| a.created_at);
        for a in &mut batch.applications {
            let year = chrono::Datelike::year(&a.created_at);
            let n = numbers.entry(year).or_default();
            *n += 1;
            a.reference = crate::domain::applications::reference(year, *n);
        }
        spend.add_batch(&batch);
        db.write_blocking(|conn| write_applications(conn, &batch))?;
    }
    db.write_blocking(|conn| {
        for (year, last) in &numbers {
            db::applications::raise_reference_counter(conn, *year, *last)?;
        }
        Ok(())
    })?;
    summary.applications = sizes.applications;
    summary.budget_limits = write_limits(db, &mut dice, &org, &spend, now)?;
    summary.logins = logins();
    Ok(summary)
}

fn ensure_empty(conn: &mut DbConnection) -> AppResult<()> {
    if db::bulk::business_rows(conn)? > 0 {
        return Err(AppError::conflict(
            ErrorCode::NotEmpty,
            "the database already holds departments, items, locations or applications; \
             demo seed only fills a new, empty database",
        ));
    }
    Ok(())
}

fn write_org(db: &Db, org: &DemoOrg, now: DateTime<Utc>) -> AppResult<()> {
    let hash = passwords::hash(DEMO_PASSWORD)?;
    let stamp = time::to_db(now - Duration::days(400));
    db.write_blocking(|conn| {
        for department in &org.departments {
            let without_head = db::departments::DepartmentRow {
                head_user_id: None,
                ..department.clone()
            };
            db::departments::insert(conn, &without_head)?;
        }
        let mut roles = Vec::new();
        for user in &org.users {
            let row = db::users::NewUserRow {
                id: &user.id,
                email: &user.email,
                name: &user.name,
                password_hash: &hash,
                department_id: Some(&org.departments[user.department].id),
                active: true,
                version: 1,
                created_at: stamp,
                updated_at: stamp,
            };
            db::users::insert(conn, &row, &[])?;
            roles.extend(
                user.roles
                    .iter()
                    .map(|r| (user.id.to_string(), r.as_str().to_owned())),
            );
        }
        db::bulk::user_roles(conn, &roles)?;
        for department in &org.departments {
            let changes = DepartmentChangeset {
                head_user_id: Some(department.head_user_id.clone()),
                ..Default::default()
            };
            db::departments::update_versioned(conn, &department.id, department.version, &changes)?;
        }
        for delegation in &org.delegations {
            db::delegations::insert(conn, delegation)?;
        }
        Ok(())
    })
}

/// Yesterday every location counted its most used items; differences of a
/// unit either way became adjustments, as `POST /stock/counts` posts them.
fn count_locations(
    db: &Db,
    dice: &mut Dice,
    ledger: &mut Ledger<'_>,
    items: &[db::catalogue::ItemRow],
    locations: &[db::catalogue::LocationRow],
    actor: &UserId,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let at = now - Duration::days(1);
    for (l, location) in locations.iter().enumerate() {
        let count = CountRow {
            id: dice.id(at),
            location_id: location.id.clone(),
            actor_id: Some(actor.clone()),
            note: Some("Monthly count".into()),
            created_at: time::to_db(at),
        };
        let mut lines = Vec::new();
        let mut adjustments = Vec::new();
        for (i, item) in items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.active)
            .take(COUNTED_ITEMS)
        {
            let expected = ledger.on_hand_of(i, l);
            let counted =
                (expected + 1_000 * dice.between(-1, 1) * i64::from(dice.chance(0.2))).max(0);
            lines.push(CountLineRow {
                count_id: count.id.clone(),
                item_id: item.id.clone(),
                expected_milli: expected,
                counted_milli: counted,
            });
            adjustments.extend(ledger.adjust(
                dice,
                i,
                l,
                counted,
                at,
                &format!("count {}", count.id),
            ));
        }
        db.write_blocking(|conn| {
            db::stock_counts::insert_count(conn, &count, &[])?;
            db::bulk::count_lines(conn, &lines)?;
            Ok(db::bulk::movements(conn, &adjustments)?)
        })?;
    }
    Ok(())
}

/// Writes every balance with its policy and an open alert for each one at
/// or below its reorder point; returns how many are low.
fn write_balances(
    db: &Db,
    dice: &mut Dice,
    ledger: &Ledger<'_>,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let balances = ledger.balances(now);
    let alerts: Vec<db::bulk::AlertRow> = balances
        .iter()
        .enumerate()
        .filter(|(pair, _)| ledger.is_low(*pair))
        .map(|(_, b)| {
            (
                dice.id(now),
                b.item_id.clone(),
                b.location_id.clone(),
                b.updated_at,
            )
        })
        .collect();
    db.write_blocking(|conn| {
        db::bulk::balances(conn, &balances)?;
        // The bulk rows carry no issue counters: count them from the ledger.
        let window = crate::domain::replenishment::usage_window_start(now.date_naive());
        db::stock_usage::rebuild(conn, window, time::to_db(now))?;
        Ok(db::bulk::open_alerts(conn, &alerts)?)
    })?;
    Ok(alerts.len())
}

fn write_applications(conn: &mut DbConnection, batch: &Batch) -> AppResult<()> {
    db::bulk::applications(conn, &batch.applications)?;
    db::bulk::application_lines(conn, &batch.lines)?;
    db::bulk::approval_steps(conn, &batch.steps)?;
    db::bulk::application_history(conn, &batch.history)?;
    Ok(db::bulk::audit(conn, &batch.audit)?)
}

fn logins() -> Vec<(String, &'static str)> {
    let email = |login: &str| format!("{login}@{}", org::EMAIL_DOMAIN);
    vec![
        (
            email("admin"),
            "administrator: users, departments, policy, schedules",
        ),
        (
            email("director"),
            "director: heads the root, approves from 10,000.00",
        ),
        (
            email("head.it"),
            "head of IT: approves hardware and software; IT specialist",
        ),
        (email("head.fin"), "head of finance: approver and finance"),
        (
            email("finance1"),
            "finance: approves from 1,000.00, budgets and limits",
        ),
        (
            email("it1"),
            "IT specialist: orders, receipts, stock, replenishment",
        ),
        (
            email("head.sal"),
            "head of Sales: a department head with work awaiting",
        ),
        (email("employee"), "employee: files IT Applications"),
    ]
}
