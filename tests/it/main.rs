//! The integration tests: the real `doithoai` binary on a real temporary SQLite file.
//! One test binary (cargo builds it once); one module per area.

mod support;

mod as_of;
mod calendar;
mod city;
mod clerk_month;
mod corrections;
mod counting;
mod docs;
mod documents;
mod edges;
mod hostile;
mod hostile_imports;
mod imports;
mod lifecycle;
mod property;
mod refusals;
mod reports;
mod server;
mod supervisor;
mod terminal;
mod trust;
mod trust_holes;
mod vietnamese;
