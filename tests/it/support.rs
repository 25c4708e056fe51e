//! A scratch directory with a database, and helpers to run the binary against it.

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_doithoai");

/// The exit codes the README lists, named once for every test.
pub const REFUSED: i32 = 1;
pub const USAGE: i32 = 2;
pub const DATABASE: i32 = 4;
pub const CHECK_FAILED: i32 = 5;
pub const OUTPUT: i32 = 6;

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    /// The database: a SQLite file, or with `DOITHOAI_TEST_PG` the address of this test's own
    /// database on that server.
    pub db: PathBuf,
    pub today: String,
    /// This test's database and role on the server, dropped with the environment.
    pub server: Option<ServerDb>,
}

/// The PostgreSQL server the end-to-end suite runs against instead of SQLite files
/// (`DOITHOAI_TEST_PG=postgres://postgres@127.0.0.1/postgres`, an administrator's address).
pub fn test_server() -> Option<String> {
    std::env::var("DOITHOAI_TEST_PG")
        .ok()
        .filter(|v| !v.trim().is_empty())
}

/// Whether the suite runs on a server.
pub fn on_server() -> bool {
    test_server().is_some()
}

/// A test of what only a SQLite file has — its bytes and pages, its journal and locks, a file
/// from elsewhere, a hand edit with SQLite, several wards' files — is skipped when the suite
/// runs on a server (`if file_only() { return; }`); the server's own tests are in `server.rs`.
pub fn file_only() -> bool {
    if on_server() {
        eprintln!("a test of SQLite files: skipped on a server");
    }
    on_server()
}

/// A database of its own for one test on the server, owned by a login role of its own (the
/// office's role: `init` sets the office up as that role, as a ward's database owner would).
pub struct ServerDb {
    admin: String,
    pub name: String,
}

impl ServerDb {
    pub fn create(admin: &str) -> ServerDb {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "dt_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let mut client = postgres::Client::connect(admin, postgres::NoTls).expect("test server");
        // One statement at a time: CREATE DATABASE runs outside a transaction.
        for statement in [
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            format!("DROP ROLE IF EXISTS {name}"),
            format!("CREATE ROLE {name} LOGIN"),
            format!("CREATE DATABASE {name} OWNER {name}"),
        ] {
            client.batch_execute(&statement).expect("test database");
        }
        ServerDb {
            admin: admin.to_string(),
            name,
        }
    }

