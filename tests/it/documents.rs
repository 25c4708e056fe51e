//! The documents the office signs: each kind drafted from a session of the ward, read back with
//! `docx-rs`'s reader (every text run, the page size, margins and fonts) and checked against the
//! records and against Decree 30/2020/NĐ-CP. Pictures of the pages: `scripts/render-docs.sh`.

use crate::support::{held_session, TestEnv};
use std::os::unix::fs::PermissionsExt;

/// A ward whose session 1 was held on 16/6/2026 with three registered speakers (the second
/// refused), their opinions, one from the Front's synthesis, and a conclusion notice of 25/6.
fn ward() -> TestEnv {
    let mut env = TestEnv::ward();
    env.today = "2026-06-10".into();
    env.ok(&[
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
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    env.ok(&["agency", "add", "Công an phường Hoàng Mai"]);
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại với Nhân dân về chỉnh trang đô thị và trật tự xây dựng",
        "--kind",
        "periodic",
        "--date",
        "2026-06-16",
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
    env.ok(&[
        "session",
        "invite",
        "1",
        "--organisation",
        "Ủy ban MTTQ Việt Nam phường Hoàng Mai",
        "--organisation",
        "Hội Cựu chiến binh phường",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    for (name, address, topic) in [
        ("Nguyễn Thị Mai", "Số 5 ngõ 12 Tân Mai", "Đường ngõ 12"),
        ("Đặng Văn Hải", "Tổ 7", "Trông giữ xe"),
        ("Lê Minh Tâm", "Tổ 15", "Tiếng ồn karaoke"),
    ] {
        env.ok(&[
            "speaker",
            "register",
            "1",
            "--name",
            name,
            "--address",
            address,
            "--topic",
            topic,
        ]);
    }
    env.today = "2026-06-16".into();
    env.ok(&["session", "hold", "1"]);
    env.ok(&["speaker", "refuse", "1/2", "--reason", "disorder"]);
    env.ok(&["speaker", "spoke", "1/1"]);
    env.ok(&["speaker", "spoke", "1/3"]);
    for (speaker, content) in [
        ("1/1", "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai"),
        ("1/3", "Phản ánh quán karaoke tổ 15 gây ồn sau 22 giờ"),
    ] {
        env.ok(&[
            "opinion",
            "add",
            "1",
            "--speaker",
            speaker,
            "--content",
            content,
            "--category",
            "petition",
        ]);
    }
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--content",
        "Đề nghị lắp đèn chiếu sáng ngõ 38",
        "--category",
        "petition",
    ]);
    env.today = "2026-06-25".into();
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-06-25",
        "--doc",
        "15/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--assign",
        "2=Công an phường Hoàng Mai",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    env.today = "2026-07-20".into();
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-07-20",
        "--doc",
        "131/UBND-QLĐT",
        "--summary",
        "Đã lập dự toán sửa chữa đường ngõ 12, thi công trong tháng 8",
    ]);
    env
}

/// Every text run of a .docx, in document order, one per line.
fn text_of(path: &std::path::Path) -> (String, serde_json::Value) {
    let bytes = std::fs::read(path).expect("docx written");
    let docx = docx_rs::read_docx(&bytes).expect("a .docx Word reads");
    let json: serde_json::Value = serde_json::from_str(&docx.json()).expect("json");
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                if let (Some(serde_json::Value::String(t)), Some(_)) =
                    (map.get("text"), map.get("preserveSpace"))
                {
                    out.push(t.clone());
                }
                for value in map.values() {
                    walk(value, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut runs = Vec::new();
    walk(&json, &mut runs);
    (runs.join("\n"), json)
}

fn draft(env: &TestEnv, args: &[&str]) -> (String, serde_json::Value) {
    let file = env.path("van-ban.docx");
    let _ = std::fs::remove_file(&file);
    let mut all = args.to_vec();
    all.extend_from_slice(&["--output", file.to_str().expect("path")]);
    env.ok(&all);
    let mode = std::fs::metadata(&file)
        .expect("written")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "a document holds names and addresses");
    text_of(&file)
}

fn decree30_heading(text: &str, json: &serde_json::Value) {
    for part in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG HOÀNG MAI",
    ] {
        assert!(text.contains(part), "{part}:\n{text}");
    }
    let doc = json.to_string();
    assert!(doc.contains("11906") && doc.contains("16838"), "A4");
    assert!(doc.contains("Times New Roman"));
}

