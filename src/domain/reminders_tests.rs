//! Reminders, escalation and the superior, table-driven.

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn u(s: &str) -> UserId {
    s.into()
}

fn limits(remind_every: u32, escalate_after: u32) -> Limits {
    Limits {
        remind_every,
        escalate_after,
    }
}

/// Friday 2026-12-25 is a holiday.
fn calendar() -> Calendar {
    Calendar::new([d("2026-12-25")])
}

#[test]
fn the_first_reminder_after_n_business_days_then_every_n() {
    let c = calendar();
    let l = limits(2, 5);
    // Waiting since Monday 2026-12-07.
    let since = d("2026-12-07");
    let cases = [
        ("2026-12-08", 0, false, None, false),
        ("2026-12-09", 0, false, Some(1), false),
        ("2026-12-09", 1, false, None, false),
        ("2026-12-10", 1, false, None, false),
        ("2026-12-11", 1, false, Some(2), false),
        ("2026-12-12", 2, false, None, false), // Saturday: nothing new
        ("2026-12-14", 2, false, None, true),  // 5 business days: escalate
        ("2026-12-14", 2, true, None, false),
        ("2026-12-15", 2, true, Some(3), false),
    ];
    for (today, reminded, escalated, reminder, escalate) in cases {
        let due = due(l, &c, since, d(today), reminded, escalated);
        assert_eq!(due.reminder, reminder, "{today} after {reminded}");
        assert_eq!(due.escalate, escalate, "{today}");
        assert!(!due.late, "{today} is on time");
    }
}

#[test]
fn a_missed_day_sends_the_latest_reminder_marked_late() {
    let c = calendar();
    // Due on Wednesday the 9th; nothing ran until Friday the 11th.
    let due = due(limits(2, 0), &c, d("2026-12-07"), d("2026-12-10"), 0, false);
    assert_eq!(due.reminder, Some(1));
    assert!(due.late);
    let due = super::due(limits(2, 0), &c, d("2026-12-07"), d("2026-12-16"), 0, false);
    assert_eq!(due.reminder, Some(3), "one mail for the three missed");
}

#[test]
fn weekends_and_holidays_do_not_count() {
    let c = calendar();
    // Waiting since Thursday the 24th: the 25th is a holiday, then a weekend.
    let since = d("2026-12-24");
    assert!(due(limits(2, 0), &c, since, d("2026-12-28"), 0, false).is_empty());
    assert_eq!(
        due(limits(2, 0), &c, since, d("2026-12-29"), 0, false).reminder,
        Some(1)
    );
    // Begun on a Saturday: counted from Monday.
    assert!(due(limits(1, 0), &c, d("2026-12-12"), d("2026-12-14"), 0, false).is_empty());
    assert_eq!(
        due(limits(1, 0), &c, d("2026-12-12"), d("2026-12-15"), 0, false).reminder,
        Some(1)
    );
}

#[test]
fn zero_turns_each_off() {
    let c = calendar();
    let since = d("2026-12-01");
    let late = d("2027-03-01");
    assert!(due(limits(0, 0), &c, since, late, 0, false).is_empty());
    assert!(due(limits(0, 5), &c, since, late, 0, false)
        .reminder
        .is_none());
    assert!(!due(limits(2, 0), &c, since, late, 0, false).escalate);
    assert_eq!(limits(0, 0).attention_day(&c, since), None);
    assert_eq!(limits(0, 5).attention_day(&c, since), Some(d("2026-12-08")));
    assert_eq!(limits(2, 5).attention_day(&c, since), Some(d("2026-12-03")));
}

fn link(head: Option<&str>) -> Link {
    Link {
        head_user_id: head.map(Into::into),
    }
}

/// Sales (head S) → Commercial (head C) → the company (head D, director);
/// IT (head T) → the company.
fn org() -> Org {
    Org {
        department_chain: vec![link(Some("S")), link(Some("C")), link(Some("D"))],
        it_chain: vec![link(Some("T")), link(Some("D"))],
        ..Org::default()
    }
}

#[test]
fn the_superior_is_the_next_head_up_the_steps_chain() {
    let p = Policy::default();
    let o = org();
    let r = u("requester");
    let up = |kind, holder: &str| superior(kind, Some(&u(holder)), &r, &[], false, &p, &o);
    assert_eq!(up(StepKind::DepartmentHead, "S"), Some(u("C")));
    assert_eq!(up(StepKind::DepartmentHead, "C"), Some(u("D")));
    assert_eq!(
        up(StepKind::DepartmentHead, "D"),
        None,
        "nobody above the director"
    );
    assert_eq!(up(StepKind::ItHead, "T"), Some(u("D")));
    assert_eq!(
        superior(StepKind::Finance, None, &r, &[], true, &p, &o),
        Some(u("D")),
        "a finance step goes to the director"
    );
    assert_eq!(up(StepKind::Director, "D"), None);
}

#[test]
fn the_superior_skips_whom_the_rules_exclude() {
    let o = org();
    let p = Policy {
        fallback_approver_id: Some(u("F")),
        ..Policy::default()
    };
    // C is the requester: past C to D.
    let s = superior(
        StepKind::DepartmentHead,
        Some(&u("S")),
        &u("C"),
        &[],
        false,
        &p,
        &o,
    );
    assert_eq!(s, Some(u("D")));
    // Under four eyes in a money chain, D decided an earlier step: the fallback.
    let s = superior(
        StepKind::DepartmentHead,
        Some(&u("C")),
        &u("x"),
        &[u("D")],
        true,
        &p,
        &o,
    );
    assert_eq!(s, Some(u("F")));
    // Not a money chain: D may take it.
    let s = superior(
        StepKind::DepartmentHead,
        Some(&u("C")),
        &u("x"),
        &[u("D")],
        false,
        &p,
        &o,
    );
    assert_eq!(s, Some(u("D")));
    // The director's step goes to the fallback, never back to the director.
    let s = superior(
        StepKind::Director,
        Some(&u("D")),
        &u("x"),
        &[],
        true,
        &p,
        &o,
    );
    assert_eq!(s, Some(u("F")));
    // The fallback holding it has nobody above.
    let s = superior(
        StepKind::DepartmentHead,
        Some(&u("F")),
        &u("x"),
        &[],
        false,
        &p,
        &o,
    );
    assert_eq!(s, None);
}

#[test]
fn the_superior_is_never_whom_the_requester_stands_in_for() {
    let mut o = org();
    o.delegates.insert(u("C"), vec![u("requester")]);
    let p = Policy::default();
    let s = superior(
        StepKind::DepartmentHead,
        Some(&u("S")),
        &u("requester"),
        &[],
        false,
        &p,
        &o,
    );
    assert_eq!(s, Some(u("D")));
}
