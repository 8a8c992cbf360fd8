//! Bounded request values. Every string, id and decimal that a request
//! carries is one of these types, so its limit is checked while the body is
//! parsed — before any work is done — and the 422 names the field. The API,
//! the CLI and the web UI all build their inputs from these types, so no
//! caller can skip a limit (docs/security.md lists them).
//!
//! What they guarantee:
//! - [`Text`]: at most `MAX` characters on one line, no control characters
//!   (NUL included: PostgreSQL cannot store it, and a line break in a name
//!   forges log lines and CSV rows).
//! - [`Prose`]: at most `MAX` characters; line breaks and tabs allowed, no
//!   other control character.
//! - [`Id`]: a UUID, kept in the canonical lower-case hyphenated form.
//! - [`Quantity`], [`Money`], [`Amount`]: a decimal *string* within the
//!   bound of its kind, so scaling it to the stored integer and summing a
//!   body's worth of them can never come near `i64`'s range. Sign and
//!   precision rules stay with each use case, which reports them all at once.
//!
//! Errors are serde messages of the form `code: message`; the extractor
//! turns them into `{field, code, message}`.

use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Largest quantity of one thing in one request value: 1,000,000,000 units.
pub(crate) const MAX_QUANTITY_UNITS: i64 = 1_000_000_000;
/// Largest price or cost of one line or unit: 100,000,000.00.
pub(crate) const MAX_MONEY_UNITS: i64 = 100_000_000;
/// Largest configured amount (budget limits, policy thresholds): 1,000,000,000,000.00.
pub(crate) const MAX_AMOUNT_UNITS: i64 = 1_000_000_000_000;

/// Why a string is not acceptable text, as `(code, message)`.
fn text_problem(value: &str, max: usize, multiline: bool) -> Option<(&'static str, String)> {
    // Byte length bounds the character count from above: most values skip the count.
    if value.len() > max && value.chars().count() > max {
        return Some(("too_long", format!("must be at most {max} characters")));
    }
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    if value.chars().any(|c| c.is_control() && !allowed(c)) {
        let what = if multiline {
            "must not contain control characters other than line breaks and tabs"
        } else {
            "must be one line without control characters"
        };
        return Some(("invalid_character", what.to_owned()));
    }
    None
}

macro_rules! bounded_text {
    ($(#[$doc:meta])* $name:ident, multiline = $multiline:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
        pub(crate) struct $name<const MAX: usize>(String);

        // One accessor set for every bounded text type; not each uses all.
        #[allow(dead_code)]
        impl<const MAX: usize> $name<MAX> {
            /// Checks `value` against the bound; the error is the message to show.
            pub(crate) fn new(value: impl Into<String>) -> Result<Self, String> {
                let value = value.into();
                match text_problem(&value, MAX, $multiline) {
                    Some((_, message)) => Err(message),
                    None => Ok(Self(value)),
                }
            }

            pub(crate) fn as_str(&self) -> &str {
                &self.0
            }

            pub(crate) fn into_string(self) -> String {
                self.0
            }

            /// For text the service builds itself from stored values: cut to
            /// `MAX` characters, control characters dropped (never fails).
            pub(crate) fn truncated(value: &str) -> Self {
                let allowed = |c: char| $multiline && matches!(c, '\n' | '\r' | '\t');
                Self(
                    value
                        .chars()
                        .filter(|c| !c.is_control() || allowed(*c))
                        .take(MAX)
                        .collect(),
                )
            }
        }

        impl<const MAX: usize> From<$name<MAX>> for String {
            fn from(v: $name<MAX>) -> String {
                v.0
            }
        }

        impl<const MAX: usize> Deref for $name<MAX> {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl<const MAX: usize> fmt::Display for $name<MAX> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<const MAX: usize> Serialize for $name<MAX> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de, const MAX: usize> Deserialize<'de> for $name<MAX> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = String::deserialize(d)?;
                match text_problem(&value, MAX, $multiline) {
                    Some((code, message)) => Err(de::Error::custom(format!("{code}: {message}"))),
                    None => Ok(Self(value)),
                }
            }
        }
    };
}

bounded_text!(
    /// One line of text of at most `MAX` characters (names, codes, references).
    Text,
    multiline = false
);
bounded_text!(
    /// Free text of at most `MAX` characters that may span lines (comments, notes).
    Prose,
    multiline = true
);