#[test]
fn the_conclusion_notice_assigns_every_opinion_with_its_agency_and_due_date() {
    let env = ward();
    let (text, json) = draft(&env, &["doc", "notice", "1"]);
    decree30_heading(&text, &json);
    assert!(text.contains("Số: 15/TB-UBND"), "{text}");
    assert!(
        text.contains("Hoàng Mai, ngày 25 tháng 6 năm 2026"),
        "{text}"
    );
    assert!(text.contains("THÔNG BÁO"));
    // R10: 30 working days after 25/6/2026, counted by hand: 26/6 (1), 29–30/6 (3), July's 23
    // (26), 3–6/8 (30) — 6/8/2026 (2/9 is after it: no holiday between).
    let opinions: serde_json::Value =
        serde_json::from_str(&env.ok(&["opinion", "list", "--session", "1", "--format", "json"]))
            .expect("json");
    for o in opinions.as_array().expect("opinions") {
        let content = o["content"].as_str().expect("content");
        assert!(text.contains(content), "{content}");
        let due = o["due_date"].as_str().expect("assigned: a due date");
        let (y, m, d) = (&due[..4], &due[5..7], &due[8..]);
        assert!(text.contains(&format!("{d}/{m}/{y}")), "{due}");
        assert!(text.contains(o["agency"].as_str().expect("agency")));
    }
    assert!(text.contains("06/08/2026"));
    assert!(text.contains("Nơi nhận:"));
    for recipient in [
        "- Phòng Quản lý đô thị;",
        "- Công an phường Hoàng Mai;",
        "- Lưu: VT.",
    ] {
        assert!(text.contains(recipient), "{recipient}");
    }
    assert!(text.contains("TM. ỦY BAN NHÂN DÂN") && text.contains("CHỦ TỊCH"));
    assert!(text.contains("Nguyễn Văn Hùng"));
}

#[test]
fn the_minutes_list_speakers_in_registration_order_with_the_refusal() {
    let env = ward();
    let (text, json) = draft(&env, &["doc", "minutes", "1"]);
    decree30_heading(&text, &json);
    assert!(
        text.contains("BIÊN BẢN") && text.contains("Số:        /BB-UBND"),
        "{text}"
    );
    assert!(text.contains("Hoàng Mai, ngày 16 tháng 6 năm 2026"));
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle}:\n{text}"))
    };
    assert!(at("Nguyễn Thị Mai") < at("Đặng Văn Hải") && at("Đặng Văn Hải") < at("Lê Minh Tâm"));
    assert!(text.contains("Từ chối đối thoại: gây rối trật tự công cộng (Điều 9 khoản 1)"));
    assert!(text.contains("Đề nghị sửa chữa đường ngõ 12 phố Tân Mai"));
    // An item of a list is a sentence: it ends with its full stop.
    assert!(
        text.contains("- Đề nghị lắp đèn chiếu sáng ngõ 38."),
        "the Front's synthesis: {text}"
    );
    assert!(
        text.contains("THƯ KÝ") && text.contains("Lê Thu Hà") && text.contains("CHỦ TRÌ HỘI NGHỊ")
    );
    let (answer, _) = draft(&env, &["doc", "answer", "1"]);
    assert!(
        answer.contains("Đã lập dự toán sửa chữa đường ngõ 12, thi công trong tháng 8."),
        "{answer}"
    );
    assert!(!text.contains("Nơi nhận:"), "minutes are not sent");
}

#[test]
fn announcement_invitations_answer_and_report_are_drafted_from_the_records() {
    let env = ward();
    // Held on 16/06 with no announcement on the record: an announcement drafted today would be
    // dated after the session it announces.
    let r = env.run(&["doc", "announcement", "1"]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("never announced"), "{}", r.stderr);
    assert!(
        r.stderr.contains("doithoai session announce 1 --on"),
        "{}",
        r.stderr
    );
    // A session still ahead is announced; its online link is published without its password.
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại trực tuyến về chuyển đổi số",
        "--kind",
        "ad-hoc",
        "--form",
        "online",
        "--date",
        "2026-08-20",
        "--time",
        "08:00",
        "--venue",
        "https://meet.hanoi.gov.vn/j/8812345?pwd=Xk29aQ&lang=vi",
        "--chair-role",
        "committee-chair",
        "--chair",
        "Nguyễn Văn Hùng",
    ]);
    let (text, _) = draft(&env, &["doc", "announcement", "2"]);
    assert!(
        text.contains("08 giờ 00, thứ Năm, ngày 20/08/2026"),
        "{text}"
    );
    assert!(
        text.contains("https://meet.hanoi.gov.vn/j/8812345?lang=vi"),
        "{text}"
    );
    assert!(!text.contains("Xk29aQ"), "{text}");
    assert!(text.contains("theo thứ tự đăng ký"));

    let (text, _) = draft(&env, &["doc", "invitation", "1"]);
    assert_eq!(text.matches("GIẤY MỜI").count(), 3, "one per invitee");
    assert!(text.contains("Kính gửi: Hội Cựu chiến binh phường"));
    let (one, _) = draft(
        &env,
        &[
            "doc",
            "invitation",
            "1",
            "--to",
            "hoi cuu chien binh phuong",
        ],
    );
    assert_eq!(one.matches("GIẤY MỜI").count(), 1);

    let (text, _) = draft(&env, &["doc", "answer", "1"]);
    assert!(text.contains("Số: 131/UBND-QLĐT"), "{text}");
    assert!(text.contains("V/v trả lời ý kiến, kiến nghị của công dân"));
    assert!(text.contains("Kính gửi: Ông/Bà Nguyễn Thị Mai"));
    assert!(text.contains("Địa chỉ: Số 5 ngõ 12 Tân Mai."));
    assert!(text.contains("Đã lập dự toán sửa chữa đường ngõ 12, thi công trong tháng 8"));
    assert!(text.contains("Hoàng Mai, ngày 20 tháng 7 năm 2026"));
    assert!(!text.contains("cơ quan chủ trì:"), "{text}");
    // Recorded as "bà" (typed without its mark): the letter addresses her as Bà.
    let edited = env.json(&["speaker", "edit", "1/1", "--honorific", "ba"]);
    assert_eq!(edited["honorific"], "ms", "{edited}");
    let (text, _) = draft(&env, &["doc", "answer", "1"]);
    assert!(text.contains("Kính gửi: Bà Nguyễn Thị Mai"), "{text}");
    assert!(text.contains("để Bà được biết"), "{text}");
    assert!(!text.contains("Ông/Bà"), "{text}");
    // Undone, the letter is back to "Ông/Bà".
    env.ok(&["undo", "--yes"]);
    let (text, _) = draft(&env, &["doc", "answer", "1"]);
    assert!(text.contains("Kính gửi: Ông/Bà Nguyễn Thị Mai"), "{text}");
    let refused = env.refused(&["speaker", "edit", "1/1", "--honorific", "cô"], 2);
    assert!(
        refused.contains("mr") && refused.contains("ms"),
        "{refused}"
    );

    // A report is sent to named bodies: without them recorded it is refused, naming the option.
    let refused = env.refused(&["doc", "report", "--quarter", "2026-Q2"], 1);
    assert!(refused.contains("--report-recipients"), "{refused}");
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--report-recipients",
        "UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội",
    ]);
    let (text, _) = draft(&env, &["doc", "report", "--quarter", "2026-Q2"]);
    assert!(!text.contains("cấp trên"), "{text}");
    let to = &text[text.find("Nơi nhận").expect("recipients")..];
    for body in [
        "UBND thành phố Hà Nội;",
        "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội;",
        "Ủy ban MTTQ Việt Nam phường Hoàng Mai;",
        "Lưu: VT.",
    ] {
        assert!(to.contains(body), "{body}: {to}");
    }
    // The day its figures describe, on the paper itself.
    assert!(text.contains("Số liệu tính đến ngày 20/07/2026."), "{text}");
    assert!(text.contains("BÁO CÁO") && text.contains("Số:        /BC-UBND"));
    assert!(text.contains("từ ngày 01/04/2026 đến ngày 30/06/2026"));
    assert!(text.contains("Phòng Quản lý đô thị"));

    // Markdown: the same content for a quick review.
    // Markdown goes to a file named after the document, like the .docx; `--output -` shows it.
    env.ok(&["doc", "notice", "1", "--format", "md"]);
    let written = env.path("thong-bao-ket-luan-hoi-nghi-1.md");
    let mode = std::fs::metadata(&written)
        .expect("md written")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let md = env.ok(&["doc", "notice", "1", "--format", "md", "--output", "-"]);
    assert!(
        md.contains("Số: 15/TB-UBND") && md.contains("| Phòng Quản lý đô thị | 06/08/2026 |"),
        "{md}"
    );
}

