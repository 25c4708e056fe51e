//! doithoai: the case tracker for the direct dialogues of Vietnamese ward offices (Hà Nội
//! Decision 2200/QĐ-TU, 2017).
//!
//! The core of the tool; the `doithoai` binary (`src/main.rs`, `src/cli/`) is its command line.
//! Layers, data flowing one way (`docs/ARCHITECTURE.md`): `rules` (the regulation, pure),
//! `ops` (one function per command: loads, asks `rules`, writes, returns typed outcomes),
//! `store` (SQLite; private to this library — the command line reaches the data only through
//! `ops`), `output` (formats), `words` (the edge where data is worded).
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

/// A message of the catalogue as data: `msg!(not_found_1, record = "session", id = 7, …)` — the
/// sentence id (a constant `build.rs` makes from `i18n/*/doithoai.ftl`) and the values its
/// wording names. An id the catalogues lack, or a variable its wording names (in either
/// language) left out, does not compile; values beyond those are facts kept for JSON.
///
/// `msg!(bad_count, value = "mười")` is the refusal of a count typed as a word; without its
/// value it is not built:
///
/// ```compile_fail
/// let refusal = doithoai::msg!(bad_count);
/// ```
#[macro_export]
macro_rules! msg {
    ($id:ident $(, $name:ident = $value:expr)* $(,)?) => {{
        const _: () = assert!(
            $crate::message::all_given($crate::message::vars::$id, &[$(stringify!($name)),*]),
            concat!("msg!(", stringify!($id), ", …): a variable its wording names is not given"),
        );
        $crate::message::Message::new(
            $crate::message::id::$id,
            vec![$((stringify!($name), $crate::message::ToArg::to_arg(&$value))),*],
        )
    }};
}

mod catalogue;

/// A message as data, below the edge: its catalogue id and its values, typed (a day, a code,
/// a command line) so that the edge words them in the interface's language (`words`). Rules,
/// store and operations build messages from here and never word anything.
pub mod message {
    pub use crate::catalogue::{
        all_given, id, vars, Arg, CommandLine, Day, Days, Label, Message, Moment, ToArg,
    };
}
pub mod config;
pub mod error;
pub mod files;
pub mod input;
pub mod ops;
pub mod output;
pub mod rules;
mod store;
pub mod words;
