//! Builds a large database in realistic states for the benchmark (`bench/run.sh`).
//!
//!     cargo run --release --example generate -- /tmp/bench.db 50000 1000000
//!
//! Sessions are spread over 2017–2026 (ten years of a busy district), with the opinions they
//! received; deadlines come from the real calendar rules. The history (event log) is left
//! empty: no report reads it, and the benchmark measures reports and exports.

use chrono::{Duration, NaiveDate};
use doithoai::ops::{OpenOptions, Store};
use doithoai::rules::calendar::Calendar;
use doithoai::rules::deadline;
use doithoai::rules::text;
use doithoai::rules::vocabulary::AnnouncementReading;
use rusqlite::params;
use std::path::PathBuf;

const AGENCIES: &[&str] = &[
    "Phòng Quản lý đô thị",
    "Phòng Kinh tế",
    "Phòng Tài nguyên và Môi trường",
    "Phòng Văn hóa - Thông tin",
    "Phòng Lao động - Thương binh và Xã hội",
    "Công an phường Hoàng Mai",
    "Ban Quản lý chợ Mai Động",
    "Trung tâm Y tế",
];

const CONTENTS: &[&str] = &[
    "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai, mặt đường hư hỏng nặng",
    "Đề nghị lắp đèn chiếu sáng ngõ 38",
    "Đề nghị nạo vét mương thoát nước tổ 12, thường xuyên ngập úng",
    "Đề nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất đai tổ 5",
    "Phản ánh quán karaoke gây ồn sau 22 giờ",
    "Đề nghị xử lý rác thải tồn đọng quanh chợ Mai Động",
    "Đề nghị bố trí sân chơi cho trẻ em tại khu đất trống tổ 9",
    "Góp ý dự thảo quy định trông giữ xe trên vỉa hè",
];

const CATEGORIES: &[&str] = &[
    "petition",
    "petition",
    "petition",
    "implementation",
    "briefing",
    "draft-consultation",
    "cadre-conduct",
    "other",
];

/// The state of one generated opinion.
#[derive(Default)]
struct Row {
    status: &'static str,
    answered_by: Option<&'static str>,
    out_of_scope: Option<&'static str>,
    notice: Option<i64>,
    due: Option<NaiveDate>,
    due_rule: Option<&'static str>,
    due_from: Option<NaiveDate>,
    responded: Option<NaiveDate>,
    forwarded: Option<NaiveDate>,
    extended: Option<(NaiveDate, NaiveDate)>,
}