#[test]
fn documents_refuse_what_is_not_there_yet_and_never_overwrite() {
    let mut env = TestEnv::ward();
    env.today = "2026-06-16".into();
    held_session(&env, "2026-06-16");
    // The settings are asked for by name.
    let missing = env.refused(&["doc", "notice", "1"], 1);
    assert!(
        missing.contains("--place") && missing.contains("--signer-title"),
        "{missing}"
    );
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--place",
        "Hoàng Mai",
        "--signer-title",
        "Chủ tịch",
    ]);
    let no_notice = env.refused(&["doc", "notice", "1"], 1);
    assert!(no_notice.contains("conclusion issue 1"), "{no_notice}");
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--content",
        "Đề nghị nạo vét mương tổ 5",
        "--category",
        "petition",
    ]);
    let no_answer = env.refused(&["doc", "answer", "1"], 1);
    assert!(no_answer.contains("opinion respond 1"), "{no_answer}");
    let before = env.dump();
    assert!(!env.path("thong-bao-ket-luan-hoi-nghi-1.docx").exists());
    // An existing file stays as it was without --force.
    let file = env.path("bien-ban.docx");
    std::fs::write(&file, "bản đã ký").expect("write");
    let exists = env.refused(&["doc", "minutes", "1", "--output", "bien-ban.docx"], 1);
    assert!(exists.contains("--force"), "{exists}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "bản đã ký");
    env.ok(&[
        "doc",
        "minutes",
        "1",
        "--output",
        "bien-ban.docx",
        "--force",
    ]);
    assert!(std::fs::read(&file).expect("read").starts_with(b"PK"));
    // --pdf without LibreOffice says how to install it, and writes nothing.
    let out = env
        .command()
        .env("DOITHOAI_SOFFICE", "/nonexistent/soffice")
        .args(["doc", "minutes", "1", "--output", "bb.docx", "--pdf"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("apt-get install libreoffice-writer"));
    assert!(!env.path("bb.docx").exists());
    assert_eq!(env.dump(), before, "drafting writes nothing to the records");
}

/// With LibreOffice installed (.ci/run installs it), `--pdf` keeps the .docx and adds a private
/// A4 PDF of it whose text carries the Vietnamese words.
#[test]
#[ignore = "needs LibreOffice and poppler-utils; run by .ci/run"]
fn pdf_through_libreoffice() {
    let env = ward();
    env.ok(&["doc", "notice", "1", "--output", "tb.docx", "--pdf"]);
    let pdf = env.path("tb.pdf");
    assert!(env.path("tb.docx").exists() && pdf.exists());
    let mode = std::fs::metadata(&pdf).expect("pdf").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .expect("pdfinfo");
    assert!(String::from_utf8_lossy(&info.stdout).contains("(A4)"));
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Độc lập - Tự do - Hạnh phúc") && text.contains("Phòng Quản lý đô thị"),
        "{text}"
    );
}

