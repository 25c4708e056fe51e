//! The PostgreSQL side of [`super::db::Connection`]: statements given in the store's one SQL
//! (SQLite's `?N` parameters), values read back as SQLite's storage classes.
//!
//! Owns: the translation of the few spellings the engines disagree on in a way a rewrite can
//! fix (parameters, `INSERT OR IGNORE`, `instr`, `group_concat`, the office in an `ON CONFLICT`
//! target), the prepared-statement cache, and the mapping of server values to SQLite's classes
//! (`bigint` → integer, `numeric` → integer or real, `boolean` → 0/1). Everything else a
//! statement says must mean the same on both engines.

use super::db::{to_value, PreparedCache};
use crate::error::{Error, Result};
use postgres::types::{FromSql, IsNull, ToSql, Type};
use rusqlite::types::Value;
use std::path::Path;
use std::time::Duration;

/// A PostgreSQL session of the tool.
pub struct Client {
    client: postgres::Client,
    prepared: PreparedCache,
    /// Whether a transaction is open: a statement that fails to prepare inside one is tried
    /// under a savepoint, so the failure does not abort the command's transaction.
    in_transaction: bool,
    /// Cursors open in the transaction (see `open_cursor`).
    open_cursors: usize,
}

/// Rows a cursor gives at a time.
pub(crate) const CURSOR_BATCH: usize = 2000;

impl Client {
    pub(crate) fn new(client: postgres::Client) -> Client {
        Client {
            client,
            prepared: PreparedCache::new(),
            in_transaction: false,
            open_cursors: 0,
        }
    }

    /// The prepared statement of `sql`. A parameter whose type the server cannot infer (`?1
    /// IS NULL OR …`) is given the type of the value sent: that statement is prepared per
    /// combination of types.
    fn statement(&mut self, sql: &str, values: &[Param]) -> Result<postgres::Statement> {
        if let Some(Prepared::Inferred(s)) = self.prepared.get(sql) {
            return Ok(s.clone());
        }
        let types: Vec<Type> = values.iter().map(Param::declared_type).collect();
        let typed_key = || {
            let mut key = sql.to_string();
            for t in &types {
                key.push('\u{0}');
                key.push_str(t.name());
            }
            key
        };
        if let Some(Prepared::Inferred(s)) = self.prepared.get(&typed_key()) {
            return Ok(s.clone());
        }
        if self.prepared.len() > 512 {
            self.prepared.clear();
        }
        let translated = translate(sql);
        if !self.prepared.contains_key(sql) && open_typed(sql) {
            self.prepared.insert(sql.to_string(), Prepared::NeedsTypes);
        }
        if !matches!(self.prepared.get(sql), Some(Prepared::NeedsTypes)) {
            // Tried under a savepoint: a failed prepare would abort the command's transaction.
            // Only a parameter's type can be the server's doubt; a statement without one needs
            // no savepoint (two round trips fewer).
            let guarded = self.in_transaction && !values.is_empty();
            if guarded {
                self.client.batch_execute("SAVEPOINT doithoai_prepare")?;
            }
            let attempt = self.client.prepare(&translated);
            if guarded {
                self.client.batch_execute(if attempt.is_ok() {
                    "RELEASE SAVEPOINT doithoai_prepare"
                } else {
                    "ROLLBACK TO SAVEPOINT doithoai_prepare"
                })?;
            }
            match attempt {
                Ok(statement) => {
                    self.prepared
                        .insert(sql.to_string(), Prepared::Inferred(statement.clone()));
                    return Ok(statement);
                }
                Err(e)
                    if e.code() == Some(&postgres::error::SqlState::INDETERMINATE_DATATYPE)
                        || e.code() == Some(&postgres::error::SqlState::AMBIGUOUS_PARAMETER) =>
                {
                    self.prepared.insert(sql.to_string(), Prepared::NeedsTypes);
                }
                Err(e) => return Err(e.into()),
            }
        }
        let statement = self.client.prepare_typed(&translated, &types)?;
        self.prepared
            .insert(typed_key(), Prepared::Inferred(statement.clone()));
        Ok(statement)
    }