    /// The address of this database for `role`, on the administrator's server.
    pub fn url_as(&self, role: &str) -> String {
        let config: postgres::Config = self.admin.parse().expect("admin address");
        let host = match config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            _ => "127.0.0.1".into(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        format!("postgres://{role}@{host}:{port}/{}", self.name)
    }

    pub fn url(&self) -> String {
        self.url_as(&self.name)
    }

    /// A login role of this test's own (another ward, a city), dropped with the database.
    pub fn add_role(&self, suffix: &str) -> String {
        let role = format!("{}_{suffix}", self.name);
        let mut client = postgres::Client::connect(&self.admin, postgres::NoTls).expect("admin");
        client
            .batch_execute(&format!("DROP ROLE IF EXISTS {role}"))
            .expect("drop role");
        client
            .batch_execute(&format!("CREATE ROLE {role} LOGIN"))
            .expect("create role");
        role
    }

    /// The administrator's address of this database.
    pub fn admin_url(&self) -> String {
        self.url_as(&self.admin_role())
    }

    /// An administrator's connection to this test's database (row-level security bypassed).
    pub fn admin(&self) -> postgres::Client {
        postgres::Client::connect(&self.url_as(&self.admin_role()), postgres::NoTls)
            .expect("admin connection")
    }

    fn admin_role(&self) -> String {
        let config: postgres::Config = self.admin.parse().expect("admin address");
        config.get_user().unwrap_or("postgres").to_string()
    }
}

impl Drop for ServerDb {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
            let _ = client.batch_execute(&format!("DROP ROLE IF EXISTS {}", self.name));
            // The roles a test added (`add_role`): every role named after this database.
            if let Ok(rows) = client.query(
                "SELECT rolname::text FROM pg_roles WHERE rolname LIKE $1",
                &[&format!("{}\\_%", self.name)],
            ) {
                for row in rows {
                    let role: String = row.get(0);
                    let _ = client.batch_execute(&format!("DROP ROLE IF EXISTS {role}"));
                }
            }
        }
    }
}

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let server = test_server().map(|admin| ServerDb::create(&admin));
        let db = match &server {
            Some(s) => PathBuf::from(s.url()),
            None => dir.path().join("phuong-hoang-mai.db"),
        };
        TestEnv {
            dir,
            db,
            today: "2026-07-20".into(),
            server,
        }
    }

    /// A SQLite file, whatever the suite runs on (a ward's file brought into a server).
    pub fn on_file() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("phuong-hoang-mai.db");
        TestEnv {
            dir,
            db,
            today: "2026-07-20".into(),
            server: None,
        }
    }

    /// A ward office already set up.
    pub fn ward() -> TestEnv {
        let env = TestEnv::new();
        env.ok(&["init", "--office", "Phường Hoàng Mai", "--level", "commune"]);
        env
    }

    /// Set the office up to sign documents: place, signer's title, authority and name.
    pub fn sign_documents(&self) {
        self.ok(&[
            "init",
            "--office",
            "Phường Hoàng Mai",
            "--place",
            "Hoàng Mai",
            "--signer-title",
            "Chủ tịch",
            "--signer-authority",
            "TM. Ủy ban nhân dân",
            "--signer-name",
            "Nguyễn Văn Hùng",
        ]);
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(BIN);
        for (k, _) in std::env::vars() {
            if k.starts_with("DOITHOAI_") {
                c.env_remove(k);
            }
        }
        c.env("DOITHOAI_DB", &self.db)
            .env("DOITHOAI_CONFIG", self.dir.path().join("config.toml"))
            // Copies of a server's office kept before a correction go to the data folder.
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("DOITHOAI_TODAY", &self.today)
            .env("DOITHOAI_LANG", "en")
            .env("DOITHOAI_CLERK", "Trần Thị Lan")
            .env("DOITHOAI_NOW", format!("{}T09:00:00+07:00", self.today))
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.command()
            .args(args)
            .output()
            .expect("run doithoai")
            .into()
    }

    /// Run with the Vietnamese interface (a clerk who reads no English).
    pub fn run_vi(&self, args: &[&str]) -> Run {
        self.command()
            .env("DOITHOAI_LANG", "vi")
            .args(args)
            .output()
            .expect("run doithoai")
            .into()
    }

    /// Run and expect success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "doithoai {args:?} failed: {}{}",
            r.stdout, r.stderr
        );
        r.stdout
    }

    /// Run and expect exit `code`, one line on stderr and nothing written; returns stderr.
    pub fn refused(&self, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let r = self.run(args);
        assert_eq!(
            r.code, code,
            "doithoai {args:?}: expected exit {code}, got {}: {}{}",
            r.code, r.stdout, r.stderr
        );
        assert_eq!(
            r.stderr.trim_end().lines().count(),
            1,
            "one line on stderr: {:?}",
            r.stderr
        );
        assert_eq!(
            self.dump(),
            before,
            "doithoai {args:?} changed the database"
        );
        r.stderr
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Every row of every table, in a stable order: two equal dumps mean an unchanged database.
    pub fn dump(&self) -> String {
        match &self.server {
            Some(server) => dump_server(server),
            None => dump(&self.db),
        }
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).expect("valid JSON")
    }

    /// Plan a session chaired by the committee chair (the shape most scenarios start from).
    pub fn plan_session(&self, title: &str, kind: &str, date: &str) -> String {
        self.ok(&[
            "session",
            "plan",
            "--title",
            title,
            "--kind",
            kind,
            "--date",
            date,
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn Hùng",
        ])
    }

    /// Announce a session on a day through a channel (Art. 7.1).
    pub fn announce(&self, session: &str, on: &str, channel: &str) -> String {
        self.ok(&[
            "session",
            "announce",
            session,
            "--on",
            on,
            "--channel",
            channel,
        ])
    }

    /// Run SQL on the database by hand, outside doithoai (a hand edit, an attempt to rewrite
    /// the history): on a file with SQLite, on a server as the office's own role — so row-level
    /// security and the server's triggers hold it as they hold any SQL that role writes.
    pub fn try_sql(&self, sql: &str) -> Result<(), String> {
        match &self.server {
            Some(server) => postgres::Client::connect(&server.url(), postgres::NoTls)
                .and_then(|mut c| c.batch_execute(sql))
                .map_err(|e| format!("{e:?}")),
            None => Connection::open(&self.db)
                .and_then(|c| c.execute_batch(sql))
                .map_err(|e| e.to_string()),
        }
    }

    /// A hand edit that must succeed.
    pub fn tamper(&self, sql: &str) {
        self.try_sql(sql).expect("hand edit");
    }

    pub fn sql<T: rusqlite::types::FromSql>(&self, query: &str) -> T {
        if let Some(server) = &self.server {
            // The server's text of the value, read as SQLite would have stored it.
            let messages = server.admin().simple_query(query).expect("query");
            let text = messages.iter().find_map(|m| match m {
                postgres::SimpleQueryMessage::Row(r) => Some(r.get(0).map(str::to_string)),
                _ => None,
            });
            let value = match text.expect("one row") {
                None => rusqlite::types::Value::Null,
                Some(t) => match (t.parse::<i64>(), t.parse::<f64>()) {
                    (Ok(i), _) => rusqlite::types::Value::Integer(i),
                    (_, Ok(f)) => rusqlite::types::Value::Real(f),
                    _ => rusqlite::types::Value::Text(t),
                },
            };
            return T::column_result((&value).into()).expect("value");
        }
        let conn = Connection::open(&self.db).expect("open");
        conn.query_row(query, [], |r| r.get(0)).expect("query")
    }
}

