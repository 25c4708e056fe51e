//! The help pages from the catalogue, in the interface's language: the command tree clap builds
//! is given its words at run time from `i18n/en/help.ftl` or `i18n/vi/help.ftl` (command
//! descriptions, the global options, each option's help; in Vietnamese also the placeholders
//! and clap's own headings). Every text has an id of its own: `help-about-PATH` for a command,
//! `help-global-ARG` for a global option, `help-arg-ARG` for an option or argument as most
//! commands say it and `help-arg-PATH-ARG` where a command says it otherwise,
//! `help-value-NAME` for a placeholder. A test fails on any option without its text in either
//! language.

use clap::Command;
use doithoai::words::{help_text, help_word, Lang};

/// Every Vietnamese-only word below is in Vietnamese: the English page keeps clap's layout.
fn text(id: &str) -> Option<String> {
    help_text(Lang::Vi, id)
}

fn word(key: &str) -> String {
    help_word(Lang::Vi, key)
}

/// The id of the command at `path` ("session plan") in the catalogue.
fn about_id(path: &str) -> String {
    if path.is_empty() {
        "help-about".into()
    } else {
        format!("help-about-{}", path.replace(' ', "-"))
    }
}

/// The id of a global option (`decimal_comma`) in the catalogue.
fn global_id(arg: &str) -> String {
    format!("help-global-{}", arg.replace('_', "-"))
}

/// A name as the catalogue's ids write it: lower case, words joined by `-`
/// (`OPINION=AGENCY` → `opinion-agency`, `dry_run` → `dry-run`).
fn id_part(name: &str) -> String {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

/// The help of the argument `arg` of the command at `path`: the command's own text if it says
/// it otherwise, else the text most commands share.
fn arg_help(lang: Lang, path: &str, arg: &str) -> Option<String> {
    help_text(
        lang,
        &format!("help-arg-{}-{}", id_part(path), id_part(arg)),
    )
    .or_else(|| help_text(lang, &format!("help-arg-{}", id_part(arg))))
}

/// The Vietnamese placeholder for `english` ("GIÁ-TRỊ" when the catalogue has none: a test
/// fails on those).
fn value_name(english: &str) -> String {
    text(&format!("help-value-{}", id_part(english))).unwrap_or_else(|| word("value"))
}

/// The Vietnamese placeholders of an argument that takes values.
fn value_names(arg: &clap::Arg) -> Vec<String> {
    match arg.get_value_names() {
        Some(names) => names.iter().map(|n| value_name(n.as_str())).collect(),
        None if arg.is_positional() && arg.get_id() == "from" => vec![word("merged-agency")],
        None => vec![value_name(arg.get_id().as_str())],
    }
}

/// Clap's page template with its one English word said in Vietnamese.
fn template() -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        word("usage")
    )
}

/// One argument's help in Vietnamese, with its default named in Vietnamese too (clap would
/// print "[default: …]" and "Possible values:" in English).
fn translate_arg(path: &str, arg: clap::Arg) -> clap::Arg {
    let Some(vi) = arg_help(Lang::Vi, path, arg.get_id().as_str()) else {
        return arg;
    };
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| doithoai::words::label(v.to_string_lossy()))
        .collect();
    let default_word = word("default");
    let help = if defaults.is_empty() || vi.contains(&default_word) {
        vi
    } else {
        format!("{vi} ({default_word}: {})", defaults.join(", "))
    };
    let takes_values = arg.get_action().takes_values();
    let arg = arg.help(help).long_help(None::<&str>);
    if !takes_values {
        return arg;
    }
    let names = value_names(&arg);
    arg.value_names(names)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// A rendered page with clap's fixed English usage words said in Vietnamese.
fn vietnamese_page(rendered: &str) -> String {
    let aliases = format!("[{}: ", word("aliases"));
    rendered
        .replace("[OPTIONS]", &word("options-placeholder"))
        // Each command's Vietnamese word (`hoi-nghi` for `session`), as clap lists aliases.
        .replace("[alias: ", &aliases)
        .replace("[aliases: ", &aliases)
}

/// The command tree with its words from the catalogue of the interface's language.
pub fn in_interface_language(cmd: Command) -> Command {
    match doithoai::words::lang() {
        Lang::En => in_english(cmd, ""),
        Lang::Vi => translate_at(cmd, ""),
    }
}

/// A rendered help page, with clap's fixed English usage words said in Vietnamese when the
/// interface speaks it.
pub fn page(rendered: &str) -> String {
    match doithoai::words::lang() {
        Lang::En => rendered.to_string(),
        Lang::Vi => vietnamese_page(rendered),
    }
}