    pub(crate) fn execute(&mut self, sql: &str, params: &[&dyn rusqlite::ToSql]) -> Result<usize> {
        let values = values(params)?;
        let statement = self.statement(sql, &values)?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        let n = self.client.execute(&statement, &refs)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    pub(crate) fn query(
        &mut self,
        sql: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<(Vec<String>, Vec<Vec<Value>>)> {
        let values = values(params)?;
        let statement = self.statement(sql, &values)?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        let rows = self.client.query(&statement, &refs)?;
        let columns = statement
            .columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect();
        Ok((columns, stored(rows)?))
    }

    /// Every row of `sql`, handed to `each` as it arrives: one statement whose rows the server
    /// goes on sending (as far as the connection's buffers hold) while `each` works on the ones
    /// before — no round trip per batch, as a cursor makes. `each` cannot use this connection.
    pub(crate) fn stream(
        &mut self,
        sql: &str,
        params: &[&dyn rusqlite::ToSql],
        mut each: impl FnMut(&[String], &[Value]) -> Result<()>,
    ) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let values = values(params)?;
        let statement = self.statement(sql, &values)?;
        let columns: Vec<String> = statement
            .columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect();
        let refs = values.iter().map(|v| v as &(dyn ToSql + Sync));
        let mut rows = self.client.query_raw(&statement, refs)?;
        let mut row_values = Vec::with_capacity(columns.len());
        while let Some(row) = rows.next()? {
            row_values.clear();
            for i in 0..row.len() {
                let Stored(v) = row.try_get(i)?;
                row_values.push(v);
            }
            each(&columns, &row_values)?;
        }
        Ok(())
    }

    /// A cursor over `sql`'s rows (inside a transaction only: `None` outside one, where the
    /// rows are read at once). Cursors are named by how many are open, so a query run while
    /// another's rows are read gets a cursor of its own.
    pub(crate) fn open_cursor(
        &mut self,
        sql: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Option<String>> {
        if !self.in_transaction {
            return Ok(None);
        }
        let name = format!("doithoai_rows_{}", self.open_cursors);
        let values = values(params)?;
        // A statement whose parameters the server could not type by itself is read at once:
        // a cursor plans its query with the types of the DECLARE.
        self.statement(sql, &values)?;
        if matches!(self.prepared.get(sql), Some(Prepared::NeedsTypes)) {
            return Ok(None);
        }
        let statement = self.statement(
            &format!("DECLARE {name} NO SCROLL CURSOR FOR {sql}"),
            &values,
        )?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        self.client.execute(&statement, &refs)?;
        self.open_cursors += 1;
        Ok(Some(name))
    }

    /// The next rows of a cursor (none when it is read to its end).
    pub(crate) fn fetch(&mut self, cursor: &str) -> Result<Vec<Vec<Value>>> {
        let rows = self
            .client
            .query(&format!("FETCH {CURSOR_BATCH} FROM {cursor}"), &[])?;
        stored(rows)
    }

    /// Close a cursor whose rows are no longer read (an error here leaves it to the end of
    /// the transaction, which closes it anyway).
    pub(crate) fn close_cursor(&mut self, cursor: &str) {
        self.open_cursors = self.open_cursors.saturating_sub(1);
        if self.in_transaction {
            let _ = self.client.batch_execute(&format!("CLOSE {cursor}"));
        }
    }

    /// Statements without parameters, in the store's SQL.
    pub(crate) fn batch(&mut self, sql: &str) -> Result<()> {
        if matches!(sql, "COMMIT" | "ROLLBACK") {
            self.in_transaction = false;
            self.open_cursors = 0;
        }
        self.client.batch_execute(&translate(sql))?;
        Ok(())
    }

    /// Statements in PostgreSQL's own SQL (the schema, settings, roles).
    pub(crate) fn batch_raw(&mut self, sql: &str) -> Result<()> {
        self.client.batch_execute(sql)?;
        Ok(())
    }

    /// Begin the command's transaction. Every transaction is SERIALIZABLE: two clerks acting
    /// on one record cannot both win; the loser's command is retried from its start (40001).
    pub(crate) fn begin(&mut self, write: bool) -> Result<()> {
        self.client.batch_execute(if write {
            "BEGIN ISOLATION LEVEL SERIALIZABLE READ WRITE"
        } else {
            // One snapshot for a whole report; not READ ONLY, since a report keeps its lists in
            // temporary tables.
            "BEGIN ISOLATION LEVEL REPEATABLE READ"
        })?;
        self.in_transaction = true;
        Ok(())
    }
}

/// The schema of a server database, as `schema.sql` is a file's.
pub const SCHEMA: &str = include_str!("../../schema-postgres.sql");

/// The server schema this build makes, reads and writes. Server schemas are numbered on their
/// own line, which starts where the file's stood when the server came (9: `schema.sql`'s 9 with
/// an office in every key); a server that is older is upgraded by [`UPGRADES`], step by step.
pub const LATEST: i64 = 11;

/// Each step from one server schema to the next: (the schema it makes, its SQL), run in one
/// transaction each — PostgreSQL's DDL is transactional, so a step that fails leaves the
/// server at the schema before it.
///
/// 10 — row-level security evaluated once per statement (`(SELECT doithoai_office())`) and
///      one policy for reading; the policies before called the office's function on every row.
///      `opinion_denunciation_idx`, as the file's schema 10.
///
/// 11 — names of any length, as in a file: an agency's name, a former name and an invitee's
///      name unique by their digest (a B-tree entry holds at most 2,704 bytes), the
///      denunciations' index without the petitioner's name.
pub const UPGRADES: &[(i64, &str)] = &[
    (10, include_str!("pg_upgrades/10.sql")),
    (11, include_str!("pg_upgrades/11.sql")),
];

/// The settings an address may hold (the driver's; libpq's others, such as `sslrootcert` or
/// `service`, are refused by name rather than ignored).
pub const ADDRESS_SETTINGS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "sslmode",
    "connect_timeout",
    "options",
    "application_name",
    "tcp_user_timeout",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_retries",
    "target_session_attrs",
    "channel_binding",
    "load_balance_hosts",
    "sslnegotiation",
];

/// What a setting's value must be for the driver to read it: a value it cannot read is
/// refused by name, in the clerk's words, before anything is tried.
#[derive(Debug, Clone, Copy)]
enum Accepted {
    /// Port numbers, one per host, separated by commas (an empty one is 5432).
    Ports,
    /// IP addresses, separated by commas.
    Addresses,
    /// A whole number of seconds (0: no limit).
    Seconds,
    /// A whole number from 0.
    Count,
    /// One of these words.
    OneOf(&'static [&'static str]),
}

impl Accepted {
    fn takes(self, value: &str) -> bool {
        match self {
            Accepted::Ports => value
                .split(',')
                .all(|port| port.is_empty() || port.parse::<u16>().is_ok_and(|p| p > 0)),
            Accepted::Addresses => value
                .split(',')
                .all(|address| address.parse::<std::net::IpAddr>().is_ok()),
            Accepted::Seconds => value.parse::<i64>().is_ok(),
            Accepted::Count => value.parse::<u32>().is_ok(),
            Accepted::OneOf(words) => words.contains(&value),
        }
    }

    /// The catalogue's name for what is accepted, and the words themselves for `OneOf`.
    fn said(self) -> (&'static str, String) {
        match self {
            Accepted::Ports => ("ports", String::new()),
            Accepted::Addresses => ("addresses", String::new()),
            Accepted::Seconds => ("seconds", String::new()),
            Accepted::Count => ("count", String::new()),
            Accepted::OneOf(words) => ("one-of", words.join(", ")),
        }
    }
}

/// The settings whose values the driver reads as more than text, and what each accepts (the
/// driver's own rules, `tokio_postgres::Config`).
const SETTING_VALUES: &[(&str, Accepted)] = &[
    ("port", Accepted::Ports),
    ("hostaddr", Accepted::Addresses),
    ("connect_timeout", Accepted::Seconds),
    ("tcp_user_timeout", Accepted::Seconds),
    ("keepalives", Accepted::Count),
    ("keepalives_idle", Accepted::Seconds),
    ("keepalives_interval", Accepted::Seconds),
    ("keepalives_retries", Accepted::Count),
    (
        "sslmode",
        Accepted::OneOf(&["require", "prefer", "disable"]),
    ),
    ("sslnegotiation", Accepted::OneOf(&["postgres", "direct"])),
    (
        "target_session_attrs",
        Accepted::OneOf(&["any", "read-write", "read-only"]),
    ),
    (
        "channel_binding",
        Accepted::OneOf(&["prefer", "require", "disable"]),
    ),
    (
        "load_balance_hosts",
        Accepted::OneOf(&["disable", "random"]),
    ),
];

