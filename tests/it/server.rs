//! What only a PostgreSQL server has: several offices in one database kept apart by the server
//! itself, roles that are offices, a password never shown, a ward's file moved in and out, and
//! clerks on several PCs acting at once. Run when the suite runs on a server (`DOITHOAI_TEST_PG`,
//! as `.ci/run` does); each test makes its own database and roles and drops them.

use crate::support::{on_server, Run, TestEnv, DATABASE, REFUSED};
use std::process::Stdio;

/// The binary against `db`, as a clerk of the Phường runs it.
fn run_on(db: &str, env: &TestEnv, args: &[&str]) -> Run {
    run_on_in("en", db, env, args)
}

/// `run_on` with the interface in `lang` (`vi`: a clerk who reads no English).
fn run_on_in(lang: &str, db: &str, env: &TestEnv, args: &[&str]) -> Run {
    run_on_with(lang, db, &[], env, args)
}

/// `run_on_in` with libpq's environment variables `vars` (`PGHOST`, …) set, and no other.
fn run_on_with(lang: &str, db: &str, vars: &[(&str, &str)], env: &TestEnv, args: &[&str]) -> Run {
    let mut c = env.command();
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("PG")) {
        c.env_remove(k);
    }
    c.envs(vars.iter().copied())
        .env("DOITHOAI_DB", db)
        .env("DOITHOAI_LANG", lang)
        .args(args)
        .output()
        .expect("run doithoai")
        .into()
}

fn ok_on(db: &str, env: &TestEnv, args: &[&str]) -> String {
    let r = run_on(db, env, args);
    assert_eq!(r.code, 0, "doithoai {args:?}: {}{}", r.stdout, r.stderr);
    r.stdout
}

/// Session 1 of the office at `db` planned, held on 10/7/2026, with `petitions` petitions.
fn held_with_petitions(db: &str, env: &TestEnv, title: &str, petitions: usize) {
    plan(db, env, title);
    ok_on(db, env, &["session", "hold", "1", "--on", "2026-07-10"]);
    for k in 0..petitions {
        let content = format!("Đề nghị sửa chữa đường ngõ {}", 12 + k);
        ok_on(
            db,
            env,
            &[
                "opinion",
                "add",
                "1",
                "--category",
                "petition",
                "--content",
                &content,
            ],
        );
    }
}

fn plan(db: &str, env: &TestEnv, title: &str) {
    ok_on(
        db,
        env,
        &[
            "session",
            "plan",
            "--title",
            title,
            "--kind",
            "periodic",
            "--date",
            "2026-07-10",
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn Hùng",
        ],
    );
}

