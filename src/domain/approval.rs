//! The approval policy and how it becomes the ordered chain of steps stored on an
//! application at submit (docs/design.md#approval-chain). Nobody approves their
//! own application: a step that would land on the requester (or on someone the
//! requester stands in for as delegate) moves up to the next head, then to the
//! policy's fallback approver, and is never silently skipped.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::applications::Category;
use super::budget_check::BudgetCheck;
use super::ids::{DepartmentId, UserId};
use super::input::{Amount, Text};
use super::roles::Role;
use super::vocabulary::text_enum;
use crate::error::FieldErrors;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Policy {
    /// ISO 4217 code all amounts are in.
    pub currency: Text<3>,
    /// Lines of these categories need the head of IT (standardisation check).
    pub it_review_categories: Vec<Category>,
    /// Totals at or above this need finance.
    pub finance_threshold: Amount,
    /// Totals at or above this need the director (head of the root department).
    pub director_threshold: Amount,
    /// Who decides when the chain runs out of heads (e.g. the director's own
    /// application); `None` refuses such submissions with a clear error.
    #[serde(default)]
    pub fallback_approver_id: Option<UserId>,
    /// The kinds of step this policy uses; a kind left out is never planned
    /// (its threshold or categories then do nothing). Always in chain order
    /// whatever order it is given in; at least one, since nothing is ordered
    /// without an approval.
    #[serde(default = "all_steps")]
    pub steps: Vec<StepKind>,
    /// Longest delegation an approver may give, in days (start and end included).
    #[serde(default = "default_max_delegation_days")]
    pub max_delegation_days: i64,
    /// An order may exceed the approved total by the larger of this share
    /// (in percent) and [`Policy::order_tolerance_amount`]; beyond, the
    /// difference goes through a new round of approval.
    #[serde(default = "default_tolerance_percent")]
    pub order_tolerance_percent: Amount,
    #[serde(default = "default_tolerance_amount")]
    pub order_tolerance_amount: Amount,
    /// Whether an IT specialist may order and receive their own application
    /// (an organisation with one IT specialist); each time is audited and
    /// finance is told.
    #[serde(default)]
    pub allow_self_fulfilment: bool,
    /// Four eyes where money is concerned: the finance and director steps
    /// are decided by someone who decides no earlier step of the chain.
    /// Off only for an organisation too small to staff it.
    #[serde(default = "yes")]
    pub four_eyes: bool,
    /// Who may name another department than their own as the one that pays
    /// (and so whose head decides): holders of these roles. Everyone else
    /// charges their own department.
    #[serde(default = "default_other_payer_roles")]
    pub other_payer_roles: Vec<Role>,
    /// Whether the finance user who generated a budget revision may approve
    /// it (an organisation with one finance user). Each such approval is
    /// marked `self_approved` on the revision.
    #[serde(default)]
    pub budget_self_approval: bool,
    /// Whether consecutive steps must be decided by different people: when
    /// the department head is also the head of IT, the IT step then goes
    /// up the IT chain instead of one decision covering both.
    #[serde(default)]
    pub distinct_steps: bool,
    /// A need still open more than this many days after its due date (by
    /// the period's first day) is stale in budgets: listed for action, no
    /// longer counted against the limits.
    #[serde(default = "default_stale_after_days")]
    pub stale_after_days: i64,
    /// Whoever can decide a waiting step is reminded after this many
    /// business days, and again every as many (0: no reminders).
    #[serde(default = "default_remind_after")]
    pub remind_after_business_days: u32,
    /// After this many business days the decider's superior is told
    /// (0: never).
    #[serde(default = "default_escalate_after")]
    pub escalate_after_business_days: u32,
    /// Whether an escalation also hands the step to that superior.
    #[serde(default)]
    pub escalation_moves_step: bool,
    /// The hour (0–23, organisation time) the day's reminders go out.
    #[serde(default = "default_reminder_hour")]
    pub reminder_hour: u32,
    /// What an approval that would go over a budget limit does
    /// (docs/design.md#budget-check).
    #[serde(default)]
    pub budget_check: BudgetCheck,
}

fn default_remind_after() -> u32 {
    2
}

fn default_escalate_after() -> u32 {
    5
}

fn default_reminder_hour() -> u32 {
    9
}

fn default_stale_after_days() -> i64 {
    30
}