/// A notice that runs onto several pages, as LibreOffice prints it: no number on the first page,
/// "2" centred at the top of the second (Decree 30, Appendix I §I.4), the table's header row
/// again at the top of each page it runs onto; the text declared Vietnamese.
#[test]
#[ignore = "needs LibreOffice and poppler-utils; run by .ci/run"]
fn a_long_notice_is_numbered_from_page_two_and_repeats_its_table_header() {
    let mut env = ward();
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại về vệ sinh môi trường",
        "--kind",
        "regular",
        "--date",
        "2026-06-26",
        "--chair-role",
        "committee-chair",
        "--chair",
        "Nguyễn Văn Hùng",
    ]);
    env.today = "2026-06-26".into();
    env.ok(&["session", "hold", "2"]);
    let streets = [
        "Tân Mai",
        "Kim Giang",
        "Đại Kim",
        "Định Công",
        "Hoàng Văn Thụ",
        "Lĩnh Nam",
    ];
    for i in 0..36 {
        let content = format!(
            "Đề nghị thu gom rác thải tồn đọng và nạo vét rãnh thoát nước ngõ {} phố {}, \
             khu vực thường xuyên ngập úng sau mỗi trận mưa lớn",
            i + 2,
            streets[i % streets.len()]
        );
        env.ok(&[
            "opinion",
            "add",
            "2",
            "--content",
            &content,
            "--category",
            "petition",
        ]);
    }
    env.today = "2026-07-03".into();
    env.ok(&[
        "conclusion",
        "issue",
        "2",
        "--on",
        "2026-07-03",
        "--doc",
        "21/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    env.ok(&["doc", "notice", "2", "--output", "tb.docx", "--pdf"]);
    let page = |n: u32| -> String {
        let out = std::process::Command::new("pdftotext")
            .args(["-layout", "-f", &n.to_string(), "-l", &n.to_string()])
            .arg(env.path("tb.pdf"))
            .arg("-")
            .output()
            .expect("pdftotext");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let first_line = |text: &str| {
        text.lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let info = std::process::Command::new("pdfinfo")
        .arg(env.path("tb.pdf"))
        .output()
        .expect("pdfinfo");
    let pages: u32 = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().expect("pages"))
        })
        .expect("page count");
    assert!(pages >= 3, "{pages} pages");
    assert!(
        first_line(&page(1)).starts_with("ỦY BAN NHÂN DÂN"),
        "{}",
        page(1)
    );
    for n in 2..=pages {
        let text = page(n);
        assert_eq!(first_line(&text), n.to_string(), "page {n}: {text}");
        if n < pages {
            assert!(
                text.contains("Cơ quan chủ trì"),
                "page {n} repeats the header: {text}"
            );
        }
    }
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(env.path("tb.docx")).expect("docx")).expect("zip");
    let mut styles = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/styles.xml").expect("styles"),
        &mut styles,
    )
    .expect("read");
    assert!(styles.contains("w:lang w:val=\"vi-VN\""), "{styles}");
}

/// A cancelled session has nothing to announce or invite to; Markdown never goes into a file
/// named .docx; the database is never a document's output.
/// Only the People's Committee chair signs under its title: a session chaired by the council
/// chair is signed by the office's signer, and a forwarded opinion has no answer to draft.
#[test]
fn the_signer_is_the_one_the_title_belongs_to() {
    let env = ward();
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Tiếp xúc cử tri của HĐND phường",
        "--kind",
        "periodic",
        "--date",
        "2026-09-10",
        "--chair-role",
        "council-chair",
        "--chair",
        "Trịnh Văn Cường",
    ]);
    env.ok(&[
        "session",
        "invite",
        "2",
        "--organisation",
        "Hội Cựu chiến binh phường",
    ]);
    let (text, _) = draft(&env, &["doc", "invitation", "2"]);
    let chair = text
        .rfind("Trịnh Văn Cường")
        .expect("the chair, in the body");
    let signer = text.rfind("Nguyễn Văn Hùng").expect("the signer");
    assert!(
        signer > chair,
        "the signature is the office's signer:\n{text}"
    );
    env.ok(&[
        "opinion",
        "forward",
        "2",
        "--to",
        "Công an quận",
        "--on",
        "2026-07-10",
    ]);
    let refused = env.refused(&["doc", "answer", "2"], 1);
    assert!(
        refused.contains("no written answer to draft") && !refused.contains("opinion respond"),
        "{refused}"
    );
}

