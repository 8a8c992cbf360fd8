//! Values written to the log. Anything a client or a remote server chose
//! (an email typed at sign-in, a client address, an SMTP reply, a database
//! URL with its credentials) goes through here, so one log record stays one
//! line, cannot be forged into two, and never carries a secret.

use std::fmt;

/// Longest value a log record carries, in characters.
pub(crate) const MAX_LOGGED_CHARS: usize = 200;

/// Displays a value with control characters escaped (`\n`, `\u{1b}`) and
/// cut to [`MAX_LOGGED_CHARS`], saying how much was left out.
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (count, c) in self.0.chars().enumerate() {
            if count == MAX_LOGGED_CHARS {
                let rest = self.0.chars().count() - count;
                return write!(f, "…({rest} more characters)");
            }
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// Any error or message for a log field: URLs redacted, escaped, cut.
pub(crate) fn clean(value: &dyn fmt::Display) -> String {
    Escaped(&redact_url(&value.to_string())).to_string()
}

/// A database or SMTP URL without its password: the userinfo's secret and
/// any `password=` query parameter become `***`.
pub fn redact_url(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some(parts) => parts,
        None => return redact_query(url),
    };
    // The userinfo ends at the last `@` before the query: a password may
    // hold `@`, `/` or `#` unencoded. Without an `@` the authority ends at
    // the first `/`, `?` or `#`.
    let head = &rest[..rest.find('?').unwrap_or(rest.len())];
    let end = match head.rfind('@') {
        Some(at) => {
            at + 1
                + rest[at + 1..]
                    .find(['/', '?', '#'])
                    .unwrap_or(rest.len() - at - 1)
        }
        None => rest.find(['/', '?', '#']).unwrap_or(rest.len()),
    };
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _secret)) => format!("{user}:***@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => authority.to_owned(),
    };
    redact_query(&format!("{scheme}://{authority}{tail}"))
}

fn redact_query(url: &str) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_owned();
    };
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{base}?{}", pairs.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_cannot_forge_a_line() {
        let shown = Escaped("a@b.c\nINFO forged record\r\u{1b}[31m").to_string();
        assert!(!shown.contains('\n') && !shown.contains('\r') && !shown.contains('\u{1b}'));
        assert!(shown.contains("\\n"), "{shown}");
    }

    #[test]
    fn long_values_are_cut() {
        let shown = Escaped(&"x".repeat(10_000)).to_string();
        assert!(shown.len() < MAX_LOGGED_CHARS + 40, "{}", shown.len());
        assert!(shown.ends_with("(9800 more characters)"), "{shown}");
    }

    #[test]
    fn passwords_never_survive_redaction() {
        for (url, want) in [
            (
                "postgres://app:a/b#c@db:5432/procura",
                "postgres://app:***@db:5432/procura",
            ),
            (
                "postgres://app:s3cret@db:5432/procura",
                "postgres://app:***@db:5432/procura",
            ),
            (
                "postgres://app:p@ss@w0rd@db/procura",
                "postgres://app:***@db/procura",
            ),
            (
                "postgres://db/procura?user=app&password=s3cret",
                "postgres://db/procura?user=app&password=***",
            ),
            ("postgres://app@db/procura", "postgres://app@db/procura"),
            ("smtp://mailer:pw@relay:587", "smtp://mailer:***@relay:587"),
            (
                "postgres://db/procura?sslmode=require",
                "postgres://db/procura?sslmode=require",
            ),
        ] {
            assert_eq!(redact_url(url), want, "{url}");
        }
    }
}