/// A clerk's `session plan` started in the background, its output kept.
fn spawn_plan(env: &TestEnv, title: &str) -> std::process::Child {
    env.command()
        .args([
            "session",
            "plan",
            "--title",
            title,
            "--kind",
            "regular",
            "--date",
            "2026-08-20",
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn Hùng",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn")
}

/// Wait until a doithoai command waits on a lock (seen from `watcher`, a connection of its
/// own); its server process.
fn wait_until_blocked(watcher: &mut postgres::Client) -> i32 {
    for _ in 0..400 {
        let blocked = watcher
            .query(
                "SELECT pid FROM pg_stat_activity
                 WHERE application_name = 'doithoai' AND wait_event_type = 'Lock'",
                &[],
            )
            .expect("activity");
        if let Some(row) = blocked.first() {
            return row.get(0);
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("the clerk's command never waited on the lock");
}

/// Two wards in one database: each sees its own session 1, and plain SQL under a ward's role
/// neither reads, changes nor adds a row of the other — PostgreSQL refuses it, not doithoai.
#[test]
fn row_level_security_keeps_each_ward_to_its_own_rows() {
    if !on_server() {
        return;
    }
    let env = TestEnv::new();
    let server = env.server.as_ref().expect("server");
    let (hoang_mai, tuong_mai) = (server.add_role("hm"), server.add_role("tm"));
    let admin = server.admin_url();
    for (office, role) in [
        ("Phường Hoàng Mai", &hoang_mai),
        ("Phường Tương Mai", &tuong_mai),
    ] {
        ok_on(
            &admin,
            &env,
            &[
                "init",
                "--office",
                office,
                "--level",
                "commune",
                "--office-role",
                role,
            ],
        );
    }
    let (hm, tm) = (server.url_as(&hoang_mai), server.url_as(&tuong_mai));
    plan(&hm, &env, "Đối thoại về chỉnh trang đô thị ngõ 12 Tân Mai");
    plan(&tm, &env, "Đối thoại về trật tự xây dựng tổ 9");
    let tm_sessions = ok_on(&tm, &env, &["session", "list", "--format", "json"]);
    assert!(tm_sessions.contains("trật tự xây dựng"), "{tm_sessions}");
    assert!(!tm_sessions.contains("Tân Mai"), "{tm_sessions}");
    assert!(ok_on(&tm, &env, &["session", "show", "1"]).contains("tổ 9"));
    assert!(ok_on(&hm, &env, &["session", "show", "1"]).contains("ngõ 12"));

    // Tương Mai's clerk with psql: one session, Hoàng Mai's invisible and untouchable.
    let mut sql = postgres::Client::connect(&tm, postgres::NoTls).expect("ward role");
    let seen: i64 = sql
        .query_one("SELECT count(*) FROM session", &[])
        .expect("count")
        .get(0);
    assert_eq!(seen, 1);
    let changed = sql
        .execute(
            "UPDATE session SET title = 'sửa trộm' WHERE title LIKE '%Tân Mai%'",
            &[],
        )
        .expect("update");
    assert_eq!(changed, 0, "another ward's row was changed");
    let hm_office: i64 = postgres::Client::connect(&hm, postgres::NoTls)
        .expect("ward role")
        .query_one("SELECT doithoai_office()", &[])
        .expect("office")
        .get(0);
    let forged = sql.batch_execute(&format!(
        "INSERT INTO agency (office_id, id, name, created_at)
         VALUES ({hm_office}, 99, 'Cơ quan giả', '2026-07-20')"
    ));
    let message = format!("{:?}", forged.expect_err("row-level security"));
    assert!(message.contains("row-level security"), "{message}");
    assert!(ok_on(&hm, &env, &["agency", "list"]).trim().lines().count() <= 1);
    // A temporary table of the role's own does not stand in for the map of roles.
    let stranger = server.add_role("la");
    let mut sql = postgres::Client::connect(&server.url_as(&stranger), postgres::NoTls)
        .expect("a role that is no office");
    sql.batch_execute(&format!(
        "CREATE TEMP TABLE doithoai_office_role (office_id bigint, role_name text, city bigint);
         INSERT INTO doithoai_office_role VALUES ({hm_office}, current_user, 1)"
    ))
    .expect("temporary table");
    let seen: i64 = sql
        .query_one("SELECT count(*) FROM session", &[])
        .expect("count")
        .get(0);
    assert_eq!(seen, 0, "a temporary table opened another office's rows");
    let everything: i64 = postgres::Client::connect(&admin, postgres::NoTls)
        .expect("admin")
        .query_one("SELECT count(*) FROM session", &[])
        .expect("count")
        .get(0);
    assert_eq!(
        everything, 2,
        "both wards' sessions are in the one database"
    );
}

/// A role that sees every office (a superuser) is no office, nor is a role nobody set up:
/// both are refused before anything is read.
#[test]
fn only_an_offices_role_works_on_an_office() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let r = run_on(&server.admin_url(), &env, &["session", "list"]);
    assert_eq!(r.code, REFUSED, "{}", r.stderr);
    assert!(
        r.stderr.contains("bypasses row-level security"),
        "{}",
        r.stderr
    );
    let stranger = server.add_role("khach");
    let r = run_on(&server.url_as(&stranger), &env, &["session", "list"]);
    assert_eq!(r.code, REFUSED, "{}", r.stderr);
    assert!(r.stderr.contains("is no office's"), "{}", r.stderr);
    let r = run_on(
        &server.admin_url(),
        &env,
        &[
            "init",
            "--office",
            "Phường Lĩnh Nam",
            "--office-role",
            "khong_co_vai_tro_nay",
        ],
    );
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("khong_co_vai_tro_nay"), "{}", r.stderr);
}

/// The password in an address is never printed, kept in the history or shown by `config show`.
#[test]
fn a_password_in_the_address_is_never_shown() {
    if !on_server() {
        return;
    }
    let env = TestEnv::new();
    let server = env.server.as_ref().expect("server");
    let with_password = server.url().replacen('@', ":mat-khau-bi-mat@", 1);
    let secret = "mat-khau-bi-mat";
    let mut seen = String::new();
    for args in [
        &["init", "--office", "Phường Hoàng Mai"][..],
        &["session", "list"],
        &["session", "show", "42"],
        &["history", "--format", "json"],
        &["config", "show"],
        &["check"],
    ] {
        let r = run_on(&with_password, &env, args);
        seen.push_str(&r.stdout);
        seen.push_str(&r.stderr);
    }
    assert!(seen.contains("postgres://"), "{seen}");
    assert!(!seen.contains(secret), "the password was shown: {seen}");
    let history = env.dump();
    assert!(!history.contains(secret), "the password is in the database");
}

/// A ward's file goes into the server as its office and comes back out as a file: every export
/// is the same as the file's; a second copy into the same office is refused.
#[test]
fn a_wards_file_moves_into_the_server_and_back_whole() {
    if !on_server() {
        return;
    }
    let ward = TestEnv::on_file();
    ward.ok(&["init", "--office", "Phường Hoàng Mai", "--level", "commune"]);
    let session = crate::support::held_session(&ward, "2026-07-10");
    crate::support::add_opinion(&ward, &session, "Đề nghị sửa chữa đường ngõ 12 Tân Mai");
    crate::support::add_opinion(&ward, &session, "Đề nghị lắp đèn chiếu sáng tổ 9");
    crate::support::issue_notice(
        &ward,
        &session,
        "2026-07-15",
        "15/TB-UBND",
        "Phòng Quản lý đô thị",
    );
    // Corrected twice: each version names the one that replaced it, a later row.
    for (on, doc) in [("2026-07-16", "15a/TB-UBND"), ("2026-07-17", "15b/TB-UBND")] {
        ward.ok(&[
            "conclusion",
            "issue",
            "--new-agency",
            &session,
            "--on",
            on,
            "--doc",
            doc,
            "--signer",
            "Nguyễn Văn Hùng",
            "--replace",
            "--yes",
            "--agency",
            "Phòng Tài nguyên và Môi trường",
        ]);
    }

    let env = TestEnv::new();
    let server = env.server.as_ref().expect("server");
    let role = server.add_role("hm");
    let file = ward.db.to_str().expect("utf8").to_string();
    let copied = ok_on(
        &server.admin_url(),
        &env,
        &[
            "db",
            "copy",
            "--from",
            &file,
            "--to",
            &server.admin_url(),
            "--office-role",
            &role,
        ],
    );
    assert!(copied.contains("rows"), "{copied}");
    let on_server = server.url_as(&role);
    let back = env.path("tro-ve.db");
    let back_arg = back.to_str().expect("utf8");
    ok_on(&on_server, &env, &["backup", back_arg]);
    for kind in [
        "sessions",
        "registrations",
        "opinions",
        "conclusions",
        "history",
    ] {
        let original = ward.ok(&["export", kind, "--format", "json"]);
        assert_eq!(
            ok_on(&on_server, &env, &["export", kind, "--format", "json"]),
            original,
            "{kind} on the server"
        );
        assert_eq!(
            ok_on(back_arg, &env, &["export", kind, "--format", "json"]),
            original,
            "{kind} after the round trip"
        );
    }
    ok_on(back_arg, &env, &["check"]);
    let again = run_on(
        &server.admin_url(),
        &env,
        &[
            "db",
            "copy",
            "--from",
            &file,
            "--to",
            &server.admin_url(),
            "--office-role",
            &role,
        ],
    );
    assert_eq!(again.code, REFUSED, "{}", again.stderr);
    assert!(
        again.stderr.contains("already holds records"),
        "{}",
        again.stderr
    );

    // The office restored from the ward's later file: --replace, by the administrator only.
    let later = crate::support::held_session(&ward, "2026-07-17");
    crate::support::add_opinion(&ward, &later, "Đề nghị nạo vét mương thoát nước tổ 14");
    let copy = |to: &str, role: Option<&str>| {
        let mut args = vec!["db", "copy", "--from", &file, "--to", to, "--replace"];
        if let Some(role) = role {
            args.extend(["--office-role", role]);
        }
        run_on(to, &env, &args)
    };
    let before = ok_on(&on_server, &env, &["export", "history", "--format", "json"]);
    let by_clerk = copy(&on_server, None);
    assert_eq!(by_clerk.code, REFUSED, "{}", by_clerk.stderr);
    assert!(
        by_clerk.stderr.contains("administrator"),
        "{}",
        by_clerk.stderr
    );
    assert_eq!(
        ok_on(&on_server, &env, &["export", "history", "--format", "json"]),
        before
    );
    // Another office's backup is not put in this office's place.
    let other = TestEnv::on_file();
    other.ok(&["init", "--office", "Phường Tương Mai", "--level", "commune"]);
    let other_file = other.db.to_str().expect("utf8").to_string();
    let admin_url = server.admin_url();
    let wrong = run_on(
        &admin_url,
        &env,
        &[
            "db",
            "copy",
            "--from",
            &other_file,
            "--to",
            &admin_url,
            "--office-role",
            &role,
            "--replace",
        ],
    );
    assert_eq!(wrong.code, REFUSED, "{}", wrong.stderr);
    assert!(
        wrong.stderr.contains("Phường Tương Mai"),
        "{}",
        wrong.stderr
    );
    assert_eq!(
        ok_on(&on_server, &env, &["export", "history", "--format", "json"]),
        before
    );
    let replaced = copy(&admin_url, Some(&role));
    assert_eq!(replaced.code, 0, "{}", replaced.stderr);
    assert!(replaced.stdout.contains("replaced"), "{}", replaced.stdout);
    assert!(
        replaced.stderr.contains("before-replace"),
        "{}",
        replaced.stderr
    );
    assert_eq!(
        ok_on(
            &on_server,
            &env,
            &["export", "opinions", "--format", "json"]
        ),
        ward.ok(&["export", "opinions", "--format", "json"]),
    );
    // The file's history, then the replacement itself.
    let history = |json: String| -> Vec<serde_json::Value> {
        serde_json::from_str::<serde_json::Value>(&json)
            .expect("json")
            .as_array()
            .expect("events")
            .clone()
    };
    let mut on_server_history = history(ok_on(
        &on_server,
        &env,
        &["export", "history", "--format", "json"],
    ));
    let last = on_server_history.pop().expect("the replacement's event");
    assert_eq!(last["action"], "restore", "{last}");
    assert_eq!(
        on_server_history,
        history(ward.ok(&["export", "history", "--format", "json"]))
    );
    // The history is append-only again once the replacing transaction ended, for everyone.
    let mut admin = server.admin();
    assert!(admin.batch_execute("DELETE FROM event").is_err());
}

/// Six clerks issue the conclusion notice of one session at the same moment: exactly one
/// notice is written, the others are told it exists (SERIALIZABLE, retried on conflict).
#[test]
fn clerks_issuing_one_notice_at_once_write_it_once() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let session = crate::support::held_session(&env, "2026-07-10");
    crate::support::add_opinion(&env, &session, "Đề nghị nạo vét mương thoát nước tổ 5");
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    let clerks: Vec<_> = (1..=6)
        .map(|n| {
            let doc = format!("{n}/TB-UBND");
            let mut c = env.command();
            c.args([
                "conclusion",
                "issue",
                &session,
                "--on",
                "2026-07-15",
                "--doc",
                &doc,
                "--signer",
                "Nguyễn Văn Hùng",
                "--assign",
                "1=Phòng Quản lý đô thị",
            ]);
            c.stdout(Stdio::null()).stderr(Stdio::null());
            c.spawn().expect("spawn")
        })
        .collect();
    let codes: Vec<i32> = clerks
        .into_iter()
        .map(|c| {
            c.wait_with_output()
                .expect("wait")
                .status
                .code()
                .unwrap_or(-1)
        })
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == REFUSED), "{codes:?}");
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM conclusion_notice"), 1);
}

