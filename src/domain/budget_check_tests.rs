use super::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn line(status: Status, qty: &str, received: &str, closed: &str, price: &str) -> CountedLine {
    CountedLine {
        status,
        quantity: d(qty),
        received: d(received),
        closed: d(closed),
        unit_price: d(price),
        ordered_unit_price: None,
    }
}

#[test]
fn each_status_counts_where_the_budget_documents_count_it() {
    let mut spent = Spent::default();
    spent
        .add(&line(Status::Approved, "2", "0", "0", "100.00"))
        .unwrap();
    let mut ordered = line(Status::PartiallyReceived, "4", "1", "1", "50.00");
    ordered.ordered_unit_price = Some(d("55.00"));
    spent.add(&ordered).unwrap();
    spent
        .add(&line(Status::Received, "3", "3", "0", "10.005"))
        .unwrap();
    // Never counted: not (or no longer) a commitment.
    for status in [Status::Submitted, Status::Rejected, Status::Cancelled] {
        spent.add(&line(status, "9", "0", "0", "999.00")).unwrap();
    }
    assert_eq!(spent.approved, d("200.00"));
    // 4 ordered, 1 received, 1 closed short: 2 still to come at 55.00.
    assert_eq!(spent.committed, d("110.00"));
    // 55.00 received + 3 × 10.005 rounded to the cent (30.02).
    assert_eq!(spent.actual, d("85.02"));
}

fn check() -> BudgetCheck {
    BudgetCheck {
        over_limit: PerCategory {
            hardware: Rule::Block,
            ..PerCategory::default()
        },
        ..BudgetCheck::default()
    }
}

fn month() -> NaiveDate {
    "2026-12-01".parse().unwrap()
}

#[test]
fn remaining_counts_this_application_and_names_the_shortfall() {
    let spent = Spent {
        approved: d("300.00"),
        committed: d("200.00"),
        actual: d("100.00"),
    };
    let within = position(
        &check(),
        Category::Software,
        month(),
        Some(d("1000.00")),
        spent,
        d("400.00"),
    )
    .unwrap();
    assert_eq!(within.remaining, Some(d("0.00")));
    assert_eq!(
        (within.standing, within.rule),
        (Standing::Within, Rule::None)
    );
    assert_eq!(within.shortfall, None);

    let over = position(
        &check(),
        Category::Hardware,
        month(),
        Some(d("1000.00")),
        spent,
        d("400.01"),
    )
    .unwrap();
    assert_eq!(over.remaining, Some(d("-0.01")));
    assert_eq!(over.shortfall, Some(d("0.01")));
    assert_eq!((over.standing, over.rule), (Standing::Over, Rule::Block));
}

#[test]
fn a_month_without_a_limit_is_never_unlimited() {
    let p = position(
        &check(),
        Category::Other,
        month(),
        None,
        Spent::default(),
        d("1.00"),
    )
    .unwrap();
    assert_eq!(
        (p.standing, p.rule, p.remaining),
        (Standing::NoLimit, Rule::Warn, None)
    );
    let relaxed = BudgetCheck {
        no_limit: Rule::None,
        ..check()
    };
    let p = position(
        &relaxed,
        Category::Other,
        month(),
        None,
        Spent::default(),
        d("1.00"),
    )
    .unwrap();
    assert_eq!(p.rule, Rule::None);
}

#[test]
fn the_strictest_rule_decides_and_only_the_override_role_passes_a_block() {
    let at = |category, limit: &str| {
        position(
            &check(),
            category,
            month(),
            Some(d(limit)),
            Spent::default(),
            d("10.00"),
        )
        .unwrap()
    };
    let warned = at(Category::Software, "5.00");
    let blocked = at(Category::Hardware, "5.00");
    let fine = at(Category::Hardware, "50.00");
    assert_eq!(strictest(&[]), Rule::None);
    assert_eq!(strictest(std::slice::from_ref(&fine)), Rule::None);
    assert_eq!(strictest(&[fine.clone(), warned.clone()]), Rule::Warn);
    assert_eq!(strictest(&[warned, blocked, fine]), Rule::Block);

    assert_eq!(outcome(Rule::None, false, false), Outcome::Within);
    assert_eq!(
        outcome(Rule::Warn, false, false),
        Outcome::NeedsConfirmation { block: false }
    );
    assert_eq!(
        outcome(Rule::Warn, false, true),
        Outcome::Confirmed {
            overrode_block: false
        }
    );
    assert_eq!(outcome(Rule::Block, false, true), Outcome::Blocked);
    assert_eq!(
        outcome(Rule::Block, true, false),
        Outcome::NeedsConfirmation { block: true }
    );
    assert_eq!(
        outcome(Rule::Block, true, true),
        Outcome::Confirmed {
            overrode_block: true
        }
    );
}

#[test]
fn the_policy_part_reads_with_defaults_and_refuses_unknown_fields() {
    let read: BudgetCheck = serde_json::from_str(r#"{"over_limit":{"hardware":"block"}}"#).unwrap();
    assert_eq!(read.over_limit.hardware, Rule::Block);
    assert_eq!(read.over_limit.software, Rule::Warn);
    assert_eq!(read.no_limit, Rule::Warn);
    assert_eq!(read.override_role, Some(Role::Finance));
    assert!(serde_json::from_str::<BudgetCheck>(r#"{"over_limt":{}}"#).is_err());
    assert_eq!(
        month_of("2026-12-31".parse().unwrap()),
        month(),
        "a position's month is its first day"
    );
    assert_eq!(next_month(month()), Some("2027-01-01".parse().unwrap()));
}
