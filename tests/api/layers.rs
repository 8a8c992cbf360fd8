//! The layer arrows of docs/ARCHITECTURE.md ("Layers"), checked on the
//! source: a small scanner reads every file under `src/` and lists the
//! crate modules it names (`crate::x` in `use` lines and paths, comments
//! skipped). A new import against an arrow fails here, with file and line.

use std::path::{Path, PathBuf};

/// The layer of a file: its first directory under `src/`, or its file stem.
fn layer_of(file: &Path, src: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// What each layer must not name (top-level modules of the crate).
fn forbidden(layer: &str) -> &'static [&'static str] {
    match layer {
        // Pure rules: nothing but themselves and the error type.
        "domain" => &[
            "api", "ui", "service", "db", "jobs", "mail", "startup", "config", "clock", "cli",
            "demo",
        ],
        "db" => &[
            "api", "ui", "service", "jobs", "mail", "startup", "cli", "demo",
        ],
        "service" => &["api", "ui", "startup", "cli"],
        "api" => &["db", "ui", "startup", "cli"],
        "ui" => &["db", "api", "startup", "cli"],
        _ => &[],
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `(line number, module)` for every `crate::module` the file names.
fn named_modules(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((n + 1, name));
            }
            rest = after;
        }
    }
    out
}

#[test]
fn every_import_follows_the_layer_arrows() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    assert!(
        all.len() > 100,
        "the scanner found only {} files",
        all.len()
    );
    let mut wrong = Vec::new();
    for file in &all {
        let layer = layer_of(file, &src);
        let text = std::fs::read_to_string(file).unwrap();
        for (line, module) in named_modules(&text) {
            if forbidden(&layer).contains(&module.as_str()) {
                let rel = file.strip_prefix(&src).unwrap().display();
                wrong.push(format!(
                    "src/{rel}:{line}: {layer} must not use crate::{module}"
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layer arrows:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_scanner_sees_what_it_must() {
    let text = "use crate::db::stock::X; // crate::api in a comment\nlet a = crate::service::f();";
    let found: Vec<String> = named_modules(text).into_iter().map(|(_, m)| m).collect();
    assert_eq!(found, ["db", "service"]);
}