/// A server that cannot be reached is said with what to do, after the connect timeout, and
/// nothing hangs.
#[test]
fn an_unreachable_server_is_said_and_nothing_hangs() {
    if !on_server() {
        return;
    }
    let env = TestEnv::on_file();
    let r = run_on(
        "postgres://phuong@127.0.0.1:1/hanoi?connect_timeout=2",
        &env,
        &["session", "list"],
    );
    assert_eq!(r.code, DATABASE, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("no PostgreSQL server takes connections at"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
}

/// libpq's keyword form of an address works as the URL does (`host=… dbname=… user=…`), and
/// its password — quoted, with a space — is never shown.
#[test]
fn a_keyword_connection_string_is_a_server_and_its_password_is_not_shown() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let url = env.db.to_str().expect("utf8").to_string();
    plan(&url, &env, "Đối thoại về thu gom rác thải");
    let config: postgres::Config = url.parse().expect("address");
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        _ => "127.0.0.1".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let keywords = format!(
        "host={host} port = {port} dbname={} user={} password='mat khau'",
        config.get_dbname().expect("dbname"),
        config.get_user().expect("user"),
    );
    let listed = ok_on(&keywords, &env, &["session", "list"]);
    assert!(listed.contains("Đối thoại về thu gom rác thải"), "{listed}");
    let shown = ok_on(&keywords, &env, &["config", "show"]);
    assert!(shown.contains(&format!("host={host}")), "{shown}");
    assert!(
        !shown.contains("mat khau") && !shown.contains("password"),
        "{shown}"
    );
    // A keyword the driver does not know is refused by name, the password still unshown.
    let r = run_on(
        &format!("{keywords} sslrootcert=/etc/ssl/hanoi.crt"),
        &env,
        &["session", "list"],
    );
    assert_eq!(r.code, crate::support::USAGE, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("sslrootcert is not a setting of a PostgreSQL address"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("mat khau"), "{}", r.stderr);
}

/// A text meant as an address that cannot be read as one — an unclosed quote, a password with
/// a space, a mistyped `postgres:` — is refused with nothing of its password shown, and no
/// file is made under its name (it was made, password and all, by `init`); an address that is
/// also a file here is refused naming `./` for the file. No server needed.
#[test]
fn a_mistyped_address_is_refused_not_made_a_file_named_after_its_password() {
    let env = TestEnv::on_file();
    for db in [
        "host=127.0.0.1 dbname=hanoi user=phuong_hm password='Mat khau",
        "host=127.0.0.1 dbname=hanoi user=phuong_hm password=Mat khau",
        "postgres:phuong_hm:Matkhau@127.0.0.1/hanoi",
        "PASSWORD=Matkhau",
    ] {
        let r = run_on(db, &env, &["init", "--office", "Phường Hoàng Mai"]);
        assert_eq!(r.code, crate::support::USAGE, "{db}: {}", r.stderr);
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
        assert!(r.stderr.contains("cannot be read as one"), "{}", r.stderr);
        assert!(
            !r.stderr.contains("Mat") && !r.stderr.contains("khau"),
            "{}",
            r.stderr
        );
        assert!(!env.dir.path().join(db).exists(), "{db}");
    }
    std::fs::write(env.dir.path().join("host=hanoi.db"), b"").expect("file");
    let r = run_on("host=hanoi.db", &env, &["agency", "list"]);
    assert_eq!(r.code, crate::support::USAGE, "{}", r.stderr);
    assert!(
        r.stderr.contains("./host=hanoi.db for the file"),
        "{}",
        r.stderr
    );
}

/// A setting the driver cannot read (`port=abc`, a bad `PGPORT`) is refused by name, with
/// what it accepts, in the clerk's words — not the driver's English "invalid connection
/// string" — and nothing is made.
#[test]
fn a_setting_the_server_address_cannot_hold_is_refused_by_name() {
    let env = TestEnv::on_file();
    for (db, pgport, said) in [
        (
            "host=127.0.0.1 port=abc dbname=hanoi user=phuong_hm",
            None,
            "không dùng được port=abc",
        ),
        (
            "postgres://phuong_hm@127.0.0.1:99999/hanoi",
            None,
            "không dùng được port=99999",
        ),
        (
            "postgres://phuong_hm@127.0.0.1/hanoi?connect_timeout=mot-phut",
            None,
            "không dùng được connect_timeout=mot-phut",
        ),
        ("dbname=hanoi", Some("mot"), "không dùng được PGPORT=mot"),
    ] {
        let vars: Vec<(&str, &str)> = pgport.map(|port| ("PGPORT", port)).into_iter().collect();
        let r = run_on_with("vi", db, &vars, &env, &["hoi-nghi", "danh-sach"]);
        assert_eq!(r.code, crate::support::USAGE, "{db}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{db}: {}", r.stderr);
        assert!(!r.stderr.contains("invalid"), "{db}: {}", r.stderr);
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
        assert_eq!(
            std::fs::read_dir(env.dir.path()).expect("dir").count(),
            0,
            "{db}"
        );
    }
}

/// A host name no resolver knows, and a socket folder where no server listens, are said as
/// such in the clerk's words (not the driver's "error connecting to server"); nothing is made.
#[test]
fn a_host_no_resolver_knows_is_said_as_such() {
    let env = TestEnv::on_file();
    for (db, pghost, said) in [
        (
            "postgres://phuong_hm@khong-co-may-nay.invalid/hanoi",
            None,
            "không máy chủ tên miền nào mà máy này hỏi biết tên máy chủ",
        ),
        // The host the environment filled in is named with the address.
        (
            "dbname=hanoi user=phuong_hm",
            Some("/khong/co/thu/muc/nay"),
            "không có máy chủ PostgreSQL nào nhận kết nối tại dbname=hanoi user=phuong_hm (/khong/co/thu/muc/nay:5432)",
        ),
    ] {
        let vars: Vec<(&str, &str)> = pghost.map(|host| ("PGHOST", host)).into_iter().collect();
        let r = run_on_with("vi", db, &vars, &env, &["hoi-nghi", "danh-sach"]);
        assert_eq!(r.code, DATABASE, "{db}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{db}: {}", r.stderr);
        assert!(!r.stderr.contains("error connecting"), "{}", r.stderr);
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
        assert_eq!(std::fs::read_dir(env.dir.path()).expect("dir").count(), 0);
    }
    // A server's address among a city report's files: refused, not read as a missing file.
    env.ok(&["init", "--office", "Phường Hoàng Mai"]);
    let db = env.db.display().to_string();
    for server in [
        "postgres://thanh_pho@127.0.0.1:1/hanoi",
        "host=127.0.0.1 port=1 dbname=hanoi",
    ] {
        let r: Run = env
            .command()
            .env_remove("DOITHOAI_DB")
            .args(["--db", server, "--db", &db, "report", "overdue"])
            .output()
            .expect("run doithoai")
            .into();
        assert_eq!(r.code, crate::support::USAGE, "{server}: {}", r.stderr);
        assert!(
            r.stderr.contains("is a PostgreSQL server's address"),
            "{}",
            r.stderr
        );
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
    }
}

/// A URL password holding `?` or `/` (which end the host part for some readers) is never shown
/// as a setting or a port; an empty keyword value is the setting's default, as for libpq; ports
/// that cannot be matched to the hosts are refused by count. The configuration file's address
/// is shown without its password in every format of `config show`.
#[test]
fn an_address_read_differently_by_its_readers_never_shows_its_password() {
    let env = TestEnv::on_file();
    for (db, secret, code, said) in [
        (
            "postgres://phuong_hm:Mk?Bimat2024@127.0.0.1:1/hanoi",
            "Bimat2024",
            DATABASE,
            "no PostgreSQL server takes connections",
        ),
        (
            "postgres://phuong_hm:Secr3t/x@127.0.0.1:1/hanoi",
            "Secr3t",
            DATABASE,
            "no PostgreSQL server takes connections",
        ),
        (
            "postgres://phuong@hm:Secr3t@127.0.0.1:1/hanoi",
            "Secr3t",
            crate::support::USAGE,
            "cannot be read as one",
        ),
        (
            "host=127.0.0.1 port=1 dbname=hanoi user=phuong_hm sslmode='' password=Secr3t",
            "Secr3t",
            DATABASE,
            "no PostgreSQL server takes connections",
        ),
        // libpq reads `sslmode= password=…` as sslmode's value `password=…`.
        (
            "host=127.0.0.1 port=1 dbname=hanoi user=phuong_hm sslmode= password=Secr3t",
            "Secr3t",
            crate::support::USAGE,
            "cannot be used",
        ),
        (
            "postgres://phuong_hm:Secr3t@127.0.0.1:1/hanoi?port=5432",
            "Secr3t",
            crate::support::USAGE,
            "2 port numbers for 1 hosts",
        ),
    ] {
        let r = run_on(db, &env, &["session", "list"]);
        assert_eq!(r.code, code, "{db}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{db}: {}", r.stderr);
        assert!(!r.stderr.contains(secret), "{db}: {}", r.stderr);
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
    }
    for db in [
        "postgres://phuong_hm:Mat-khau-24@127.0.0.1/hanoi",
        "host=127.0.0.1 dbname=hanoi user=phuong_hm password='Mat khau 24'",
    ] {
        env.ok(&["config", "set", "db", db]);
        for format in ["table", "json", "csv"] {
            let shown = env.ok(&["--format", format, "config", "show"]);
            assert!(shown.contains("127.0.0.1"), "{format}: {shown}");
            assert!(!shown.contains("Mat"), "{format}: {shown}");
        }
    }
    // An address the commands could not read is not kept.
    for db in [
        "host=127.0.0.1 port=abc dbname=hanoi",
        "postgres://phuong_hm@127.0.0.1/hanoi?sslrootcert=ca.pem",
        "host=127.0.0.1 dbname=hanoi password='Mat khau",
    ] {
        let r = env.run(&["config", "set", "db", db]);
        assert_eq!(r.code, crate::support::USAGE, "{db}: {}", r.stderr);
        assert!(!r.stderr.contains("Mat"), "{}", r.stderr);
        let shown = env.ok(&["--format", "json", "config", "show"]);
        assert!(shown.contains("user=phuong_hm"), "{db}: kept {shown}");
    }
}

/// An address that leaves the server out is filled in as libpq fills it: `PGHOST`, `PGPORT`,
/// `PGUSER` from the environment, so `--db "dbname=…"` reaches the office `psql -d …` would;
/// what the address says itself wins over the environment.
#[test]
fn an_address_without_its_server_takes_it_from_libpqs_environment() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let url = server.url();
    plan(&url, &env, "Đối thoại về chỉnh trang vỉa hè phố Tây Sơn");
    let by_url = ok_on(&url, &env, &["session", "list", "--format", "json"]);
    let config: postgres::Config = url.parse().expect("address");
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        _ => panic!("a TCP host in {url}"),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().expect("user").to_string();
    let without_port = format!("dbname={}", server.name);
    let with_port = format!("port={port} dbname={}", server.name);
    // libpq's own words alone: the database too comes from the environment.
    let no_place = "sslmode=prefer".to_string();
    for (db, pgport) in [
        (&without_port, port.as_str()),
        (&with_port, "1"),
        (&no_place, port.as_str()),
    ] {
        let r = run_on_with(
            "en",
            db,
            &[
                ("PGHOST", host.as_str()),
                ("PGPORT", pgport),
                ("PGUSER", user.as_str()),
                ("PGDATABASE", server.name.as_str()),
            ],
            &env,
            &["session", "list", "--format", "json"],
        );
        assert_eq!(r.code, 0, "{db}: {}", r.stderr);
        assert_eq!(r.stdout, by_url, "{db}");
    }
}

/// Names as long as a file takes them — an agency's, a former name, an invitee's, a
/// denouncer's — are kept on a server too: a B-tree entry holds at most 2,704 bytes, and the
/// server's indexes hold their digest.
#[test]
fn a_name_longer_than_an_index_entry_is_kept_as_on_a_file() {
    let env = TestEnv::ward();
    // Letters that do not repeat (the server compresses a repeated text into a short entry).
    let long = |start: &str| {
        let letters: Vec<char> = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạếộ".chars().collect();
        let mut x = start.len() as u64;
        let tail: String = (0..4000)
            .map(|i| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                if i % 7 == 6 {
                    ' '
                } else {
                    letters[(x >> 33) as usize % letters.len()]
                }
            })
            .collect();
        format!("{start} {tail}")
    };
    let agency = long("Phòng Quản lý đô thị");
    env.ok(&["agency", "add", &agency]);
    let renamed = long("Phòng Kinh tế, Hạ tầng và Đô thị");
    env.ok(&["agency", "rename", &agency, &renamed]);
    let again = env.run(&["agency", "add", &renamed]);
    assert_ne!(again.code, 0, "a second agency of the same name");
    env.plan_session("Đối thoại về trật tự đô thị", "periodic", "2026-07-18");
    let session = "1".to_string();
    env.ok(&[
        "session",
        "invite",
        &session,
        "--organisation",
        &long("Hội Liên hiệp Phụ nữ"),
    ]);
    env.ok(&[
        "speaker",
        "register",
        &session,
        "--name",
        &long("Trần Văn Bình"),
        "--address",
        "Số 7 ngõ 40 Tân Mai",
        "--topic",
        "Sai phạm đất đai",
    ]);
    env.ok(&["session", "hold", &session, "--on", "2026-07-18"]);
    env.ok(&[
        "opinion",
        "add",
        &session,
        "--speaker",
        "1",
        "--category",
        "other",
        "--content",
        "Tố cáo cán bộ địa chính nhận tiền của hộ dân",
    ]);
    env.ok(&["opinion", "out-of-scope", "1", "--as", "denunciation"]);
    let agencies = env.ok(&["agency", "list", "--format", "csv"]);
    assert!(
        agencies.contains(renamed.trim()),
        "the renamed agency listed"
    );
    env.ok(&["check"]);
}