/// The two papers Art. 10.2 requires besides the answer: the letter forwarding a matter beyond
/// the office's competence to the body that has it (R11), and the written notice of the time a
/// complex matter needs (R12) — each refused, naming the command that records it, until the
/// act is recorded.
#[test]
fn the_forward_letter_and_the_timeline_notice_are_drafted_from_the_record() {
    let mut env = ward();
    // Answered in writing: nothing to forward, and no command to suggest.
    let refused = env.refused(&["doc", "forward", "1"], 1);
    assert!(!refused.contains("opinion forward"), "{refused}");
    // Opinion 2 (Lê Minh Tâm, karaoke) with the police; opinion 3 (the street light) with the
    // urban management office.
    let refused = env.refused(&["doc", "forward", "2"], 1);
    assert!(refused.contains("doithoai opinion forward 2"), "{refused}");
    let refused = env.refused(&["doc", "timeline", "3"], 1);
    assert!(refused.contains("doithoai opinion extend 3"), "{refused}");
    env.ok(&["speaker", "edit", "1/3", "--honorific", "ông"]);
    env.ok(&[
        "opinion",
        "forward",
        "2",
        "--to",
        "Công an quận Hoàng Mai",
        "--on",
        "2026-07-10",
        "--doc",
        "140/UBND",
    ]);
    let (text, _) = draft(&env, &["doc", "forward", "2"]);
    for words in [
        "Số: 140/UBND",
        "V/v chuyển ý kiến, kiến nghị của công dân",
        "Kính gửi: Công an quận Hoàng Mai",
        "Ông Lê Minh Tâm có ý kiến, kiến nghị: “Phản ánh quán karaoke tổ 15 gây ồn sau 22 giờ”",
        "Điều 10 khoản 2",
        "Hoàng Mai, ngày 10 tháng 7 năm 2026",
        "Ông Lê Minh Tâm (để biết)",
        "Ủy ban MTTQ Việt Nam phường Hoàng Mai",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    env.ok(&[
        "opinion",
        "extend",
        "3",
        "--notified-on",
        "2026-07-20",
        "--until",
        "2026-09-30",
        "--agency",
        "Phòng Quản lý đô thị",
        "--doc",
        "21/TB-UBND",
    ]);
    let (text, _) = draft(&env, &["doc", "timeline", "3"]);
    for words in [
        "Số: 21/TB-UBND",
        "THÔNG BÁO",
        "Về thời hạn giải quyết ý kiến, kiến nghị của công dân",
        // Raised without a speaker: addressed to the Front, whose synthesis it came from.
        "Kính gửi: Ủy ban MTTQ Việt Nam phường Hoàng Mai",
        "Phòng Quản lý đô thị chủ trì giải quyết",
        "chậm nhất là ngày 30/09/2026",
        "Hoàng Mai, ngày 20 tháng 7 năm 2026",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    // A second timeline notice: the paper is that one — its number, its day, its deadline.
    env.today = "2026-09-28".into();
    env.ok(&[
        "opinion",
        "extend",
        "3",
        "--notified-on",
        "2026-09-25",
        "--until",
        "2026-11-30",
        "--agency",
        "Phòng Quản lý đô thị",
        "--doc",
        "32/TB-UBND",
    ]);
    let (text, _) = draft(&env, &["doc", "timeline", "3"]);
    for words in [
        "Số: 32/TB-UBND",
        "Hoàng Mai, ngày 25 tháng 9 năm 2026",
        "chậm nhất là ngày 30/11/2026",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
}

/// A dialogue chaired by the Party secretary is concluded by the Party committee: its heading
/// ("ĐẢNG ỦY PHƯỜNG …", "ĐẢNG CỘNG SẢN VIỆT NAM"), its number ("Số 25-TB/ĐU"), its signature
/// ("T/M ĐẢNG ỦY / BÍ THƯ"), the secretary's real title — not the People's Committee's paper.
#[test]
fn a_party_secretarys_conclusion_is_the_party_committees_paper() {
    let mut env = ward();
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--governing-body",
        "UBND thành phố Hà Nội",
    ]);
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại của Bí thư Đảng ủy phường với Nhân dân",
        "--kind",
        "periodic",
        "--date",
        "2026-07-22",
        "--chair-role",
        "party-secretary",
        "--chair",
        "Đỗ Minh Tuấn",
    ]);
    env.ok(&[
        "session",
        "invite",
        "2",
        "--organisation",
        "Hội Cựu chiến binh phường",
    ]);
    env.ok(&[
        "session",
        "announce",
        "2",
        "--on",
        "2026-06-10",
        "--channel",
        "Đài truyền thanh phường",
    ]);
    env.today = "2026-07-22".into();
    env.ok(&["session", "hold", "2"]);
    env.ok(&[
        "opinion",
        "add",
        "2",
        "--content",
        "Đề nghị cải tạo nhà văn hóa tổ dân phố 9",
        "--category",
        "petition",
    ]);
    env.today = "2026-07-29".into();
    env.ok(&[
        "conclusion",
        "issue",
        "2",
        "--on",
        "2026-07-29",
        "--doc",
        "25-TB/ĐU",
        "--signer",
        "Đỗ Minh Tuấn",
        "--agency",
        "Phòng Văn hóa - Xã hội",
        "--new-agency",
    ]);
    let (text, _) = draft(&env, &["doc", "notice", "2"]);
    for words in [
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        "ĐẢNG ỦY PHƯỜNG HOÀNG MAI",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 25-TB/ĐU",
        "Kết luận của đồng chí Bí thư Đảng ủy phường Hoàng Mai",
        "T/M ĐẢNG ỦY",
        "BÍ THƯ",
        "Đỗ Minh Tuấn",
        "Lưu Văn phòng Đảng ủy.",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    for words in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TM. ỦY BAN NHÂN DÂN",
        "Bí thư cấp ủy",
    ] {
        assert!(!text.contains(words), "{words}: {text}");
    }
    // The title given for the paper is the signer's own (a standing deputy secretary signing
    // for the committee), not a guess from who chaired.
    let (text, _) = draft(
        &env,
        &[
            "doc",
            "notice",
            "2",
            "--signer-title",
            "Phó Bí thư Thường trực",
        ],
    );
    assert!(text.contains("PHÓ BÍ THƯ THƯỜNG TRỰC"), "{text}");
    assert!(text.contains("T/M ĐẢNG ỦY"), "{text}");
    // The same dialogue's other papers have the same issuer: the Party committee announces,
    // invites and keeps the minutes — never the People's Committee under its chair's name.
    for (kind, number) in [
        ("announcement", "-TB/ĐU"),
        ("invitation", "-GM/ĐU"),
        ("minutes", "-BB/ĐU"),
    ] {
        let (text, _) = draft(&env, &["doc", kind, "2"]);
        for words in ["ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "ĐẢNG CỘNG SẢN VIỆT NAM", number]
        {
            assert!(text.contains(words), "{kind}: {words}: {text}");
        }
        for words in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TM. ỦY BAN NHÂN DÂN"] {
            assert!(!text.contains(words), "{kind}: {words}: {text}");
        }
        if kind != "minutes" {
            assert!(
                text.contains("T/M ĐẢNG ỦY") && text.contains("Đỗ Minh Tuấn"),
                "{kind}: {text}"
            );
        }
    }
}