/// libpq's environment variables doithoai reads, as `psql` does, for what the address leaves
/// out, each with the setting it stands for.
const ENVIRONMENT: &[(&str, &str)] = &[
    ("PGHOST", "host"),
    ("PGHOSTADDR", "hostaddr"),
    ("PGPORT", "port"),
    ("PGUSER", "user"),
    ("PGDATABASE", "dbname"),
    ("PGSSLMODE", "sslmode"),
    ("PGCONNECT_TIMEOUT", "connect_timeout"),
    ("PGOPTIONS", "options"),
];

/// Refuse a setting's value the driver cannot read (`port=abc`), naming it — `setting` is the
/// keyword, or the environment variable it came from — and what it accepts.
fn check_setting(shown: &Path, setting: &str, key: &str, value: &str) -> Result<()> {
    let db = crate::rules::text::shown_path(shown);
    // An empty value is the setting's default, as libpq reads it.
    if value.is_empty() {
        return Ok(());
    }
    if key == "sslmode" && matches!(value, "verify-ca" | "verify-full") {
        return Err(Error::Invalid(msg!(
            server_sslmode_unsupported,
            db = db,
            mode = value
        )));
    }
    let Some((_, accepted)) = SETTING_VALUES.iter().find(|(name, _)| *name == key) else {
        return Ok(());
    };
    if accepted.takes(value) {
        return Ok(());
    }
    let (kind, values) = accepted.said();
    Err(Error::Invalid(msg!(
        server_setting_invalid,
        db = db,
        setting = setting,
        value = crate::rules::text::without_password_word(value),
        kind = kind,
        values = values
    )))
}

/// What the address leaves out, as libpq fills it in: from `PGHOST`, `PGPORT`, `PGUSER`,
/// `PGDATABASE`, `PGSSLMODE`, `PGCONNECT_TIMEOUT`, `PGOPTIONS` (`given`: the address's own settings), and
/// without a host from the environment either, the server's local socket where one is listening
/// (`/var/run/postgresql`, `/tmp`), else `localhost`. So `--db "dbname=hanoi"` reaches the
/// server `psql -d hanoi` does.
fn fill_in_as_libpq(config: &mut postgres::Config, given: &[String], shown: &Path) -> Result<()> {
    let no_host = config.get_hosts().is_empty() && config.get_hostaddrs().is_empty();
    for (variable, key) in ENVIRONMENT {
        let Ok(value) = std::env::var(variable) else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        let wanted = match *key {
            "host" | "hostaddr" => no_host,
            "port" => config.get_ports().is_empty(),
            "user" => config.get_user().is_none(),
            "dbname" => config.get_dbname().is_none(),
            "connect_timeout" => config.get_connect_timeout().is_none(),
            "options" => config.get_options().is_none(),
            _ => !given.iter().any(|g| g == key),
        };
        if !wanted {
            continue;
        }
        check_setting(shown, variable, key, &value)?;
        match *key {
            "host" => value.split(',').for_each(|host| {
                config.host(host);
            }),
            "hostaddr" => {
                for address in value.split(',').filter_map(|a| a.parse().ok()) {
                    config.hostaddr(address);
                }
            }
            "port" => value.split(',').for_each(|port| {
                config.port(port.parse().unwrap_or(5432));
            }),
            "user" => {
                config.user(&value);
            }
            "dbname" => {
                config.dbname(&value);
            }
            "options" => {
                config.options(&value);
            }
            "sslmode" => {
                config.ssl_mode(match value.as_str() {
                    "disable" => postgres::config::SslMode::Disable,
                    "require" => postgres::config::SslMode::Require,
                    _ => postgres::config::SslMode::Prefer,
                });
            }
            _ => {
                if let Some(seconds) = value.parse::<u64>().ok().filter(|s| *s > 0) {
                    config.connect_timeout(Duration::from_secs(seconds));
                }
            }
        }
    }
    // An address without a name is its own name (the driver needs one for TLS).
    if config.get_hosts().is_empty() {
        for address in config.get_hostaddrs().to_vec() {
            config.host(&address.to_string());
        }
    }
    let (hosts, addresses, ports) = (
        config.get_hosts().len(),
        config.get_hostaddrs().len(),
        config.get_ports().len(),
    );
    if (addresses > 0 && addresses != hosts) || (ports > 1 && ports != hosts.max(1)) {
        return Err(Error::Invalid(msg!(
            server_ports_hosts_mismatch,
            db = crate::rules::text::shown_path(shown),
            hosts = hosts.max(addresses),
            ports = ports,
            addresses = addresses
        )));
    }
    if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
        let port = config.get_ports().first().copied().unwrap_or(5432);
        #[cfg(unix)]
        let socket = ["/var/run/postgresql", "/tmp"]
            .into_iter()
            .find(|dir| Path::new(dir).join(format!(".s.PGSQL.{port}")).exists());
        #[cfg(not(unix))]
        let socket: Option<&str> = None;
        config.host(socket.unwrap_or("localhost"));
    }
    Ok(())
}

/// How long connecting may take, when the address does not say (`connect_timeout=`).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long one statement may run before the server cancels it: a command never hangs.
pub const STATEMENT_TIMEOUT: Duration = Duration::from_secs(300);

/// Whether `--db` names a PostgreSQL server rather than a file: a `postgres://` address, or
/// libpq's keyword string (`host=… dbname=… user=…`, every word `keyword=value` and one of
/// them saying where: a file whose name looks like one is named with a folder, `./host=x.db`).
pub fn is_server(target: &str) -> bool {
    target.starts_with("postgres://")
        || target.starts_with("postgresql://")
        || crate::rules::text::is_keyword_address(target)
}

