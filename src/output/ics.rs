//! Calendars for the chairs (`--format ics`): each session as an event at its date, time and
//! venue, and the R4 announcement deadline (Art. 7.2) as an all-day event of its own. UIDs
//! are stable (the office and the session id), so importing a newer file updates the events
//! instead of doubling them; a cancelled session stays in the file as CANCELLED so the
//! phone removes it. Times are in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), declared by
//! a VTIMEZONE as RFC 5545 requires.

use crate::store::session::{Revision, Session};
use crate::words::{self, label, page_word};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, EventStatus};

/// The time zone of every event.
pub const TZID: &str = "Asia/Ho_Chi_Minh";

/// Vietnam has kept UTC+7 without daylight saving since 13/6/1975.
const VTIMEZONE: &str =
    "BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\nX-LIC-LOCATION:Asia/Ho_Chi_Minh\r\n\
BEGIN:STANDARD\r\nDTSTART:19750613T000000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\n\
TZNAME:ICT\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// How long a session is shown to last when the record has a start time: a half-day
/// conference (buổi), which is how these dialogues are organised.
const SESSION_HOURS: i64 = 3;

/// The office as a UID domain part: "Phường Hoàng Mai" → "phuong-hoang-mai".
pub fn office_slug(office: &str) -> String {
    let folded = crate::rules::text::fold(office);
    let slug: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "office".into()
    } else {
        slug
    }
}

use super::printable;

fn start_time(s: &Session) -> Option<NaiveTime> {
    s.start_time
        .as_deref()
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
}

fn description(s: &Session) -> String {
    let mut lines = vec![
        format!("{}: {}", words::column("kind"), label(s.kind)),
        format!("{}: {}", words::column("form"), label(s.form)),
        format!(
            "{}: {} ({})",
            page_word("chair"),
            s.deputy_name.as_deref().unwrap_or(&s.chair_name),
            label(s.chair_role)
        ),
        format!("{}: {}", words::column("host_unit"), s.host_unit),
    ];
    if !s.topics.is_empty() {
        let topics: Vec<String> = s.topics.iter().map(label).collect();
        lines.push(format!(
            "{}: {}",
            words::column("topics"),
            topics.join(", ")
        ));
    }
    if let Some(due) = s.announce_due {
        lines.push(format!(
            "{}: {}",
            page_word("announce_by"),
            words::date(due)
        ));
    }
    lines.join("\n")
}

/// The calendar of `sessions` for `office`, stamped `now` (the command's clock). Each event
/// carries its session's revision (`SEQUENCE`, `LAST-MODIFIED`), so a phone that imported an
/// earlier file replaces the event when the session moved, and a reminder the day before.
pub fn calendar(
    office: &str,
    sessions: &[Session],
    revisions: &std::collections::HashMap<i64, Revision>,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let slug = office_slug(office);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//doithoai//Hoi nghi doi thoai//VI"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&format!(
            "{} — {}",
            printable(office),
            page_word("calendar_name")
        ))
        .timezone(TZID);
    for s in sessions {
        let cancelled = s.status == crate::rules::vocabulary::SessionStatus::Cancelled;
        let status = if cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        };
        let mut event = Event::new();
        event
            .uid(&format!("session-{}@{slug}.doithoai", s.id))
            .timestamp(now)
            .summary(&printable(&s.title))
            .description(&printable(&description(s)))
            .status(status);
        revise(&mut event, revisions.get(&s.id));
        if !cancelled {
            event.alarm(icalendar::Alarm::display(
                &printable(&s.title),
                -chrono::Duration::days(1),
            ));
        }
        if let Some(venue) = &s.venue {
            // A chair's calendar is shared: an online meeting's password stays out of it.
            event.location(&printable(&crate::rules::documents::public_link(venue)));
        }
        let day = s.held_on.unwrap_or(s.date);
        match start_time(s) {
            Some(t) => {
                let start = NaiveDateTime::new(day, t);
                let end = start + chrono::Duration::hours(SESSION_HOURS);
                event
                    .starts(CalendarDateTime::WithTimezone {
                        date_time: start,
                        tzid: TZID.into(),
                    })
                    .ends(CalendarDateTime::WithTimezone {
                        date_time: end,
                        tzid: TZID.into(),
                    });
            }
            None => {
                all_day(&mut event, day);
            }
        }
        cal.push(event.done());
        if let (Some(due), None) = (s.announce_due, s.held_on) {
            let mut announce = announcement_event(s, due, &slug, now, cancelled);
            revise(&mut announce, revisions.get(&s.id));
            cal.push(announce);
        }
    }
    let text = refold(&without_alarm_stamps(&cal.done().to_string()));
    // The crate writes the calendar's properties first; the time zone goes before the events.
    match text.find("BEGIN:VEVENT") {
        Some(at) => format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]),
        None => text.replace("END:VCALENDAR", &format!("{VTIMEZONE}END:VCALENDAR")),
    }
}