/// A UUID naming a row, in the canonical form the store keeps.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Id(String);

impl Id {
    /// An id read back from the store, which only ever holds canonical UUIDs.
    pub(crate) fn stored(id: String) -> Self {
        Self(id)
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    pub(crate) fn into_string(self) -> String {
        self.0
    }
}

impl FromStr for Id {
    type Err = String;
    fn from_str(value: &str) -> Result<Self, String> {
        if value.len() > 45 {
            return Err("must be a UUID".into());
        }
        uuid::Uuid::try_parse(value)
            .map(|u| Id(u.to_string()))
            .map_err(|_| "must be a UUID".into())
    }
}

impl Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = String::deserialize(d)?;
        if value.contains('\0') {
            return Err(de::Error::custom("invalid_character: must be a UUID"));
        }
        value
            .parse()
            .map_err(|m: String| de::Error::custom(format!("invalid_id: {m}")))
    }
}

/// A calendar date in a request, `YYYY-MM-DD` between [`Date::MIN`] and
/// [`Date::MAX`]: chrono alone accepts years such as `+262143`, which
/// PostgreSQL cannot store and date arithmetic overflows on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Date(NaiveDate);

impl Date {
    pub(crate) const MIN: &'static str = "2000-01-01";
    pub(crate) const MAX: &'static str = "2199-12-31";

    pub(crate) fn get(self) -> NaiveDate {
        self.0
    }

    /// Checks `date` against the bounds; the error is the message to show.
    pub(crate) fn new(date: NaiveDate) -> Result<Self, String> {
        let (min, max) = (Self::bound(Self::MIN), Self::bound(Self::MAX));
        if date < min || date > max {
            Err(format!(
                "must be a date from {} to {}",
                Self::MIN,
                Self::MAX
            ))
        } else {
            Ok(Self(date))
        }
    }

    fn bound(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }
}

impl Deref for Date {
    type Target = NaiveDate;
    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}

impl From<Date> for NaiveDate {
    fn from(d: Date) -> NaiveDate {
        d.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let strict = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
        let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .ok()
            .filter(|_| strict)
            .ok_or_else(|| de::Error::custom("invalid_date: must be a date as YYYY-MM-DD"))?;
        Date::new(date).map_err(|m| de::Error::custom(format!("invalid_date: {m}")))
    }
}

/// Parses a decimal string within `±max_units`; the error is `(code, message)`.
fn bounded_decimal(text: &str, max_units: i64) -> Result<Decimal, (&'static str, String)> {
    let bound = Decimal::from(max_units);
    let invalid = || {
        (
            "invalid_decimal",
            "must be a decimal string such as \"25000.00\"".to_owned(),
        )
    };
    // Longer than any value within the bounds could be written (with padding zeros).
    if text.len() > 40 {
        return Err(invalid());
    }
    // Exactly the documented pattern `-?[0-9]+(\.[0-9]+)?`: rust_decimal
    // alone would also take `+1`, `1_000` and surrounding blanks.
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) {
        return Err(invalid());
    }
    let value = Decimal::from_str_exact(text).map_err(|_| invalid())?;
    if value.abs() > bound {
        return Err(("too_large", format!("must be at most {max_units}")));
    }
    Ok(value)
}

struct DecimalVisitor(i64);

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal string such as \"25000.00\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        bounded_decimal(text, self.0).map_err(|(code, m)| E::custom(format!("{code}: {m}")))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Decimal, E> {
        Err(E::custom(NUMBER_MESSAGE))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Decimal, E> {
        Err(E::custom(NUMBER_MESSAGE))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Decimal, E> {
        Err(E::custom(NUMBER_MESSAGE))
    }
}

const NUMBER_MESSAGE: &str =
    "invalid_type: must be a decimal string such as \"25000.00\", not a JSON number";