/// What `--db` (or `db copy --to`) names: `Some(address)` for a server, `None` for a file. A
/// text meant as an address that cannot be read as one is refused (never made a file named
/// after it, password and all), and so is an address that is also a file here.
pub fn server_target(text: &str) -> Result<Option<String>> {
    let shown = redacted(text);
    if is_server(text) {
        if !text.contains("://") && Path::new(text).exists() {
            return Err(Error::Invalid(msg!(server_address_is_a_file, db = shown)));
        }
        return Ok(Some(text.to_string()));
    }
    if crate::rules::text::meant_as_address(text) {
        return Err(Error::Invalid(msg!(server_address_unreadable, db = shown)));
    }
    Ok(None)
}

/// The address without its password: what is shown, kept in the history and printed by
/// `config show` (`rules::text::without_password`).
pub fn redacted(url: &str) -> String {
    crate::rules::text::without_password(url)
}

/// Refuse an address whose settings the driver would not know or could not read, naming
/// the setting, before anything is tried (`connect`, and `config set db`, which keeps it).
pub fn check_address(url: &str, shown: &Path) -> Result<()> {
    if let Some(unknown) = crate::rules::text::address_settings(url)
        .into_iter()
        .find(|key| !ADDRESS_SETTINGS.contains(&key.as_str()))
    {
        return Err(Error::Invalid(msg!(
            server_setting_unknown,
            db = crate::rules::text::shown_path(shown),
            setting = unknown,
            accepted = ADDRESS_SETTINGS.join(", ")
        )));
    }
    for (key, value) in crate::rules::text::address_values(url) {
        check_setting(shown, &key, &key, &value)?;
    }
    Ok(())
}

/// Connect to the server `url` names. A password not in the address comes from `PGPASSWORD`
/// or the password file (`PGPASSFILE`, else `~/.pgpass`, as libpq reads them); `sslmode=require`
/// encrypts the connection. Every session gets timeouts: connecting, a statement, a lock.
pub(crate) fn connect(url: &str, shown: &Path, lock_timeout: Duration) -> Result<Client> {
    check_address(url, shown)?;
    let given = crate::rules::text::address_values(url);
    // An empty value is the setting's default, as libpq reads it (the driver refuses it).
    let readable = match crate::rules::text::keyword_pairs(url) {
        Some(pairs) if pairs.iter().any(|(_, value)| value.is_empty()) => {
            crate::rules::text::keyword_string(
                pairs.into_iter().filter(|(_, value)| !value.is_empty()),
            )
        }
        _ => url.to_string(),
    };
    // Anything else the driver cannot read is said without its words (English, and perhaps
    // quoting the password).
    let mut config: postgres::Config = readable.parse().map_err(|_: postgres::Error| {
        Error::Invalid(msg!(
            server_address_unreadable,
            db = crate::rules::text::shown_path(shown)
        ))
    })?;
    let given: Vec<String> = given.into_iter().map(|(key, _)| key).collect();
    // Where the address leaves the host or port out, a connection that fails names the ones
    // filled in (from PGHOST and the like, or the defaults): the clerk sees where it went.
    let filled_in = config.get_hosts().is_empty() && config.get_hostaddrs().is_empty()
        || config.get_ports().is_empty();
    fill_in_as_libpq(&mut config, &given, shown)?;
    let named_with_target = match (filled_in, config.get_hosts().first()) {
        (true, Some(host)) => {
            let host = match host {
                postgres::config::Host::Tcp(name) => name.clone(),
                #[cfg(unix)]
                postgres::config::Host::Unix(folder) => folder.display().to_string(),
            };
            let port = config.get_ports().first().copied().unwrap_or(5432);
            std::path::PathBuf::from(format!(
                "{} ({host}:{port})",
                crate::rules::text::shown_path(shown)
            ))
        }
        _ => shown.to_path_buf(),
    };
    if config.get_password().is_none() {
        if let Some(password) = password_for(&config) {
            config.password(password);
        }
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    config.application_name("doithoai");
    // The session's settings travel in the start-up packet (no round trip of their own): the
    // timeouts, and no JIT compilation — it costs a command hundreds of milliseconds compiling
    // a plan that runs in less (the reports' subqueries make the planner's estimates large).
    let settings = format!(
        "-c statement_timeout={} -c lock_timeout={} -c idle_in_transaction_session_timeout={} -c jit=off",
        STATEMENT_TIMEOUT.as_millis(),
        lock_timeout.as_millis().max(1),
        STATEMENT_TIMEOUT.as_millis()
    );
    // The office the city's role reads is set by `--all-offices` alone, inside its transaction:
    // an address's own `options=-c doithoai.office=N` is undone (it came after the address's).
    let own_options = config
        .get_options()
        .map(str::trim)
        .filter(|given| !given.is_empty())
        .map(str::to_string);
    let settings = match &own_options {
        Some(given) => format!("{settings} {given} -c doithoai.office="),
        None => settings,
    };
    config.options(&settings);
    config.keepalives_idle(Duration::from_secs(30));
    let waited = config
        .get_connect_timeout()
        .copied()
        .unwrap_or(CONNECT_TIMEOUT);
    // A host name no resolver knows is said as such. A setting of the address's own `options`
    // the server refuses at log-in (unknown, a bad value, not this role's to set) is named as
    // the address's, not in the server's English.
    let hosts = config.get_hosts().to_vec();
    let in_clerks_words = |error: Error| match (&error, &own_options) {
        (Error::Postgres(inner), _) if asked_a_password(inner) => Error::Server {
            path: shown.to_path_buf(),
            code: None,
            detail: String::new(),
            unreached: Some(crate::error::Unreached::NoPassword),
        },
        (Error::Postgres(inner), _) if inner.code().is_none() && no_host_resolves(&hosts) => {
            Error::Server {
                path: named_with_target.clone(),
                code: None,
                detail: inner.to_string(),
                unreached: Some(crate::error::Unreached::NoSuchHost),
            }
        }
        (Error::Postgres(inner), _) if filled_in && inner.code().is_none() => {
            match crate::error::Unreached::of(inner) {
                Some(unreached) => Error::Server {
                    path: named_with_target.clone(),
                    code: None,
                    detail: inner.to_string(),
                    unreached: Some(unreached),
                },
                None => error,
            }
        }
        (Error::Postgres(inner), Some(options)) => {
            match inner.code().map(postgres::error::SqlState::code) {
                Some(code @ ("22023" | "42704" | "42501" | "22P02")) => Error::Invalid(msg!(
                    server_options_refused,
                    db = crate::rules::text::shown_path(shown),
                    options = options.as_str(),
                    code = code
                )),
                _ => error,
            }
        }
        _ => error,
    };
    let client = if config.get_ssl_mode() == postgres::config::SslMode::Disable {
        within(waited, shown, move || config.connect(postgres::NoTls)).map_err(in_clerks_words)?
    } else {
        // sslmode=prefer/require encrypt without verifying the certificate, as libpq does.
        let tls = super::pg_tls::Encrypted::new().map_err(|e| {
            Error::Invalid(msg!(
                server_address_invalid,
                db = crate::rules::text::shown_path(shown),
                reason = e.to_string()
            ))
        })?;
        within(waited, shown, move || config.connect(tls)).map_err(in_clerks_words)?
    };
    Ok(Client::new(client))
}

/// Whether the server asked for a password none was given for (the driver's own words for
/// it, under its configuration error: no SQLSTATE, the server waits for the password).
fn asked_a_password(error: &postgres::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = cause {
        if e.to_string() == "password missing" {
            return true;
        }
        cause = e.source();
    }
    false
}

/// Whether none of the address's host names is known to the system's resolver (asked only
/// once connecting failed without a server's answer, to say so rather than "cannot reach").
/// Local sockets and addresses need no name: then a host resolves.
fn no_host_resolves(hosts: &[postgres::config::Host]) -> bool {
    use std::net::ToSocketAddrs;
    !hosts.is_empty()
        && hosts.iter().all(|host| match host {
            postgres::config::Host::Tcp(name) => (name.as_str(), 5432)
                .to_socket_addrs()
                .map_or(true, |mut found| found.next().is_none()),
            #[cfg(unix)]
            postgres::config::Host::Unix(_) => false,
        })
}

/// Connect on a thread of its own and wait at most `limit` (and a second) for it: a server that
/// accepts the connection but never answers would otherwise hold the command for ever, since
/// the driver's timeout covers reaching the server, not its first answer.
fn within(
    limit: Duration,
    shown: &Path,
    connect: impl FnOnce() -> std::result::Result<postgres::Client, postgres::Error> + Send + 'static,
) -> Result<postgres::Client> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(connect());
    });
    match receiver.recv_timeout(limit + Duration::from_secs(1)) {
        Ok(result) => Ok(result?),
        Err(_) => Err(Error::ServerSilent {
            path: shown.to_path_buf(),
            seconds: limit.as_secs().max(1),
        }),
    }
}

