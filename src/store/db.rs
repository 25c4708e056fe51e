//! One connection to the office's database, whichever engine holds it: a SQLite file (the
//! default, one ward on one PC) or a PostgreSQL server (several clerks' PCs, a live city).
//!
//! Owns: the handful of calls the store makes — run a statement, read rows, begin and end a
//! transaction — with one meaning on both engines. Values cross as SQLite's five storage
//! classes (NULL, integer, real, text, blob), so a record is read by the same code from either
//! engine. Statements are written once with `?N` parameters; on PostgreSQL they are given as
//! `$N`. Must not: know a table. SQL that only one engine understands is chosen by the caller
//! with [`Connection::engine`].

use crate::error::{Error, Result};
use rusqlite::types::{FromSql, FromSqlError, ToSqlOutput, Value, ValueRef};
use std::cell::RefCell;
use std::collections::HashMap;

pub use rusqlite::{params, ToSql, TransactionBehavior};

/// Which engine a connection talks to: the few statements that differ choose by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// An open connection to the office's database.
pub struct Connection {
    inner: Inner,
}

enum Inner {
    Sqlite(rusqlite::Connection),
    Postgres(Box<RefCell<super::pg::Client>>),
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Connection({:?})", self.engine())
    }
}

impl From<rusqlite::Connection> for Connection {
    fn from(conn: rusqlite::Connection) -> Self {
        Connection {
            inner: Inner::Sqlite(conn),
        }
    }
}

impl Connection {
    pub(crate) fn postgres(client: super::pg::Client) -> Self {
        Connection {
            inner: Inner::Postgres(Box::new(RefCell::new(client))),
        }
    }

    pub fn engine(&self) -> Engine {
        match self.inner {
            Inner::Sqlite(_) => Engine::Sqlite,
            Inner::Postgres(_) => Engine::Postgres,
        }
    }

    /// The SQLite connection, for what only a file has (its pragmas, backup, integrity check).
    pub(crate) fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.inner {
            Inner::Sqlite(c) => Some(c),
            Inner::Postgres(_) => None,
        }
    }

    pub(crate) fn sqlite_mut(&mut self) -> Option<&mut rusqlite::Connection> {
        match &mut self.inner {
            Inner::Sqlite(c) => Some(c),
            Inner::Postgres(_) => None,
        }
    }

    pub(crate) fn with_postgres<T>(
        &self,
        f: impl FnOnce(&mut super::pg::Client) -> Result<T>,
    ) -> Option<Result<T>> {
        match &self.inner {
            Inner::Sqlite(_) => None,
            Inner::Postgres(c) => Some(f(&mut c.borrow_mut())),
        }
    }

    /// Run one statement; returns the number of rows it changed.
    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        match &self.inner {
            Inner::Sqlite(c) => params.with_values(|v| {
                Ok(c.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(v.iter()))?)
            }),
            Inner::Postgres(c) => params.with_values(|v| c.borrow_mut().execute(sql, v)),
        }
    }

    /// Run statements without parameters, one after the other.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Inner::Postgres(c) => c.borrow_mut().batch(sql),
        }
    }

    /// The one row a query returns (`QueryReturnedNoRows` when there is none).
    pub fn query_row<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    /// A statement to run once.
    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(Statement::Sqlite(SqliteStatement::Once(c.prepare(sql)?))),
            Inner::Postgres(c) => Ok(Statement::Postgres {
                client: c,
                sql: sql.to_string(),
            }),
        }
    }

    /// A statement run often (per record): prepared once per connection.
    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(Statement::Sqlite(SqliteStatement::Cached(
                c.prepare_cached(sql)?,
            ))),
            Inner::Postgres(c) => Ok(Statement::Postgres {
                client: c,
                sql: sql.to_string(),
            }),
        }
    }

    /// Begin a transaction; it rolls back when dropped without [`Transaction::commit`].
    pub fn transaction_with_behavior(
        &mut self,
        behavior: TransactionBehavior,
    ) -> Result<Transaction<'_>> {
        match &self.inner {
            Inner::Sqlite(c) => c.execute_batch(match behavior {
                TransactionBehavior::Immediate => "BEGIN IMMEDIATE",
                TransactionBehavior::Exclusive => "BEGIN EXCLUSIVE",
                _ => "BEGIN DEFERRED",
            })?,
            Inner::Postgres(c) => c
                .borrow_mut()
                .begin(!matches!(behavior, TransactionBehavior::Deferred))?,
        }
        Ok(Transaction {
            conn: self,
            open: true,
        })
    }
}