#[test]
fn documents_that_must_not_be_drafted() {
    if crate::support::file_only() {
        return;
    }
    let env = ward();
    env.plan_session("Đối thoại đột xuất về ngập úng", "ad-hoc", "2026-08-05");
    env.ok(&["session", "cancel", "--yes", "2", "--reason", "Bão số 2"]);
    for kind in ["announcement", "invitation"] {
        let refused = env.refused(&["doc", kind, "2"], 1);
        assert!(refused.contains("cancelled"), "{refused}");
    }
    let refused = env.refused(
        &[
            "doc", "notice", "1", "--format", "md", "--output", "tb.docx",
        ],
        2,
    );
    assert!(
        refused.contains("md") && refused.contains("tb.docx"),
        "{refused}"
    );
    assert!(!env.path("tb.docx").exists());
    let db = env.db.to_str().expect("path").to_string();
    let before = std::fs::read(&env.db).expect("db");
    let refused = env.refused(&["doc", "notice", "1", "--output", &db, "--force"], 2);
    assert!(refused.contains("database"), "{refused}");
    assert_eq!(std::fs::read(&env.db).expect("db"), before);
}

/// A corrected notice signed by the vice-chair is not drafted under the chair's title: the
/// clerk is asked for the signer's own title, and the signature block then carries it.
#[test]
fn a_notice_signed_by_someone_else_carries_their_own_title() {
    let env = ward();
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-01",
        "--doc",
        "15a/TB-UBND",
        "--signer",
        "Lê Văn Phúc",
        "--replace",
        "--yes",
        "--note",
        "Đính chính cơ quan chủ trì",
    ]);
    let file = env.path("thong-bao.docx");
    let err = env.refused(
        &[
            "doc",
            "notice",
            "1",
            "--output",
            file.to_str().expect("path"),
        ],
        1,
    );
    assert!(
        err.contains("Lê Văn Phúc") && err.contains("--signer-title"),
        "{err}"
    );
    let (text, _) = draft(
        &env,
        &[
            "doc",
            "notice",
            "1",
            "--signer-title",
            "Phó Chủ tịch",
            "--signer-authority",
            "KT. Chủ tịch",
        ],
    );
    // Decree 30, Appendix I: a collegial body's deputy signs "TM. ỦY BAN NHÂN DÂN / KT. CHỦ
    // TỊCH / PHÓ CHỦ TỊCH", the TM. line above the KT. line.
    let tm = text
        .rfind("TM. ỦY BAN NHÂN DÂN")
        .expect("on behalf of the committee");
    let kt = text.rfind("KT. CHỦ TỊCH").expect("authority");
    assert!(tm < kt, "{text}");
    let block = &text[kt..];
    assert!(block.contains("PHÓ CHỦ TỊCH"), "{text}");
    assert!(block.contains("Lê Văn Phúc"), "{text}");
    // The chair who chaired the session is not drafted under a deputy's title.
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-02",
        "--doc",
        "15b/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--replace",
        "--yes",
        "--note",
        "Đính chính lần hai",
    ]);
    let err = env.refused(
        &[
            "doc",
            "notice",
            "1",
            "--signer-title",
            "Phó Chủ tịch",
            "--signer-authority",
            "KT. Chủ tịch",
            "--output",
            file.to_str().expect("path"),
        ],
        1,
    );
    assert!(
        err.contains("Nguyễn Văn Hùng") && err.contains("CHỦ TỊCH"),
        "{err}"
    );
    assert!(!file.exists());
}