/// The password for `config` from `PGPASSWORD` or the password file.
fn password_for(config: &postgres::Config) -> Option<String> {
    if let Ok(p) = std::env::var("PGPASSWORD") {
        return Some(p);
    }
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass")))?;
    #[cfg(unix)]
    {
        // libpq ignores a password file others can read.
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(&file).ok()?.permissions().mode() & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(_)) => "localhost".to_string(),
        None => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    // No role in the address nor in `PGUSER`: the driver logs in as the system's user.
    let user = config
        .get_user()
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .unwrap_or_default();
    let dbname = config.get_dbname().unwrap_or(&user).to_string();
    pgpass_lookup(&text, [&host, &port, &dbname, &user])
}

/// The password of the first line of a password file matching host, port, database and user
/// (`*` matches anything; `\:` and `\\` are a colon and a backslash).
pub fn pgpass_lookup(text: &str, wanted: [&str; 4]) -> Option<String> {
    for line in text.lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => field.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                _ => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() == 5
            && fields[..4]
                .iter()
                .zip(wanted)
                .all(|(f, w)| f == "*" || f == w)
        {
            return fields.pop();
        }
    }
    None
}

/// The role a connection works as, and the office it is.
#[derive(Debug, Clone)]
pub(crate) struct RoleFacts {
    pub name: String,
    /// A superuser or a BYPASSRLS role sees every office's rows: never an office's.
    pub bypasses_row_security: bool,
    /// A role that cannot log in is no clerk's: made an office, it would be reached only by
    /// `SET ROLE` from whoever was granted it.
    pub can_login: bool,
    pub office: Option<i64>,
}

/// What the server says of `role` (the connection's own when `None`); its office only once
/// doithoai's schema is `installed` (the map of roles is part of it).
pub(crate) fn role_facts(
    client: &mut Client,
    role: Option<&str>,
    installed: bool,
) -> Result<Option<RoleFacts>> {
    let office = if installed {
        "(SELECT office_id FROM doithoai_office_role m WHERE m.role_name = r.rolname)"
    } else {
        "NULL::bigint"
    };
    let (_, rows) = client.query(
        &format!(
            "SELECT r.rolname, (r.rolsuper OR r.rolbypassrls)::int, r.rolcanlogin::int, {office}
             FROM pg_roles r WHERE r.rolname = coalesce(?1, current_user)"
        ),
        &[&role],
    )?;
    Ok(rows.into_iter().next().map(|row| {
        let text = |v: &Value| match v {
            Value::Text(t) => t.clone(),
            _ => String::new(),
        };
        RoleFacts {
            name: text(&row[0]),
            bypasses_row_security: matches!(row[1], Value::Integer(1)),
            can_login: matches!(row[2], Value::Integer(1)),
            office: match row[3] {
                Value::Integer(i) => Some(i),
                _ => None,
            },
        }
    }))
}

/// Whether the database holds doithoai's schema, and its version.
pub(crate) fn schema_version(client: &mut Client) -> Result<Option<i64>> {
    let (_, rows) = client.query("SELECT to_regclass('doithoai_schema') IS NOT NULL", &[])?;
    if !matches!(
        rows.first().and_then(|r| r.first()),
        Some(Value::Integer(1))
    ) {
        return Ok(None);
    }
    let (_, rows) = client.query("SELECT max(version) FROM doithoai_schema", &[])?;
    Ok(match rows.first().and_then(|r| r.first()) {
        Some(Value::Integer(v)) => Some(*v),
        _ => Some(0),
    })
}

/// Create doithoai's schema in the database, in one transaction (PostgreSQL's DDL is
/// transactional: a failure leaves nothing).
pub(crate) fn install(client: &mut Client, version: i64) -> Result<()> {
    client.batch("BEGIN")?;
    let result = (|| {
        client.batch("CREATE EXTENSION IF NOT EXISTS pg_trgm")?;
        client.batch_raw(SCHEMA)?;
        client.batch(&format!(
            "INSERT INTO doithoai_schema (version) VALUES ({version})"
        ))?;
        client.batch("COMMIT")
    })();
    if result.is_err() {
        let _ = client.batch("ROLLBACK");
    }
    result
}

