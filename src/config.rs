//! The configuration file: what a clerk sets once — the database path, the interface language,
//! their name for the history — instead of flags on every command or environment variables a
//! Windows user will not set.
//!
//! Precedence, everywhere: flag > environment variable > this file > default. The file is TOML
//! at the platform's configuration directory (`~/.config/doithoai/config.toml` on Linux,
//! `%APPDATA%\doithoai\doithoai\config\config.toml` on Windows), or `$DOITHOAI_CONFIG`.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The settings the file may hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The database file.
    pub db: Option<PathBuf>,
    /// The interface language: en or vi.
    pub lang: Option<String>,
    /// The clerk's name for the history.
    pub clerk: Option<String>,
}

/// The keys `config set` takes.
pub const KEYS: &[&str] = &["db", "lang", "clerk"];

/// Where the file is (it need not exist).
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DOITHOAI_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("vn", "doithoai", "doithoai")
        .map(|d| d.config_dir().join("config.toml"))
}

/// The settings in the file; none when there is no file. A file that cannot be read or parsed
/// is an error naming it (a typo in the file must not silently send a clerk to another
/// database).
pub fn load() -> Result<Config, ConfigError> {
    // Read once per process: the language and the command's context both ask.
    static LOADED: std::sync::OnceLock<Result<Config, ConfigError>> = std::sync::OnceLock::new();
    LOADED
        .get_or_init(|| match path() {
            Some(path) => load_from(&path),
            None => Ok(Config::default()),
        })
        .clone()
}

/// A configuration file that cannot be read or parsed: the words are chosen when it is shown
/// (the file is read before the interface's language is known).
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub path: std::path::PathBuf,
    /// The reader's or parser's own description.
    pub detail: String,
    /// Whether the file was read (its text is not valid) or could not be read at all.
    pub unreadable: Option<std::io::ErrorKind>,
}

pub fn load_from(path: &Path) -> Result<Config, ConfigError> {
    // A FIFO would block every command; a device or a huge file is not a configuration.
    if let Some(what) = crate::error::FileKind::of(path) {
        if what != crate::error::FileKind::DanglingLink {
            return Err(ConfigError {
                path: path.to_path_buf(),
                detail: format!("{what:?}"),
                unreadable: Some(std::io::ErrorKind::InvalidInput),
            });
        }
    }
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_BYTES) {
        return Err(ConfigError {
            path: path.to_path_buf(),
            detail: format!("larger than {MAX_BYTES} bytes"),
            unreadable: Some(std::io::ErrorKind::InvalidData),
        });
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(ConfigError {
                path: path.to_path_buf(),
                detail: e.to_string(),
                unreadable: Some(e.kind()),
            })
        }
    };
    toml::from_str(&text).map_err(|e| ConfigError {
        path: path.to_path_buf(),
        detail: e.message().to_string(),
        unreadable: None,
    })
}

/// The largest configuration file read: three settings fit in a few hundred bytes.
pub const MAX_BYTES: u64 = 64 * 1024;

/// Whether someone other than the owner may change the file at `path` or its folder: such a
/// file can send every command to another database (or another office's), so it is said.
pub fn others_can_write(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let writable = |p: &Path| {
            std::fs::metadata(p).is_ok_and(|m| {
                let mode = m.permissions().mode();
                // World-writable; a sticky folder (/tmp) still lets others plant files only
                // under names not taken, and the file itself is checked.
                mode & 0o002 != 0 && !(m.is_dir() && mode & 0o1000 != 0)
            })
        };
        path.exists() && (writable(path) || writable(&crate::files::folder_of(path)))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// The file's text for these settings.
pub fn to_text(config: &Config) -> Result<String, String> {
    toml::to_string(config).map_err(|e| e.to_string())
}
