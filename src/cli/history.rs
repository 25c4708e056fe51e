//! `doithoai history`: who did what and when, before → after.

use super::{stdout_error, Context};
use crate::error::Result;
use crate::messages::label;
use crate::output::{self, Record};
use crate::store::events::{self, Event, HistoryFilter};
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// Only events of this session (its speakers, opinions and notices included).
    #[arg(long, conflicts_with = "opinion")]
    pub session: Option<i64>,
    /// Only events of this opinion.
    #[arg(long)]
    pub opinion: Option<i64>,
    /// Only records of this kind: office, agency, session, registration, opinion, conclusion, calendar.
    #[arg(long)]
    pub kind: Option<String>,
    /// At most this many events.
    #[arg(long)]
    pub limit: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct EventRow {
    #[serde(flatten)]
    pub event: Event,
}

/// The fields that changed, as `field: before → after`.
fn change_summary(e: &Event) -> String {
    use serde_json::Value;
    let empty = serde_json::Map::new();
    let before = e
        .before
        .as_ref()
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let after = e
        .after
        .as_ref()
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut parts = Vec::new();
    for (k, v) in after {
        let old = before.get(k).unwrap_or(&Value::Null);
        if old != v && k != "search_text" {
            let show = |x: &Value| match x {
                Value::Null => "∅".to_string(),
                Value::String(s) => output::clip(s, 40),
                other => output::clip(&other.to_string(), 40),
            };
            if e.before.is_some() {
                parts.push(format!("{k}: {} → {}", show(old), show(v)));
            } else if !v.is_null() && !matches!(k.as_str(), "created_at" | "registered_at") {
                parts.push(format!("{k}: {}", show(v)));
            }
        }
    }
    if e.after.is_none() && e.before.is_some() {
        parts.push("(removed)".into());
    }
    parts.join("; ")
}

impl Record for EventRow {
    fn fields() -> &'static [&'static str] {
        &[
            "id",
            "at",
            "clerk",
            "command",
            "record_kind",
            "record_id",
            "session_id",
            "action",
            "before",
            "after",
        ]
    }
    fn values(&self) -> Vec<String> {
        let e = &self.event;
        vec![
            e.id.to_string(),
            e.at.clone(),
            e.clerk.clone(),
            e.command.clone(),
            e.record_kind.clone(),
            e.record_id.clone(),
            e.session_id.map(|s| s.to_string()).unwrap_or_default(),
            e.action.clone(),
            e.before.as_ref().map(|v| v.to_string()).unwrap_or_default(),
            e.after.as_ref().map(|v| v.to_string()).unwrap_or_default(),
        ]
    }
    fn table_headers() -> Vec<String> {
        ["when", "clerk", "record", "action", "change"]
            .iter()
            .map(|k| label(k))
            .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        let e = &self.event;
        vec![
            e.at.clone(),
            e.clerk.clone(),
            format!("{} {}", e.record_kind, e.record_id),
            e.action.clone(),
            change_summary(e),
        ]
    }
}

pub fn run(ctx: &Context, a: HistoryArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let tx = store.read()?;
    let mut out = std::io::stdout().lock();
    let mut w =
        output::RowWriter::<EventRow>::new(ctx.format, &mut out, ctx.csv).map_err(stdout_error)?;
    events::for_each(
        &tx,
        &HistoryFilter {
            session: a.session,
            opinion: a.opinion,
            kind: a.kind,
            limit: a.limit,
        },
        |event| w.write(&EventRow { event }).map_err(stdout_error),
    )?;
    w.finish().map_err(stdout_error)?;
    Ok(0)
}
