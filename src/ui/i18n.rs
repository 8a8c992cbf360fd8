//! The one translation lookup every page string goes through (Project
//! Fluent). English is complete; other locales are added as `.ftl` files
//! without touching templates. Numbers and dates are formatted here too, so
//! a locale's separators live in one place.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::{Decimal, RoundingStrategy};
use unic_langid::LanguageIdentifier;

use crate::error::FieldError;

const EN_UI: &str = include_str!("../locales/en/ui.ftl");

/// A parsed catalogue for one locale.
pub(crate) struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    /// Parses `source`; a syntax error names the line (the unit tests parse
    /// every shipped catalogue, so this fails only for a broken build).
    fn parse(lang: &str, source: &str) -> Result<Self, String> {
        let id: LanguageIdentifier = lang.parse().map_err(|e| format!("{lang}: {e}"))?;
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("{lang}: {errors:?}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: pages are one direction.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{lang}: {errors:?}"))?;
        Ok(Self { bundle })
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let message = self.bundle.get_message(key)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, ?errors, "a UI message did not format cleanly");
        }
        Some(text.into_owned())
    }

    fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

static ENGLISH: LazyLock<Option<Catalogue>> =
    LazyLock::new(|| match Catalogue::parse("en", EN_UI) {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::error!(error = %e, "the English UI catalogue does not parse");
            None
        }
    });

/// The lookup handed to every template: `t.get("key")`.
#[derive(Clone, Copy)]
pub(crate) struct Tr {
    catalogue: Option<&'static Catalogue>,
    zone: Tz,
}

impl Tr {
    pub(crate) fn english(zone: Tz) -> Self {
        Self {
            catalogue: ENGLISH.as_ref(),
            zone,
        }
    }

    /// The message `key`; the key itself when missing (a test checks that
    /// every key the templates use exists).
    pub(crate) fn get(&self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// A message with one number, e.g. `t.arg("inbox-waiting", "count", n)`.
    pub(crate) fn arg(&self, key: &str, name: &str, value: impl Into<Arg>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into().0);
        self.lookup(key, Some(&args))
    }

    /// A message with one text, e.g. `t.text("on-behalf-of", "name", n)`.
    pub(crate) fn text(&self, key: &str, name: &str, value: &str) -> String {
        self.arg(key, name, TextArg(value.to_owned()))
    }

    /// The message for one value of a closed vocabulary: `status-approved`.
    /// Falls back to the value itself, so a new value reads as its code.
    pub(crate) fn term(&self, prefix: &str, value: &impl std::fmt::Display) -> String {
        let value = value.to_string();
        let key = format!("{prefix}-{}", value.replace('_', "-"));
        self.catalogue
            .and_then(|c| c.format(&key, None))
            .unwrap_or(value)
    }

    /// A field problem in the reader's words: the message for its code when
    /// the catalogue has one, else the service's own (English) sentence.
    pub(crate) fn problem(&self, error: &FieldError) -> String {
        let key = format!("problem-{}", error.code.replace('_', "-"));
        match self.catalogue {
            Some(c) if c.has(&key) => self.get(&key),
            _ => sentence(&error.message),
        }
    }

    fn lookup(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.catalogue
            .and_then(|c| c.format(key, args))
            .unwrap_or_else(|| key.to_owned())
    }

    /// Money as people read it: `1,234.50`.
    pub(crate) fn money(&self, amount: impl Plain<Decimal>) -> String {
        let amount = amount.plain();
        let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        let fixed = format!("{rounded:.2}");
        group_thousands(&fixed, ',', '.')
    }

    /// A quantity without trailing zeros: `2`, `0.5`, `1,200`.
    pub(crate) fn quantity(&self, amount: impl Plain<Decimal>) -> String {
        let amount = amount.plain();
        group_thousands(&amount.normalize().to_string(), ',', '.')
    }

    /// A calendar date: `1 June 2026`.
    pub(crate) fn date(&self, date: impl Plain<NaiveDate>) -> String {
        let date = date.plain();
        date.format("%-d %B %Y").to_string()
    }