/// A transaction: the connection it runs on, rolled back unless committed.
pub struct Transaction<'c> {
    conn: &'c Connection,
    open: bool,
}

impl std::ops::Deref for Transaction<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Transaction<'_> {
    pub fn commit(mut self) -> Result<()> {
        self.open = false;
        let committed = self.conn.execute_batch("COMMIT");
        if committed.is_err() {
            // A commit refused (busy, disk full) leaves nothing behind: the transaction ends.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        committed
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// What `optional()` gives a query by id: no row is `None`, not an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::Sqlite(rusqlite::Error::QueryReturnedNoRows)) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A statement's parameters, in order (`params![…]`, an array of one type, `()`).
pub trait Params {
    fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R;
}

impl Params for () {
    fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(&[])
    }
}

impl Params for [&(dyn ToSql + Send + Sync); 0] {
    fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(&[])
    }
}

impl Params for &[&dyn ToSql] {
    fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(self)
    }
}

impl Params for &Vec<&dyn ToSql> {
    fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(self)
    }
}

/// Parameters from any iterator of values (a filter's growing list).
pub struct ParamsFromIter<I>(I);

pub fn params_from_iter<I>(iter: I) -> ParamsFromIter<I>
where
    I: IntoIterator,
    I::Item: ToSql,
{
    ParamsFromIter(iter)
}

impl<I> Params for ParamsFromIter<I>
where
    I: IntoIterator,
    I::Item: ToSql,
{
    fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        let owned: Vec<I::Item> = self.0.into_iter().collect();
        let refs: Vec<&dyn ToSql> = owned.iter().map(|v| v as &dyn ToSql).collect();
        f(&refs)
    }
}

macro_rules! array_params {
    ($($n:literal)*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
                let refs: Vec<&dyn ToSql> = self.iter().map(|v| v as &dyn ToSql).collect();
                f(&refs)
            }
        }
        impl<T: ToSql + ?Sized> Params for &[&T; $n] {
            fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
                let refs: Vec<&dyn ToSql> = self.iter().map(|v| v as &dyn ToSql).collect();
                f(&refs)
            }
        }
    )*};
}
array_params!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

macro_rules! tuple_params {
    ($(($($t:ident $i:tt),*))*) => {$(
        impl<$($t: ToSql),*> Params for ($($t,)*) {
            fn with_values<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
                f(&[$(&self.$i as &dyn ToSql),*])
            }
        }
    )*};
}
tuple_params!((A 0) (A 0, B 1) (A 0, B 1, C 2) (A 0, B 1, C 2, D 3) (A 0, B 1, C 2, D 3, E 4));

/// A prepared statement.
pub enum Statement<'c> {
    Sqlite(SqliteStatement<'c>),
    Postgres {
        client: &'c RefCell<super::pg::Client>,
        sql: String,
    },
}

pub enum SqliteStatement<'c> {
    Once(rusqlite::Statement<'c>),
    Cached(rusqlite::CachedStatement<'c>),
}

impl<'c> SqliteStatement<'c> {
    fn get(&mut self) -> &mut rusqlite::Statement<'c> {
        match self {
            SqliteStatement::Once(s) => s,
            SqliteStatement::Cached(s) => s,
        }
    }
}

/// The rows a statement returned, mapped one by one as they are read.
pub type MappedRows<'s, T> = Box<dyn Iterator<Item = rusqlite::Result<T>> + 's>;

