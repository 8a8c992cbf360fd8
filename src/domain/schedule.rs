//! Cron expressions as operators write them. Accepts the classic 5-field
//! Unix form (minute first) as well as the 6/7-field form with seconds,
//! and explains mistakes in our own words (the `cron` crate's messages are
//! misleading for the 5-field case).

use std::str::FromStr;

use cron::Schedule;

pub fn parse_cron(expression: &str) -> Result<Schedule, String> {
    let expression = expression.trim();
    let fields = expression.split_whitespace().count();
    let normalized = match fields {
        5 => format!("0 {expression}"),
        6 | 7 => expression.to_owned(),
        n => {
            return Err(format!(
                "has {n} fields; expected 5 (minute hour day month weekday) or 6–7 (with seconds first)"
            ))
        }
    };
    Schedule::from_str(&normalized).map_err(|e| {
        format!("is not a valid cron expression ({e}); use day names (Wed) rather than numbers for weekdays")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_five_six_and_seven_fields() {
        for ok in [
            "0 9 * * Wed",
            "0 0 9 * * Wed",
            "0 0 9 25 * * *",
            "0 9 25 * *",
        ] {
            assert!(parse_cron(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_nonsense_with_a_reason() {
        let err = parse_cron("every wednesday").unwrap_err();
        assert!(err.contains("2 fields"), "{err}");
        assert!(parse_cron("0 99 * * *").is_err());
    }
}