/// With the chair and deputies recorded in the settings, each signer's block follows from who
/// signs (no title to give), and a signer who is neither is refused, naming who may sign.
#[test]
fn the_recorded_chair_and_deputies_decide_the_signature_block() {
    let env = ward();
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--chair-name",
        "Nguyễn Văn Hùng",
        "--deputy-names",
        "Lê Văn Phúc; Trần Thị Mai",
        "--yes",
    ]);
    let (text, _) = draft(&env, &["doc", "notice", "1"]);
    let tm = text
        .rfind("TM. ỦY BAN NHÂN DÂN")
        .expect("on behalf of the committee");
    assert!(text[tm..].contains("CHỦ TỊCH"), "{text}");
    assert!(!text[tm..].contains("KT. CHỦ TỊCH"), "{text}");
    assert!(text[tm..].contains("Nguyễn Văn Hùng"), "{text}");
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-01",
        "--doc",
        "15a/TB-UBND",
        "--signer",
        "Le Van Phuc",
        "--replace",
        "--yes",
        "--note",
        "Đính chính cơ quan chủ trì",
    ]);
    // The deputy, typed without diacritics on the notice: no title to give.
    let (text, _) = draft(&env, &["doc", "notice", "1"]);
    let tm = text
        .rfind("TM. ỦY BAN NHÂN DÂN")
        .expect("on behalf of the committee");
    let block = &text[tm..];
    let kt = block.find("KT. CHỦ TỊCH").expect("for the chair");
    assert!(block[kt..].contains("PHÓ CHỦ TỊCH"), "{text}");
    // Printed as the settings spell the deputy's name, not as it was typed on the notice.
    assert!(
        block.contains("Lê Văn Phúc") && !block.contains("Le Van Phuc"),
        "{text}"
    );
    // A title that is not the deputy's is refused.
    let file = env.path("thong-bao.docx");
    let err = env.refused(
        &[
            "doc",
            "notice",
            "1",
            "--signer-title",
            "Chủ tịch",
            "--output",
            file.to_str().expect("path"),
        ],
        1,
    );
    assert!(err.contains("PHÓ CHỦ TỊCH"), "{err}");
    assert!(!file.exists());
    // Someone who is neither the chair nor a deputy cannot sign.
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-02",
        "--doc",
        "15b/TB-UBND",
        "--signer",
        "Đỗ Quang Huy",
        "--replace",
        "--yes",
        "--note",
        "Đính chính lần hai",
    ]);
    let err = env.refused(
        &[
            "doc",
            "notice",
            "1",
            "--output",
            file.to_str().expect("path"),
        ],
        1,
    );
    assert!(
        err.contains("Đỗ Quang Huy")
            && err.contains("Trần Thị Mai")
            && err.contains("--deputy-names"),
        "{err}"
    );
    assert!(!file.exists());
}

/// A fact the record does not hold is a dotted blank to fill in by hand, never a software note;
/// the summary does not repeat a title that already says "Hội nghị đối thoại".
#[test]
fn a_missing_venue_or_secretary_is_a_blank_to_fill_in() {
    let mut env = ward();
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Hội nghị đối thoại về an toàn giao thông",
        "--kind",
        "ad-hoc",
        "--date",
        "2026-07-20",
        "--chair-role",
        "committee-chair",
        "--chair",
        "Nguyễn Văn Hùng",
    ]);
    env.today = "2026-07-20".into();
    env.ok(&["session", "hold", "2"]);
    let (text, _) = draft(&env, &["doc", "minutes", "2"]);
    assert!(!text.contains("(chưa ghi"), "{text}");
    assert!(text.contains("Địa điểm: ………………………………."), "{text}");
    assert!(text.contains("Thư ký: ………………………………."), "{text}");
    assert_eq!(
        text.matches("Hội nghị đối thoại về an toàn giao thông")
            .count(),
        1,
        "{text}"
    );
}

/// A letter forwarding a matter to another body never names a speaker protected as a denouncer
/// (Law on Denunciation 2018, Art. 9, 47), nor sends them a copy by name.
#[test]
fn a_forward_letter_never_names_a_protected_denouncer() {
    let mut env = ward();
    env.plan_session("Đối thoại về đất đai", "regular", "2026-07-24");
    env.ok(&[
        "speaker",
        "register",
        "2",
        "--name",
        "Phan Văn Khải",
        "--topic",
        "Đất đai",
    ]);
    env.today = "2026-07-24".into();
    env.ok(&["session", "hold", "2"]);
    env.ok(&["speaker", "spoke", "2/1"]);
    for (content, category) in [
        (
            "Đề nghị cấp giấy chứng nhận quyền sử dụng đất ngõ 5",
            "petition",
        ),
        ("Tố cáo cán bộ địa chính nhận tiền", "cadre-conduct"),
    ] {
        env.ok(&[
            "opinion",
            "add",
            "2",
            "--speaker",
            "2/1",
            "--content",
            content,
            "--category",
            category,
        ]);
    }
    env.ok(&["opinion", "out-of-scope", "5", "--as", "denunciation"]);
    env.today = "2026-07-29".into();
    env.ok(&[
        "conclusion",
        "issue",
        "2",
        "--on",
        "2026-07-28",
        "--doc",
        "22/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    env.ok(&[
        "opinion",
        "forward",
        "4",
        "--to",
        "Sở Nông nghiệp và Môi trường Hà Nội",
        "--on",
        "2026-07-29",
    ]);
    let (text, _) = draft(&env, &["doc", "forward", "4"]);
    assert!(!text.contains("Phan Văn Khải"), "{text}");
    assert!(text.contains("Nhân dân có ý kiến, kiến nghị"), "{text}");
    // The notice lists the denunciation without its words or its author, its kind said once.
    let (notice, _) = draft(&env, &["doc", "notice", "2"]);
    assert!(
        notice.contains("Một tố cáo, hướng dẫn giải quyết theo pháp luật về khiếu nại, tố cáo"),
        "{notice}"
    );
    assert!(
        !notice.contains("Tố cáo cán bộ địa chính") && !notice.contains("— tố cáo"),
        "{notice}"
    );
}

