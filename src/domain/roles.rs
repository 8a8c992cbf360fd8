//! The five roles of docs/design.md#roles and what they may do.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Employee,
    Approver,
    ItSpecialist,
    Finance,
    Admin,
}

impl Role {
    pub(crate) const ALL: [Role; 5] = [
        Role::Employee,
        Role::Approver,
        Role::ItSpecialist,
        Role::Finance,
        Role::Admin,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Role::Employee => "employee",
            Role::Approver => "approver",
            Role::ItSpecialist => "it_specialist",
            Role::Finance => "finance",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Role::ALL.iter().map(|r| r.as_str()).collect();
                format!("unknown role `{s}`; expected one of {}", names.join(", "))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("root".parse::<Role>().is_err());
    }
}
