//! Notification templates: subject, plain text and HTML per kind, embedded
//! as defaults (see `defaults.rs`) and overridable file by file from
//! `templates_dir`. Every kind is rendered with a sample context at start,
//! so a broken override stops the service then, not when mail goes out.
//! HTML templates auto-escape, so user text (titles, comments) is safe.

use std::path::Path;

use minijinja::{AutoEscape, Environment};
use serde_json::Value;

use super::defaults::{sample_context, FILES, KINDS};

/// One message's rendered parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// The embedded defaults, overlaid by same-named files in `dir`.
    pub fn load(dir: Option<&Path>, public_url: &str) -> Result<Self, String> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.add_global("public_url", public_url.to_owned());
        for (name, source) in FILES {
            let source = match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read template {}: {e}", path.display()))?,
                None => (*source).to_owned(),
            };
            env.add_template_owned(name.to_string(), source)
                .map_err(|e| format!("template {name} does not parse: {e:#}"))?;
        }
        if let Some(dir) = dir {
            check_no_strays(dir)?;
        }
        let templates = Self { env };
        for kind in KINDS {
            templates
                .render(kind, &sample_context(kind))
                .map_err(|e| format!("template for `{kind}` fails to render: {e}"))?;
        }
        Ok(templates)
    }

    pub(crate) fn render(&self, kind: &str, context: &Value) -> Result<Rendered, String> {
        let part = |suffix: &str| -> Result<String, String> {
            let name = format!("{kind}.{suffix}");
            let template = self
                .env
                .get_template(&name)
                .map_err(|_| format!("no template named {name}"))?;
            template
                .render(context)
                .map_err(|e| format!("{name}: {e:#}"))
        };
        Ok(Rendered {
            subject: one_line(&part("subject.txt")?),
            text: part("txt")?,
            html: part("html")?,
        })
    }
}

/// Subjects are one line however the template was written.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file in the override directory that matches no template is most likely
/// a typo that would silently do nothing: refuse it.
fn check_no_strays(dir: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read templates_dir {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Hidden files and editor backups are not meant as templates.
        if name.starts_with('.') || name.ends_with('~') {
            continue;
        }
        if entry.path().is_file() && !FILES.iter().any(|(known, _)| *known == name) {
            return Err(format!(
                "templates_dir has {name}, which is not a template name (expected e.g. account_created.subject.txt, account_created.txt, account_created.html)"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Templates {
        Templates::load(None, "https://procura.example.com").unwrap()
    }

    #[test]
    fn every_kind_renders_all_three_parts() {
        let t = defaults();
        for kind in KINDS {
            let r = t.render(kind, &sample_context(kind)).unwrap();
            assert!(
                !r.subject.is_empty() && !r.subject.contains('\n'),
                "{kind}: {r:?}"
            );
            assert!(!r.text.trim().is_empty(), "{kind}");
            assert!(
                r.html.contains("procura.example.com"),
                "{kind} links to the service"
            );
            // One document of a sane size: a template mangled by an edit
            // (a heading repeated between every character) once rendered
            // a 5.6 MB "approval needed" mail that still held every link.
            assert_eq!(r.html.matches("<html").count(), 1, "{kind}");
            assert_eq!(r.html.matches("</html>").count(), 1, "{kind}");
            assert!(
                r.html.len() < 32 * 1024,
                "{kind}: {} bytes of HTML",
                r.html.len()
            );
            assert!(
                r.text.len() < 8 * 1024,
                "{kind}: {} bytes of text",
                r.text.len()
            );
        }
    }

    #[test]
    fn user_text_is_escaped_in_html_only() {
        let t = defaults();
        let mut ctx = sample_context("application_returned");
        ctx["comment"] = Value::from("<script>alert(1)</script> & more");
        let r = t.render("application_returned", &ctx).unwrap();
        assert!(
            r.html
                .contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; more"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("<script>"));
        assert!(r.text.contains("<script>alert(1)</script> & more"));
    }

    #[test]
    fn overrides_replace_defaults_and_broken_ones_fail_at_load() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("account_created.subject.txt"),
            "Welcome, {{ name }}!",
        )
        .unwrap();
        let t = Templates::load(Some(dir.path()), "http://x").unwrap();
        let r = t
            .render("account_created", &sample_context("account_created"))
            .unwrap();
        assert!(r.subject.starts_with("Welcome, "), "{}", r.subject);

        std::fs::write(
            dir.path().join("low_stock.html"),
            "{% for a in alerts %}unclosed",
        )
        .unwrap();
        let err = Templates::load(Some(dir.path()), "http://x").err().unwrap();
        assert!(err.contains("low_stock.html"), "{err}");
    }

    #[test]
    fn unknown_override_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".DS_Store"), "ignored").unwrap();
        std::fs::write(dir.path().join("account_created.txt~"), "ignored").unwrap();
        assert!(
            Templates::load(Some(dir.path()), "http://x").is_ok(),
            "hidden and backup files are ignored"
        );
        std::fs::write(dir.path().join("acount_created.txt"), "typo").unwrap();
        let err = Templates::load(Some(dir.path()), "http://x").err().unwrap();
        assert!(err.contains("acount_created.txt"), "{err}");
    }
}