/// A clerk who reads only Vietnamese is told why the server would not take the command — no
/// one listening, no such role, no such database — in Vietnamese, not in the driver's or the
/// server's English.
#[test]
fn why_a_server_refused_the_connection_is_said_in_the_clerks_words() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let stranger = server.url_as("khong_co_vai_tro_nay");
    let no_database = {
        let url = server.url_as("postgres");
        let (base, _) = url.rsplit_once('/').expect("database");
        format!("{base}/khong_co_csdl_nay")
    };
    for (db, said) in [
        (
            "postgres://phuong@127.0.0.1:1/hanoi".to_string(),
            "không có máy chủ PostgreSQL nào nhận kết nối tại",
        ),
        (stranger, "không cho vai trò này đăng nhập"),
        (no_database, "máy chủ không có cơ sở dữ liệu mà"),
    ] {
        let r = run_on_in("vi", &db, &env, &["hoi-nghi", "danh-sach"]);
        assert_eq!(r.code, DATABASE, "{db}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{db}: {}", r.stderr);
        for english in ["does not exist", "error connecting", "connection refused"] {
            assert!(!r.stderr.contains(english), "{db}: {}", r.stderr);
        }
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
    }
    // The address's own options, refused by the server at log-in: named as the address's.
    let url = env.server.as_ref().expect("server").url();
    for options in ["-c statement_timeout=mot-phut", "-c khong_co_thiet_lap=1"] {
        let db = format!("{url}?options={}", options.replace(' ', "%20"));
        let r = run_on_in("vi", &db, &env, &["hoi-nghi", "danh-sach"]);
        assert_eq!(r.code, crate::support::USAGE, "{db}: {}", r.stderr);
        assert!(
            r.stderr
                .contains(&format!("không nhận options='{options}'")),
            "{db}: {}",
            r.stderr
        );
        for english in ["invalid value", "unrecognized", "parameter"] {
            assert!(!r.stderr.contains(english), "{db}: {}", r.stderr);
        }
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
    }
}

