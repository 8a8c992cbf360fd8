//! Rules for user and department input: what makes an email, a password,
//! a department code acceptable.

use crate::domain::ids::DepartmentId;
use crate::error::FieldErrors;

pub(crate) const PASSWORD_MIN_CHARS: usize = 10;
/// Upper bound so a huge password cannot be used to make Argon2 burn CPU.
pub(crate) const PASSWORD_MAX_CHARS: usize = 128;

/// Normalises an email for storage and lookup: trimmed, lower-case.
pub(crate) fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A pragmatic address check (RFC 5321 lengths, one `@`, a dotted domain,
/// no spaces or control characters): catches typos at entry rather than at
/// send time.
pub(crate) fn check_email(errors: &mut FieldErrors, field: &str, email: &str) {
    if let Err(why) = email_problem(email) {
        errors.add(field, "invalid_email", why);
    }
}

fn email_problem(email: &str) -> Result<(), String> {
    let email = email.trim();
    if email.is_empty() {
        return Err("is required".into());
    }
    if email.len() > 254 {
        return Err("is longer than 254 characters".into());
    }
    let Some((local, domain)) = email.rsplit_once('@') else {
        return Err("must contain `@`".into());
    };
    let bad_char = |c: char| c.is_whitespace() || c.is_control() || "<>()[],;:\\\"".contains(c);
    if local.is_empty() || local.len() > 64 || local.chars().any(bad_char) || local.contains('@') {
        return Err("has an invalid part before `@`".into());
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    if labels.len() < 2 || !labels.iter().all(label_ok) {
        return Err("has an invalid domain after `@`".into());
    }
    Ok(())
}

pub(crate) fn check_password(errors: &mut FieldErrors, field: &str, password: &str) {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        errors.add(
            field,
            "too_short",
            format!("must be at least {PASSWORD_MIN_CHARS} characters"),
        );
    } else if chars > PASSWORD_MAX_CHARS {
        errors.add(
            field,
            "too_long",
            format!("must be at most {PASSWORD_MAX_CHARS} characters"),
        );
    }
}

/// A required, trimmed, bounded piece of text (names, titles).
pub(crate) fn check_text(errors: &mut FieldErrors, field: &str, value: &str, max_chars: usize) {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, "required", "must not be empty");
    } else if value.chars().count() > max_chars {
        errors.add(
            field,
            "too_long",
            format!("must be at most {max_chars} characters"),
        );
    }
}

/// Department codes are short identifiers: letters, digits, `-`, `_`.
pub(crate) fn check_code(errors: &mut FieldErrors, field: &str, code: &str) {
    let ok = !code.is_empty()
        && code.len() <= 32
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok {
        errors.add(
            field,
            "invalid_code",
            "must be 1–32 characters of letters, digits, `-` or `_`",
        );
    }
}

/// Would making `parent` the parent of `child` close a loop? `ancestors_of`
/// yields the chain of parents above a department (nearest first).
pub(crate) fn creates_cycle(
    child: &DepartmentId,
    parent: &DepartmentId,
    ancestors_of_parent: &[DepartmentId],
) -> bool {
    child == parent || ancestors_of_parent.iter().any(|a| a == child)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        let good = [
            "a@b.co",
            "first.last+tag@example.com",
            "x@sub.domain.org",
            "  A@B.CO ",
        ];
        let bad = [
            "",
            "plain",
            "@example.com",
            "a@",
            "a@localhost",
            "a b@c.de",
            "a@-x.com",
            "a@b..com",
            "a@b.c@d.e",
        ];
        for e in good {
            assert!(email_problem(e).is_ok(), "{e} should pass");
        }
        for e in bad {
            assert!(email_problem(e).is_err(), "{e} should fail");
        }
        assert_eq!(normalize_email("  Ann@Example.COM "), "ann@example.com");
    }

    #[test]
    fn passwords() {
        for (pw, ok) in [
            ("short", false),
            ("0123456789", true),
            (&"x".repeat(129), false),
        ] {
            let mut e = FieldErrors::new();
            check_password(&mut e, "password", pw);
            assert_eq!(e.is_empty(), ok, "{pw}");
        }
    }

    #[test]
    fn codes_and_text() {
        let mut e = FieldErrors::new();
        check_code(&mut e, "code", "IT-OPS_1");
        check_text(&mut e, "name", "Finance", 100);
        assert!(e.is_empty());
        check_code(&mut e, "code", "has space");
        check_text(&mut e, "name", "   ", 100);
        assert!(e.into_result().is_err());
    }

    #[test]
    fn cycles() {
        let d = DepartmentId::new;
        let ancestors = vec![d("b"), d("root")];
        assert!(creates_cycle(&d("a"), &d("a"), &[]));
        assert!(creates_cycle(&d("root"), &d("c"), &ancestors));
        assert!(!creates_cycle(&d("a"), &d("c"), &ancestors));
    }
}
