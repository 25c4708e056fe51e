//! doithoai: the case tracker for the direct dialogues of Vietnamese ward offices.
//!
//! Layers: `rules` (the regulation, pure), `store` (SQLite), `cli` (commands), `output`
//! (formats), `messages` (every user-visible sentence, in English and Vietnamese).

pub mod cli;
pub mod config;
pub mod error;
pub mod files;
pub mod input;
pub mod messages;
pub mod ops;
pub mod output;
pub mod rules;
pub mod store;
