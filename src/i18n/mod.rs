//! The one translation lookup every string a person reads goes through
//! (Project Fluent), for pages and mail alike, in four languages: one
//! catalogue per language and area (`src/locales/<lang>/{ui,mail}.ftl`,
//! embedded). The tests in `tests.rs` hold every catalogue to the English
//! one: the same messages, the same variables, nothing left in English by
//! mistake. Numbers and dates are formatted here too, so a locale's
//! separators and month names live in one place (the month names and date
//! patterns are messages of the catalogues).

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::{Decimal, RoundingStrategy};
use unic_langid::LanguageIdentifier;

use crate::domain::locale::Locale;
use crate::error::{AppError, FieldError};

/// Every catalogue, by locale and area (`(locale, area, source)`): the
/// pages (`ui`) and the mail (`mail`).
pub(crate) const SOURCES: [(Locale, &str, &str); 8] = [
    (Locale::En, "ui", include_str!("../locales/en/ui.ftl")),
    (Locale::En, "mail", include_str!("../locales/en/mail.ftl")),
    (Locale::Ro, "ui", include_str!("../locales/ro/ui.ftl")),
    (Locale::Ro, "mail", include_str!("../locales/ro/mail.ftl")),
    (Locale::Ru, "ui", include_str!("../locales/ru/ui.ftl")),
    (Locale::Ru, "mail", include_str!("../locales/ru/mail.ftl")),
    (Locale::Uk, "ui", include_str!("../locales/uk/ui.ftl")),
    (Locale::Uk, "mail", include_str!("../locales/uk/mail.ftl")),
];

/// The sources of one language, all areas.
fn sources_of(locale: Locale) -> impl Iterator<Item = &'static str> {
    SOURCES
        .iter()
        .filter(move |(l, _, _)| *l == locale)
        .map(|(_, _, source)| *source)
}

/// A parsed catalogue for one locale.
pub(crate) struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    /// Parses a language's `sources` (one per area) into one catalogue; a
    /// syntax error names the line (the unit tests parse every shipped
    /// catalogue, so this fails only for a broken build).
    pub(crate) fn parse<'s>(
        lang: &str,
        sources: impl IntoIterator<Item = &'s str>,
    ) -> Result<Self, String> {
        let id: LanguageIdentifier = lang.parse().map_err(|e| format!("{lang}: {e}"))?;
        let locale: Locale = lang.parse()?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: pages are one direction.
        bundle.set_use_isolating(false);
        // `{ PLURAL($n) -> … }`: the category by our rules (see `Locale::plural`).
        bundle
            .add_function("PLURAL", move |args, _| match args.first() {
                Some(FluentValue::Number(n)) => FluentValue::from(locale.plural(n.value)),
                _ => FluentValue::Error,
            })
            .map_err(|e| format!("{lang}: {e:?}"))?;
        for source in sources {
            let resource = FluentResource::try_new(source.to_owned())
                .map_err(|(_, errors)| format!("{lang}: {errors:?}"))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("{lang}: {errors:?}"))?;
        }
        Ok(Self { bundle })
    }

    pub(crate) fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let message = self.bundle.get_message(key)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, ?errors, "a message did not format cleanly");
        }
        Some(text.into_owned())
    }

    #[cfg(test)]
    pub(crate) fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

/// The parsed catalogues, in the order of [`Locale::ALL`]; one that does
/// not parse is logged and missing (the unit tests parse every one, so
/// this happens only to a broken build), and its text falls back to English.
static CATALOGUES: LazyLock<Vec<Option<Catalogue>>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(
            |locale| match Catalogue::parse(locale.as_str(), sources_of(*locale)) {
                Ok(c) => Some(c),
                Err(e) => {
                    tracing::error!(error = %e, "a catalogue does not parse");
                    None
                }
            },
        )
        .collect()
});

fn catalogue(locale: Locale) -> Option<&'static Catalogue> {
    let at = Locale::ALL.iter().position(|l| *l == locale)?;
    CATALOGUES.get(at)?.as_ref()
}

/// The language of a page: the person's choice, else what their browser
/// asks for (the sign-in page's switcher, `Accept-Language`), else the
/// organisation's default.
pub(crate) fn page_locale(
    default: Locale,
    chosen: Option<Locale>,
    browser: Option<Locale>,
) -> Locale {
    chosen.or(browser).unwrap_or(default)
}

/// The lookup handed to every template: `t.get("key")`.
#[derive(Clone, Copy)]
pub(crate) struct Tr {
    catalogue: Option<&'static Catalogue>,
    /// English, for a message a catalogue lacks (the parity test keeps
    /// that from happening): a person never reads a raw key.
    english: Option<&'static Catalogue>,
    locale: Locale,
    zone: Tz,
}

impl Tr {
    pub(crate) fn new(locale: Locale, zone: Tz) -> Self {
        Self {
            catalogue: catalogue(locale),
            english: catalogue(Locale::En),
            locale,
            zone,
        }
    }

