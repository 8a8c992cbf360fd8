//! Cells of the CSV files the service writes, made safe to open in a
//! spreadsheet (OWASP "CSV injection"): a text cell that starts with `=`,
//! `+`, `-`, `@`, a tab or a carriage return would be run as a formula by
//! Excel or LibreOffice, so it is written with a leading `'`, which both
//! show as text. Numbers and dates the service formats itself are never
//! passed through here (a negative amount stays `-12.50`).
//!
//! Imports undo exactly that escape ([`restore`]), so an exported file
//! imported again changes nothing; the next export escapes again.

use std::borrow::Cow;

const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written to a CSV file.
pub(crate) fn neutralize(cell: &str) -> Cow<'_, str> {
    // A cell that starts with a quote is escaped too, so that `restore`
    // gives back exactly what was stored.
    if cell.starts_with(TRIGGERS) || cell.starts_with('\'') {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The stored value of a cell read from a CSV file this service wrote.
pub(crate) fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_prefixes_are_escaped() {
        for cell in [
            "=1+1",
            "+SUM(A1)",
            "-2+3",
            "@cmd",
            "\tx",
            "\rx",
            "=HYPERLINK(\"x\")",
        ] {
            let out = neutralize(cell);
            assert!(out.starts_with('\''), "{cell:?} -> {out:?}");
            assert_eq!(restore(&out), cell, "round trip of {cell:?}");
        }
    }

    #[test]
    fn plain_text_is_untouched() {
        for cell in ["Toner", "", "12.50", "it's", "A-4"] {
            assert_eq!(neutralize(cell), cell);
            assert_eq!(restore(cell), cell);
        }
        assert_eq!(
            restore("'quoted'"),
            "'quoted'",
            "a hand-written quote stays"
        );
    }

    #[test]
    fn a_stored_escape_survives_the_round_trip() {
        for cell in ["'=x", "''=x", "'quoted'", "'"] {
            assert_eq!(restore(&neutralize(cell)), cell);
        }
    }
}
