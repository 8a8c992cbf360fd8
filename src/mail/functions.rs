//! What a mail template may call to speak the recipient's language: `t`
//! for a message of `src/locales/<lang>/mail.ftl` (or of the pages'
//! catalogue, for shared words), `term` for one value of a closed
//! vocabulary, and the filters `money`, `qty`, `date` and `when` that write
//! numbers and dates as the recipient's language does. The language is
//! the render's `locale` variable (`Templates::render` sets it), so one
//! template set serves every language.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, Error, ErrorKind, State};
use rust_decimal::Decimal;

use crate::domain::locale::Locale;
use crate::i18n::{Arg, TextArg, Tr};

/// Registers the functions and filters on `env`; dates and times are told
/// in `zone`, the organisation's time zone.
pub(super) fn register(env: &mut Environment<'static>, zone: Tz) {
    env.add_function("t", move |state: &State, key: &str, args: Kwargs| {
        translate(&tr(state, zone)?, key, args)
    });
    env.add_function("term", move |state: &State, prefix: &str, value: Value| {
        Ok::<_, Error>(tr(state, zone)?.term(prefix, &value))
    });
    env.add_filter("money", move |state: &State, v: Value| {
        decimal(state, zone, &v, |t, d| t.money(d))
    });
    // A difference: "+12.50", "−3.00", "0.00" (never in parentheses,
    // which accountants read as negative).
    env.add_filter("signed_money", move |state: &State, v: Value| {
        decimal(state, zone, &v, |t, d| {
            let sign = if d > Decimal::ZERO { "+" } else { "" };
            format!("{sign}{}", t.money(d))
        })
    });
    env.add_filter("qty", move |state: &State, v: Value| {
        decimal(state, zone, &v, |t, d| t.quantity(d))
    });
    env.add_filter("date", move |state: &State, v: Value| {
        let t = tr(state, zone)?;
        Ok::<_, Error>(match v.as_str().and_then(|s| NaiveDate::from_str(s).ok()) {
            Some(day) => t.date(day),
            None => v.to_string(),
        })
    });
    env.add_filter("when", move |state: &State, v: Value| {
        let t = tr(state, zone)?;
        Ok::<_, Error>(
            match v
                .as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            {
                Some(at) => t.when(at.to_utc()),
                None => v.to_string(),
            },
        )
    });
}

/// The lookup for the language being rendered.
fn tr(state: &State, zone: Tz) -> Result<Tr, Error> {
    let locale = state
        .lookup("locale")
        .and_then(|v| v.as_str().and_then(|s| Locale::from_str(s).ok()))
        .ok_or_else(|| Error::new(ErrorKind::UndefinedError, "no `locale` to render in"))?;
    Ok(Tr::new(locale, zone))
}

/// `t("mail-hello-name", name=…)`: every keyword becomes a Fluent
/// argument, numbers as numbers so plurals select on them.
fn translate(t: &Tr, key: &str, kwargs: Kwargs) -> Result<String, Error> {
    let mut args = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        args.push((name.to_owned(), argument(&value)));
    }
    kwargs.assert_all_used()?;
    Ok(t.message(key, args))
}

fn argument(value: &Value) -> Arg {
    match (value.kind(), value.as_i64()) {
        (ValueKind::Number, Some(n)) => Arg::from(n),
        (ValueKind::Number, None) => match f64::try_from(value.clone()) {
            Ok(f) => Arg::fraction(f),
            Err(_) => Arg::from(TextArg(value.to_string())),
        },
        (ValueKind::None | ValueKind::Undefined, _) => Arg::from(TextArg(String::new())),
        _ => Arg::from(TextArg(value.to_string())),
    }
}

/// A decimal string (or number) written by `write`; anything else as it is.
fn decimal(
    state: &State,
    zone: Tz,
    value: &Value,
    write: fn(&Tr, Decimal) -> String,
) -> Result<String, Error> {
    let t = tr(state, zone)?;
    let parsed = match value.as_str() {
        Some(s) => Decimal::from_str(s).ok(),
        None => value.as_i64().map(Decimal::from),
    };
    Ok(match parsed {
        Some(d) => write(&t, d),
        None if value.is_none() || value.is_undefined() => String::new(),
        None => value.to_string(),
    })
}