impl Statement<'_> {
    /// Run the statement; returns the number of rows it changed.
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        match self {
            Statement::Sqlite(s) => {
                params.with_values(|v| Ok(s.get().execute(rusqlite::params_from_iter(v.iter()))?))
            }
            Statement::Postgres { client, sql } => {
                params.with_values(|v| client.borrow_mut().execute(sql, v))
            }
        }
    }

    /// Every row, each given to `f` as it is read.
    pub fn query_map<'s, T: 's, P: Params, F>(
        &'s mut self,
        params: P,
        mut f: F,
    ) -> Result<MappedRows<'s, T>>
    where
        F: FnMut(&Row<'_>) -> rusqlite::Result<T> + 's,
    {
        match self {
            Statement::Sqlite(s) => {
                let rows = params.with_values(|v| {
                    s.get()
                        .query_map(rusqlite::params_from_iter(v.iter()), move |r| {
                            f(&Row::Sqlite(r))
                        })
                })?;
                Ok(Box::new(rows))
            }
            Statement::Postgres { client, sql } => {
                let (columns, rows) = params.with_values(|v| client.borrow_mut().query(sql, v))?;
                Ok(Box::new(rows.into_iter().map(move |values| {
                    f(&Row::Postgres {
                        columns: &columns,
                        values: &values,
                    })
                })))
            }
        }
    }

    /// The one row the statement returns (`QueryReturnedNoRows` when there is none).
    pub fn query_row<T, P: Params>(
        &mut self,
        params: P,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let mut rows = self.rows(params, false)?;
        match rows.next()? {
            Some(row) => Ok(f(&row)?),
            None => Err(Error::Sqlite(rusqlite::Error::QueryReturnedNoRows)),
        }
    }

    /// Whether the statement returns a row.
    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool> {
        Ok(self.rows(params, false)?.next()?.is_some())
    }

    /// The rows, read with [`Rows::next`].
    pub fn query<P: Params>(&mut self, params: P) -> Result<Rows<'_>> {
        self.rows(params, true)
    }

    /// Every row, handed to `each` in turn; on a server the rows stream from the one statement
    /// while `each` works (an export: the server reads on while the rows are written), so
    /// `each` must not use the connection — it is the connection's until the last row.
    pub fn for_each<P: Params>(
        &mut self,
        params: P,
        mut each: impl FnMut(&Row<'_>) -> Result<()>,
    ) -> Result<()> {
        if let Statement::Postgres { client, sql } = self {
            return params.with_values(|v| {
                client.borrow_mut().stream(sql, v, |columns, values| {
                    each(&Row::Postgres { columns, values })
                })
            });
        }
        let mut rows = self.query(params)?;
        while let Some(ref row) = rows.next()? {
            each(row)?;
        }
        Ok(())
    }

    /// The rows; `streamed` reads a server's through a cursor (a list, an export) rather than
    /// at once (one row, a check).
    fn rows<P: Params>(&mut self, params: P, streamed: bool) -> Result<Rows<'_>> {
        match self {
            Statement::Sqlite(s) => {
                let rows =
                    params.with_values(|v| s.get().query(rusqlite::params_from_iter(v.iter())))?;
                Ok(Rows::Sqlite(rows))
            }
            Statement::Postgres { client, sql } => {
                // Inside a transaction, rows are read through a cursor a batch at a time (an
                // export of a million opinions is not held in memory); outside, all at once.
                let (cursor, columns, rows) = params.with_values(|v| -> Result<_> {
                    let mut c = client.borrow_mut();
                    let cursor = if streamed && is_select(sql) {
                        c.open_cursor(sql, v)?
                    } else {
                        None
                    };
                    Ok(match cursor {
                        Some(name) => {
                            let rows = c.fetch(&name)?;
                            // Read whole in its first batch: closed at once, and no second
                            // fetch (an empty name says so).
                            let name = if rows.len() < super::pg::CURSOR_BATCH {
                                c.close_cursor(&name);
                                String::new()
                            } else {
                                name
                            };
                            (Some(name), Vec::new(), rows)
                        }
                        None => {
                            let (columns, rows) = c.query(sql, v)?;
                            (None, columns, rows)
                        }
                    })
                })?;
                Ok(Rows::Postgres {
                    columns,
                    rows: rows.into_iter(),
                    current: None,
                    cursor: cursor.map(|name| (*client, name)),
                })
            }
        }
    }
}

/// Whether a statement only reads (what a cursor may be declared for).
fn is_select(sql: &str) -> bool {
    let head = sql.trim_start().get(..6).unwrap_or_default();
    head.eq_ignore_ascii_case("select") || head[..4.min(head.len())].eq_ignore_ascii_case("with")
}

