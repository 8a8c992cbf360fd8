//! Notification templates: subject, plain text and HTML per kind, embedded
//! as defaults (see `defaults.rs`) and overridable file by file from
//! `templates_dir`: a file there replaces the default for every language,
//! one in `templates_dir/<lang>/` for that language only. One template set
//! serves every language: its words are messages of
//! `src/locales/<lang>/mail.ftl`, looked up in the recipient's language
//! (`functions.rs`). Every kind is rendered in every language with a
//! sample context at start, so a broken override stops the service then,
//! not when mail goes out. HTML templates auto-escape, so user text
//! (titles, comments) is safe.

use std::path::Path;

use chrono_tz::Tz;
use minijinja::{context, AutoEscape, Environment, Value};

use super::defaults::{sample_context, FILES, KINDS};
use crate::domain::locale::Locale;

/// One message's rendered parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub struct Templates {
    env: Environment<'static>,
    default_locale: Locale,
    zone: Tz,
}

impl Templates {
    /// The embedded defaults, overlaid by same-named files in `dir` and in
    /// its per-language folders; dates are told in `zone`, and a recipient
    /// without a language of their own reads `default_locale`.
    pub fn load(
        dir: Option<&Path>,
        public_url: &str,
        zone: Tz,
        default_locale: Locale,
    ) -> Result<Self, String> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.add_global("public_url", public_url.to_owned());
        super::functions::register(&mut env, zone);
        for (name, source) in FILES {
            let source = match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => read(&path)?,
                None => (*source).to_owned(),
            };
            add(&mut env, name.to_string(), source)?;
        }
        if let Some(dir) = dir {
            check_no_strays(dir, true)?;
            for locale in Locale::ALL {
                let folder = dir.join(locale.as_str());
                if !folder.is_dir() {
                    continue;
                }
                check_no_strays(&folder, false)?;
                for (name, _) in FILES {
                    let path = folder.join(name);
                    if path.is_file() {
                        add(&mut env, format!("{locale}/{name}"), read(&path)?)?;
                    }
                }
            }
        }
        let templates = Self {
            env,
            default_locale,
            zone,
        };
        for kind in KINDS {
            for locale in Locale::ALL.iter().copied() {
                templates
                    .render(kind, Some(locale), &sample_context(kind))
                    .map_err(|e| {
                        format!("template for `{kind}` fails to render in {locale}: {e}")
                    })?;
            }
        }
        Ok(templates)
    }

    /// The language of a recipient who has not chosen one.
    pub(crate) fn default_locale(&self) -> Locale {
        self.default_locale
    }

    /// The organisation's time zone, which mail tells dates in.
    pub(crate) fn zone(&self) -> Tz {
        self.zone
    }

    /// Renders `kind` in `locale` (the default when `None`), with the
    /// language's own override when it has one.
    pub(crate) fn render(
        &self,
        kind: &str,
        locale: Option<Locale>,
        context: &serde_json::Value,
    ) -> Result<Rendered, String> {
        let locale = locale.unwrap_or(self.default_locale);
        let context = context! { locale => locale.as_str(), ..Value::from_serialize(context) };
        let part = |suffix: &str| -> Result<String, String> {
            let name = format!("{kind}.{suffix}");
            let template = self
                .env
                .get_template(&format!("{locale}/{name}"))
                .or_else(|_| self.env.get_template(&name))
                .map_err(|_| format!("no template named {name}"))?;
            template
                .render(&context)
                .map_err(|e| format!("{name}: {e:#}"))
        };
        Ok(Rendered {
            subject: one_line(&part("subject.txt")?),
            text: part("txt")?,
            html: part("html")?,
        })
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read template {}: {e}", path.display()))
}

fn add(env: &mut Environment<'static>, name: String, source: String) -> Result<(), String> {
    env.add_template_owned(name.clone(), source)
        .map_err(|e| format!("template {name} does not parse: {e:#}"))
}

/// Subjects are one line however the template was written.
fn one_line(text: &str) -> String {
    // ASCII only: a no-break space inside "1 234,50" stays.
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file in the override directory that matches no template is most likely
/// a typo that would silently do nothing: refuse it. The top folder may
/// hold one folder per language (`ro/`), nothing else.
fn check_no_strays(dir: &Path, top: bool) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read templates_dir {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Hidden files and editor backups are not meant as templates.
        if name.starts_with('.') || name.ends_with('~') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() && !(top && Locale::ALL.iter().any(|l| l.as_str() == name)) {
            return Err(format!(
                "templates_dir has the folder {}, which is not a language (expected one of en, ro, ru, uk)",
                path.display()
            ));
        }
        if path.is_file() && !FILES.iter().any(|(known, _)| *known == name) {
            return Err(format!(
                "templates_dir has {}, which is not a template name (expected e.g. account_created.subject.txt, account_created.txt, account_created.html)",
                path.display()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "templates_tests.rs"]
mod tests;
