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
    pub db: PathBuf,
    pub today: String,
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
        let db = dir.path().join("phuong-hoang-mai.db");
        TestEnv {
            dir,
            db,
            today: "2026-07-20".into(),
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
        dump(&self.db)
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

    pub fn sql<T: rusqlite::types::FromSql>(&self, query: &str) -> T {
        let conn = Connection::open(&self.db).expect("open");
        conn.query_row(query, [], |r| r.get(0)).expect("query")
    }
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
