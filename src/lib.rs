//! doithoai: the case tracker for the direct dialogues of Vietnamese ward offices (Hà Nội
//! Decision 2200/QĐ-TU, 2017).
//!
//! The core of the tool; the `doithoai` binary (`src/main.rs`, `src/cli/`) is its command line.
//! Layers, data flowing one way (`docs/ARCHITECTURE.md`): `rules` (the regulation, pure),
//! `ops` (one function per command: loads, asks `rules`, writes, returns typed outcomes),
//! `store` (SQLite; private to this library — the command line reaches the data only through
//! `ops`), `output` (formats), `messages` (the words).
//!
//! The door is enforced by the compiler. A program outside the library, as the command line is,
//! reaches the office's database through `ops`:
//!
//! ```
//! use doithoai::ops::{self, Store};
//! fn agencies(store: &mut Store) -> doithoai::error::Result<usize> {
//!     Ok(ops::agency::list(store)?.len())
//! }
//! ```
//!
//! and never through the store:
//!
//! ```compile_fail,E0603
//! use doithoai::store::Store;
//! ```
//!
//! nor by SQL of its own on the store's connection:
//!
//! ```compile_fail,E0624
//! fn sql(store: &mut doithoai::ops::Store) {
//!     let _ = store.write();
//! }
//! ```

mod catalogue;
pub mod config;
pub mod error;
pub mod files;
pub mod input;
pub mod messages;
pub mod ops;
pub mod output;
pub mod rules;
mod store;
