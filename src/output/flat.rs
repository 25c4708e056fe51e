//! A row's flat record as CSV fields, from its `Serialize`: the field names are the header and
//! the values are text (codes, ISO dates, numbers), so a column's name and its value are written
//! side by side in one struct and cannot drift apart. Lists, workbooks and pages read the same
//! fields.
//!
//! Only flat records are accepted: a struct (or a map, for `#[serde(flatten)]`) of scalars —
//! text, numbers, booleans, dates, vocabulary codes, options (empty when absent) and lists of
//! codes (joined with `;`). Anything nested is an error, found by the tests of every row type.

use serde::ser::{self, Impossible, Serialize};
use std::fmt::{self, Write as _};
use std::io;

/// Why a record could not be written flat: the output failed, or the record is not flat.
#[derive(Debug)]
pub enum FlatError {
    Io(io::Error),
    Shape(String),
}

impl fmt::Display for FlatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FlatError::Io(e) => write!(f, "{e}"),
            FlatError::Shape(s) => write!(f, "not a flat record: {s}"),
        }
    }
}

impl std::error::Error for FlatError {}

impl ser::Error for FlatError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        FlatError::Shape(msg.to_string())
    }
}

impl From<FlatError> for io::Error {
    fn from(e: FlatError) -> io::Error {
        match e {
            FlatError::Io(e) => e,
            FlatError::Shape(s) => io::Error::other(format!("not a flat record: {s}")),
        }
    }
}

fn shape<T>(what: &str) -> Result<T, FlatError> {
    Err(FlatError::Shape(format!("{what} inside a record")))
}

/// Hand each field's value of `record`, in order, to `push`.
pub fn fields<T: Serialize + ?Sized>(
    record: &T,
    push: &mut dyn FnMut(&str) -> io::Result<()>,
) -> io::Result<()> {
    record
        .serialize(RecordSerializer {
            push,
            buf: String::new(),
            names: None,
        })
        .map_err(io::Error::from)
}

/// The field names of `record`, in order: the CSV header.
pub fn names<T: Serialize + ?Sized>(record: &T) -> Vec<String> {
    let mut names = Vec::new();
    // Names are collected as the record is walked; no value is written, so nothing can fail
    // but a record that is not one (which `fields` reports).
    let _ = record.serialize(RecordSerializer {
        push: &mut |_| Ok(()),
        buf: String::new(),
        names: Some(&mut names),
    });
    names
}

/// The whole record: a struct or a map of fields. With `names`, the field names are collected
/// instead of the values written.
struct RecordSerializer<'p> {
    push: &'p mut dyn FnMut(&str) -> io::Result<()>,
    buf: String,
    names: Option<&'p mut Vec<String>>,
}

macro_rules! not_a_record {
    ($($method:ident($($arg:ty),*) -> $ret:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ret, FlatError> {
            shape(concat!("a ", stringify!($method), " as the whole record"))
        })*
    };
}

impl<'p> ser::Serializer for RecordSerializer<'p> {
    type Ok = ();
    type Error = FlatError;
    type SerializeSeq = Impossible<(), FlatError>;
    type SerializeTuple = Impossible<(), FlatError>;
    type SerializeTupleStruct = Impossible<(), FlatError>;
    type SerializeTupleVariant = Impossible<(), FlatError>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), FlatError>;

    not_a_record! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
    fn serialize_none(self) -> Result<(), FlatError> {
        shape("nothing as the whole record")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), FlatError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), FlatError> {
        shape("nothing as the whole record")
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), FlatError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), FlatError> {
        shape("an enum as the whole record")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, FlatError> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, FlatError> {
        Ok(self)
    }
}

impl RecordSerializer<'_> {
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        self.buf.clear();
        value.serialize(ValueSerializer { out: &mut self.buf })?;
        (self.push)(&self.buf).map_err(FlatError::Io)
    }
}