fn default_other_payer_roles() -> Vec<Role> {
    vec![Role::ItSpecialist, Role::Finance, Role::Admin]
}

fn yes() -> bool {
    true
}

fn default_tolerance_percent() -> Amount {
    Amount::new(Decimal::TEN).unwrap_or_default()
}

fn default_tolerance_amount() -> Amount {
    Amount::new(Decimal::new(5_000, 2)).unwrap_or_default()
}

fn default_max_delegation_days() -> i64 {
    90
}

fn all_steps() -> Vec<StepKind> {
    StepKind::ALL.to_vec()
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            currency: Text::truncated("EUR"),
            it_review_categories: vec![Category::Hardware, Category::Software],
            finance_threshold: Amount::new(Decimal::new(100_000, 2)).unwrap_or_default(),
            director_threshold: Amount::new(Decimal::new(1_000_000, 2)).unwrap_or_default(),
            fallback_approver_id: None,
            steps: all_steps(),
            max_delegation_days: default_max_delegation_days(),
            order_tolerance_percent: default_tolerance_percent(),
            order_tolerance_amount: default_tolerance_amount(),
            allow_self_fulfilment: false,
            four_eyes: true,
            other_payer_roles: default_other_payer_roles(),
            budget_self_approval: false,
            distinct_steps: false,
            stale_after_days: default_stale_after_days(),
            remind_after_business_days: default_remind_after(),
            escalate_after_business_days: default_escalate_after(),
            escalation_moves_step: false,
            reminder_hour: default_reminder_hour(),
            budget_check: BudgetCheck::default(),
        }
    }
}

impl Policy {
    /// Whether someone holding `roles` in `own` may charge `payer`.
    pub(crate) fn may_charge(
        &self,
        roles: &[Role],
        own: Option<&DepartmentId>,
        payer: &DepartmentId,
    ) -> bool {
        own == Some(payer) || roles.iter().any(|r| self.other_payer_roles.contains(r))
    }

    /// The policy with its amounts of money written with two decimals
    /// (`2000` is stored and shown as `2000.00`); call after [`Policy::check`].
    pub(crate) fn with_cents(mut self) -> Self {
        for amount in [
            &mut self.finance_threshold,
            &mut self.director_threshold,
            &mut self.order_tolerance_amount,
        ] {
            let mut value = amount.get();
            value.rescale(2);
            *amount = Amount::new(value).unwrap_or(*amount);
        }
        self
    }

    pub(crate) fn uses(&self, kind: StepKind) -> bool {
        self.steps.contains(&kind)
    }

    pub(crate) fn check(&self, errors: &mut FieldErrors) {
        if self.steps.is_empty() {
            errors.add(
                "steps",
                "required",
                "keep at least one step: nothing is ordered without an approval",
            );
        }
        for (i, kind) in self.steps.iter().enumerate() {
            if self.steps[..i].contains(kind) {
                errors.add(
                    format!("steps[{i}]"),
                    "duplicate",
                    format!("{} is listed twice", kind.as_str()),
                );
            }
        }
        let code_ok =
            self.currency.len() == 3 && self.currency.chars().all(|c| c.is_ascii_uppercase());
        if !code_ok {
            errors.add(
                "currency",
                "invalid_currency",
                "must be a three-letter ISO 4217 code such as EUR",
            );
        }
        for (i, role) in self.other_payer_roles.iter().enumerate() {
            if self.other_payer_roles[..i].contains(role) {
                errors.add(
                    format!("other_payer_roles[{i}]"),
                    "duplicate",
                    format!("{} is listed twice", role.as_str()),
                );
            }
        }
        if !(1..=3650).contains(&self.stale_after_days) {
            errors.add(
                "stale_after_days",
                "out_of_range",
                "must be between 1 and 3650",
            );
        }
        for (field, value) in [
            (
                "remind_after_business_days",
                self.remind_after_business_days,
            ),
            (
                "escalate_after_business_days",
                self.escalate_after_business_days,
            ),
        ] {
            if value > 250 {
                errors.add(
                    field,
                    "out_of_range",
                    "must be between 0 (off) and 250 business days",
                );
            }
        }
        if self.reminder_hour > 23 {
            errors.add(
                "reminder_hour",
                "out_of_range",
                "must be an hour from 0 to 23",
            );
        }
        if !(1..=366).contains(&self.max_delegation_days) {
            errors.add(
                "max_delegation_days",
                "out_of_range",
                "must be between 1 and 366",
            );
        }
        if !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&self.order_tolerance_percent.get()) {
            errors.add(
                "order_tolerance_percent",
                "out_of_range",
                "must be between 0 and 100",
            );
        }
        for (field, value) in [
            ("finance_threshold", self.finance_threshold.get()),
            ("director_threshold", self.director_threshold.get()),
            ("order_tolerance_amount", self.order_tolerance_amount.get()),
        ] {
            if value < Decimal::ZERO || value.normalize().scale() > 2 {
                errors.add(
                    field,
                    "invalid_amount",
                    "must be an amount ≥ 0 with at most 2 decimals",
                );
            }
        }
    }
}