/// Bring a server's schema from `found` up to [`LATEST`], one transaction per step; returns the
/// whether this call ran any step. The schema table is locked first, so two clients upgrading
/// together run each step once: the second finds it done. Altering the tables is their
/// owner's (the server's administrator's): an office's role is refused, and nothing is changed.
pub(crate) fn upgrade(client: &mut Client, found: i64, shown: &Path) -> Result<bool> {
    let mut ran = false;
    for (step, sql) in UPGRADES.iter().filter(|(step, _)| *step > found) {
        client.batch("BEGIN")?;
        let result = (|| {
            client.batch("LOCK TABLE doithoai_schema IN ACCESS EXCLUSIVE MODE")?;
            let now = schema_version(client)?.unwrap_or(0);
            let runs = now < *step;
            if runs {
                client.batch_raw(sql)?;
                client.batch(&format!("UPDATE doithoai_schema SET version = {step}"))?;
            }
            client.batch("COMMIT")?;
            Ok(runs)
        })();
        match result {
            Ok(runs) => ran |= runs,
            Err(e) => {
                let _ = client.batch("ROLLBACK");
                let denied = matches!(&e, Error::Postgres(p)
                    if p.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE));
                if denied {
                    return Err(Error::Refused(msg!(
                        server_schema_behind,
                        db = crate::rules::text::shown_path(shown),
                        found = found,
                        needed = LATEST
                    )));
                }
                return Err(e);
            }
        }
    }
    Ok(ran)
}

/// A role's name as an SQL identifier.
pub(crate) fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Make `role` an office (inside the command's transaction, before it acts as that role): the
/// map is the only grant it needs, since every office table is open to every role and
/// row-level security shows each role its own office's rows only (schema-postgres.sql).
///
/// A database shared by offices belongs to its administrator: a role that owns the tables (or
/// the database, and with it the schema they are in) may alter or drop them, policies and all.
/// So an office's role may own them only while it is the one office; any other office is
/// refused then.
pub(crate) fn make_office_role(client: &mut Client, role: &str, city: Option<bool>) -> Result<()> {
    // Whoever owns the database, a table, one of doithoai's functions (the policies call
    // them; dropped, they take the policies and the history's trigger with them) or the
    // trigram extension could undo the separation of offices.
    let (_, owners) = client.query(
        "SELECT pg_catalog.pg_get_userbyid(d.datdba)::text FROM pg_catalog.pg_database d
          WHERE d.datname = pg_catalog.current_database()
         UNION SELECT t.tableowner::text FROM pg_catalog.pg_tables t WHERE t.schemaname = 'public'
         UNION SELECT pg_catalog.pg_get_userbyid(p.proowner)::text FROM pg_catalog.pg_proc p
          WHERE p.pronamespace = 'public'::regnamespace
         UNION SELECT pg_catalog.pg_get_userbyid(e.extowner)::text FROM pg_catalog.pg_extension e
          WHERE e.extname = 'pg_trgm'",
        &[],
    )?;
    let (_, others) = client.query(
        "SELECT role_name FROM doithoai_office_role WHERE role_name <> ?1",
        &[&role],
    )?;
    let others: Vec<String> = others
        .into_iter()
        .filter_map(|r| match r.into_iter().next() {
            Some(Value::Text(name)) => Some(name),
            _ => None,
        })
        .collect();
    for owner in owners.into_iter().flatten() {
        let Value::Text(owner) = owner else { continue };
        let owner_is_office = others.contains(&owner) || owner == role;
        if owner_is_office && (owner != role || !others.is_empty()) {
            return Err(Error::Refused(msg!(
                server_owned_by_an_office,
                owner = owner.as_str(),
                role = role
            )));
        }
    }
    // `init` says whether the office is the city's; `db copy` keeps what the map says.
    client.execute(
        "INSERT INTO doithoai_office_role (role_name, city) SELECT ?1, ?2
         WHERE NOT EXISTS (SELECT 1 FROM doithoai_office_role WHERE role_name = ?1)",
        &[&role, &i64::from(city.unwrap_or(false))],
    )?;
    if let Some(city) = city {
        client.execute(
            "UPDATE doithoai_office_role SET city = ?2 WHERE role_name = ?1",
            &[&role, &i64::from(city)],
        )?;
    }
    Ok(())
}

/// Server rows as SQLite would have stored their values.
fn stored(rows: Vec<postgres::Row>) -> Result<Vec<Vec<Value>>> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut values = Vec::with_capacity(row.len());
        for i in 0..row.len() {
            let Stored(v) = row.try_get(i)?;
            values.push(v);
        }
        out.push(values);
    }
    Ok(out)
}

fn values(params: &[&dyn rusqlite::ToSql]) -> Result<Vec<Param>> {
    params
        .iter()
        .map(|p| Ok(Param(to_value(*p)?)))
        .collect::<Result<Vec<_>>>()
}

/// Whether a parameter of `sql` stands where nothing gives it a type (`?1 IS NULL OR …`): such
/// a statement is prepared with the types of the values sent.
fn open_typed(sql: &str) -> bool {
    parameters_followed_by(sql, &[" IS NULL", " IS NOT NULL"])
}

/// Whether some `?N` of `sql` is followed by one of `tails`.
fn parameters_followed_by(sql: &str, tails: &[&str]) -> bool {
    let bytes = sql.as_bytes();
    let mut i = 0;
    while let Some(at) = sql[i..].find('?') {
        let mut end = i + at + 1;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        if tails.iter().any(|t| sql[end..].starts_with(t)) {
            return true;
        }
        i = end;
    }
    false
}

