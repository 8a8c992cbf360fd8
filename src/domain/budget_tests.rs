//! Table-driven tests of periods, run periods, pro-rata limits and totals.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::domain::carry::Section;

fn day(s: &str) -> NaiveDate {
    NaiveDate::from_str(s).unwrap()
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn periods_contain_their_dates() {
    use BudgetKind::*;
    // (kind, date, start, end)
    let cases = [
        (Weekly, "2026-11-25", "2026-11-23", "2026-11-29"),
        (Weekly, "2026-11-23", "2026-11-23", "2026-11-29"),
        (Weekly, "2026-11-29", "2026-11-23", "2026-11-29"),
        // ISO week 53 of 2026 runs into 2027.
        (Weekly, "2026-12-31", "2026-12-28", "2027-01-03"),
        (Weekly, "2027-01-03", "2026-12-28", "2027-01-03"),
        // ISO week 1 of 2025 starts in 2024.
        (Weekly, "2025-01-01", "2024-12-30", "2025-01-05"),
        (Monthly, "2026-02-14", "2026-02-01", "2026-02-28"),
        (Monthly, "2028-02-29", "2028-02-01", "2028-02-29"),
        (Monthly, "2026-12-31", "2026-12-01", "2026-12-31"),
    ];
    for (kind, date, start, end) in cases {
        let p = Period::containing(kind, day(date));
        assert_eq!((p.start, p.end), (day(start), day(end)), "{kind:?} {date}");
    }
}

#[test]
fn a_run_produces_the_next_period() {
    use BudgetKind::*;
    let cases = [
        // Wednesday 2026-11-25 → week of Monday 2026-11-30.
        (Weekly, "2026-11-25", "2026-11-30", "2026-12-06"),
        // Wednesday of the week before ISO week 53.
        (Weekly, "2026-12-23", "2026-12-28", "2027-01-03"),
        (Weekly, "2026-12-30", "2027-01-04", "2027-01-10"),
        (Monthly, "2026-11-25", "2026-12-01", "2026-12-31"),
        (Monthly, "2026-12-25", "2027-01-01", "2027-01-31"),
        (Monthly, "2027-01-25", "2027-02-01", "2027-02-28"),
    ];
    for (kind, fired, start, end) in cases {
        let p = period_for_run(kind, day(fired));
        assert_eq!((p.start, p.end), (day(start), day(end)), "{kind:?} {fired}");
    }
}

#[test]
fn periods_start_on_mondays_and_firsts() {
    assert!(Period::starting(BudgetKind::Weekly, day("2026-11-30")).is_ok());
    assert!(Period::starting(BudgetKind::Weekly, day("2026-12-01")).is_err());
    assert!(Period::starting(BudgetKind::Monthly, day("2026-12-01")).is_ok());
    assert!(Period::starting(BudgetKind::Monthly, day("2026-11-30")).is_err());
    assert_eq!(parse_month("2026-02"), Some(day("2026-02-01")));
    for bad in ["2026-13", "2026-2", "26-02", "2026/02", "x"] {
        assert_eq!(parse_month(bad), None, "{bad}");
    }
}

#[test]
fn limits_are_pro_rata_by_days() {
    let limits: BTreeMap<&str, Decimal> = [
        ("2026-11", d("3000")),
        ("2026-12", d("3100")),
        ("2027-01", d("310")),
    ]
    .into();
    let monthly = |m: &str| limits.get(m).copied();
    // (kind, start, limit)
    let cases = [
        (BudgetKind::Monthly, "2026-11-01", Some("3000")),
        // 7 of 30 days.
        (BudgetKind::Weekly, "2026-11-16", Some("700")),
        // 1 day of November (100) + 6 of December (600).
        (BudgetKind::Weekly, "2026-11-30", Some("700")),
        // Across the year end: 4 days of December (400) + 3 of January (30).
        (BudgetKind::Weekly, "2026-12-28", Some("430")),
        // 7 of 31 days of 310 = 70; of 3000/30: thirds round to the cent.
        (BudgetKind::Weekly, "2027-01-04", Some("70")),
        (BudgetKind::Monthly, "2027-02-01", None),
    ];
    for (kind, start, want) in cases {
        let period = Period::starting(kind, day(start)).unwrap();
        assert_eq!(pro_rata(&period, monthly), want.map(d), "{kind:?} {start}");
    }
    let third = |_: &str| Some(d("100"));
    let week = Period::starting(BudgetKind::Weekly, day("2026-11-16")).unwrap();
    assert_eq!(pro_rata(&week, third), Some(d("23.33")));
}

#[test]
fn totals_sum_lines_beside_their_limits() {
    let line = |dept: Option<&str>, cat: &str, amount: &str| LineAmount {
        department_id: dept.map(str::to_owned),
        category: cat.into(),
        amount: d(amount),
        section: Section::New,
    };
    let lines = [
        line(Some("ops"), "hardware", "600.10"),
        line(Some("ops"), "consumables", "0.05"),
        line(Some("it"), "consumables", "399.90"),
        line(None, "consumables", "10"),
    ];
    let limits: BTreeMap<(String, String), Decimal> = [
        (("ops".into(), "hardware".into()), d("500")),
        (("fin".into(), "software".into()), d("50")),
    ]
    .into();
    let t = totals(&lines, &limits);
    assert_eq!(t.overall.total, d("1010.05"));
    assert_eq!(t.overall.limit, Some(d("550")));
    assert!(t.overall.overrun);
    let dept: Vec<(String, Decimal, Option<Decimal>, bool)> = t
        .by_department
        .iter()
        .map(|g| (g.key.clone().unwrap(), g.total, g.remaining, g.overrun))
        .collect();
    assert_eq!(
        dept,
        [
            ("fin".to_owned(), d("0"), Some(d("50")), false),
            ("it".to_owned(), d("399.90"), None, false),
            ("ops".to_owned(), d("600.15"), Some(d("-100.15")), true),
            ("unassigned".to_owned(), d("10"), None, false),
        ]
    );
    let by_cat: Decimal = t.by_category.iter().map(|g| g.total).sum();
    let by_dept: Decimal = t.by_department.iter().map(|g| g.total).sum();
    assert_eq!((by_cat, by_dept), (t.overall.total, t.overall.total));
}

#[test]
fn month_to_date_is_added_beside_each_group() {
    let amount = |dept: &str, cat: &str, a: &str| LineAmount {
        department_id: Some(dept.into()),
        category: cat.into(),
        amount: d(a),
        section: Section::New,
    };
    let mut t = totals(&[amount("ops", "hardware", "10")], &BTreeMap::new());
    add_month_to_date(
        &mut t,
        &[
            amount("ops", "hardware", "5.50"),
            amount("it", "software", "1"),
        ],
    );
    assert_eq!(t.overall.month_to_date_committed, Some(d("6.50")));
    assert_eq!(t.by_department[0].month_to_date_committed, Some(d("5.50")));
    assert_eq!(t.by_category[0].month_to_date_committed, Some(d("5.50")));
}

#[test]
fn the_latest_approved_revision_is_authoritative() {
    type Case<'a> = (&'a [(i32, bool)], Option<i32>);
    let cases: [Case; 5] = [
        (&[], None),
        (&[(1, false)], Some(1)),
        (&[(1, false), (2, false)], Some(2)),
        // An approved revision stays authoritative over later drafts…
        (&[(1, false), (2, true), (3, false)], Some(2)),
        // …until a later one is approved.
        (&[(1, true), (2, false), (3, true)], Some(3)),
    ];
    for (revisions, want) in cases {
        assert_eq!(authoritative_revision(revisions), want, "{revisions:?}");
    }
}