text_enum!(
    /// The kinds of approval step, in the order a chain runs them.
    StepKind {
        DepartmentHead = "department_head",
        ItHead = "it_head",
        Finance = "finance",
        Director = "director",
    }
);

impl StepKind {
    /// Steps where money is decided: four eyes apply (see [`Policy::four_eyes`]).
    pub(crate) fn is_money(self) -> bool {
        matches!(self, StepKind::Finance | StepKind::Director)
    }
}

text_enum!(
    /// A step's life: one `pending` step per open round decides now, the
    /// later ones are `waiting`; a decision or the end of the round closes it.
    StepStatus {
        Waiting = "waiting",
        Pending = "pending",
        Approved = "approved",
        Returned = "returned",
        Rejected = "rejected",
        Cancelled = "cancelled",
    }
);

/// Who decides a step: one person, or anyone holding a role (finance).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Approver {
    User(UserId),
    Finance,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlannedStep {
    pub kind: StepKind,
    pub approver: Approver,
}

/// A department and its head, as one link of a chain to the root.
#[derive(Debug, Clone)]
pub(crate) struct Link {
    pub head_user_id: Option<UserId>,
}

/// What the chain needs to know about the organisation, gathered by the caller.
#[derive(Debug, Clone, Default)]
pub(crate) struct Org {
    /// The application's department, then its parents up to the root.
    pub department_chain: Vec<Link>,
    /// The IT department, then its parents; empty when there is none.
    pub it_chain: Vec<Link>,
    /// Active finance users; any four of them are enough for the rule, which
    /// only asks whether one other than the requester and the earlier
    /// steps' deciders exists.
    pub finance_users: Vec<UserId>,
    /// Approver → delegates acting for them today.
    pub delegates: HashMap<UserId, Vec<UserId>>,
}

/// Why no chain can be formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NoApprover {
    pub kind: StepKind,
    pub gap: Gap,
    pub reason: String,
}

text_enum!(
    /// What is missing for a step to have someone to decide it, so a page
    /// can say it in the reader's words and what to change: `no_person`
    /// (no head up the chain but the requester, and no fallback),
    /// `no_it_department` (IT review needed, no department is IT),
    /// `no_finance_user` (none besides the requester and the other
    /// deciders), `director_decides_earlier` (four eyes need another).
    Gap {
        NoPerson = "no_person",
        NoItDepartment = "no_it_department",
        NoFinanceUser = "no_finance_user",
        DirectorDecidesEarlier = "director_decides_earlier",
    }
);

