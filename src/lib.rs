//! doithoai: the case tracker for the direct dialogues of Vietnamese ward offices.
//!
//! Layers: `rules` (pure regulation), `store` (SQLite), `cli` (commands), `output` (formats),
//! `messages` (every user-visible sentence, in English and Vietnamese).

pub mod rules;
