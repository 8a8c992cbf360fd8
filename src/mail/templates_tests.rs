//! Every kind renders in every language, in one sane document, with no
//! message id or English sentence left where the language's own belongs;
//! user text is escaped in HTML only; overrides apply to every language
//! or to one, and a broken or misnamed one stops the start.

use super::*;

fn defaults() -> Templates {
    Templates::load(
        None,
        "https://procura.example.com",
        chrono_tz::UTC,
        Locale::En,
    )
    .unwrap()
}

#[test]
fn every_kind_renders_all_three_parts_in_every_language() {
    let t = defaults();
    for kind in KINDS {
        for locale in Locale::ALL.iter().copied() {
            let r = t.render(kind, Some(locale), &sample_context(kind)).unwrap();
            assert!(
                !r.subject.is_empty() && !r.subject.contains('\n'),
                "{kind} {locale}: {r:?}"
            );
            assert!(!r.text.trim().is_empty(), "{kind} {locale}");
            assert!(
                r.html.contains("procura.example.com"),
                "{kind} links to the service"
            );
            assert!(
                r.html.contains(&format!("<html lang=\"{locale}\">")),
                "{kind}"
            );
            // A message the catalogue lacks would show as its id.
            for part in [&r.subject, &r.text, &r.html] {
                assert!(!part.contains("mail-"), "{kind} {locale}: {part}");
            }
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
}

#[test]
fn no_language_reads_an_english_line() {
    let t = defaults();
    for kind in KINDS {
        let english = t
            .render(kind, Some(Locale::En), &sample_context(kind))
            .unwrap();
        let lines: Vec<&str> = english
            .text
            .lines()
            .map(str::trim)
            // Lines of names, links and numbers read the same everywhere.
            .filter(|l| l.split_whitespace().count() > 2 && !l.contains("://"))
            .collect();
        for locale in [Locale::Ro, Locale::Ru, Locale::Uk] {
            let theirs = t.render(kind, Some(locale), &sample_context(kind)).unwrap();
            assert_ne!(theirs.subject, english.subject, "{kind} {locale}");
            let left: Vec<&&str> = lines.iter().filter(|l| theirs.text.contains(**l)).collect();
            assert!(left.is_empty(), "{kind} {locale} still reads {left:#?}");
        }
    }
}

#[test]
fn numbers_and_dates_are_written_as_the_language_writes_them() {
    let t = defaults();
    let ctx = sample_context("application_submitted");
    let en = t
        .render("application_submitted", Some(Locale::En), &ctx)
        .unwrap();
    assert!(en.text.contains("1,234.50 EUR"), "{}", en.text);
    assert!(en.text.contains("15 July 2025"), "{}", en.text);
    let ro = t
        .render("application_submitted", Some(Locale::Ro), &ctx)
        .unwrap();
    assert!(ro.text.contains("1\u{a0}234,50 EUR"), "{}", ro.text);
    assert!(ro.text.contains("15 iulie 2025"), "{}", ro.text);
    let uk = t
        .render("application_submitted", Some(Locale::Uk), &ctx)
        .unwrap();
    assert!(uk.text.contains("1\u{a0}234,50 EUR"), "{}", uk.text);
    assert!(uk.subject.contains("1\u{a0}234,50 EUR"), "{}", uk.subject);
    assert!(uk.text.contains("15 липня 2025"), "{}", uk.text);
    let default = t.render("application_submitted", None, &ctx).unwrap();
    assert_eq!(default, en, "no choice reads the default language");
}

#[test]
fn user_text_is_escaped_in_html_only() {
    let t = defaults();
    let mut ctx = sample_context("application_returned");
    ctx["comment"] = serde_json::Value::from("<script>alert(1)</script> & more");
    let r = t.render("application_returned", None, &ctx).unwrap();
    assert!(
        r.html
            .contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; more"),
        "{}",
        r.html
    );
    assert!(!r.html.contains("<script>"));
    assert!(r.text.contains("<script>alert(1)</script> & more"));
}

fn load(dir: &Path) -> Result<Templates, String> {
    Templates::load(Some(dir), "http://x", chrono_tz::UTC, Locale::En)
}

#[test]
fn overrides_replace_defaults_and_broken_ones_fail_at_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("account_created.subject.txt"),
        "Welcome, {{ name }}!",
    )
    .unwrap();
    let t = load(dir.path()).unwrap();
    let ctx = sample_context("account_created");
    for locale in Locale::ALL.iter().copied() {
        let r = t.render("account_created", Some(locale), &ctx).unwrap();
        assert!(r.subject.starts_with("Welcome, "), "{}", r.subject);
    }

    std::fs::write(
        dir.path().join("low_stock.html"),
        "{% for a in alerts %}unclosed",
    )
    .unwrap();
    let err = load(dir.path()).err().unwrap();
    assert!(err.contains("low_stock.html"), "{err}");
}

#[test]
fn a_language_folder_overrides_that_language_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ro")).unwrap();
    std::fs::write(
        dir.path().join("ro/account_created.subject.txt"),
        "Bun venit, {{ name }}!",
    )
    .unwrap();
    let t = load(dir.path()).unwrap();
    let ctx = sample_context("account_created");
    let ro = t.render("account_created", Some(Locale::Ro), &ctx).unwrap();
    assert_eq!(ro.subject, "Bun venit, Anna Berg!");
    let ru = t.render("account_created", Some(Locale::Ru), &ctx).unwrap();
    assert!(!ru.subject.starts_with("Bun venit"), "{}", ru.subject);

    std::fs::write(dir.path().join("ro/low_stock.txt"), "{{ unclosed").unwrap();
    let err = load(dir.path()).err().unwrap();
    assert!(err.contains("ro/low_stock.txt"), "{err}");
}

#[test]
fn unknown_override_files_and_folders_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".DS_Store"), "ignored").unwrap();
    std::fs::write(dir.path().join("account_created.txt~"), "ignored").unwrap();
    assert!(
        load(dir.path()).is_ok(),
        "hidden and backup files are ignored"
    );
    std::fs::create_dir(dir.path().join("de")).unwrap();
    let err = load(dir.path()).err().unwrap();
    assert!(err.contains("not a language"), "{err}");
    std::fs::remove_dir(dir.path().join("de")).unwrap();
    std::fs::create_dir(dir.path().join("uk")).unwrap();
    std::fs::write(dir.path().join("uk/acount_created.txt"), "typo").unwrap();
    let err = load(dir.path()).err().unwrap();
    assert!(err.contains("acount_created.txt"), "{err}");
}