/// The ordered steps for an application of `total` with lines in `categories`.
pub(crate) fn plan_chain(
    policy: &Policy,
    requester: &UserId,
    total: Decimal,
    categories: &[Category],
    org: &Org,
) -> Result<Vec<PlannedStep>, NoApprover> {
    let mut steps = Vec::new();
    let person = |kind: StepKind,
                  chain: &[Link],
                  what: &str,
                  avoid: Option<&UserId>|
     -> Result<PlannedStep, NoApprover> {
        let allowed = |id: &UserId| eligible(id, requester, org) && Some(id) != avoid;
        first_eligible(chain, &allowed)
            .or_else(|| policy.fallback_approver_id.clone().filter(|f| allowed(f)))
            .map(|id| PlannedStep { kind, approver: Approver::User(id) })
            .ok_or_else(|| NoApprover {
                kind,
                gap: Gap::NoPerson,
                reason: format!("no {what} other than the requester; set a head or the policy's fallback approver"),
            })
    };
    if policy.uses(StepKind::DepartmentHead) {
        steps.push(person(
            StepKind::DepartmentHead,
            &org.department_chain,
            "department head",
            None,
        )?);
    }
    if policy.uses(StepKind::ItHead)
        && categories
            .iter()
            .any(|c| policy.it_review_categories.contains(c))
    {
        if org.it_chain.is_empty() {
            return Err(NoApprover {
                kind: StepKind::ItHead,
                gap: Gap::NoItDepartment,
                reason: "no department is marked as the IT department".into(),
            });
        }
        // With distinct steps, the head of IT is not the department head
        // who decides just before: the step goes up the IT chain.
        let previous = match steps.last() {
            Some(PlannedStep {
                approver: Approver::User(id),
                ..
            }) if policy.distinct_steps => Some(id.clone()),
            _ => None,
        };
        steps.push(person(
            StepKind::ItHead,
            &org.it_chain,
            "head of IT",
            previous.as_ref(),
        )?);
    }
    if policy.uses(StepKind::Finance) && total >= policy.finance_threshold.get() {
        let earlier = earlier_deciders(&steps, policy);
        if !org
            .finance_users
            .iter()
            .any(|f| f != requester && !earlier.contains(&f))
        {
            return Err(NoApprover {
                kind: StepKind::Finance,
                gap: Gap::NoFinanceUser,
                reason: "no finance user other than the requester and the earlier steps' deciders"
                    .into(),
            });
        }
        steps.push(PlannedStep {
            kind: StepKind::Finance,
            approver: Approver::Finance,
        });
    }
    if policy.uses(StepKind::Director) && total >= policy.director_threshold.get() {
        let root = org
            .department_chain
            .last()
            .cloned()
            .into_iter()
            .collect::<Vec<_>>();
        let director = person(
            StepKind::Director,
            &root,
            "director (head of the root department)",
            None,
        )?;
        let director = four_eyes_director(director, &steps, policy, requester, org)?;
        check_finance_besides(&director, &steps, policy, requester, org)?;
        steps.push(director);
    }
    // Nothing is ordered without an approval: when no step the policy keeps
    // applies (say, only finance is kept and the total is below its
    // threshold), the department head decides.
    if steps.is_empty() {
        steps.push(person(
            StepKind::DepartmentHead,
            &org.department_chain,
            "department head",
            None,
        )?);
    }
    Ok(steps)
}

/// The people already deciding a step, when four eyes apply.
fn earlier_deciders<'a>(steps: &'a [PlannedStep], policy: &Policy) -> Vec<&'a UserId> {
    if !policy.four_eyes {
        return Vec::new();
    }
    steps
        .iter()
        .filter_map(|s| match &s.approver {
            Approver::User(id) => Some(id),
            Approver::Finance => None,
        })
        .collect()
}

/// The director step under four eyes: a director who already decides an
/// earlier step hands it to the policy's fallback approver, if that is
/// someone else again; otherwise no chain can be formed.
fn four_eyes_director(
    director: PlannedStep,
    earlier: &[PlannedStep],
    policy: &Policy,
    requester: &UserId,
    org: &Org,
) -> Result<PlannedStep, NoApprover> {
    let taken = earlier_deciders(earlier, policy);
    let Approver::User(id) = &director.approver else {
        return Ok(director);
    };
    if !taken.contains(&id) {
        return Ok(director);
    }
    policy
        .fallback_approver_id
        .clone()
        .filter(|f| !taken.contains(&f) && eligible(f, requester, org))
        .map(|f| PlannedStep {
            kind: StepKind::Director,
            approver: Approver::User(f),
        })
        .ok_or_else(|| NoApprover {
            kind: StepKind::Director,
            gap: Gap::DirectorDecidesEarlier,
            reason: "the director already decides an earlier step, and four eyes need someone else: set the policy's fallback approver (or turn four_eyes off)".into(),
        })
}