/// The server's tables have the file's columns, in the file's order (and the office): one store
/// reads either, and a copy moves every column.
#[test]
fn the_servers_tables_have_the_files_columns() {
    if !on_server() {
        return;
    }
    let file = TestEnv::on_file();
    file.ok(&["init", "--office", "Phường Hoàng Mai"]);
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let sqlite = rusqlite::Connection::open(&file.db).expect("file");
    let mut pg = postgres::Client::connect(&server.admin_url(), postgres::NoTls).expect("admin");
    let tables: Vec<String> = sqlite
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
             AND name NOT LIKE 'opinion_search%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .collect::<Result<_, _>>()
        .expect("tables");
    assert!(tables.len() >= 18, "{tables:?}");
    for table in tables {
        let in_file: Vec<String> = sqlite
            .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
            .expect("columns")
            .query_map([&table], |r| r.get(0))
            .expect("columns")
            .collect::<Result<_, _>>()
            .expect("columns");
        let on_server: Vec<String> = pg
            .query(
                "SELECT column_name::text FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'office_id'
                 ORDER BY ordinal_position",
                &[&table],
            )
            .expect("columns")
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(on_server, in_file, "table {table}");
    }
}

/// The city's role reports on every office live, with the numbers the consolidation of the
/// wards' backups gives; a ward's role is refused, and so is a file.
#[test]
fn the_city_reports_every_office_live_as_from_the_wards_files() {
    if !on_server() {
        return;
    }
    let mut env = TestEnv::new();
    // Late August: both wards' conclusion notices are overdue (R9).
    env.today = "2026-08-30".into();
    let server = env.server.as_ref().expect("server");
    let admin = server.admin_url();
    let roles = [
        ("Phường Hoàng Mai", "commune", server.add_role("hm")),
        ("Phường Tương Mai", "commune", server.add_role("tm")),
        ("Thành phố Hà Nội", "city", server.add_role("hn")),
    ];
    for (office, level, role) in &roles {
        ok_on(
            &admin,
            &env,
            &[
                "init",
                "--office",
                office,
                "--level",
                level,
                "--office-role",
                role,
            ],
        );
    }
    let wards = env.path("phuong");
    std::fs::create_dir(&wards).expect("folder");
    for (n, (_, _, role)) in roles[..2].iter().enumerate() {
        let ward = server.url_as(role);
        held_with_petitions(&ward, &env, "Đối thoại về chỉnh trang đô thị", n + 1);
        let backup = wards.join(format!("{role}.db"));
        ok_on(&ward, &env, &["backup", backup.to_str().expect("utf8")]);
    }
    let city = server.url_as(&roles[2].2);
    let folder = wards.to_str().expect("utf8");
    for report in [
        &["report", "period", "--year", "2026", "--format", "json"][..],
        &["report", "overdue", "--format", "json"],
        &["report", "plan", "--year", "2026", "--format", "json"],
    ] {
        let live: serde_json::Value =
            serde_json::from_str(&ok_on(&city, &env, &[report, &["--all-offices"]].concat()))
                .expect("json");
        let files: serde_json::Value = serde_json::from_str(&ok_on(
            &city,
            &env,
            &[report, &["--from-dir", folder]].concat(),
        ))
        .expect("json");
        let without_files = |v: &serde_json::Value| {
            let mut text = v.to_string();
            for (_, _, role) in &roles {
                text = text.replace(&format!("{}/{role}.db", folder), "WARD");
            }
            let text = regex_free_office_numbers(&text);
            text.replace("\"Thành phố Hà Nội\"", "\"CITY\"")
        };
        let live_text = without_files(&live);
        assert!(live_text.contains("Phường Tương Mai"), "{live_text}");
        // The city's own office is one more office live (it has no file in the folder).
        for ward in ["Phường Hoàng Mai", "Phường Tương Mai"] {
            assert_eq!(
                live_text.matches(ward).count(),
                without_files(&files).matches(ward).count(),
                "{report:?}: {live_text}"
            );
        }
        if report[1] == "period" {
            assert_eq!(
                live["totals"]["opinions"], files["totals"]["opinions"],
                "{live}"
            );
            assert_eq!(live["totals"]["opinions"], 3, "{live}");
        }
    }
    let ward = server.url_as(&roles[0].2);
    let r = run_on(
        &ward,
        &env,
        &["report", "period", "--year", "2026", "--all-offices"],
    );
    assert_eq!(r.code, REFUSED, "{}", r.stderr);
    let file = TestEnv::on_file();
    file.ok(&["init", "--office", "Phường Hoàng Mai"]);
    let r = file.run(&["report", "overdue", "--all-offices"]);
    assert_eq!(r.code, crate::support::USAGE, "{}", r.stderr);
}