    /// How long something has waited: "3 days", "5 hours", "12 minutes".
    pub(crate) fn age(
        &self,
        since: impl Plain<DateTime<Utc>>,
        now: impl Plain<DateTime<Utc>>,
    ) -> String {
        let minutes = (now.plain() - since.plain()).num_minutes().max(0);
        match minutes {
            m if m >= 24 * 60 => self.arg("age-days", "count", m / (24 * 60)),
            m if m >= 60 => self.arg("age-hours", "count", m / 60),
            m => self.arg("age-minutes", "count", m),
        }
    }

    /// An instant in the organisation's time zone: `1 June 2026, 10:05`.
    pub(crate) fn when(&self, at: impl Plain<DateTime<Utc>>) -> String {
        let at = at.plain();
        at.with_timezone(&self.zone)
            .format("%-d %B %Y, %H:%M")
            .to_string()
    }
}

/// A value a template hands over by reference (askama passes `&x` or
/// `&&x`) or by value, read as the value.
pub(crate) trait Plain<T: Copy> {
    fn plain(&self) -> T;
}

impl<T: Copy> Plain<T> for T {
    fn plain(&self) -> T {
        *self
    }
}

impl<T: Copy> Plain<T> for &T {
    fn plain(&self) -> T {
        **self
    }
}

impl<T: Copy> Plain<T> for &&T {
    fn plain(&self) -> T {
        ***self
    }
}

/// A Fluent argument: numbers keep their plural category, text stays text.
pub(crate) struct Arg(FluentValue<'static>);

impl<T: Plain<i64>> From<T> for Arg {
    fn from(n: T) -> Self {
        Self(FluentValue::from(n.plain()))
    }
}

/// Text as a Fluent argument.
pub(crate) struct TextArg(pub String);

impl From<TextArg> for Arg {
    fn from(s: TextArg) -> Self {
        Self(FluentValue::from(s.0))
    }
}

/// "must not be empty" → "Must not be empty.": the service's phrase read
/// beside its field.
fn sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// `1234567.50` → `1,234,567.50` with the given separators.
fn group_thousands(plain: &str, group: char, decimal: char) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(plain.len() + whole.len() / 3 + 1);
    out.push_str(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn the_english_catalogue_parses() {
        Catalogue::parse("en", EN_UI).unwrap();
        assert!(ENGLISH.is_some());
    }

    #[test]
    fn every_key_the_templates_use_exists() {
        let catalogue = Catalogue::parse("en", EN_UI).unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
        let mut missing = Vec::new();
        for path in source_files(std::path::Path::new(dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            for key in literal_keys(&text) {
                if !catalogue.has(&key) {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys missing from en/ui.ftl: {missing:#?}"
        );
    }

    fn source_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(source_files(&path));
            } else if path.ends_with("i18n.rs") {
                // This file names the lookup in its documentation.
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("html" | "rs")
            ) {
                out.push(path);
            }
        }
        out
    }

    /// The first argument of every `t.get("…")` and `t.arg("…"` call.
    fn literal_keys(text: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for marker in ["t.get(\"", "t.arg(\"", "t.text(\""] {
            let mut rest = text;
            while let Some(at) = rest.find(marker) {
                rest = &rest[at + marker.len()..];
                if let Some(end) = rest.find('"') {
                    keys.push(rest[..end].to_owned());
                }
            }
        }
        keys
    }

    #[test]
    fn money_and_quantities_are_grouped() {
        let t = Tr::english(chrono_tz::UTC);
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(t.money(d("1234567.5")), "1,234,567.50");
        assert_eq!(t.money(d("-12.345")), "-12.35");
        assert_eq!(t.money(d("999")), "999.00");
        assert_eq!(t.quantity(d("1200.000")), "1,200");
        assert_eq!(t.quantity(d("0.500")), "0.5");
    }

    #[test]
    fn plurals_follow_the_count() {
        let t = Tr::english(chrono_tz::UTC);
        assert_eq!(
            t.arg("inbox-waiting", "count", 1),
            "1 application waits for you"
        );
        assert_eq!(
            t.arg("inbox-waiting", "count", 3),
            "3 applications wait for you"
        );
    }
}