macro_rules! bounded_decimal_type {
    ($(#[$doc:meta])* $name:ident, $max:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub(crate) struct $name(Decimal);

        // One accessor set for every bounded decimal type; not each uses all.
        #[allow(dead_code)]
        impl $name {
            /// The largest magnitude accepted, in whole units.
            pub(crate) const MAX_UNITS: i64 = $max;

            /// Checks `value` against the bound; the error is the message to show.
            pub(crate) fn new(value: Decimal) -> Result<Self, String> {
                if value.abs() > Decimal::from($max) {
                    Err(format!("must be at most {}", $max))
                } else {
                    Ok(Self(value))
                }
            }

            pub(crate) fn get(self) -> Decimal {
                self.0
            }
        }

        impl Deref for $name {
            type Target = Decimal;
            fn deref(&self) -> &Decimal {
                &self.0
            }
        }

        impl From<$name> for Decimal {
            fn from(v: $name) -> Decimal {
                v.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                Serialize::serialize(&self.0, s)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(DecimalVisitor($max)).map(Self)
            }
        }
    };
}

bounded_decimal_type!(
    /// A quantity in a request: at most 1,000,000,000 units either way.
    Quantity,
    MAX_QUANTITY_UNITS
);
bounded_decimal_type!(
    /// A price or cost in a request: at most 100,000,000.00 either way.
    Money,
    MAX_MONEY_UNITS
);
bounded_decimal_type!(
    /// A configured amount (limit, threshold): at most 1,000,000,000,000.00.
    Amount,
    MAX_AMOUNT_UNITS
);

#[cfg(test)]
mod tests {
    use super::*;

    fn parse<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn text_is_bounded_in_characters_not_bytes() {
        assert!(parse::<Text<3>>(r#""äöü""#).is_ok());
        let err = parse::<Text<3>>(r#""abcd""#).unwrap_err();
        assert!(err.starts_with("too_long: must be at most 3"), "{err}");
    }

    #[test]
    fn control_characters_are_refused_by_kind() {
        for bad in [r#""a\u0000b""#, r#""a\nb""#, r#""a\tb""#, r#""\u001b[31m""#] {
            let err = parse::<Text<10>>(bad).unwrap_err();
            assert!(err.starts_with("invalid_character"), "{bad}: {err}");
        }
        assert!(parse::<Prose<10>>(r#""a\nb\tc\r""#).is_ok());
        for bad in [r#""a\u0000b""#, r#""\u0007""#] {
            assert!(parse::<Prose<10>>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ids_are_uuids_in_canonical_form() {
        let id: Id = parse(r#""0190B1C2-0000-7000-8000-000000000001""#).unwrap();
        assert_eq!(id.as_str(), "0190b1c2-0000-7000-8000-000000000001");
        for bad in [r#""nope""#, r#""0190b1c2\u0000""#, r#""""#] {
            assert!(parse::<Id>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn decimals_are_strings_within_their_bound() {
        assert_eq!(
            parse::<Quantity>(r#""1000000000""#).unwrap().get(),
            Decimal::from(MAX_QUANTITY_UNITS)
        );
        let err = parse::<Quantity>(r#""1000000000.001""#).unwrap_err();
        assert!(err.starts_with("too_large"), "{err}");
        let err = parse::<Quantity>(r#""9223372036854775.807""#).unwrap_err();
        assert!(err.starts_with("too_large"), "{err}");
        assert!(parse::<Money>(r#""100000000.01""#).is_err());
        assert!(parse::<Amount>(r#""100000000.01""#).is_ok());
        let err = parse::<Money>("25000").unwrap_err();
        assert!(
            err.starts_with("invalid_type: must be a decimal string such as \"25000.00\""),
            "{err}"
        );
        let err = parse::<Money>(r#""12,5""#).unwrap_err();
        assert!(err.starts_with("invalid_decimal"), "{err}");
        assert!(parse::<Money>(&format!("\"{}\"", "9".repeat(100))).is_err());
        for odd in [r#""+1""#, r#""1_000""#, r#"" 1""#, r#""1.""#, r#"".5""#] {
            assert!(parse::<Money>(odd).is_err(), "{odd}");
        }
    }

    #[test]
    fn dates_are_iso_and_within_two_centuries() {
        assert!(parse::<Date>(r#""2026-06-01""#).is_ok());
        for bad in [
            r#""+262143-12-01""#,
            r#""1999-12-31""#,
            r#""2200-01-01""#,
            r#""2026-6-1""#,
            r#""-5000-01-01""#,
        ] {
            let err = parse::<Date>(bad).unwrap_err();
            assert!(err.starts_with("invalid_date"), "{bad}: {err}");
        }
    }
}
