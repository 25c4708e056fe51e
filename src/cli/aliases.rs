//! The command words in Vietnamese, without diacritics (the glossary's set): a clerk may type
//! `hoi-nghi ke-hoach` for `session plan`, `van-ban bien-ban` for `doc minutes`. They are
//! aliases of the English words — the history, JSON and scripts keep the English ones — shown in
//! the help and offered by completion and by the "did you mean" of a near miss.

use clap::Command;

use doithoai::words::COMMAND_ALIASES as ALIASES;

/// The command line with every Vietnamese alias attached (a path the tree does not hold is
/// skipped; the test below says none is).
pub fn add(mut root: Command) -> Command {
    for (path, alias) in ALIASES {
        root = attach(root, &path.split(' ').collect::<Vec<_>>(), alias);
    }
    root
}

fn attach(cmd: Command, path: &[&str], alias: &'static str) -> Command {
    match path {
        [] => cmd.visible_alias(alias),
        [first, rest @ ..] if cmd.find_subcommand(first).is_some() => {
            cmd.mut_subcommand(*first, |sub| attach(sub, rest, alias))
        }
        _ => cmd,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every alias names a command that exists, and no two commands under one parent share a
    /// word (English or Vietnamese).
    #[test]
    fn every_alias_names_one_command() {
        let root = add(crate::cli::Cli::command());
        for (path, alias) in ALIASES {
            let mut cmd = &root;
            for word in path.split(' ') {
                cmd = cmd
                    .find_subcommand(word)
                    .unwrap_or_else(|| panic!("{path}: no such command"));
            }
            assert!(
                cmd.get_visible_aliases().any(|a| a == *alias),
                "{path} lacks {alias}"
            );
        }
        fn unique(cmd: &Command) {
            let mut words: Vec<&str> = cmd
                .get_subcommands()
                .flat_map(|s| std::iter::once(s.get_name()).chain(s.get_all_aliases()))
                .collect();
            let count = words.len();
            words.sort_unstable();
            words.dedup();
            assert_eq!(
                words.len(),
                count,
                "a word is used twice under {}",
                cmd.get_name()
            );
            cmd.get_subcommands().for_each(unique);
        }
        unique(&root);
    }
}
