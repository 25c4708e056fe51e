//! The documents a newcomer and a maintainer read stay true: the README's tour runs as written,
//! every link between the documents leads somewhere, and the architecture names every module of
//! the code and no module that is not there.

use crate::support::TestEnv;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The ```sh block under a heading of a Markdown text, its continued lines joined.
fn commands_under(markdown: &str, heading: &str) -> Vec<String> {
    let section = &markdown[markdown.find(heading).expect("heading")..];
    let start = section.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let block = &section[start..start + section[start..].find("```").expect("block end")];
    let mut commands = Vec::new();
    let mut current = String::new();
    for line in block.lines() {
        let line = line.trim();
        match line.strip_suffix('\\') {
            Some(head) => {
                current.push_str(head);
                current.push(' ');
            }
            None => {
                current.push_str(line);
                if !current.trim().is_empty() {
                    commands.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    commands
}

/// The README's short tour runs, line by line, on a new database (on 15/7/2026, after the
/// written answer of 10/7).
#[test]
fn the_readme_tour_runs_as_written() {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README");
    let commands = commands_under(&readme, "## A short tour");
    assert!(commands.len() >= 8, "{commands:?}");
    let env = TestEnv::new();
    for line in &commands {
        assert!(line.starts_with("doithoai "), "{line}");
        crate::support::run_guide_line(&env, line, "2026-07-15");
    }
    // What the tour says the notice gave is what it gave.
    let shown = env.json(&["opinion", "show", "1"]);
    assert_eq!(shown["opinion"]["response_due"], "2026-08-06", "{shown}");
    assert!(env.dir.path().join("quy3.xlsx").exists());
}

/// The Markdown files a reader opens from the README.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(ROOT);
    let mut files = vec![
        root.join("README.md"),
        root.join("bench/README.md"),
        root.join("data/README.md"),
    ];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// Every relative link of the documents names a file of the repository.
#[test]
fn every_link_between_the_documents_leads_somewhere() {
    let mut checked = 0;
    for file in documents() {
        let text = std::fs::read_to_string(&file).expect("read");
        let mut rest = text.as_str();
        while let Some(at) = rest.find("](") {
            rest = &rest[at + 2..];
            let target = &rest[..rest.find(')').expect("link end")];
            if target.contains("://") || target.starts_with('#') || target.starts_with("mailto:") {
                continue;
            }
            let target = target.split('#').next().unwrap_or_default();
            let resolved = file.parent().expect("folder").join(target);
            assert!(
                resolved.exists(),
                "{}: the link to {target} leads nowhere",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} links found");
}

/// Every module of the code is named in docs/ARCHITECTURE.md, and every module it names exists.
#[test]
fn the_architecture_names_the_modules_the_code_has() {
    let root = Path::new(ROOT);
    let architecture =
        std::fs::read_to_string(root.join("docs/ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    // Named: every `src/….rs` in backquotes.
    let named: Vec<&str> = architecture
        .split('`')
        .filter(|s| s.starts_with("src/") && s.ends_with(".rs"))
        .collect();
    for module in &named {
        assert!(
            root.join(module).is_file(),
            "docs/ARCHITECTURE.md names {module}, which does not exist"
        );
    }
    // Present: every .rs file under src/.
    let mut present = Vec::new();
    let mut folders = vec![root.join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(root).expect("under the root");
                present.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    assert!(present.len() > 40, "{present:?}");
    for module in &present {
        assert!(
            named.contains(&module.as_str()),
            "{module} is not named in docs/ARCHITECTURE.md"
        );
    }
}

/// Below the edge nothing is worded: the rules, the store and the operations build messages as
/// data (`doithoai::message`: a catalogue id and typed values — a day, a code, a command line)
/// and never name `words`, the renderer of the interface's language (docs/ARCHITECTURE.md).
#[test]
fn nothing_below_the_edge_words_anything() {
    let root = Path::new(ROOT).join("src");
    let mut folders = vec![root.join("rules"), root.join("store"), root.join("ops")];
    let mut files = vec![
        root.join("error.rs"),
        root.join("config.rs"),
        root.join("files.rs"),
    ];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 30, "{files:?}");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if code.contains("words::") || code.contains("crate::words") {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "worded below the edge:\n{}",
        found.join("\n")
    );
}