/// Every row of every table of a test's server database, as its administrator reads them.
pub fn dump_server(server: &ServerDb) -> String {
    let mut client = server.admin();
    let exists = client
        .query_one("SELECT to_regclass('doithoai_schema') IS NOT NULL", &[])
        .expect("schema");
    if !exists.get::<_, bool>(0) {
        return "<no database>".into();
    }
    let tables: Vec<String> = client
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
            &[],
        )
        .expect("tables")
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("[{t}]\n"));
        // Each row as the file's dump writes it: its cells in order (the office left out),
        // joined by "|".
        let cells: Vec<String> = client
            .query(
                "SELECT column_name::text FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'office_id'
                 ORDER BY ordinal_position",
                &[&t],
            )
            .expect("columns")
            .iter()
            .map(|r| format!("coalesce(\"{}\"::text, 'NULL')", r.get::<_, String>(0)))
            .collect();
        let sql = format!(
            "SELECT concat_ws('|', {}) FROM \"{t}\" ORDER BY 1",
            cells.join(", ")
        );
        for row in client.query(&sql, &[]).expect("rows") {
            out.push_str(&row.get::<_, String>(0));
            out.push('\n');
        }
    }
    out
}

pub fn dump(db: &Path) -> String {
    if !db.exists() {
        return "<no database>".into();
    }
    let conn = Connection::open(db).expect("open for dump");
    let mut out = String::new();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    out.push_str(&format!("user_version={version}\n"));
    let tables: Vec<String> = conn
        // The search index (a virtual table and its shadow tables) is derived from the opinions.
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'opinion_search%'
             ORDER BY name",
        )
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .collect::<Result<_, _>>()
        .expect("tables");
    for t in tables {
        out.push_str(&format!("[{t}]\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1, 2"))
            .expect("select");
        let n = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(r) = rows.next().expect("row") {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).expect("cell")))
                .collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

/// Plan, announce and hold a realistic session; returns its id.
pub fn held_session(env: &TestEnv, date: &str) -> String {
    let planned = env.json(&[
        "session",
        "plan",
        "--title",
        "Đối thoại với Nhân dân về chỉnh trang đô thị và trật tự xây dựng",
        "--kind",
        "periodic",
        "--date",
        date,
        "--time",
        "08:00",
        "--venue",
        "Hội trường UBND phường Hoàng Mai, số 8 ngõ 12 Tân Mai",
        "--chair-role",
        "committee-chair",
        "--chair",
        "Nguyễn Văn Hùng",
        "--secretary",
        "Lê Thu Hà",
        "--topic",
        "petition",
    ]);
    let id = planned["id"].to_string();
    env.ok(&["session", "hold", &id]);
    id
}

/// Issue the conclusion notice of a held session, every open opinion to one agency.
pub fn issue_notice(env: &TestEnv, session: &str, on: &str, doc: &str, agency: &str) -> String {
    env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        session,
        "--on",
        on,
        "--doc",
        doc,
        "--signer",
        "Nguyễn Văn Hùng",
        "--agency",
        agency,
    ])
}

/// Run one line of a guide as a clerk types it at a shell — the binary found on the PATH — on
/// `env`'s database, on the day `today` (09:00 Vietnam time), the configuration file in `env`'s
/// folder, no other DOITHOAI_ setting; it must succeed.
pub fn run_guide_line(env: &TestEnv, line: &str, today: &str) {
    let bin_dir = Path::new(BIN).parent().expect("bin dir");
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut sh = Command::new("sh");
    for (k, _) in std::env::vars() {
        if k.starts_with("DOITHOAI_") {
            sh.env_remove(k);
        }
    }
    let out = sh
        .args(["-c", line])
        .env("PATH", &path)
        .env("DOITHOAI_DB", &env.db)
        .env("DOITHOAI_CONFIG", env.dir.path().join("config.toml"))
        .env("DOITHOAI_CLERK", "Trần Thị Lan")
        .env("DOITHOAI_TODAY", today)
        .env("DOITHOAI_NOW", format!("{today}T09:00:00+07:00"))
        .current_dir(env.dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("sh");
    assert!(
        out.status.success(),
        "{line}\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A ward on 10/06/2026 with one periodic session planned for 20/06/2026 (session 1): where the
/// import tests start.
pub fn session_env() -> TestEnv {
    let mut env = TestEnv::ward();
    env.today = "2026-06-10".into();
    env.plan_session(
        "Đối thoại với Nhân dân về chỉnh trang đô thị",
        "periodic",
        "2026-06-20",
    );
    env
}

/// Record a petition at `session`; returns its id.
pub fn add_opinion(env: &TestEnv, session: &str, content: &str) -> String {
    let v = env.json(&[
        "opinion",
        "add",
        session,
        "--content",
        content,
        "--category",
        "petition",
    ]);
    v["id"].to_string()
}
