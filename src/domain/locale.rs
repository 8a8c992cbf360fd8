//! The languages Procura speaks (docs/architecture/ui.md#languages), how a
//! browser's `Accept-Language` picks one, and how each writes and types
//! numbers.
//! Messages live in `src/locales/<lang>/*.ftl`; this is only the choice.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::vocabulary::text_enum;

text_enum!(
    /// A language people read Procura in.
    Locale {
        En = "en",
        Ro = "ro",
        Ru = "ru",
        Uk = "uk",
    }
);

impl Locale {
    /// The language's own name, as a language switcher shows it.
    pub(crate) fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ro => "Română",
            Locale::Ru => "Русский",
            Locale::Uk => "Українська",
        }
    }

    /// The thousands and decimal separators Procura writes: `1,234.56` in
    /// English, `1 234,56` (a no-break space) in Romanian, Russian and
    /// Ukrainian. Romanian also groups with a point (CLDR `ro`); the space
    /// is the Romanian standard's (SR ISO 80000-1) and cannot be misread as
    /// the decimal sign by anyone, and the forms read both
    /// (docs/architecture/ui.md, "Languages").
    pub(crate) fn separators(self) -> (char, char) {
        match self {
            Locale::En => (',', '.'),
            Locale::Ro | Locale::Ru | Locale::Uk => ('\u{a0}', ','),
        }
    }

    /// The CLDR plural category of `n` in this language: `one`, `few`,
    /// `many` or `other`. Romanian catalogues select on `PLURAL($n)`
    /// rather than on `$n`: the rules Fluent ships (intl_pluralrules 7.0.2)
    /// test Romanian's "few" on the whole number instead of its last two
    /// digits, so they would write "101 de cereri".
    pub(crate) fn plural(self, n: f64) -> &'static str {
        let whole = n.fract() == 0.0;
        let i = n.abs().trunc() as u64;
        match self {
            Locale::En if whole && i == 1 => "one",
            Locale::En => "other",
            Locale::Ro if !whole => "few",
            Locale::Ro if i == 1 => "one",
            Locale::Ro if i == 0 || (1..=19).contains(&(i % 100)) => "few",
            Locale::Ro => "other",
            Locale::Ru | Locale::Uk if !whole => "other",
            Locale::Ru | Locale::Uk if i % 10 == 1 && i % 100 != 11 => "one",
            Locale::Ru | Locale::Uk
                if (2..=4).contains(&(i % 10)) && !(12..=14).contains(&(i % 100)) =>
            {
                "few"
            }
            Locale::Ru | Locale::Uk => "many",
        }
    }

    /// A number as a person of this language types it into a form:
    /// `1,234.5` in English; `1.234,5`, `1234,5` or `1234.5` in Romanian;
    /// `1 234,5` or `1234.5` in Russian and Ukrainian, whose keyboards put
    /// the point on the number pad. Spaces group in every language. Text
    /// whose separators could mean two numbers (`12,5` in English, `1,2,3`)
    /// is refused, never guessed: a misread price is worse than a question.
    pub(crate) fn parse_decimal(self, text: &str) -> Result<Decimal, String> {
        let typed: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
            .collect();
        let (whole, fraction) = match self {
            Locale::En => split_at_sign(&typed, '.', Some(','))?,
            Locale::Ro if typed.contains(',') => split_at_sign(&typed, ',', Some('.'))?,
            // Romanian groups with a point: "1.500" is fifteen hundred.
            Locale::Ro if is_grouped(&typed, '.') => (typed.replace('.', ""), None),
            Locale::Ro => split_at_sign(&typed, '.', None)?,
            Locale::Ru | Locale::Uk if typed.contains(',') => split_at_sign(&typed, ',', None)?,
            Locale::Ru | Locale::Uk => split_at_sign(&typed, '.', None)?,
        };
        let plain = match fraction {
            Some(f) => format!("{whole}.{f}"),
            None => whole,
        };
        let digits = plain.trim_start_matches('-');
        if !digits.chars().any(|c| c.is_ascii_digit())
            || !digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        {
            return Err(NOT_A_NUMBER.to_owned());
        }
        Decimal::from_str(&plain).map_err(|_| NOT_A_NUMBER.to_owned())
    }

    /// A number as a form field shows it back: this language's decimal sign,
    /// no grouping, so what is shown is read back as the same number.
    pub(crate) fn plain(self, value: Decimal) -> String {
        let text = value.to_string();
        match self.separators().1 {
            '.' => text,
            sign => text.replace('.', &sign.to_string()),
        }
    }

    /// The first supported language of an `Accept-Language` header, by
    /// quality (`uk-UA,uk;q=0.9,en;q=0.8` → `uk`); `None` when it names none.
    pub(crate) fn from_accept_language(header: &str) -> Option<Locale> {
        let mut offered: Vec<(u16, usize, Locale)> = Vec::new();
        for (at, part) in header.split(',').enumerate().take(32) {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let (Ok(locale), true) = (primary.parse::<Locale>(), quality > 0.0) {
                offered.push(((quality.clamp(0.0, 1.0) * 1000.0) as u16, at, locale));
            }
        }
        offered.sort_by_key(|(q, at, _)| (std::cmp::Reverse(*q), *at));
        offered.first().map(|(_, _, l)| *l)
    }
}

