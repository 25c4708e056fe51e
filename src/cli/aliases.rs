//! The command words in Vietnamese, without diacritics (the glossary's set): a clerk may type
//! `hoi-nghi ke-hoach` for `session plan`, `van-ban bien-ban` for `doc minutes`. They are
//! aliases of the English words — the history, JSON and scripts keep the English ones — shown in
//! the help and offered by completion and by the "did you mean" of a near miss.

use clap::Command;

/// (the command's path, its Vietnamese alias): one word per meaning across nouns.
const ALIASES: &[(&str, &str)] = &[
    ("init", "khoi-tao"),
    ("calendar", "lich"),
    ("calendar deadline", "han"),
    ("calendar show", "xem"),
    ("calendar list", "danh-sach"),
    ("calendar add-holiday", "them-ngay-nghi"),
    ("calendar add-workday", "them-ngay-lam"),
    ("calendar remove", "xoa"),
    ("calendar import", "nhap"),
    ("session", "hoi-nghi"),
    ("session plan", "ke-hoach"),
    ("session announce", "thong-bao"),
    ("session invite", "moi"),
    ("session delegate", "uy-quyen"),
    ("session hold", "to-chuc"),
    ("session stop", "dung"),
    ("session cancel", "huy"),
    ("session edit", "sua"),
    ("session reschedule", "doi-lich"),
    ("session uninvite", "rut-moi"),
    ("session list", "danh-sach"),
    ("session show", "xem"),
    ("speaker", "phat-bieu"),
    ("speaker register", "dang-ky"),
    ("speaker import", "nhap"),
    ("speaker refuse", "tu-choi"),
    ("speaker spoke", "da-phat-bieu"),
    ("speaker withdraw", "rut"),
    ("speaker list", "danh-sach"),
    ("speaker edit", "sua"),
    ("opinion", "y-kien"),
    ("opinion add", "them"),
    ("opinion import", "nhap"),
    ("opinion answer", "tra-loi-tai-cho"),
    ("opinion out-of-scope", "ngoai-pham-vi"),
    ("opinion respond", "tra-loi"),
    ("opinion forward", "chuyen"),
    ("opinion extend", "gia-han"),
    ("opinion list", "danh-sach"),
    ("opinion show", "xem"),
    ("opinion edit", "sua"),
    ("opinion reassign", "giao-lai"),
    ("conclusion", "ket-luan"),
    ("conclusion issue", "ban-hanh"),
    ("conclusion show", "xem"),
    ("agency", "co-quan"),
    ("agency add", "them"),
    ("agency list", "danh-sach"),
    ("agency rename", "doi-ten"),
    ("agency edit", "sua"),
    ("agency merge", "gop"),
    ("history", "nhat-ky"),
    ("report", "bao-cao"),
    ("report overdue", "qua-han"),
    ("report period", "dinh-ky"),
    ("report plan", "ke-hoach-nam"),
    ("doc", "van-ban"),
    ("doc announcement", "thong-bao"),
    ("doc invitation", "giay-moi"),
    ("doc minutes", "bien-ban"),
    ("doc notice", "thong-bao-ket-luan"),
    ("doc answer", "tra-loi"),
    ("doc forward", "chuyen"),
    ("doc timeline", "gia-han"),
    ("doc report", "bao-cao"),
    ("export", "xuat"),
    ("check", "kiem-tra"),
    ("backup", "sao-luu"),
    ("restore", "khoi-phuc"),
    ("undo", "hoan-tac"),
    ("config", "cau-hinh"),
    ("config show", "xem"),
    ("config set", "dat"),
    ("config unset", "bo"),
    ("config path", "duong-dan"),
    ("man", "huong-dan"),
    ("completions", "tu-hoan-thanh"),
];

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
