//! The layer arrows of docs/architecture/README.md ("Layers"), checked on the
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
            "api", "ui", "web", "service", "db", "jobs", "mail", "startup", "config", "clock",
            "cli", "demo",
        ],
        "db" => &[
            "api", "ui", "service", "jobs", "mail", "startup", "cli", "demo",
        ],
        "service" => &["api", "ui", "startup", "cli", "demo"],
        "api" => &["db", "ui", "startup", "cli", "demo"],
        "ui" => &["db", "api", "startup", "cli", "demo"],
        // Shared by both front ends: plain HTTP, no use cases, no rows.
        "web" => &[
            "api", "ui", "service", "db", "jobs", "mail", "startup", "cli", "demo",
        ],
        // Templates and transports: they know nothing of rows or use cases.
        "mail" => &[
            "api", "ui", "service", "db", "jobs", "startup", "cli", "demo",
        ],
        // The translations and the formatting of numbers and dates, for
        // pages and mail alike: catalogues and pure functions only.
        "i18n" => &[
            "api", "ui", "web", "service", "db", "jobs", "mail", "startup", "config", "clock",
            "cli", "demo",
        ],
        // Background work drives use cases and the db, never HTTP.
        "jobs" => &["api", "ui", "startup", "cli", "demo"],
        // The demo generator writes rows in bulk through db and service;
        // only the command line runs it.
        "demo" => &["api", "ui", "startup", "cli", "jobs"],
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

/// The module path of a file: `src/service/users.rs` → `service::users`,
/// `src/service/mod.rs` → `service`.
fn module_of(file: &Path, src: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// Module paths a file names through `crate::` or `super::`, groups expanded.
fn referenced_paths(text: &str, own: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for (at, _) in code
            .match_indices("crate::")
            .chain(code.match_indices("super::"))
        {
            let rest = &code[at..];
            let (base, tail) = if let Some(t) = rest.strip_prefix("crate::") {
                (Vec::new(), t)
            } else {
                // `super` of module `a::b` is `a` (a mod.rs is its folder's module).
                let mut parent = own.to_vec();
                parent.pop();
                (parent, &rest["super::".len()..])
            };
            let path: String = tail
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut segs: Vec<String> = base;
            segs.extend(
                path.split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
            if tail[path.len()..].starts_with('{') {
                let inner = tail[path.len() + 1..].split('}').next().unwrap_or("");
                for name in inner.split(',') {
                    let name = name.trim().split("::").next().unwrap_or("").to_owned();
                    if !name.is_empty() && name != "self" {
                        let mut s = segs.clone();
                        s.push(name);
                        out.push(s);
                    }
                }
            }
            out.push(segs);
        }
    }
    out
}

#[test]
fn no_two_files_import_each_other_in_a_cycle() {
    use std::collections::{BTreeMap, BTreeSet};
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let modules: BTreeMap<Vec<String>, PathBuf> = all
        .iter()
        .map(|f| (module_of(f, &src), f.clone()))
        .collect();
    // Edges between plain files; a mod.rs (a folder's table of contents and
    // shared context) neither starts nor ends one.
    let is_mod = |f: &Path| {
        f.file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs" || n == "main.rs")
    };
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for file in &all {
        if is_mod(file) {
            continue;
        }
        let own = module_of(file, &src);
        let text = std::fs::read_to_string(file).unwrap();
        for path in referenced_paths(&text, &own) {
            let target = (1..=path.len()).rev().find_map(|n| modules.get(&path[..n]));
            if let Some(t) = target.filter(|t| *t != file && !is_mod(t)) {
                edges.entry(file.clone()).or_default().insert(t.clone());
            }
        }
    }
    // Depth-first search for a back edge.
    fn visit(
        node: &PathBuf,
        edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        stack: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
        found: &mut Vec<String>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let cycle: Vec<String> = stack[at..]
                .iter()
                .chain([node])
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect();
            found.push(cycle.join(" → "));
            return;
        }
        if !done.insert(node.clone()) {
            return;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, stack, done, found);
        }
        stack.pop();
    }
    let (mut done, mut found) = (BTreeSet::new(), Vec::new());
    for node in edges.keys() {
        visit(node, &edges, &mut Vec::new(), &mut done, &mut found);
    }
    assert!(
        found.is_empty(),
        "import cycles between files:\n{}",
        found.join("\n")
    );
}