const NOT_A_NUMBER: &str = "must be a number";

/// `typed` split at its one decimal `sign` into the whole part (with the
/// `group` separators, if any, checked and removed) and the fraction.
fn split_at_sign(
    typed: &str,
    sign: char,
    group: Option<char>,
) -> Result<(String, Option<String>), String> {
    let mut parts = typed.split(sign);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next().map(str::to_owned);
    if parts.next().is_some() {
        return Err(NOT_A_NUMBER.to_owned());
    }
    let whole = match group {
        Some(g) if whole.contains(g) => {
            if !is_grouped(whole, g) {
                return Err(NOT_A_NUMBER.to_owned());
            }
            whole.replace(g, "")
        }
        _ => whole.to_owned(),
    };
    Ok((whole, fraction))
}

/// `1.234.567` with `.`: digits in groups of three after the first.
fn is_grouped(whole: &str, group: char) -> bool {
    let mut groups = whole.trim_start_matches('-').split(group);
    let first = groups.next().unwrap_or("");
    let rest: Vec<&str> = groups.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && rest.iter().all(|g| g.len() == 3)
        && whole
            .trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_digit() || c == group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        let ns = [
            0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 22.0, 25.0, 101.0, 111.0, 1.5,
        ];
        let expected = [
            (
                Locale::En,
                [
                    "other", "one", "other", "other", "other", "other", "other", "other", "other",
                    "other", "other",
                ],
            ),
            (
                Locale::Ro,
                [
                    "few", "one", "few", "few", "few", "other", "other", "other", "few", "few",
                    "few",
                ],
            ),
            (
                Locale::Ru,
                [
                    "many", "one", "few", "many", "many", "one", "few", "many", "one", "many",
                    "other",
                ],
            ),
            (
                Locale::Uk,
                [
                    "many", "one", "few", "many", "many", "one", "few", "many", "one", "many",
                    "other",
                ],
            ),
        ];
        for (locale, categories) in expected {
            for (n, c) in ns.iter().zip(categories) {
                assert_eq!(locale.plural(*n), c, "{locale} {n}");
            }
        }
    }

    #[test]
    fn numbers_are_read_as_each_language_types_them() {
        let read = |l: Locale, t: &str| l.parse_decimal(t).map(|d| d.to_string());
        let ok = |l: Locale, t: &str, want: &str| {
            assert_eq!(read(l, t), Ok(want.to_owned()), "{l} {t:?}");
        };
        ok(Locale::En, "1,234.50", "1234.50");
        ok(Locale::En, "1234.5", "1234.5");
        ok(Locale::En, "1 234", "1234");
        ok(Locale::En, "-12.5", "-12.5");
        ok(Locale::Ro, "1.234,50", "1234.50");
        ok(Locale::Ro, "1\u{a0}234,50", "1234.50");
        ok(Locale::Ro, "1234,5", "1234.5");
        ok(Locale::Ro, "1.500", "1500");
        ok(Locale::Ro, "1200.00", "1200.00");
        ok(Locale::Ro, "0.5", "0.5");
        ok(Locale::Ru, "1\u{a0}234,56", "1234.56");
        ok(Locale::Uk, "1 234.56", "1234.56");
        ok(Locale::Uk, "0,5", "0.5");
        ok(Locale::Ru, "1,2", "1.2");
        ok(Locale::En, ".5", "0.5");
        for (l, t) in [
            (Locale::En, "12,5"),
            (Locale::En, "1,2,3"),
            (Locale::En, "1.2.3"),
            (Locale::Ro, "1,2,3"),
            (Locale::Ro, "12.34,5"),
            (Locale::Ru, "1.234,5"),
            (Locale::Uk, "abc"),
            (Locale::En, "."),
            (Locale::En, "1e5"),
        ] {
            assert!(read(l, t).is_err(), "{l} {t:?} read as {:?}", read(l, t));
        }
        // What a form shows is read back as the same number.
        for l in Locale::ALL.iter().copied() {
            for n in ["1234.50", "0.5", "20", "-3.25"] {
                let d = Decimal::from_str(n).unwrap();
                assert_eq!(l.parse_decimal(&l.plain(d)), Ok(d), "{l} {n}");
            }
        }
    }

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        let cases = [
            ("uk-UA,uk;q=0.9,en;q=0.8", Some(Locale::Uk)),
            ("de-DE,ro;q=0.5,ru;q=0.7", Some(Locale::Ru)),
            ("RO", Some(Locale::Ro)),
            ("fr, de;q=0.9", None),
            ("en;q=0, ru;q=0.1", Some(Locale::Ru)),
            ("", None),
            ("*", None),
        ];
        for (header, expected) in cases {
            assert_eq!(Locale::from_accept_language(header), expected, "{header}");
        }
    }
}