#[test]
fn empty_totals_read_as_money() {
    let mut t = totals(&[], &BTreeMap::new());
    add_month_to_date(&mut t, &[]);
    assert_eq!(t.overall.total.to_string(), "0.00");
    assert_eq!(
        t.overall.month_to_date_committed.map(|m| m.to_string()),
        Some("0.00".into())
    );
}

#[test]
fn carried_over_needs_count_against_the_limit_and_stale_ones_stand_beside() {
    let line = |section, amount: &str| LineAmount {
        department_id: Some("ops".into()),
        category: "hardware".into(),
        amount: d(amount),
        section,
    };
    let lines = [
        line(Section::New, "100.00"),
        line(Section::CarriedOver, "40.00"),
        line(Section::Stale, "1000.00"),
    ];
    let limits = BTreeMap::from([(("ops".to_owned(), "hardware".to_owned()), d("150.00"))]);
    let t = totals(&lines, &limits);
    let ops = &t.by_department[0];
    assert_eq!(
        (ops.total, ops.new, ops.carried_over, ops.stale),
        (
            d("140.00"),
            Some(d("100.00")),
            Some(d("40.00")),
            Some(d("1000.00"))
        )
    );
    assert_eq!((ops.remaining, ops.overrun), (Some(d("10.00")), false));
    assert_eq!(t.overall.total, d("140.00"));
}

#[test]
fn the_month_after_rolls_the_year() {
    assert_eq!(month_after("2026-12").as_deref(), Some("2027-01"));
    assert_eq!(month_after("2026-06").as_deref(), Some("2026-07"));
    assert_eq!(month_after("2026-13"), None);
}
