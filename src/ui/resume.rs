//! A form sent after its session ended keeps what was typed. The sign-in
//! page it leads to carries the form's fields (hidden, as `resume:<name>`)
//! and its action; after signing in, a page holding the same fields and
//! the new session's form token sends it on with one button, through the
//! form's own handler and every check it makes (a stale form is still
//! refused as stale). Only same-site posts are kept, never to the API or
//! the sign-in itself, and never a form holding a password: those would be
//! written into a page.

use super::form::FormData;
use super::session;

/// The prefix of a kept field's name on the sign-in form.
const KEPT: &str = "resume:";

/// At most this many fields are kept: an application form's 200 lines of
/// seven fields, with room to spare.
const MAX_FIELDS: usize = 2000;

/// A form to send on after signing in: where it posts, and what it held.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resume {
    pub action: String,
    pub fields: Vec<(String, String)>,
}

impl Resume {
    /// The form posted to `action` without a live session, if it may be
    /// kept: its fields without the old form token.
    pub(crate) fn of_post(action: &str, form: &FormData) -> Option<Resume> {
        let fields: Vec<(String, String)> = form
            .fields()
            .filter(|(name, _)| *name != "csrf")
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect();
        Self::checked(action, fields)
    }

    /// The form the sign-in page kept (`resume_action` and the
    /// `resume:<name>` fields), if any.
    pub(crate) fn from_sign_in(form: &FormData) -> Option<Resume> {
        let action = form.get("resume_action")?;
        let fields = form
            .fields()
            .filter_map(|(name, value)| {
                let name = name.strip_prefix(KEPT)?;
                Some((name.to_owned(), value.to_owned()))
            })
            .collect();
        Self::checked(action, fields)
    }

    fn checked(action: &str, fields: Vec<(String, String)>) -> Option<Resume> {
        let keeps_a_password = fields
            .iter()
            .any(|(name, _)| name.to_ascii_lowercase().contains("password"));
        let may_post_to = session::safe_next(Some(action)) == action
            && !action.starts_with("/api/")
            && !matches!(action, "/sign-in" | "/sign-out");
        (may_post_to && !keeps_a_password && fields.len() <= MAX_FIELDS).then(|| Resume {
            action: action.to_owned(),
            fields,
        })
    }

    /// A kept field's name on the sign-in form.
    pub(crate) fn kept_name(name: &str) -> String {
        format!("{KEPT}{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::Resume;
    use crate::ui::form::FormData;

    fn form(body: &str) -> FormData {
        FormData::parse(body.as_bytes())
    }

    #[test]
    fn a_form_is_kept_without_its_old_token_and_read_back_from_sign_in() {
        let posted = form("csrf=old&title=Docks&lines%5B0%5D.quantity=2&action=submit");
        let kept = Resume::of_post("/applications/new", &posted).unwrap();
        assert_eq!(
            kept.fields,
            [
                ("title".to_owned(), "Docks".to_owned()),
                ("lines[0].quantity".to_owned(), "2".to_owned()),
                ("action".to_owned(), "submit".to_owned()),
            ]
        );
        let sign_in = form(
            "csrf=s&email=a%40b&password=x&resume_action=%2Fapplications%2Fnew\
             &resume%3Atitle=Docks&resume%3Aaction=submit",
        );
        let back = Resume::from_sign_in(&sign_in).unwrap();
        assert_eq!(back.action, "/applications/new");
        assert_eq!(
            back.fields,
            [
                ("title".to_owned(), "Docks".to_owned()),
                ("action".to_owned(), "submit".to_owned()),
            ]
        );
    }

    #[test]
    fn passwords_the_api_sign_in_and_other_sites_are_never_kept() {
        let with_password = form("current_password=x&new_password=y");
        assert_eq!(Resume::of_post("/me/password", &with_password), None);
        let plain = form("title=x");
        for action in [
            "/api/v1/applications",
            "/sign-in",
            "/sign-out",
            "//evil.example/x",
            "https://evil.example/x",
            "/\\evil",
        ] {
            assert_eq!(Resume::of_post(action, &plain), None, "{action}");
        }
        assert!(Resume::from_sign_in(&form("email=a")).is_none());
    }
}