/// More offices than the city's report reads at once (its connections share one snapshot):
/// every office once, in the order of the map of roles, each with its own figures.
#[test]
fn the_live_city_report_reads_many_offices_at_once_each_once_in_order() {
    if !on_server() {
        return;
    }
    let mut env = TestEnv::new();
    env.today = "2026-08-30".into();
    let server = env.server.as_ref().expect("server");
    let admin = server.admin_url();
    let wards = [
        "Phường Ba Đình",
        "Phường Ngọc Hà",
        "Phường Giảng Võ",
        "Phường Hoàn Kiếm",
        "Phường Cửa Nam",
        "Phường Văn Miếu - Quốc Tử Giám",
        "Phường Ô Chợ Dừa",
    ];
    let mut roles = Vec::new();
    for (n, ward) in wards.iter().enumerate() {
        let role = server.add_role(&format!("w{n}"));
        ok_on(
            &admin,
            &env,
            &[
                "init",
                "--office",
                ward,
                "--level",
                "commune",
                "--office-role",
                &role,
            ],
        );
        roles.push(role);
    }
    let city_role = server.add_role("hn");
    ok_on(
        &admin,
        &env,
        &[
            "init",
            "--office",
            "Thành phố Hà Nội",
            "--level",
            "city",
            "--office-role",
            &city_role,
        ],
    );
    for (n, role) in roles.iter().enumerate() {
        // Office n has n + 1 opinions: a mix-up between offices shows in the counts.
        held_with_petitions(
            &server.url_as(role),
            &env,
            "Đối thoại về trật tự vỉa hè",
            n + 1,
        );
    }
    let city = server.url_as(&city_role);
    let live: serde_json::Value = serde_json::from_str(&ok_on(
        &city,
        &env,
        &[
            "report",
            "period",
            "--year",
            "2026",
            "--all-offices",
            "--format",
            "json",
        ],
    ))
    .expect("json");
    let offices = live["offices"].as_array().expect("offices");
    let read: Vec<(String, u64)> = offices
        .iter()
        .map(|o| {
            (
                o["office"].as_str().expect("office").to_string(),
                o["opinions"].as_u64().expect("opinions"),
            )
        })
        .collect();
    let mut expected: Vec<(String, u64)> = wards
        .iter()
        .enumerate()
        .map(|(n, w)| (w.to_string(), n as u64 + 1))
        .collect();
    expected.push(("Thành phố Hà Nội".to_string(), 0));
    assert_eq!(read, expected, "{live}");
    assert_eq!(live["totals"]["opinions"], 28, "{live}");
}