/// Under four eyes a finance step needs a finance user who is neither an
/// earlier decider nor the director deciding after it: otherwise the one
/// person who could decide finance would then be barred from the director
/// step, and the application would wait for ever.
fn check_finance_besides(
    director: &PlannedStep,
    steps: &[PlannedStep],
    policy: &Policy,
    requester: &UserId,
    org: &Org,
) -> Result<(), NoApprover> {
    let has_finance = steps.iter().any(|s| s.kind == StepKind::Finance);
    let Approver::User(director_id) = &director.approver else {
        return Ok(());
    };
    if !has_finance || !policy.four_eyes {
        return Ok(());
    }
    let earlier = earlier_deciders(steps, policy);
    let someone = org
        .finance_users
        .iter()
        .any(|f| f != requester && f != director_id && !earlier.contains(&f));
    if someone {
        Ok(())
    } else {
        Err(NoApprover {
            kind: StepKind::Finance,
            gap: Gap::NoFinanceUser,
            reason:
                "no finance user other than the requester, the earlier deciders and the director"
                    .into(),
        })
    }
}

/// The first head up the chain who is not the requester and for whom the
/// requester is not standing in as delegate.
fn first_eligible(chain: &[Link], allowed: &dyn Fn(&UserId) -> bool) -> Option<UserId> {
    chain
        .iter()
        .filter_map(|link| link.head_user_id.clone())
        .find(|head| allowed(head))
}