/// The store's SQL in PostgreSQL's spelling.
pub fn translate(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut chars = sql.chars().peekable();
    let mut highest = 0u32;
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let n = if digits.is_empty() {
                    highest + 1
                } else {
                    digits.parse().unwrap_or(highest + 1)
                };
                highest = highest.max(n);
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => out.push(c),
        }
    }
    let mut out = out
        .replace(
            "CREATE INDEX IF NOT EXISTS temp.report_named_list ON report_named",
            "CREATE INDEX IF NOT EXISTS report_named_list ON pg_temp.report_named",
        )
        .replace(" temp.", " pg_temp.")
        .replace("instr(", "strpos(")
        .replace("group_concat(", "string_agg(")
        .replace("ON CONFLICT (", "ON CONFLICT (office_id, ");
    if out.contains("INSERT OR IGNORE INTO") {
        out = out.replace("INSERT OR IGNORE INTO", "INSERT INTO");
        out.push_str(" ON CONFLICT DO NOTHING");
    }
    out
}

/// A parameter sent as the server asks for it: the store's values are SQLite's (an integer for
/// a flag, text for a date), so each is encoded for the type the statement gives its place.
#[derive(Debug)]
struct Param(Value);

impl Param {
    /// The type a value is declared as where the statement leaves its place's type open.
    fn declared_type(&self) -> Type {
        match self.0 {
            Value::Integer(_) => Type::INT8,
            Value::Real(_) => Type::FLOAT8,
            Value::Blob(_) => Type::BYTEA,
            Value::Null | Value::Text(_) => Type::TEXT,
        }
    }
}

/// A statement prepared once per connection.
pub(crate) enum Prepared {
    Inferred(postgres::Statement),
    /// The server could not infer a parameter's type: prepared per combination of types.
    NeedsTypes,
}