/// Rows being read.
pub enum Rows<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Postgres {
        columns: Vec<String>,
        rows: std::vec::IntoIter<Vec<Value>>,
        current: Option<Vec<Value>>,
        /// The server's cursor the next batch comes from, closed when the rows are dropped.
        cursor: Option<(&'s RefCell<super::pg::Client>, String)>,
    },
}

impl Drop for Rows<'_> {
    fn drop(&mut self) {
        if let Rows::Postgres {
            cursor: Some((client, name)),
            ..
        } = self
        {
            if !name.is_empty() {
                client.borrow_mut().close_cursor(name);
            }
        }
    }
}

impl Rows<'_> {
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match self {
            Rows::Sqlite(rows) => Ok(rows.next()?.map(Row::Sqlite)),
            Rows::Postgres {
                columns,
                rows,
                current,
                cursor,
            } => {
                *current = rows.next();
                if current.is_none() {
                    if let Some((client, name)) = cursor {
                        // A batch shorter than a full one was the last.
                        if !name.is_empty() {
                            let batch = client.borrow_mut().fetch(name)?;
                            if batch.len() < super::pg::CURSOR_BATCH {
                                client.borrow_mut().close_cursor(name);
                                name.clear();
                            }
                            *rows = batch.into_iter();
                            *current = rows.next();
                        }
                    }
                }
                Ok(current
                    .as_ref()
                    .map(|values| Row::Postgres { columns, values }))
            }
        }
    }
}

/// One row of a result.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres {
        columns: &'r [String],
        values: &'r [Value],
    },
}

impl Row<'_> {
    /// The value of column `idx`, converted as SQLite converts it.
    pub fn get<I: RowIndex, T: FromSql>(&self, idx: I) -> rusqlite::Result<T> {
        let idx = idx.index();
        match self {
            Row::Sqlite(r) => r.get(idx),
            Row::Postgres { columns, values } => {
                let value = values
                    .get(idx)
                    .ok_or(rusqlite::Error::InvalidColumnIndex(idx))?;
                let value = ValueRef::from(value);
                T::column_result(value).map_err(|err| match err {
                    FromSqlError::InvalidType => rusqlite::Error::InvalidColumnType(
                        idx,
                        columns.get(idx).cloned().unwrap_or_default(),
                        value.data_type(),
                    ),
                    FromSqlError::OutOfRange(i) => rusqlite::Error::IntegralValueOutOfRange(idx, i),
                    FromSqlError::Other(err) => {
                        rusqlite::Error::FromSqlConversionFailure(idx, value.data_type(), err)
                    }
                    other => rusqlite::Error::FromSqlConversionFailure(
                        idx,
                        value.data_type(),
                        Box::new(other),
                    ),
                })
            }
        }
    }

    /// The text of column `idx` as the server sent it (checked as UTF-8 when it was read);
    /// `None` for any other value, and on a file (read with [`Row::get_ref`]).
    pub fn server_text(&self, idx: usize) -> Option<&str> {
        match self {
            Row::Postgres { values, .. } => match values.get(idx) {
                Some(Value::Text(text)) => Some(text),
                _ => None,
            },
            Row::Sqlite(_) => None,
        }
    }

    /// The raw value of column `idx`.
    pub fn get_ref<I: RowIndex>(&self, idx: I) -> rusqlite::Result<ValueRef<'_>> {
        let idx = idx.index();
        match self {
            Row::Sqlite(r) => r.get_ref(idx),
            Row::Postgres { values, .. } => values
                .get(idx)
                .map(ValueRef::from)
                .ok_or(rusqlite::Error::InvalidColumnIndex(idx)),
        }
    }
}

/// A column's position in a row.
pub trait RowIndex {
    fn index(self) -> usize;
}

impl RowIndex for usize {
    fn index(self) -> usize {
        self
    }
}

/// A parameter as SQLite would store it.
pub(crate) fn to_value(param: &dyn ToSql) -> rusqlite::Result<Value> {
    Ok(match param.to_sql()? {
        ToSqlOutput::Borrowed(v) => match v {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Integer(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        },
        ToSqlOutput::Owned(v) => v,
        _ => Value::Null,
    })
}

/// Statements the PostgreSQL connection has prepared, by their SQL text.
pub(crate) type PreparedCache = HashMap<String, super::pg::Prepared>;