/// The English words of the catalogue on clap's own page layout.
fn in_english(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = help_text(Lang::En, &about_id(path)) {
        cmd = cmd.about(about);
    }
    if path.is_empty() {
        let globals: Vec<String> = cmd
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.get_id().to_string())
            .collect();
        for id in globals {
            if let Some(help) = help_text(Lang::En, &global_id(&id)) {
                cmd = cmd.mut_arg(id, |a| a.help(help));
            }
        }
    }
    let own: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in own {
        if let Some(help) = arg_help(Lang::En, path, &id) {
            cmd = cmd.mut_arg(id, |a| a.help(help));
        }
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path} {name}").trim().to_string();
        cmd = cmd.mut_subcommand(&name, |s| in_english(s, &sub_path));
    }
    cmd
}

fn translate_at(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = text(&about_id(path)) {
        cmd = cmd.about(about).long_about(None::<&str>);
    }
    cmd = cmd
        .help_template(template())
        .subcommand_help_heading(word("commands"))
        .subcommand_value_name(word("command"))
        .next_help_heading(word("options"));
    if path.is_empty() {
        cmd = cmd
            .disable_help_flag(true)
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(clap::ArgAction::Help)
                    .help(word("help"))
                    .help_heading(word("global-options"))
                    .global(true),
            )
            .arg(
                clap::Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(clap::ArgAction::Version)
                    .help(word("version"))
                    .help_heading(word("global-options")),
            );
        let globals: Vec<String> = cmd
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.get_id().to_string())
            .collect();
        for id in globals {
            let Some(help) = text(&global_id(&id)) else {
                continue;
            };
            // The page's words stay Vietnamese: the accepted values and the variables are
            // named in the help text itself, not in clap's English "[env: …]" notes.
            cmd = cmd.mut_arg(id, |a| {
                let takes_values = a.get_action().takes_values();
                let a = a.help(help).help_heading(word("global-options"));
                if takes_values {
                    let names = value_names(&a);
                    a.value_names(names)
                        .hide_env(true)
                        .hide_possible_values(true)
                } else {
                    a
                }
            });
        }
    }
    // Headings the commands name themselves, in Vietnamese.
    let documents: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_help_heading() == Some("Documents (Decree 30/2020/NĐ-CP)"))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in documents {
        cmd = cmd.mut_arg(id, |a| a.help_heading(word("documents")));
    }
    // The command's own options and arguments under Vietnamese headings.
    let own: Vec<(String, bool)> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set() && a.get_help_heading().is_none())
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in own {
        let heading = if positional {
            word("arguments")
        } else {
            word("options")
        };
        cmd = cmd.mut_arg(id, |a| a.help_heading(heading));
    }
    let own: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in own {
        cmd = cmd.mut_arg(id, |a| translate_arg(path, a));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| translate_at(s, &sub_path));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that only English help would hold (whole words, outside option names, quoted
    /// examples and code spans).
    const ENGLISH: &[&str] = &[
        "the",
        "of",
        "and",
        "or",
        "with",
        "for",
        "this",
        "from",
        "when",
        "which",
        "each",
        "every",
        "not",
        "its",
        "default",
        "possible",
        "values",
        "print",
        "help",
        "usage",
        "options",
        "arguments",
        "commands",
        "e.g",
        "only",
        "else",
        "env",
        "why",
        "who",
        "what",
        "where",
        "read",
        "write",
        "show",
        "list",
        "date",
        "name",
        "file",
        "text",
    ];

    /// The words a reader sees: option names, `code`, "quoted examples" and the stable codes in
    /// parentheses after a Vietnamese word are taken out first.
    fn prose_words(page: &str) -> Vec<String> {
        // A command list line ("  show  Một ý kiến…") starts with the command's own name.
        // The usage line is the command's own path and placeholders (checked on its own).
        let page: String = page
            .lines()
            .filter(|line| !line.starts_with("Cách dùng:"))
            .map(|line| match line.strip_prefix("  ") {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase()) => {
                    rest.split_once(' ').map_or("", |(_, about)| about)
                }
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let mut text = String::new();
        let mut skip_until: Option<char> = None;
        for c in page.chars() {
            match skip_until {
                Some(end) if c == end => skip_until = None,
                Some(_) => {}
                None if c == '`' => skip_until = Some('`'),
                None if c == '"' => skip_until = Some('"'),
                None => text.push(c),
            }
        }
        text.split_whitespace()
            .filter(|w| !w.starts_with('-') && !w.starts_with('<') && !w.starts_with('['))
            .flat_map(|w| {
                w.split(|c: char| !c.is_alphanumeric() && c != '.')
                    .map(|p| p.trim_end_matches('.').to_lowercase())
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect()
    }

    fn pages() -> Vec<(String, String)> {
        fn walk(cmd: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
            out.push((
                path.to_string(),
                vietnamese_page(&cmd.render_long_help().to_string()),
            ));
            let names: Vec<String> = cmd
                .get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect();
            for name in names {
                let sub_path = format!("{path} {name}").trim().to_string();
                if let Some(sub) = cmd.find_subcommand_mut(&name) {
                    walk(sub, &sub_path, out);
                }
            }
        }
        let mut cmd = translate_at(crate::cli::command(), "");
        // Builds the tree and runs clap's own consistency checks on every command.
        cmd.build();
        let mut out = Vec::new();
        walk(&mut cmd, "", &mut out);
        out
    }

    #[test]
    fn every_help_page_reads_in_vietnamese() {
        let pages = pages();
        assert!(pages.len() > 50, "walked {} pages", pages.len());
        for (path, page) in &pages {
            let english: Vec<String> = prose_words(page)
                .into_iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            assert!(
                english.is_empty(),
                "`doithoai {path} --help` in vi has English {english:?}:\n{page}"
            );
            assert!(page.contains("Cách dùng: doithoai"), "{path}");
            assert!(!page.contains("OPTIONS"), "{path}:\n{page}");
        }
    }

    /// The ids of the help texts each argument is given, in both languages, and every
    /// argument without one.
    fn arguments(lang: Lang) -> (std::collections::BTreeSet<String>, Vec<String>) {
        fn walk(
            lang: Lang,
            cmd: &Command,
            path: &str,
            used: &mut std::collections::BTreeSet<String>,
            missing: &mut Vec<String>,
        ) {
            let shown = cmd.get_arguments().filter(|a| !a.is_hide_set());
            for arg in shown.filter(|a| !a.is_global_set() || path.is_empty()) {
                let name = arg.get_id().as_str();
                let own = format!("help-arg-{}-{}", id_part(path), id_part(name));
                let shared = format!("help-arg-{}", id_part(name));
                let found = [global_id(name), own, shared]
                    .into_iter()
                    .find(|id| help_text(lang, id).is_some());
                match found {
                    Some(id) => {
                        used.insert(id);
                    }
                    None => missing.push(format!("{path} --{name}")),
                }
                let placeholders: Vec<String> = match arg.get_value_names() {
                    Some(names) => names.iter().map(ToString::to_string).collect(),
                    None => vec![name.to_string()],
                };
                for placeholder in placeholders
                    .iter()
                    .filter(|_| arg.get_action().takes_values())
                {
                    let id = format!("help-value-{}", id_part(placeholder));
                    if help_text(lang, &id).is_some() {
                        used.insert(id);
                    } else {
                        missing.push(format!("{path} --{name}: placeholder {placeholder}"));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path = format!("{path} {}", sub.get_name()).trim().to_string();
                walk(lang, sub, &sub_path, used, missing);
            }
        }
        let (mut used, mut missing) = (Default::default(), Vec::new());
        walk(lang, &crate::cli::command(), "", &mut used, &mut missing);
        (used, missing)
    }

    #[test]
    fn every_argument_has_its_help_in_both_languages() {
        for lang in [Lang::En, Lang::Vi] {
            let (_, missing) = arguments(lang);
            assert!(
                missing.is_empty(),
                "no {lang:?} help for:\n{}",
                missing.join("\n")
            );
        }
    }

    /// A text no argument is given any more is a translator's work for nothing.
    #[test]
    fn every_argument_text_of_the_catalogue_is_used() {
        let (used, _) = arguments(Lang::En);
        let source = include_str!("../../i18n/en/help.ftl");
        let unused: Vec<&str> = source
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.starts_with("help-arg-") || id.starts_with("help-value-"))
            .filter(|id| !used.contains(*id))
            .collect();
        assert!(unused.is_empty(), "unused: {unused:?}");
    }

    #[test]
    fn the_word_check_can_fail() {
        let words = prose_words("Tham số:\n  <SESSION>  The session (`dat dai` \"Phường\") --by");
        assert!(words.contains(&"the".to_string()) && words.contains(&"session".to_string()));
        assert!(!words
            .iter()
            .any(|w| ["by", "dat", "phường"].contains(&w.as_str())));
    }
}