/// Whether `approver` may decide `requester`'s application: not their own,
/// nor one of someone the requester stands in for.
pub(crate) fn eligible(approver: &UserId, requester: &UserId, org: &Org) -> bool {
    approver != requester
        && !org
            .delegates
            .get(approver)
            .is_some_and(|ds| ds.iter().any(|d| d == requester))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn link(dep: &str, head: Option<&str>) -> Link {
        let _ = dep; // named in the tables for the reader
        Link {
            head_user_id: head.map(Into::into),
        }
    }

    fn org() -> Org {
        Org {
            department_chain: vec![
                link("ops", Some("ops_head")),
                link("root", Some("director")),
            ],
            it_chain: vec![link("it", Some("it_head")), link("root", Some("director"))],
            finance_users: vec!["fin".into()],
            delegates: HashMap::new(),
        }
    }

    #[test]
    fn amounts_of_money_keep_two_decimals() {
        let p = Policy {
            finance_threshold: Amount::new(d("2000")).unwrap(),
            director_threshold: Amount::new(d("12500.5")).unwrap(),
            ..Policy::default()
        }
        .with_cents();
        assert_eq!(p.finance_threshold.get().to_string(), "2000.00");
        assert_eq!(p.director_threshold.get().to_string(), "12500.50");
        assert_eq!(p.order_tolerance_amount.get().to_string(), "50.00");
        assert_eq!(p.order_tolerance_percent.get().to_string(), "10");
    }

    fn kinds(steps: &[PlannedStep]) -> Vec<(StepKind, Approver)> {
        steps.iter().map(|s| (s.kind, s.approver.clone())).collect()
    }

    fn user(id: &str) -> Approver {
        Approver::User(id.into())
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// The department head who also heads IT: one person twice by default
    /// (one decision then covers both), or, with distinct steps, the IT
    /// step goes up the IT chain.
    #[test]
    fn distinct_steps_send_the_it_step_up_when_one_person_holds_both() {
        let mut o = org();
        o.it_chain = vec![link("it", Some("ops_head")), link("root", Some("director"))];
        let hardware = [Category::Hardware];
        let same = plan_chain(&Policy::default(), &"emp".into(), d("10"), &hardware, &o).unwrap();
        assert_eq!(
            kinds(&same),
            [
                (StepKind::DepartmentHead, user("ops_head")),
                (StepKind::ItHead, user("ops_head"))
            ]
        );
        let distinct = Policy {
            distinct_steps: true,
            ..Policy::default()
        };
        let apart = plan_chain(&distinct, &"emp".into(), d("10"), &hardware, &o).unwrap();
        assert_eq!(
            kinds(&apart),
            [
                (StepKind::DepartmentHead, user("ops_head")),
                (StepKind::ItHead, user("director"))
            ]
        );
    }

    #[test]
    fn four_eyes_keep_money_steps_from_earlier_deciders() {
        // An employee at the root: their department head is the director.
        let mut o = org();
        o.department_chain = vec![link("root", Some("director"))];
        let strict = Policy::default();
        let err =
            plan_chain(&strict, &"emp".into(), d("20000"), &[Category::Other], &o).unwrap_err();
        assert_eq!(err.kind, StepKind::Director);
        let with_fallback = Policy {
            fallback_approver_id: Some(UserId::new("board")),
            ..Policy::default()
        };
        let steps = plan_chain(
            &with_fallback,
            &"emp".into(),
            d("20000"),
            &[Category::Other],
            &o,
        )
        .unwrap();
        assert_eq!(steps[0].approver, user("director"));
        assert_eq!(steps.last().unwrap().approver, user("board"));
        // The only finance user already decides the department-head step.
        let mut o = org();
        o.department_chain = vec![link("ops", Some("fin")), link("root", Some("director"))];
        let err =
            plan_chain(&strict, &"emp".into(), d("2000"), &[Category::Other], &o).unwrap_err();
        assert_eq!(err.kind, StepKind::Finance);
        assert_eq!(err.gap, Gap::NoFinanceUser);
        let lenient = Policy {
            four_eyes: false,
            ..Policy::default()
        };
        assert!(plan_chain(&lenient, &"emp".into(), d("2000"), &[Category::Other], &o).is_ok());
    }

    #[test]
    fn four_eyes_never_leave_the_director_as_the_only_finance_user() {
        let mut o = org();
        o.finance_users = vec!["director".into()];
        let err = plan_chain(
            &Policy::default(),
            &"emp".into(),
            d("20000"),
            &[Category::Other],
            &o,
        )
        .unwrap_err();
        assert_eq!(err.kind, StepKind::Finance);
        o.finance_users.push("fin".into());
        assert!(plan_chain(
            &Policy::default(),
            &"emp".into(),
            d("20000"),
            &[Category::Other],
            &o
        )
        .is_ok());
    }

    #[test]
    fn thresholds_at_just_below_and_above_each_bound() {
        use StepKind::*;
        let p = Policy::default();
        type Case<'a> = (&'a str, &'a [Category], Vec<(StepKind, Approver)>);
        let cases: Vec<Case> = vec![
            (
                "999.99",
                &[Category::Services],
                vec![(DepartmentHead, user("ops_head"))],
            ),
            (
                "1000.00",
                &[Category::Services],
                vec![
                    (DepartmentHead, user("ops_head")),
                    (Finance, Approver::Finance),
                ],
            ),
            (
                "9999.99",
                &[Category::Hardware],
                vec![
                    (DepartmentHead, user("ops_head")),
                    (ItHead, user("it_head")),
                    (Finance, Approver::Finance),
                ],
            ),
            (
                "10000.00",
                &[Category::Software, Category::Other],
                vec![
                    (DepartmentHead, user("ops_head")),
                    (ItHead, user("it_head")),
                    (Finance, Approver::Finance),
                    (Director, user("director")),
                ],
            ),
            (
                "10000.01",
                &[Category::Consumables],
                vec![
                    (DepartmentHead, user("ops_head")),
                    (Finance, Approver::Finance),
                    (Director, user("director")),
                ],
            ),
        ];
        for (total, cats, expected) in cases {
            let steps = plan_chain(&p, &"emp".into(), d(total), cats, &org()).unwrap();
            assert_eq!(kinds(&steps), expected, "{total} {cats:?}");
        }
    }

    #[test]
    fn self_approval_moves_up_at_every_step() {
        let p = Policy {
            fallback_approver_id: Some(UserId::new("board")),
            ..Policy::default()
        };
        // The department head files: their own step goes to the director.
        let steps =
            plan_chain(&p, &"ops_head".into(), d("10"), &[Category::Other], &org()).unwrap();
        assert_eq!(
            kinds(&steps),
            vec![(StepKind::DepartmentHead, user("director"))]
        );
        // The IT head files hardware: the IT step goes to the IT head's superior.
        let mut o = org();
        o.department_chain = vec![link("it", Some("it_head")), link("root", Some("director"))];
        let steps = plan_chain(&p, &"it_head".into(), d("10"), &[Category::Hardware], &o).unwrap();
        assert_eq!(
            kinds(&steps),
            vec![
                (StepKind::DepartmentHead, user("director")),
                (StepKind::ItHead, user("director"))
            ]
        );
        // The director files a large order: their own step goes to the
        // fallback, who cannot decide the director step too (four eyes).
        o.department_chain = vec![link("root", Some("director"))];
        let err =
            plan_chain(&p, &"director".into(), d("20000"), &[Category::Other], &o).unwrap_err();
        assert_eq!(err.kind, StepKind::Director);
        assert_eq!(err.gap, Gap::DirectorDecidesEarlier);
        let lenient = Policy {
            four_eyes: false,
            ..p.clone()
        };
        let steps = plan_chain(
            &lenient,
            &"director".into(),
            d("20000"),
            &[Category::Other],
            &o,
        )
        .unwrap();
        assert_eq!(steps.last().unwrap().approver, user("board"));
        assert_eq!(steps[0].approver, user("board"));
    }

    #[test]
    fn a_finance_requester_still_needs_another_finance_user() {
        let mut o = org();
        o.finance_users = vec!["fin".into()];
        let err = plan_chain(
            &Policy::default(),
            &"fin".into(),
            d("5000"),
            &[Category::Other],
            &o,
        )
        .unwrap_err();
        assert_eq!(err.kind, StepKind::Finance);
        o.finance_users.push("fin2".into());
        assert!(plan_chain(
            &Policy::default(),
            &"fin".into(),
            d("5000"),
            &[Category::Other],
            &o
        )
        .is_ok());
    }

    #[test]
    fn a_requester_who_is_the_approvers_delegate_does_not_decide() {
        let mut o = org();
        o.delegates.insert("ops_head".into(), vec!["emp".into()]);
        let steps = plan_chain(
            &Policy::default(),
            &"emp".into(),
            d("10"),
            &[Category::Other],
            &o,
        )
        .unwrap();
        assert_eq!(steps[0].approver, user("director"));
    }

    #[test]
    fn steps_switched_off_are_never_planned() {
        let all = [Category::Hardware];
        let cases: [(&[StepKind], &str, Vec<StepKind>); 4] = [
            (StepKind::ALL, "20000.00", StepKind::ALL.to_vec()),
            (
                &[StepKind::DepartmentHead, StepKind::Finance],
                "20000.00",
                vec![StepKind::DepartmentHead, StepKind::Finance],
            ),
            (
                &[StepKind::Director, StepKind::ItHead],
                "20000.00",
                vec![StepKind::ItHead, StepKind::Director],
            ),
            // None of the kept steps applies: the department head decides.
            (
                &[StepKind::Finance],
                "10.00",
                vec![StepKind::DepartmentHead],
            ),
        ];
        for (kept, total, expected) in cases {
            let policy = Policy {
                steps: kept.to_vec(),
                ..Policy::default()
            };
            let planned = plan_chain(&policy, &"emp".into(), d(total), &all, &org()).unwrap();
            let kinds: Vec<StepKind> = planned.iter().map(|s| s.kind).collect();
            assert_eq!(kinds, expected, "{kept:?} at {total}");
        }
    }

    #[test]
    fn a_policy_keeps_at_least_one_step_and_lists_each_once() {
        for (steps, field) in [
            (vec![], "steps"),
            (vec![StepKind::Finance, StepKind::Finance], "steps[1]"),
        ] {
            let mut errors = FieldErrors::new();
            Policy {
                steps,
                ..Policy::default()
            }
            .check(&mut errors);
            let Err(crate::error::AppError::Validation(list)) = errors.into_result() else {
                panic!("{field} accepted");
            };
            assert_eq!(list[0].field, field);
        }
        let stored_before_steps_existed = r#"{"currency":"EUR","it_review_categories":[],"finance_threshold":"1000.00","director_threshold":"10000.00"}"#;
        let policy: Policy = serde_json::from_str(stored_before_steps_existed).unwrap();
        assert_eq!(policy.steps, StepKind::ALL.to_vec());
    }

    #[test]
    fn no_head_anywhere_is_an_error_not_a_skip() {
        let mut o = org();
        o.department_chain = vec![link("ops", None), link("root", None)];
        let err = plan_chain(
            &Policy::default(),
            &"emp".into(),
            d("10"),
            &[Category::Other],
            &o,
        )
        .unwrap_err();
        assert_eq!(err.kind, StepKind::DepartmentHead);
        assert_eq!(err.gap, Gap::NoPerson);
        o.department_chain = vec![link("ops", Some("ops_head"))];
        o.it_chain.clear();
        let err = plan_chain(
            &Policy::default(),
            &"emp".into(),
            d("10"),
            &[Category::Hardware],
            &o,
        )
        .unwrap_err();
        assert_eq!(err.kind, StepKind::ItHead);
        assert_eq!(err.gap, Gap::NoItDepartment);
    }
}