/// An office named `ADDRESS#N` live, by its file's path from the folder: the same office.
fn regex_free_office_numbers(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("postgres://") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('"').map_or(rest.len(), |e| at + e);
        out.push_str("WARD");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A clerk's command waiting on a lock when its connection is cut (a server restart, an
/// administrator ending it): nothing of it is written, it exits with the database's code and
/// says what to do; killed outright instead, it leaves nothing either, and the next command
/// works.
#[test]
fn a_command_cut_off_or_killed_mid_way_writes_nothing() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let mut admin = postgres::Client::connect(&server.admin_url(), postgres::NoTls).expect("admin");
    let sessions = |env: &TestEnv| env.sql::<i64>("SELECT count(*) FROM session");
    // Watched from a connection of its own: the activity a transaction sees is its first look.
    let mut watcher = server.admin();
    let plan = |env: &TestEnv| spawn_plan(env, "Đối thoại về an toàn giao thông");
    let before = sessions(&env);

    // Cut off: the administrator ends the clerk's session while it waits.
    admin
        .batch_execute("BEGIN; LOCK TABLE session IN ACCESS EXCLUSIVE MODE")
        .expect("lock");
    let clerk = plan(&env);
    let pid = wait_until_blocked(&mut watcher);
    admin
        .query("SELECT pg_terminate_backend($1)", &[&pid])
        .expect("terminate");
    let out = clerk.wait_with_output().expect("wait");
    admin.batch_execute("ROLLBACK").expect("unlock");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(DATABASE), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert_eq!(sessions(&env), before);

    // Killed: the clerk's process dies while it waits; the server rolls its transaction back.
    admin
        .batch_execute("BEGIN; LOCK TABLE session IN ACCESS EXCLUSIVE MODE")
        .expect("lock");
    let mut clerk = plan(&env);
    wait_until_blocked(&mut watcher);
    clerk.kill().expect("kill");
    clerk.wait().expect("reap");
    admin.batch_execute("ROLLBACK").expect("unlock");
    assert_eq!(sessions(&env), before);
    env.plan_session("Đối thoại về an toàn giao thông", "regular", "2026-08-20");
    assert_eq!(sessions(&env), before + 1);
}

/// A lock held longer than the busy timeout: the command gives up, says so, writes nothing.
#[test]
fn a_lock_held_too_long_on_the_server_fails_cleanly() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let mut admin = postgres::Client::connect(&server.admin_url(), postgres::NoTls).expect("admin");
    admin
        .batch_execute("BEGIN; LOCK TABLE agency IN ACCESS EXCLUSIVE MODE")
        .expect("lock");
    let r = env.run(&["--busy-timeout-ms", "300", "agency", "add", "Phòng Kinh tế"]);
    admin.batch_execute("ROLLBACK").expect("unlock");
    assert_eq!(r.code, DATABASE, "{}", r.stderr);
    assert!(r.stderr.contains("did not answer in time"), "{}", r.stderr);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM agency"), 0);
}

/// A database whose doithoai schema is newer than this build is refused untouched.
#[test]
fn a_newer_schema_on_the_server_is_refused_untouched() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let mut admin = postgres::Client::connect(&server.admin_url(), postgres::NoTls).expect("admin");
    admin
        .batch_execute("UPDATE doithoai_schema SET version = version + 1")
        .expect("newer");
    let before = env.dump();
    let r = env.run(&["session", "list"]);
    assert_eq!(r.code, DATABASE, "{}", r.stderr);
    assert!(r.stderr.contains("newer doithoai"), "{}", r.stderr);
    assert_eq!(env.dump(), before);
}

/// An office's role that owns the database (its one office, set up by itself) could alter or
/// drop every table: no second office is set up there.
#[test]
fn a_database_owned_by_a_ward_takes_no_second_office() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let other = server.add_role("tm");
    let r = run_on(
        &server.admin_url(),
        &env,
        &[
            "init",
            "--office",
            "Phường Tương Mai",
            "--office-role",
            &other,
        ],
    );
    assert_eq!(r.code, REFUSED, "{}", r.stderr);
    assert!(r.stderr.contains("could alter or drop"), "{}", r.stderr);
    let offices: i64 = env.sql("SELECT count(*) FROM doithoai_office_role");
    assert_eq!(offices, 1);
}

/// A server that takes the connection and never answers: said after the connect timeout; and
/// `--help` never prints the address a password may be in.
#[test]
fn a_silent_server_is_given_up_and_help_hides_the_address() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listen");
    let port = listener.local_addr().expect("port").port();
    let held = std::thread::spawn(move || {
        let (connection, _) = listener.accept().expect("accept");
        std::thread::sleep(std::time::Duration::from_secs(6));
        drop(connection);
    });
    let env = TestEnv::on_file();
    let r = run_on(
        &format!("postgres://phuong@127.0.0.1:{port}/hanoi?connect_timeout=1"),
        &env,
        &["session", "list"],
    );
    assert_eq!(r.code, DATABASE, "{}", r.stderr);
    assert!(
        r.stderr.contains("did not answer within 1 s"),
        "{}",
        r.stderr
    );
    held.join().expect("listener");
    let help = run_on(
        "postgres://phuong:mat-khau@127.0.0.1/hanoi",
        &env,
        &["--help"],
    );
    assert!(!help.stdout.contains("mat-khau"), "{}", help.stdout);
}