impl ser::SerializeStruct for RecordSerializer<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), FlatError> {
        match &mut self.names {
            Some(names) => {
                names.push(key.to_string());
                Ok(())
            }
            None => self.value(value),
        }
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

impl ser::SerializeMap for RecordSerializer<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), FlatError> {
        if let Some(names) = &mut self.names {
            let mut name = String::new();
            key.serialize(ValueSerializer { out: &mut name })?;
            names.push(name);
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        if self.names.is_some() {
            return Ok(());
        }
        self.value(value)
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

/// One field's value, written as text into `out` (nothing for an absent one).
struct ValueSerializer<'b> {
    out: &'b mut String,
}

impl ValueSerializer<'_> {
    fn display(self, value: impl fmt::Display) -> Result<(), FlatError> {
        write!(self.out, "{value}").map_err(|e| FlatError::Shape(e.to_string()))
    }
}

impl<'b> ser::Serializer for ValueSerializer<'b> {
    type Ok = ();
    type Error = FlatError;
    type SerializeSeq = CodeList<'b>;
    type SerializeTuple = Impossible<(), FlatError>;
    type SerializeTupleStruct = Impossible<(), FlatError>;
    type SerializeTupleVariant = Impossible<(), FlatError>;
    type SerializeMap = Impossible<(), FlatError>;
    type SerializeStruct = Impossible<(), FlatError>;
    type SerializeStructVariant = Impossible<(), FlatError>;

    fn serialize_bool(self, v: bool) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_char(self, v: char) -> Result<(), FlatError> {
        self.display(v)
    }
    fn serialize_str(self, v: &str) -> Result<(), FlatError> {
        self.out.push_str(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), FlatError> {
        shape("bytes")
    }
    /// Absent: an empty field.
    fn serialize_none(self) -> Result<(), FlatError> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), FlatError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), FlatError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), FlatError> {
        Ok(())
    }
    /// A vocabulary value: its code.
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), FlatError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), FlatError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), FlatError> {
        shape("an enum with data")
    }
    /// A list of codes (a session's topics): joined with `;`.
    fn serialize_seq(self, _: Option<usize>) -> Result<CodeList<'b>, FlatError> {
        Ok(CodeList {
            out: self.out,
            first: true,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, FlatError> {
        shape("a tuple")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, FlatError> {
        shape("a tuple")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, FlatError> {
        shape("an enum with data")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, FlatError> {
        shape("a map")
    }
    fn serialize_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, FlatError> {
        shape(&format!("a struct ({name})"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, FlatError> {
        shape("an enum with data")
    }
}

/// The items of a list field, each a scalar, joined with `;`.
struct CodeList<'b> {
    out: &'b mut String,
    first: bool,
}

impl ser::SerializeSeq for CodeList<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        if !self.first {
            self.out.push(';');
        }
        self.first = false;
        let mut item = String::new();
        value.serialize(ValueSerializer { out: &mut item })?;
        self.out.push_str(&item);
        Ok(())
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use serde::Serialize;

    #[derive(Serialize, Default)]
    struct Inner<'a> {
        agency: Option<&'a str>,
        due: Option<NaiveDate>,
    }

    #[derive(Serialize, Default)]
    struct Flat<'a> {
        id: i64,
        content: &'a str,
        topics: Vec<&'a str>,
        #[serde(flatten)]
        inner: Inner<'a>,
    }

    fn collect<T: Serialize>(record: &T) -> Vec<String> {
        let mut values = Vec::new();
        fields(record, &mut |v| {
            values.push(v.to_string());
            Ok(())
        })
        .expect("flat");
        values
    }

    #[test]
    fn names_and_values_side_by_side_flattened_included() {
        let row = Flat {
            id: 7,
            content: "Đề nghị sửa chữa đường ngõ 12",
            topics: vec!["petition", "implementation"],
            inner: Inner {
                agency: None,
                due: NaiveDate::from_ymd_opt(2026, 8, 6),
            },
        };
        assert_eq!(
            names(&Flat::default()),
            ["id", "content", "topics", "agency", "due"]
        );
        assert_eq!(
            collect(&row),
            [
                "7",
                "Đề nghị sửa chữa đường ngõ 12",
                "petition;implementation",
                "",
                "2026-08-06"
            ]
        );
    }

    #[test]
    fn a_nested_record_is_refused() {
        #[derive(Serialize)]
        struct Nested {
            inner: Inner<'static>,
        }
        let err = fields(
            &Nested {
                inner: Inner::default(),
            },
            &mut |_| Ok(()),
        )
        .expect_err("nested");
        assert!(err.to_string().contains("Inner"), "{err}");
    }
}
