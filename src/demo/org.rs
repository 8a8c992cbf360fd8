//! The demo organisation: a department tree under a management root (the
//! director heads it), a head for every department, IT specialists, finance
//! officers, an administrator, employees, and a few delegations.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::dice::Dice;
use super::Sizes;
use crate::db::delegations::DelegationRow;
use crate::db::departments::DepartmentRow;
use crate::db::time;
use crate::domain::approval::{Link, Org};
use crate::domain::ids::{DepartmentId, UserId};
use crate::domain::roles::Role;

pub(crate) const EMAIL_DOMAIN: &str = "demo.example.com";

const TOP: [(&str, &str); 10] = [
    ("IT", "Information Technology"),
    ("FIN", "Finance"),
    ("SAL", "Sales"),
    ("OPS", "Operations"),
    ("ENG", "Engineering"),
    ("SUP", "Customer Support"),
    ("HR", "Human Resources"),
    ("MKT", "Marketing"),
    ("PRC", "Procurement"),
    ("LEG", "Legal"),
];
/// Divisions that grow teams at the larger sizes.
const DIVIDED: [&str; 7] = ["SAL", "OPS", "ENG", "SUP", "MKT", "HR", "PRC"];
const TEAMS: [(&str, &str); 4] = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West")];
const FIRST: [&str; 24] = [
    "Anna", "Oleh", "Maria", "Taras", "Iryna", "Dmytro", "Sofia", "Andrii", "Olena", "Petro",
    "Kateryna", "Yurii", "Nadia", "Bohdan", "Halyna", "Ivan", "Lesia", "Mykola", "Zoria", "Roman",
    "Vira", "Serhii", "Daryna", "Maksym",
];
const LAST: [&str; 20] = [
    "Kovalenko",
    "Shevchenko",
    "Bondarenko",
    "Tkachenko",
    "Kravets",
    "Oliinyk",
    "Melnyk",
    "Polishchuk",
    "Lysenko",
    "Marchenko",
    "Savchenko",
    "Rudenko",
    "Moroz",
    "Pavlenko",
    "Klymenko",
    "Hnatiuk",
    "Boiko",
    "Ponomarenko",
    "Vovk",
    "Zinchenko",
];

pub(crate) struct DemoUser {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub department: usize,
    pub roles: Vec<Role>,
}

pub(crate) struct DemoOrg {
    pub departments: Vec<DepartmentRow>,
    /// Parent index of each department (`None` for the root).
    pub parents: Vec<Option<usize>>,
    pub users: Vec<DemoUser>,
    pub it_department: usize,
    /// Users who only hold the employee role, by department.
    pub employees_by_department: Vec<Vec<usize>>,
    pub it_specialists: Vec<usize>,
    pub finance: Vec<usize>,
    pub delegations: Vec<DelegationRow>,
}

impl DemoOrg {
    pub(crate) fn build(dice: &mut Dice, sizes: &Sizes, now: DateTime<Utc>) -> Self {
        let stamp = time::to_db(now - Duration::days(400));
        let (plan, parents) = department_plan(sizes);
        let mut departments: Vec<DepartmentRow> = plan
            .iter()
            .map(|(code, name)| DepartmentRow {
                id: DepartmentId::new(dice.id(now - Duration::days(400))),
                code: code.clone(),
                name: name.clone(),
                parent_id: None,
                head_user_id: None,
                is_it: code == "IT",
                version: 1,
                created_at: stamp,
                updated_at: stamp,
            })
            .collect();
        for (d, parent) in parents.iter().enumerate() {
            departments[d].parent_id = parent.map(|p| departments[p].id.clone());
        }
        let it_department = plan.iter().position(|(c, _)| c == "IT").unwrap_or(0);
        let finance_department = plan.iter().position(|(c, _)| c == "FIN").unwrap_or(0);
        let mut org = DemoOrg {
            departments,
            parents,
            users: Vec::new(),
            it_department,
            employees_by_department: vec![Vec::new(); plan.len()],
            it_specialists: Vec::new(),
            finance: Vec::new(),
            delegations: Vec::new(),
        };
        org.add_heads(dice, now);
        let specialists = 2 + sizes.users / 250;
        for n in 1..=specialists {
            let u = org.add_user(
                dice,
                now,
                &format!("it{n}"),
                it_department,
                &[Role::ItSpecialist],
            );
            org.it_specialists.push(u);
        }
        for n in 1..=(1 + sizes.users / 400) {
            let u = org.add_user(
                dice,
                now,
                &format!("finance{n}"),
                finance_department,
                &[Role::Finance],
            );
            org.finance.push(u);
        }
        org.add_user(dice, now, "admin", it_department, &[Role::Admin]);
        org.add_employees(dice, now, sizes.users.saturating_sub(org.users.len()));
        org.add_delegations(dice, now);
        org
    }