/// An answer letter says where the opinion came from only as the record says it (no speaker:
/// "Nhân dân", never "through the Front's synthesis"), and is never drafted under the
/// committee's heading with another body's number (Decree 30, Art. 8, Appendix III).
#[test]
fn an_answer_letter_keeps_to_the_record_and_to_the_offices_own_number() {
    let mut env = ward();
    env.ok(&[
        "opinion",
        "respond",
        "2",
        "--on",
        "2026-07-20",
        "--doc",
        "46/CAP-TTXH",
        "--summary",
        "Công an phường đã kiểm tra, lập biên bản quán karaoke tổ 15",
    ]);
    let out = env.path("tra-loi-2.docx");
    let refused = env.refused(
        &[
            "doc",
            "answer",
            "2",
            "--output",
            out.to_str().expect("path"),
        ],
        1,
    );
    assert!(
        refused.contains("46/CAP-TTXH") && refused.contains("UBND"),
        "{refused}"
    );
    assert!(!out.exists());
    env.ok(&[
        "opinion",
        "respond",
        "3",
        "--on",
        "2026-07-20",
        "--doc",
        "132/UBND-QLĐT",
        "--summary",
        "Đã lắp 6 bộ đèn chiếu sáng ngõ 38",
    ]);
    env.today = "2026-07-21".into();
    let (text, _) = draft(&env, &["doc", "answer", "3"]);
    assert!(!text.contains("tổng hợp"), "{text}");
    assert!(
        text.contains("Nhân dân có ý kiến, kiến nghị: “Đề nghị lắp đèn chiếu sáng ngõ 38”"),
        "{text}"
    );
    assert!(text.contains("Số: 132/UBND-QLĐT"), "{text}");
}

/// Every kind of paper, as LibreOffice prints it and pdftotext reads it back: no software note
/// ("(chưa ghi …)") where a fact is missing, and a deputy's block printed "TM. ỦY BAN NHÂN DÂN"
/// above "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH" (Decree 30, Art. 13, Appendix I).
#[test]
#[ignore = "needs LibreOffice and poppler-utils; run by .ci/run"]
fn every_paper_printed_reads_without_notes_and_signs_as_decree_30_says() {
    let env = ward();
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--chair-name",
        "Nguyễn Văn Hùng",
        "--deputy-names",
        "Lê Văn Phúc; Trần Thị Mai",
        "--report-recipients",
        "UBND thành phố Hà Nội",
        "--yes",
    ]);
    // A session with no venue and no secretary recorded: blanks to fill in, not notes.
    env.plan_session("Đối thoại về trật tự đô thị", "regular", "2026-08-05");
    env.ok(&[
        "session",
        "invite",
        "2",
        "--organisation",
        "Hội Liên hiệp Phụ nữ phường Hoàng Mai",
    ]);
    let pdf_text = |args: &[&str], name: &str| -> String {
        let docx = env.path(&format!("{name}.docx"));
        let mut all = args.to_vec();
        all.extend_from_slice(&["--output", docx.to_str().expect("path"), "--pdf"]);
        env.ok(&all);
        let out = std::process::Command::new("pdftotext")
            .arg(env.path(&format!("{name}.pdf")))
            .arg("-")
            .output()
            .expect("pdftotext");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for (args, name) in [
        (&["doc", "announcement", "2"][..], "thong-bao"),
        (&["doc", "invitation", "2"][..], "giay-moi"),
        (&["doc", "minutes", "1"][..], "bien-ban"),
        (&["doc", "notice", "1"][..], "ket-luan"),
        (&["doc", "answer", "1"][..], "tra-loi"),
        (&["doc", "report", "--year", "2026"][..], "bao-cao"),
    ] {
        let text = pdf_text(args, name);
        assert!(
            text.contains("Độc lập - Tự do - Hạnh phúc"),
            "{name}: {text}"
        );
        for note in ["(chưa ghi", "chưa ghi)", "(không rõ", "TODO"] {
            assert!(!text.contains(note), "{name} prints {note}: {text}");
        }
    }
    // The report signed by a deputy.
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--signer-name",
        "Lê Văn Phúc",
    ]);
    let text = pdf_text(&["doc", "report", "--year", "2026"], "bao-cao-kt");
    let tm = text.rfind("TM. ỦY BAN NHÂN DÂN").expect("TM line");
    let kt = text[tm..].find("KT. CHỦ TỊCH").expect("KT line under it");
    let title = text[tm + kt..]
        .find("PHÓ CHỦ TỊCH")
        .expect("title under it");
    assert!(
        text[tm + kt + title..].contains("Lê Văn Phúc"),
        "the deputy's name under the block: {text}"
    );
}
