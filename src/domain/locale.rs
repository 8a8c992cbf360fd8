//! The languages Procura speaks (docs/architecture/ui.md#languages), how a
//! browser's `Accept-Language` picks one, and how each writes numbers.
//! Messages live in `src/locales/<lang>/*.ftl`; this is only the choice.

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

    /// The thousands and decimal separators, as CLDR and each language's
    /// invoices write them: `1,234.56` in English, `1.234,56` in Romanian,
    /// `1 234,56` (a no-break space) in Russian and Ukrainian.
    pub(crate) fn separators(self) -> (char, char) {
        match self {
            Locale::En => (',', '.'),
            Locale::Ro => ('.', ','),
            Locale::Ru | Locale::Uk => ('\u{a0}', ','),
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