    fn add_user(
        &mut self,
        dice: &mut Dice,
        now: DateTime<Utc>,
        login: &str,
        department: usize,
        extra: &[Role],
    ) -> usize {
        let name = format!("{} {}", dice.pick(&FIRST), dice.pick(&LAST));
        let mut roles = vec![Role::Employee];
        roles.extend_from_slice(extra);
        self.users.push(DemoUser {
            id: UserId::new(dice.id(now - Duration::days(400))),
            email: format!("{login}@{EMAIL_DOMAIN}"),
            name,
            department,
            roles,
        });
        self.users.len() - 1
    }

    fn add_heads(&mut self, dice: &mut Dice, now: DateTime<Utc>) {
        for d in 0..self.departments.len() {
            let code = self.departments[d].code.to_lowercase();
            let mut extra = vec![Role::Approver];
            match self.departments[d].code.as_str() {
                "IT" => extra.push(Role::ItSpecialist),
                "FIN" => extra.push(Role::Finance),
                _ => {}
            }
            let login = if d == 0 {
                "director".to_owned()
            } else {
                format!("head.{code}")
            };
            let u = self.add_user(dice, now, &login, d, &extra);
            self.departments[d].head_user_id = Some(self.users[u].id.clone());
            if self.departments[d].code == "FIN" {
                self.finance.push(u);
            }
        }
    }

    /// Employees go to the working units: leaves, and the root's staff.
    fn add_employees(&mut self, dice: &mut Dice, now: DateTime<Utc>, count: usize) {
        let weights: Vec<f64> = (0..self.departments.len())
            .map(|d| {
                if self.parents.contains(&Some(d)) {
                    0.2
                } else {
                    1.0
                }
            })
            .collect();
        for n in 1..=count {
            let d = dice.weighted(&weights);
            let login = if n == 1 {
                "employee".to_owned()
            } else {
                format!("{}.{}.{n}", dice.pick(&FIRST), dice.pick(&LAST)).to_lowercase()
            };
            let u = self.add_user(dice, now, &login, d, &[]);
            self.employees_by_department[d].push(u);
        }
    }

    /// One head in four names a delegate: some windows are over, some run
    /// today (so their delegates see work awaiting them), some are ahead.
    fn add_delegations(&mut self, dice: &mut Dice, now: DateTime<Utc>) {
        let today = now.date_naive();
        for d in 1..self.departments.len() {
            let Some(delegate) = self.employees_by_department[d].first().copied() else {
                continue;
            };
            if d % 4 != 1 {
                continue;
            }
            let Some(head) = self.departments[d].head_user_id.clone() else {
                continue;
            };
            let starts: NaiveDate = today + Duration::days(dice.between(-30, 10));
            self.delegations.push(DelegationRow {
                id: dice.id(now - Duration::days(31)),
                approver_id: head,
                delegate_id: self.users[delegate].id.clone(),
                starts_on: starts,
                ends_on: starts + Duration::days(dice.between(3, 21)),
                created_at: time::to_db(now - Duration::days(31)),
                revoked_at: None,
            });
        }
    }

    /// What the approval chain needs for an application of `department`.
    pub(crate) fn chain_org(&self, department: usize) -> Org {
        let links = |mut d: usize| {
            let mut chain = vec![];
            loop {
                chain.push(Link {
                    head_user_id: self.departments[d].head_user_id.clone(),
                });
                match self.parents[d] {
                    Some(p) => d = p,
                    None => return chain,
                }
            }
        };
        Org {
            department_chain: links(department),
            it_chain: links(self.it_department),
            finance_users: self
                .finance
                .iter()
                .map(|&u| self.users[u].id.clone())
                .collect(),
            delegates: Default::default(),
        }
    }
}

/// `(code, name)` per department and each one's parent; the root is first.
fn department_plan(sizes: &Sizes) -> (Vec<(String, String)>, Vec<Option<usize>>) {
    let mut plan = vec![("MGT".to_owned(), "Management".to_owned())];
    let mut parents = vec![None];
    for (code, name) in TOP.iter().take(sizes.top_departments) {
        plan.push((code.to_string(), name.to_string()));
        parents.push(Some(0));
        let top = plan.len() - 1;
        if DIVIDED.contains(code) {
            for (suffix, region) in TEAMS.iter().take(sizes.teams_per_division) {
                plan.push((format!("{code}-{suffix}"), format!("{name} {region}")));
                parents.push(Some(top));
            }
        }
    }
    (plan, parents)
}