impl ToSql for Param {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match &self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::FLOAT4 => (*i as f32).to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::NUMERIC => Err("integer parameter for a numeric place".into()),
                _ => i.to_string().to_sql(&Type::TEXT, out),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                Type::FLOAT8 => f.to_sql(ty, out),
                _ => f.to_string().to_sql(&Type::TEXT, out),
            },
            Value::Text(s) => match *ty {
                Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => s.parse::<i32>()?.to_sql(ty, out),
                Type::BYTEA => s.as_bytes().to_sql(ty, out),
                Type::JSON | Type::JSONB => {
                    let v: serde_json::Value = serde_json::from_str(s)?;
                    v.to_sql(ty, out)
                }
                _ => s.as_str().to_sql(&Type::TEXT, out),
            },
            Value::Blob(b) => b.as_slice().to_sql(&Type::BYTEA, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A server value as SQLite would have stored it.
struct Stored(Value);

impl<'a> FromSql<'a> for Stored {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Stored(match *ty {
            Type::INT8 => Value::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Integer(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT2 => Value::Integer(i64::from(i16::from_sql(ty, raw)?)),
            Type::OID => Value::Integer(i64::from(u32::from_sql(ty, raw)?)),
            Type::BOOL => Value::Integer(i64::from(bool::from_sql(ty, raw)?)),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f64::from(f32::from_sql(ty, raw)?)),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::JSONB => Value::Text(serde_json::Value::from_sql(ty, raw)?.to_string()),
            _ => Value::Text(String::from_utf8(raw.to_vec())?),
        }))
    }

    fn from_sql_null(
        _: &Type,
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Stored(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// PostgreSQL's binary `numeric` (what `sum` of integers returns): an integer when it has no
/// fraction and fits, else a real.
fn numeric(raw: &[u8]) -> std::result::Result<Value, Box<dyn std::error::Error + Sync + Send>> {
    let field = |at: usize| -> std::result::Result<i16, Box<dyn std::error::Error + Sync + Send>> {
        Ok(i16::from_be_bytes([
            *raw.get(at).ok_or("short numeric")?,
            *raw.get(at + 1).ok_or("short numeric")?,
        ]))
    };
    let ndigits = field(0)?;
    let weight = i32::from(field(2)?);
    let sign = field(4)? as u16;
    let dscale = field(6)?;
    if sign == 0xC000 {
        return Ok(Value::Real(f64::NAN));
    }
    let mut value = 0f64;
    let mut integer: Option<i64> = Some(0);
    for k in 0..ndigits {
        let digit = field(8 + 2 * k as usize)?;
        let power = weight - i32::from(k);
        value += f64::from(digit) * 10000f64.powi(power);
        integer = match (integer, power) {
            (Some(n), p) if p >= 0 => 10000i64
                .checked_pow(p as u32)
                .and_then(|m| i64::from(digit).checked_mul(m))
                .and_then(|d| n.checked_add(d)),
            (Some(n), _) if digit == 0 => Some(n),
            _ => None,
        };
    }
    let negative = sign == 0x4000;
    Ok(match integer {
        Some(n) if dscale == 0 => Value::Integer(if negative { -n } else { n }),
        _ => Value::Real(if negative { -value } else { value }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_as_sqlite_numbers_them() {
        assert_eq!(
            translate("SELECT ?1, ?, '?', \"a?\" WHERE x = ?3 AND y = ?"),
            "SELECT $1, $2, '?', \"a?\" WHERE x = $3 AND y = $4"
        );
    }

    #[test]
    fn insert_or_ignore_becomes_on_conflict_do_nothing() {
        assert_eq!(
            translate("INSERT OR IGNORE INTO t (a) VALUES (?1)"),
            "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING"
        );
    }

    #[test]
    fn the_password_is_taken_out_of_an_address() {
        assert_eq!(
            redacted("postgres://phuong_hm:bi-mat@db.hanoi.gov.vn:5433/hanoi?sslmode=require"),
            "postgres://phuong_hm@db.hanoi.gov.vn:5433/hanoi?sslmode=require"
        );
        assert_eq!(
            redacted("postgresql://db.hanoi.gov.vn/hanoi?password=bi-mat&sslmode=require"),
            "postgresql://db.hanoi.gov.vn/hanoi?sslmode=require"
        );
        assert_eq!(redacted("postgres://phuong@h/db"), "postgres://phuong@h/db");
        // As the driver reads an address: the user part ends at the first '@', whatever the
        // password holds; a parameter's name is percent-decoded.
        assert_eq!(redacted("postgres://hm:Ab/Cd@h/db"), "postgres://hm@h/db");
        assert_eq!(redacted("postgres://hm:Ab?Cd@h/db"), "postgres://hm@h/db");
        assert_eq!(
            redacted("postgres://hm@h/db?%70assword=Lo&sslmode=require"),
            "postgres://hm@h/db?sslmode=require"
        );
        assert_eq!(
            redacted("host=h user=hm password=Lo dbname=db"),
            "host=h user=hm dbname=db"
        );
        // A keyword string's password as libpq reads it: quoted, with spaces, around `=`.
        assert_eq!(
            redacted("host=h user=hm password='Lo ng \\' ma' dbname=db"),
            "host=h user=hm dbname=db"
        );
        assert_eq!(
            redacted("host = h  password = Lo\\ ng dbname='Hà Nội'"),
            "host=h dbname='Hà Nội'"
        );
        assert_eq!(redacted("/var/lib/doithoai.db"), "/var/lib/doithoai.db");
    }

    #[test]
    fn a_keyword_string_is_a_server_and_a_file_name_is_not() {
        assert!(is_server(
            "host=db.hanoi.gov.vn dbname=hanoi user=phuong_hm"
        ));
        assert!(is_server("dbname=hanoi"));
        assert!(is_server("  host = 127.0.0.1   port=5432 sslmode=require "));
        assert!(is_server("postgres://phuong@h/db"));
        // An unknown keyword is still an address (refused by name, its password unshown).
        assert!(is_server("host=h trang=1 password=Lo"));
        assert_eq!(redacted("host=h trang=1 password=Lo"), "host=h trang=1");
        // Texts meant as addresses that cannot be read: nothing of the password shown.
        for (text, shown) in [
            ("host=h user=u password='Lo ng", "host=h user=u"),
            ("host=h user=u password=Lo ng", "host=h user=u"),
            ("host=h user=u password=\"Lo ng\"", "host=h user=u"),
            ("PASSWORD=Lo", ""),
            ("postgres:u:Lo@h/db", "postgres:…@h/db"),
            ("postgres://u:Lo@ng@h/db", "postgres://u@h/db"),
            (
                "postgres://u@h/db?application_name=a@b",
                "postgres://u@h/db?application_name=a@b",
            ),
        ] {
            assert_eq!(redacted(text), shown, "{text}");
            assert!(crate::rules::text::meant_as_address(text), "{text}");
            assert!(!redacted(text).contains("Lo"), "{text}");
        }
        assert!(server_target("host=h user=u password='Lo ng").is_err());
        assert!(server_target("postgres:u:Lo@h/db").is_err());
        assert_eq!(server_target("phuong.db").ok(), Some(None));
        assert_eq!(server_target("a=b").ok(), Some(None));
        assert_eq!(
            crate::rules::text::address_settings("postgres://h/db?sslmode=require&%70assword=x"),
            ["sslmode", "password"]
        );
        for file in [
            "phuong.db",
            "/var/lib/doithoai/phuong hoang mai.db",
            "./host=x.db",
            "a=b",
            "host=h password='unclosed",
            "host=h Trang=1",
            "",
        ] {
            assert!(!is_server(file), "{file}");
        }
        // libpq's own words alone: the server comes from PGHOST and the like.
        for address in [
            "sslmode=require",
            "connect_timeout=5 application_name=phuong",
        ] {
            assert!(is_server(address), "{address}");
        }
        let pairs =
            crate::rules::text::keyword_pairs("host=h dbname='Hà Nội' user=a\\ b").expect("pairs");
        assert_eq!(
            pairs,
            [
                ("host".to_string(), "h".to_string()),
                ("dbname".to_string(), "Hà Nội".to_string()),
                ("user".to_string(), "a b".to_string())
            ]
        );
    }

    /// A setting the driver could not read is refused by name before anything is tried, the
    /// URL's host ports too; a value it reads passes.
    #[test]
    fn a_setting_value_the_driver_cannot_read_is_found_before_connecting() {
        assert_eq!(
            crate::rules::text::address_values(
                "postgres://u:p@ss@[::1]:5433,h2:x/db?connect_timeout=5&%70ort=6"
            ),
            [
                ("port".to_string(), "5433".to_string()),
                ("port".to_string(), "x".to_string()),
                ("connect_timeout".to_string(), "5".to_string()),
                ("port".to_string(), "6".to_string()),
            ]
        );
        assert!(crate::rules::text::address_values("postgres://u:p:x@h/db").is_empty());
        let shown = Path::new("phuong");
        for (key, value) in [
            ("port", "abc"),
            ("port", "0"),
            ("port", "5432,65536"),
            ("hostaddr", "10.0.0.x"),
            ("connect_timeout", "soon"),
            ("keepalives", "-1"),
            ("sslmode", "maybe"),
            ("sslmode", "verify-full"),
            ("target_session_attrs", "primary"),
        ] {
            assert!(
                check_setting(shown, key, key, value).is_err(),
                "{key}={value}"
            );
        }
        for (key, value) in [
            ("port", "5432"),
            ("port", ",5433"),
            ("hostaddr", "::1,10.0.0.5"),
            ("connect_timeout", "0"),
            ("sslmode", "require"),
            ("user", "anything at all"),
        ] {
            assert!(
                check_setting(shown, key, key, value).is_ok(),
                "{key}={value}"
            );
        }
    }

    #[test]
    fn a_password_file_is_read_as_libpq_reads_it() {
        let file = "# máy chủ thành phố\n\
                    db.hanoi.gov.vn:5432:hanoi:phuong_hm:mat\\:khau\n\
                    *:*:*:phuong_tm:khac\n";
        let wanted = |user| ["db.hanoi.gov.vn", "5432", "hanoi", user];
        assert_eq!(
            pgpass_lookup(file, wanted("phuong_hm")).as_deref(),
            Some("mat:khau")
        );
        assert_eq!(
            pgpass_lookup(file, wanted("phuong_tm")).as_deref(),
            Some("khac")
        );
        assert_eq!(pgpass_lookup(file, wanted("phuong_lm")), None);
    }

    #[test]
    fn numeric_sums_read_as_integers() {
        // 123456789 = 1·10000² + 2345·10000 + 6789
        let raw = [0, 3, 0, 2, 0, 0, 0, 0, 0, 1, 0x09, 0x29, 0x1A, 0x85];
        assert!(matches!(numeric(&raw), Ok(Value::Integer(123_456_789))));
        let half = [0, 1, 0xFF, 0xFF, 0, 0, 0, 1, 0x13, 0x88];
        assert!(matches!(numeric(&half), Ok(Value::Real(v)) if (v - 0.5).abs() < 1e-9));
    }
}
