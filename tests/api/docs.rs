//! The documents stay true to the code: the operations guide lists exactly
//! the settings the code knows, every `docs/…md#anchor` cited in `src/`
//! names a file and heading that exist, links between the documents
//! resolve, and the README stays a front page.

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces
/// to hyphens.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(markdown: &str) -> Vec<String> {
    let mut in_code = false;
    let mut out = Vec::new();
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with('#') {
            out.push(slug(line.trim_start_matches('#')));
        }
    }
    out
}

/// Whether `target` (a path relative to `from`'s folder, maybe with
/// `#anchor`) names an existing file and heading.
fn resolves(from_dir: &Path, target: &str) -> Result<(), String> {
    let (path, anchor) = match target.split_once('#') {
        Some((p, a)) => (p, Some(a)),
        None => (target, None),
    };
    let file = if path.is_empty() {
        return Ok(());
    } else {
        from_dir.join(path)
    };
    if !file.exists() {
        return Err(format!("{} does not exist", file.display()));
    }
    if let (Some(anchor), true) = (anchor, path.ends_with(".md")) {
        let text = std::fs::read_to_string(&file).unwrap();
        if !anchors(&text).iter().any(|a| a == anchor) {
            return Err(format!("{path} has no heading #{anchor}"));
        }
    }
    Ok(())
}

#[test]
fn the_operations_guide_lists_exactly_the_settings_the_code_knows() {
    let text = read("docs/operations.md");
    let section = text
        .split("\n## Configuration\n")
        .nth(1)
        .expect("docs/operations.md has a `## Configuration` section");
    let section = section.split("\n## ").next().unwrap();
    let documented: Vec<(String, String, Option<String>)> = section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let unquote = |c: &str| c.trim_matches('`').to_owned();
            let default = (cells[3] != "—").then(|| unquote(cells[3]));
            (unquote(cells[1]), unquote(cells[2]), default)
        })
        .collect();
    let known: Vec<(String, String, Option<String>)> = procura::config::known_keys()
        .map(|(k, e, d)| (k.to_owned(), e.to_owned(), d.map(str::to_owned)))
        .collect();
    assert_eq!(
        documented, known,
        "docs/operations.md ## Configuration vs src/config.rs"
    );
}

#[test]
fn every_design_citation_in_the_source_resolves() {
    let mut files = Vec::new();
    files_under(&Path::new(ROOT).join("src"), "rs", &mut files);
    let mut broken = Vec::new();
    let mut cited = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let at = format!("{}:{}", file.display(), n + 1);
            if line.contains("DESIGN §") {
                broken.push(format!(
                    "{at}: cites a design document outside the repository"
                ));
            }
            for (i, _) in line.match_indices("docs/") {
                let target: String = line[i..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || "/._-#".contains(*c))
                    .collect();
                let target = target.trim_end_matches(['.', ')']);
                if !target.contains(".md") {
                    continue;
                }
                cited += 1;
                if let Err(why) = resolves(Path::new(ROOT), target) {
                    broken.push(format!("{at}: {why}"));
                }
            }
        }
    }
    assert!(
        cited >= 10,
        "only {cited} citations found: is the scanner broken?"
    );
    assert!(
        broken.is_empty(),
        "broken citations:\n{}",
        broken.join("\n")
    );
}

#[test]
fn links_between_the_documents_resolve() {
    let mut files = vec![
        Path::new(ROOT).join("README.md"),
        Path::new(ROOT).join("CHANGELOG.md"),
    ];
    files_under(&Path::new(ROOT).join("docs"), "md", &mut files);
    let mut broken = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let dir = file.parent().unwrap();
        let mut in_code = false;
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("```") {
                in_code = !in_code;
            }
            if in_code {
                continue;
            }
            for (i, _) in line.match_indices("](") {
                let target: String = line[i + 2..].chars().take_while(|c| *c != ')').collect();
                if target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                let result = if let Some(anchor) = target.strip_prefix('#') {
                    if anchors(&text).iter().any(|a| a == anchor) {
                        Ok(())
                    } else {
                        Err(format!("no heading #{anchor}"))
                    }
                } else {
                    resolves(dir, &target)
                };
                if let Err(why) = result {
                    broken.push(format!("{}:{}: {target}: {why}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_is_a_front_page() {
    let readme = read("README.md");
    let lines = readme.lines().count();
    assert!(
        lines <= 200,
        "README.md has {lines} lines; the rest belongs in docs/"
    );
    let first_block: Vec<&str> = readme
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block")
        .lines()
        .collect();
    assert_eq!(
        first_block.len(),
        2,
        "exactly two set-up commands: {first_block:?}"
    );
    assert!(first_block[1].starts_with("cargo test"), "{first_block:?}");
}