/// A small deterministic generator, so two runs build the same file.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().unwrap_or_else(|| "bench.db".into()));
    let sessions: u64 = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(50_000);
    let opinions: u64 = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    if path.exists() {
        anyhow::bail!("{} exists; remove it first", path.display());
    }
    let cal = Calendar::national();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).ok_or_else(|| anyhow::anyhow!("date"))?;
    let first = NaiveDate::from_ymd_opt(2017, 1, 2).ok_or_else(|| anyhow::anyhow!("date"))?;
    let span_days = (today - first).num_days() as u64 + 60;
    // The tool makes the file and its schema; the rows are then loaded in bulk, straight in SQL
    // (a benchmark's data, not a clerk's: no history events, one transaction).
    drop(Store::open_with(
        &path,
        OpenOptions {
            create: true,
            ..Default::default()
        },
    )?);
    let mut conn = rusqlite::Connection::open(&path)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO office (id, name, level, created_at) VALUES (1, 'Phường Hoàng Mai', 'commune', '2017-01-01T00:00:00Z')",
        [],
    )?;
    for name in AGENCIES {
        tx.execute(
            "INSERT INTO agency (name, created_at) VALUES (?1, '2017-01-01T00:00:00Z')",
            [name],
        )?;
    }
    let mut rng = Lcg(20_170_525);
    let per_session = opinions / sessions.max(1);
    let mut extra = opinions - per_session * sessions;
    {
        let mut ins_session = tx.prepare(
            "INSERT INTO session (id, title, kind, form, session_date, start_time, venue, level, host_unit, chair_role,
                 chair_name, secretary, status, announce_due, announced_on, announce_channel, held_on, conclusion_due,
                 cancel_reason, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, '08:00', 'Hội trường UBND phường', 'commune', 'UBND phường Hoàng Mai', ?6,
                 'Nguyễn Văn Hùng', 'Lê Thu Hà', ?7, ?8, ?9, ?10, ?11, ?12, ?13, '2017-01-01T00:00:00Z')",
        )?;
        let mut ins_notice = tx.prepare(
            "INSERT INTO conclusion_notice (id, session_id, version, doc_number, issued_on, signer, created_at)
             VALUES (?1, ?1, 1, ?2, ?3, 'Nguyễn Văn Hùng', '2017-01-01T00:00:00Z')",
        )?;
        let mut ins_opinion = tx.prepare(
            "INSERT INTO opinion (session_id, content, search_text, category, priority, status, answered_by,
                 out_of_scope_as, notice_id, agency_id, response_due, due_date, due_rule, due_from,
                 responded_on, response_doc, response_summary, forwarded_to, forwarded_on,
                 extension_notified_on, extended_until, extension_agency_id, closed_on, created_at)
             VALUES (?1, ?2, ?3, ?4, 'normal', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                 ?21, ?22, '2017-01-01T00:00:00Z')",
        )?;
        // What the tool writes with them: each notice's assignments, each timeline notice.
        let mut ins_assignment = tx.prepare(
            "INSERT INTO assignment (notice_id, opinion_id, agency_id, due_date)
             VALUES (?1, last_insert_rowid(), ?2, ?3)",
        )?;
        let mut ins_extension = tx.prepare(
            "INSERT INTO extension (opinion_id, notified_on, until, agency_id, doc)
             SELECT id, ?1, ?2, ?3, '12/UBND-TB' FROM opinion WHERE id = last_insert_rowid()",
        )?;
        let folded: Vec<String> = CONTENTS.iter().map(|c| text::fold(c)).collect();
        let mut household: i64 = 0;
        for id in 1..=sessions as i64 {
            let date = first + Duration::days(rng.below(span_days) as i64);
            let kind = ["periodic", "regular", "regular", "ad-hoc"][rng.below(4) as usize];
            let role =
                ["committee-chair", "party-secretary", "council-chair"][rng.below(3) as usize];
            let announce_due =
                deadline::announcement_due(kind.parse()?, date, AnnouncementReading::Standard);
            let future = date > today;
            let cancelled = !future && rng.below(50) == 0;
            let held = !future && !cancelled;
            let held_on = held.then_some(date);
            let r9 = held_on
                .map(|h| deadline::conclusion_due(&cal, h))
                .transpose()?;
            // Most notices on time, a few late, the most recent sessions sometimes still without.
            let notice_on = match r9 {
                Some(due) if due < today || rng.below(3) == 0 => {
                    let late = rng.below(10) == 0;
                    let on = if late {
                        due + Duration::days(rng.below(9) as i64 + 1)
                    } else {
                        due - Duration::days(rng.below(8) as i64)
                    };
                    (on <= today).then_some(on.max(date))
                }
                _ => None,
            };
            let status = if future {
                if rng.below(2) == 0 {
                    "announced"
                } else {
                    "planned"
                }
            } else if cancelled {
                "cancelled"
            } else if notice_on.is_some() {
                "concluded"
            } else {
                "held"
            };
            let announced_on = (status != "planned" && !cancelled)
                .then(|| announce_due.unwrap_or(date) - Duration::days(rng.below(3) as i64 - 1));
            ins_session.execute(params![
                id,
                format!("Đối thoại với Nhân dân phường Hoàng Mai số {id}"),
                kind,
                if rng.below(5) == 0 {
                    "online"
                } else {
                    "in-person"
                },
                date,
                role,
                status,
                announce_due,
                announced_on,
                announced_on.map(|_| "Đài truyền thanh phường"),
                held_on,
                r9,
                cancelled.then_some("Chủ trì đi công tác"),
            ])?;
            if let Some(on) = notice_on {
                ins_notice.execute(params![id, format!("{id}/TB-UBND"), on])?;
            }
            let mut count = per_session;
            if extra > 0 {
                count += 1;
                extra -= 1;
            }
            let r10 = notice_on
                .map(|n| deadline::response_due(&cal, n))
                .transpose()?;
            for _ in 0..count {
                let c = rng.below(CONTENTS.len() as u64) as usize;
                let category = CATEGORIES[rng.below(CATEGORIES.len() as u64) as usize];
                let agency = rng.below(AGENCIES.len() as u64) as i64 + 1;
                let roll = rng.below(100);
                let mut row = Row {
                    status: "open",
                    ..Default::default()
                };
                if held && roll < 10 {
                    row.status = "answered";
                    row.answered_by = Some("Chủ tịch UBND phường");
                } else if roll < 13 {
                    row.status = "out-of-scope";
                    row.out_of_scope = Some(if roll < 12 {
                        "complaint"
                    } else {
                        "denunciation"
                    });
                } else if let (Some(n), Some(due)) = (notice_on, r10) {
                    row.notice = Some(id);
                    row.due = Some(due);
                    row.due_rule = Some("R10");
                    row.due_from = Some(n);
                    let answer_roll = rng.below(100);
                    let answered_on = if answer_roll < 80 {
                        Some(due - Duration::days(rng.below(25) as i64))
                    } else if answer_roll < 92 {
                        Some(due + Duration::days(rng.below(20) as i64 + 1))
                    } else {
                        None
                    }
                    .map(|d| d.max(n))
                    .filter(|d| *d <= today);
                    match (answered_on, rng.below(20)) {
                        (Some(d), 0) => {
                            row.status = "forwarded";
                            row.forwarded = Some(d);
                        }
                        (Some(d), _) => {
                            row.status = "responded";
                            row.responded = Some(d);
                        }
                        (None, 1..=5) => {
                            let notified = n + Duration::days(20);
                            let until = notified + Duration::days(60);
                            row.status = "extended";
                            row.due = Some(until);
                            row.due_rule = Some("R12");
                            row.extended = Some((notified, until));
                        }
                        (None, _) => row.status = "assigned",
                    }
                }
                let assigned = row.notice.is_some();
                let closed_on = row
                    .responded
                    .or(row.forwarded)
                    .or(if row.status == "answered" {
                        held_on
                    } else {
                        None
                    });
                // Every petition names its household, as real ones do: a search for one
                // household finds one row, a search for "ngõ" finds an eighth of the file.
                household += 1;
                let content = format!("{} (hộ số {household})", CONTENTS[c]);
                let folded = format!("{} (ho so {household})", folded[c]);
                ins_opinion.execute(params![
                    id,
                    content,
                    folded,
                    category,
                    row.status,
                    row.answered_by,
                    row.out_of_scope,
                    row.notice,
                    assigned.then_some(agency),
                    assigned.then_some(r10).flatten(),
                    row.due,
                    row.due_rule,
                    row.due_from,
                    row.responded,
                    row.responded.map(|_| "125/UBND"),
                    row.responded.map(|_| "Đã trả lời bằng văn bản"),
                    row.forwarded.map(|_| "Sở Xây dựng Hà Nội"),
                    row.forwarded,
                    row.extended.map(|e| e.0),
                    row.extended.map(|e| e.1),
                    row.extended.map(|_| agency),
                    closed_on,
                ])?;
                if let (Some(notice), Some(due)) = (row.notice, r10.filter(|_| assigned)) {
                    // The timeline notice first: the assignment's insert moves last_insert_rowid
                    // only for tables with a rowid (both are WITHOUT ROWID).
                    if let Some((notified, until)) = row.extended {
                        ins_extension.execute(params![notified, until, agency])?;
                    }
                    ins_assignment.execute(params![notice, agency, due])?;
                }
            }
        }
    }
    tx.commit()?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")?;
    println!(
        "{}: {sessions} sessions, {opinions} opinions",
        path.display()
    );
    Ok(())
}