fn revise(event: &mut Event, revision: Option<&Revision>) {
    if let Some(r) = revision {
        event.sequence(r.sequence).last_modified(r.last_modified);
    }
}

/// The calendar without the DTSTAMP and UID the crate gives every alarm: RFC 5545 §3.6.6 has
/// neither in a VALARM, and they would change the file on every export (a clock, a random id).
fn without_alarm_stamps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_alarm = false;
    for line in text.split_inclusive("\r\n") {
        match line.trim_end() {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            l if in_alarm && (l.starts_with("DTSTAMP") || l.starts_with("UID")) => continue,
            _ => {}
        }
        out.push_str(line);
    }
    out
}

/// Fold content lines at 75 octets, the leading space of a continuation line included (RFC
/// 5545 §3.1), never inside a UTF-8 character: Vietnamese letters take two or three octets.
fn refold(text: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 64);
    for line in unfolded.split_terminator("\r\n") {
        let mut used = 0;
        for c in line.chars() {
            let width = c.len_utf8();
            if used + width > LIMIT {
                out.push_str("\r\n ");
                used = 1;
            }
            out.push(c);
            used += width;
        }
        out.push_str("\r\n");
    }
    out
}

/// An all-day event: DTEND is the next day (RFC 5545 §3.6.1: the end is exclusive).
fn all_day(event: &mut Event, day: NaiveDate) {
    event
        .starts(icalendar::DatePerhapsTime::Date(day))
        .ends(icalendar::DatePerhapsTime::Date(
            day.succ_opt().unwrap_or(day),
        ));
}

fn announcement_event(
    s: &Session,
    due: NaiveDate,
    slug: &str,
    now: chrono::DateTime<chrono::Utc>,
    cancelled: bool,
) -> Event {
    let mut event = Event::new();
    event
        .uid(&format!("announce-{}@{slug}.doithoai", s.id))
        .timestamp(now)
        .summary(&format!(
            "{}: {}",
            page_word("announce_by"),
            printable(&s.title)
        ))
        .description(&format!(
            "{}\n{}: {}",
            page_word("announcements"),
            words::column("date"),
            words::date(s.date)
        ))
        // A done announcement stays in the file so an earlier import is updated, not orphaned.
        .status(if cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    all_day(&mut event, due);
    event.done()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_names_become_uid_domains() {
        assert_eq!(office_slug("Phường Hoàng Mai"), "phuong-hoang-mai");
        assert_eq!(office_slug("Xã Đông Anh (Hà Nội)"), "xa-dong-anh-ha-noi");
        assert_eq!(office_slug("…"), "office");
    }

    #[test]
    fn lines_fold_at_75_octets_counting_the_space_and_never_inside_a_letter() {
        let title = "Đối thoại với Nhân dân về chỉnh trang đô thị, trật tự xây dựng và ngập úng tổ 12 phường Hoàng Mai";
        let text = format!("BEGIN:VEVENT\r\nSUMMARY:{title}\r\nEND:VEVENT\r\n");
        let folded = refold(&text);
        for line in folded.split_terminator("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert!(folded.contains("\r\n "), "long enough to fold");
        assert_eq!(folded.replace("\r\n ", ""), text);
    }
}
