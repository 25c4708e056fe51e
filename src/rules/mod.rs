//! The regulation as pure functions.
//!
//! Owns: the working-day and lunar calendars, every deadline (R4, R9, R10, R12), the state
//! machines of sessions, registrations and opinions (R1, R5–R8, R11), the report arithmetic
//! (R3, R13) and the vocabularies. Must not: do I/O, read the clock or touch SQL — "today", the
//! office's calendar overrides and the records are arguments. The CLI and the store call these
//! functions; they never re-implement a rule.

pub mod as_of;
pub mod calendar;
pub mod dates;
pub mod deadline;
pub mod documents;
pub mod import;
pub mod lifecycle;
pub mod lunar;
pub mod reports;
pub mod tcvn3;
pub mod text;
pub mod vocabulary;