    /// The page's language, for `<html lang>`.
    pub(crate) fn locale(&self) -> Locale {
        self.locale
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
    pub(crate) fn text(&self, key: &str, name: &str, value: impl AsRef<str>) -> String {
        self.arg(key, name, TextArg(value.as_ref().to_owned()))
    }

    /// The message for one value of a closed vocabulary: `status-approved`.
    /// Falls back to the value itself, so a new value reads as its code.
    pub(crate) fn term(&self, prefix: &str, value: &impl std::fmt::Display) -> String {
        let value = value.to_string();
        let key = format!("{prefix}-{}", value.replace('_', "-"));
        self.find(&key, None).unwrap_or(value)
    }

    /// A field problem in the reader's words: the message for this field's
    /// code (`problem-justification-required`, any line's field as
    /// `problem-line-quantity-invalid`) when the catalogue has one, else the
    /// message for the code (`problem-required`), else the service's own
    /// (English) sentence, so a new code still says something.
    pub(crate) fn problem(&self, error: &FieldError) -> String {
        let code = error.code.replace('_', "-");
        let specific = format!("problem-{}-{code}", field_key(&error.field));
        self.find(&specific, None)
            .or_else(|| self.find(&format!("problem-{code}"), None))
            .unwrap_or_else(|| sentence(&error.message))
    }

    /// A refused request in the reader's words: the message for its code
    /// (`refusal-four-eyes`), else the service's own (English) sentence.
    pub(crate) fn refusal(&self, error: &AppError) -> String {
        let key = format!("refusal-{}", error.code().as_str().replace('_', "-"));
        let mut args = FluentArgs::new();
        if let AppError::RateLimited { retry_after_secs } = error {
            args.set("seconds", FluentValue::from(*retry_after_secs as i64));
        }
        self.find(&key, Some(&args))
            .unwrap_or_else(|| sentence(&error.to_string()))
    }

    fn lookup(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.find(key, args).unwrap_or_else(|| key.to_owned())
    }

    fn find(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let own = self.catalogue.and_then(|c| c.format(key, args));
        own.or_else(|| self.english.and_then(|c| c.format(key, args)))
    }

    /// A message with named arguments of either kind, as the mail
    /// templates pass them: `t("mail-hello-name", name=…)`.
    pub(crate) fn message(&self, key: &str, args: Vec<(String, Arg)>) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(name, value.0);
        }
        self.lookup(key, Some(&fluent))
    }

    /// A message with several texts.
    pub(crate) fn texts(&self, key: &str, values: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(name.to_string(), FluentValue::from(value.clone()));
        }
        self.lookup(key, Some(&args))
    }

    /// The decimal sign of the reader's language: `.` or `,`.
    pub(crate) fn decimal_sign(&self) -> char {
        self.locale.separators().1
    }

    /// The thousands separator of the reader's language.
    pub(crate) fn group_sign(&self) -> char {
        self.locale.separators().0
    }

    /// Money as people read it: `1,234.50`.
    pub(crate) fn money(&self, amount: impl Plain<Decimal>) -> String {
        let amount = amount.plain();
        let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        let fixed = format!("{rounded:.2}");
        let (group, decimal) = self.locale.separators();
        group_thousands(&fixed, group, decimal)
    }

    /// A quantity without trailing zeros: `2`, `0.5`, `1,200`.
    pub(crate) fn quantity(&self, amount: impl Plain<Decimal>) -> String {
        let amount = amount.plain();
        let (group, decimal) = self.locale.separators();
        group_thousands(&amount.normalize().to_string(), group, decimal)
    }

    /// A calendar date in the locale's words: `1 June 2026`, `1 июня 2026 г.`.
    pub(crate) fn date(&self, date: impl Plain<NaiveDate>) -> String {
        let date = date.plain();
        let month = self.get(&format!("month-{}", date.month()));
        let values = [
            ("day", date.day().to_string()),
            ("month", month),
            ("year", date.year().to_string()),
        ];
        self.texts("date-long", &values)
    }

    /// A day and month without the year, as a chart's axis reads: `1 June`.
    pub(crate) fn short_date(&self, date: impl Plain<NaiveDate>) -> String {
        let date = date.plain();
        let month = self.get(&format!("month-{}", date.month()));
        self.texts(
            "date-short",
            &[("day", date.day().to_string()), ("month", month)],
        )
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
        let local = at.plain().with_timezone(&self.zone);
        let values = [
            ("date", self.date(local.date_naive())),
            ("time", local.format("%H:%M").to_string()),
        ];
        self.texts("date-time", &values)
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

impl Arg {
    /// A number that is not a whole one (a quantity), still a number to
    /// Fluent's plural selection.
    pub(crate) fn fraction(n: f64) -> Self {
        Self(FluentValue::from(n))
    }
}

/// Text as a Fluent argument.
pub(crate) struct TextArg(pub String);

impl From<TextArg> for Arg {
    fn from(s: TextArg) -> Self {
        Self(FluentValue::from(s.0))
    }
}

/// A field's name as message ids spell it: `lines[3].unit_price` →
/// `line-unit-price`, `recipients[0]` → `recipients`.
fn field_key(field: &str) -> String {
    let field = match field.strip_prefix("lines[") {
        Some(rest) => format!("line-{}", rest.split_once("].").map_or("", |(_, f)| f)),
        None => field.split('[').next().unwrap_or(field).to_owned(),
    };
    field.replace(['_', '.'], "-")
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
mod tests;
