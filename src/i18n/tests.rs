//! The catalogues held to the English one: every one parses, every key a
//! template uses exists in each, each message has the same variables as
//! its English original, nothing is left in English outside the reviewed
//! list, plurals follow each language's CLDR rules, and numbers and dates
//! are written as each language writes them.

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use super::*;

/// The areas a language's messages are kept in.
const AREAS: [&str; 2] = ["ui", "mail"];

fn source(locale: Locale, area: &str) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, a, _)| *l == locale && *a == area)
        .unwrap()
        .2
}

#[test]
fn every_catalogue_parses() {
    for (locale, area, text) in SOURCES {
        Catalogue::parse(locale.as_str(), [text]).unwrap_or_else(|e| panic!("{area}: {e}"));
    }
    assert!(CATALOGUES.iter().all(Option::is_some));
    assert_eq!(SOURCES.len(), Locale::ALL.len() * AREAS.len());
}

#[test]
fn every_key_the_templates_use_exists_in_every_language() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut paths = source_files(&std::path::Path::new(root).join("src/ui"));
    paths.extend(source_files(&std::path::Path::new(root).join("src/mail")));
    let mut missing = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for key in literal_keys(&text) {
            for locale in Locale::ALL.iter().copied() {
                if !catalogue(locale).unwrap().has(&key) {
                    missing.push(format!("{locale}: {}: {key}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "keys missing: {missing:#?}");
}

fn source_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(source_files(&path));
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("html" | "rs" | "txt")
        ) {
            out.push(path);
        }
    }
    out
}

/// The first argument of every `t.get("…")`, `t.arg("…"` and `t.text("…"`
/// call of the pages, and of every `t("…"` of the mail templates.
fn literal_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for marker in ["t.get(\"", "t.arg(\"", "t.text(\"", "{{ t(\"", "{{t(\""] {
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

/// A catalogue's messages: id → (value as written, the variables it uses).
fn messages(source: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
        if starts_message {
            if let Some((id, value)) = line.split_once(" =") {
                current = Some(id.trim().to_owned());
                out.insert(
                    id.trim().to_owned(),
                    (value.trim().to_owned(), BTreeSet::new()),
                );
                continue;
            }
        }
        // A message goes on over indented lines and over the `}` that
        // closes a selector at the start of a line (`}, { $updated } …`).
        match (&current, line.starts_with([' ', '}'])) {
            (Some(id), true) => {
                let entry = out.get_mut(id).unwrap();
                entry.0.push('\n');
                entry.0.push_str(line.trim());
            }
            _ => current = None,
        }
    }
    for (value, vars) in out.values_mut() {
        let mut rest = value.as_str();
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            vars.insert(rest[..end].to_owned());
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let mut wrong = Vec::new();
    for (locale, area, text) in SOURCES.iter().filter(|s| s.0 != Locale::En) {
        let english = messages(source(Locale::En, area));
        let theirs = messages(text);
        for (id, (_, vars)) in &english {
            match theirs.get(id) {
                None => wrong.push(format!("{locale} {area}: {id} is missing")),
                Some((_, their_vars)) if their_vars != vars => wrong.push(format!(
                    "{locale}: {id} uses {their_vars:?}, English {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            wrong.push(format!("{locale} {area}: {id} is not an English message"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// `src/locales/same-as-english.txt`: `<lang> <message id>` lines.
fn allowed_as_english() -> BTreeSet<(String, String)> {
    include_str!("../locales/same-as-english.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once(' '))
        .map(|(lang, id)| (lang.to_owned(), id.trim().to_owned()))
        .collect()
}

#[test]
fn nothing_is_left_in_english_outside_the_reviewed_list() {
    let allowed = allowed_as_english();
    let mut same = Vec::new();
    for (locale, area, text) in SOURCES.iter().filter(|s| s.0 != Locale::En) {
        let english = messages(source(Locale::En, area));
        for (id, (value, _)) in messages(text) {
            let is_english = english.get(&id).is_some_and(|(v, _)| *v == value);
            if is_english && !allowed.contains(&(locale.to_string(), id.clone())) {
                same.push(format!("{locale} {id} = {value}"));
            }
        }
    }
    assert!(same.is_empty(), "still in English: {same:#?}");
}

#[test]
fn plurals_follow_each_languages_rules() {
    let counts = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111];
    let expected: [(Locale, [&str; 10]); 4] = [
        (
            Locale::En,
            [
                "0 applications",
                "1 application",
                "2 applications",
                "5 applications",
                "11 applications",
                "21 applications",
                "22 applications",
                "25 applications",
                "101 applications",
                "111 applications",
            ],
        ),
        (
            Locale::Ro,
            [
                "0 cereri",
                "O cerere",
                "2 cereri",
                "5 cereri",
                "11 cereri",
                "21 de cereri",
                "22 de cereri",
                "25 de cereri",
                "101 cereri",
                "111 cereri",
            ],
        ),
        (
            Locale::Ru,
            [
                "0 заявок",
                "1 заявка",
                "2 заявки",
                "5 заявок",
                "11 заявок",
                "21 заявка",
                "22 заявки",
                "25 заявок",
                "101 заявка",
                "111 заявок",
            ],
        ),
        (
            Locale::Uk,
            [
                "0 заявок",
                "1 заявка",
                "2 заявки",
                "5 заявок",
                "11 заявок",
                "21 заявка",
                "22 заявки",
                "25 заявок",
                "101 заявка",
                "111 заявок",
            ],
        ),
    ];
    for (locale, forms) in expected {
        let t = Tr::new(locale, chrono_tz::UTC);
        for (n, form) in counts.iter().zip(forms) {
            let said = t.arg("inbox-waiting", "count", *n as i64);
            assert!(
                said.starts_with(form),
                "{locale} {n}: {said:?}, not {form:?}…"
            );
        }
    }
}

#[test]
fn money_and_quantities_are_grouped_as_each_language_writes_them() {
    let d = |s| Decimal::from_str(s).unwrap();
    let en = Tr::new(Locale::En, chrono_tz::UTC);
    assert_eq!(en.money(d("1234567.5")), "1,234,567.50");
    assert_eq!(en.money(d("-12.345")), "-12.35");
    assert_eq!(en.money(d("999")), "999.00");
    assert_eq!(en.quantity(d("1200.000")), "1,200");
    assert_eq!(en.quantity(d("0.500")), "0.5");
    let grouped = [
        (Locale::Ro, "1\u{a0}234,56"),
        (Locale::Ru, "1\u{a0}234,56"),
        (Locale::Uk, "1\u{a0}234,56"),
    ];
    for (locale, written) in grouped {
        let t = Tr::new(locale, chrono_tz::UTC);
        assert_eq!(t.money(d("1234.56")), written, "{locale}");
        assert_eq!(t.quantity(d("0.500")), "0,5", "{locale}");
    }
}

#[test]
fn dates_use_each_languages_month_names() {
    let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let at = DateTime::parse_from_rfc3339("2026-06-01T08:05:00Z")
        .unwrap()
        .to_utc();
    let cases = [
        (Locale::En, "1 June 2026", "1 June 2026, 08:05"),
        (Locale::Ro, "1 iunie 2026", "1 iunie 2026, 08:05"),
        (Locale::Ru, "1 июня 2026 г.", "1 июня 2026 г., 08:05"),
        (Locale::Uk, "1 червня 2026 р.", "1 червня 2026 р., 08:05"),
    ];
    for (locale, date, when) in cases {
        let t = Tr::new(locale, chrono_tz::UTC);
        assert_eq!(t.date(day), date);
        assert_eq!(t.when(at), when);
    }
}

#[test]
fn a_problem_reads_as_its_field_and_code_say_else_as_its_code() {
    let problem = |field: &str, code: &str| FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
        message: "must be something else".to_owned(),
    };
    let ro = Tr::new(Locale::Ro, chrono_tz::UTC);
    assert_eq!(
        ro.problem(&problem("lines[3].unit_price", "invalid")),
        "Introduceți prețul unitar ca sumă, de exemplu 1\u{a0}234,50."
    );
    assert_eq!(
        ro.problem(&problem("justification", "required")),
        "Explicați de ce este necesară achiziția."
    );
    assert_eq!(
        ro.problem(&problem("comment_of_nobody", "required")),
        "Câmpul este obligatoriu."
    );
    assert_eq!(
        ro.problem(&problem("comment_of_nobody", "brand_new_code")),
        "Must be something else."
    );
}

#[test]
fn a_refusal_reads_as_its_code_says_else_as_the_service_said() {
    let uk = Tr::new(Locale::Uk, chrono_tz::UTC);
    let four_eyes = AppError::Conflict {
        code: crate::error::ErrorCode::FourEyes,
        detail: "you decide another step".into(),
        extra: None,
    };
    assert!(uk.refusal(&four_eyes).starts_with("Ви вже вирішуєте"));
    let throttled = AppError::RateLimited {
        retry_after_secs: 5,
    };
    assert_eq!(
        uk.refusal(&throttled),
        "Забагато спроб. Повторіть через 5 секунд."
    );
    let unknown = AppError::Unavailable {
        detail: "the relay is down".into(),
    };
    assert_eq!(uk.refusal(&unknown), "The relay is down.");
}