/// Server schema 9 as it was installed (policies comparing each row with a function call, no
/// index of the denunciations): a server set up by the doithoai of then.
fn back_to_server_schema_9(admin: &mut postgres::Client) {
    let tables: Vec<String> = admin
        .query(
            "SELECT tablename::text FROM pg_policies WHERE policyname = 'office_reads'",
            &[],
        )
        .expect("tables")
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(tables.len(), 18);
    let mut sql = String::from("BEGIN;");
    for t in &tables {
        sql.push_str(&format!(
            "DROP POLICY office_reads ON {t}; DROP POLICY office_inserts ON {t};
             DROP POLICY office_updates ON {t}; DROP POLICY office_deletes ON {t};
             CREATE POLICY office_rows ON {t} USING (office_id = doithoai_office())
                 WITH CHECK (office_id = doithoai_office());
             CREATE POLICY city_reads ON {t} FOR SELECT USING (office_id = doithoai_reading_office());"
        ));
    }
    sql.push_str(
        "DROP FUNCTION doithoai_visible_office(); DROP INDEX opinion_denunciation_idx;
         DROP INDEX agency_name_key; ALTER TABLE agency ADD UNIQUE (office_id, name);
         DROP INDEX invitation_name_key;
         ALTER TABLE invitation ADD UNIQUE (office_id, session_id, invitee_kind, name);
         DROP INDEX agency_alias_name_key; ALTER TABLE agency_alias ADD PRIMARY KEY (office_id, name);
         UPDATE doithoai_schema SET version = 9; COMMIT;",
    );
    admin.batch_execute(&sql).expect("schema 9");
}

fn server_schema(admin: &mut postgres::Client) -> (i64, i64) {
    let row = admin
        .query_one(
            "SELECT (SELECT version FROM doithoai_schema),
                    (SELECT count(*) FROM pg_policies WHERE policyname = 'office_reads')",
            &[],
        )
        .expect("schema");
    (row.get(0), row.get(1))
}

/// A server of an older schema is upgraded in one transaction by whoever may alter its tables:
/// the office's role that owns them, on its next command; otherwise the administrator's
/// `db upgrade`, the office's command refused until then with nothing changed.
#[test]
fn an_older_server_schema_is_upgraded_by_whoever_owns_the_tables() {
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    crate::support::held_session(&env, "2026-07-10");
    let server = env.server.as_ref().expect("server");
    let mut admin = server.admin();
    back_to_server_schema_9(&mut admin);
    // The office's records, the schema's version aside.
    let records = || {
        env.dump()
            .replace("[doithoai_schema]\n9\n", "[doithoai_schema]\n11\n")
    };
    let before = records();
    env.ok(&["session", "list"]);
    assert_eq!(server_schema(&mut admin), (11, 18));
    assert_eq!(records(), before);

    // Tables and database the administrator's: the ward's role may not alter them.
    back_to_server_schema_9(&mut admin);
    admin
        .batch_execute(&format!(
            "REASSIGN OWNED BY {} TO CURRENT_USER",
            server.name
        ))
        .expect("reassign");
    let refused = env.run(&["session", "list"]);
    assert_eq!(refused.code, REFUSED, "{}", refused.stderr);
    assert!(refused.stderr.contains("db upgrade"), "{}", refused.stderr);
    assert_eq!(server_schema(&mut admin), (9, 0));
    let upgraded = run_on(&server.admin_url(), &env, &["db", "upgrade"]);
    assert_eq!(upgraded.code, 0, "{}", upgraded.stderr);
    assert!(
        upgraded.stdout.contains("9 upgraded to 11"),
        "{}",
        upgraded.stdout
    );
    assert_eq!(server_schema(&mut admin), (11, 18));
    env.ok(&["session", "list"]);
    let again = run_on(&server.admin_url(), &env, &["db", "upgrade"]);
    assert!(
        again.stdout.contains("nothing to upgrade"),
        "{}",
        again.stdout
    );
    assert_eq!(records(), before);
}

/// The server restarts while a clerk's command is in the middle of its transaction (waiting on
/// a lock the administrator holds): the command exits with the database's code and a sentence
/// saying nothing was written, nothing of it is there after the restart, and the next command
/// works. Run where the machine lets a test restart its server: `DOITHOAI_TEST_PG_RESTART` is
/// the command that does it (`.ci/run` gives `pg_ctlcluster VERSION CLUSTER restart`), alone,
/// since it cuts every connection of the server.
#[test]
#[ignore = "restarts the PostgreSQL server: run alone with DOITHOAI_TEST_PG_RESTART"]
fn a_server_restart_mid_command_writes_nothing() {
    let Ok(restart) = std::env::var("DOITHOAI_TEST_PG_RESTART") else {
        return;
    };
    if !on_server() {
        return;
    }
    let env = TestEnv::ward();
    let server = env.server.as_ref().expect("server");
    let sessions = |env: &TestEnv| env.sql::<i64>("SELECT count(*) FROM session");
    let before = sessions(&env);
    let mut admin = server.admin();
    admin
        .batch_execute("BEGIN; LOCK TABLE session IN ACCESS EXCLUSIVE MODE")
        .expect("lock");
    let clerk = spawn_plan(&env, "Đối thoại về thu gom rác thải sinh hoạt");
    wait_until_blocked(&mut server.admin());
    let status = std::process::Command::new("sh")
        .args(["-c", &restart])
        .status()
        .expect("restart");
    assert!(status.success(), "{restart}");
    let out = clerk.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(DATABASE), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert_eq!(sessions(&env), before);
    env.plan_session(
        "Đối thoại về thu gom rác thải sinh hoạt",
        "regular",
        "2026-08-20",
    );
    assert_eq!(sessions(&env), before + 1);
}

/// libpq's certificate-verifying modes are not offered: said as such, not as a bad address.
#[test]
fn a_certificate_verifying_sslmode_is_refused_by_name() {
    let env = TestEnv::new();
    for mode in ["verify-ca", "verify-full"] {
        let r = run_on(
            &format!("postgres://phuong_hm:bi-mat@127.0.0.1/hanoi?sslmode={mode}"),
            &env,
            &["session", "list"],
        );
        assert_eq!(r.code, crate::support::USAGE, "{}", r.stderr);
        assert!(
            r.stderr
                .contains(&format!("sslmode={mode} is not supported")),
            "{}",
            r.stderr
        );
        assert!(!r.stderr.contains("bi-mat"), "{}", r.stderr);
    }
}
