//! What the columns of a received table mean (Art. 7.2: the Front's synthesis of opinions; the
//! speakers' registrations), and when a row is one already imported. Headers are matched by
//! their words without diacritics or punctuation, in Vietnamese or English ("Nội dung",
//! "noi dung", "content"); a `--map` names the others.

use crate::rules::text::fold;

/// A field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Content,
    Category,
    Priority,
    /// The field (lĩnh vực) of an opinion: "giao thông", "đất đai".
    Subject,
    /// What a speaker registered to speak about.
    Topic,
    Speaker,
    Name,
    Organisation,
    Address,
    /// A running number ("STT"): read and ignored.
    Ignored,
}

impl Field {
    /// The field named in a `--map COLUMN=FIELD`.
    pub fn from_name(name: &str) -> Option<Field> {
        Some(match fold(name).as_str() {
            "content" | "noi dung" | "noi-dung" => Field::Content,
            "category" | "phan loai" | "phan-loai" => Field::Category,
            "priority" | "muc do" | "muc-do" => Field::Priority,
            "field" | "linh vuc" | "linh-vuc" => Field::Subject,
            "speaker" | "nguoi phat bieu" | "nguoi-phat-bieu" => Field::Speaker,
            "name" | "ho va ten" | "ho-va-ten" | "ho ten" => Field::Name,
            "organisation" | "organization" | "to chuc" | "to-chuc" => Field::Organisation,
            "address" | "dia chi" | "dia-chi" => Field::Address,
            "topic" => Field::Topic,
            "ignore" | "bo qua" | "bo-qua" => Field::Ignored,
            _ => return None,
        })
    }
}

/// A header as matched: folded, punctuation and running spaces gone ("Nội dung (*):" →
/// "noi dung").
pub fn header_key(header: &str) -> String {
    fold(header)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The field of a column of the Front's synthesis of opinions.
pub fn opinion_column(header: &str) -> Option<Field> {
    Some(match header_key(header).as_str() {
        "noi dung"
        | "noi dung y kien"
        | "noi dung kien nghi"
        | "y kien"
        | "y kien kien nghi"
        | "kien nghi"
        | "noi dung y kien kien nghi"
        | "content"
        | "opinion"
        | "text" => Field::Content,
        "phan loai" | "loai" | "loai noi dung" | "noi dung theo dieu 5" | "category" => {
            Field::Category
        }
        "muc do" | "muc do khan" | "do khan" | "uu tien" | "priority" => Field::Priority,
        "linh vuc" | "field" => Field::Subject,
        "nguoi phat bieu" | "nguoi kien nghi" | "ho va ten" | "ho ten" | "speaker" => {
            Field::Speaker
        }
        "stt" | "tt" | "so tt" | "so thu tu" | "no" => Field::Ignored,
        _ => return None,
    })
}

/// The field of a column of a registration list.
pub fn speaker_column(header: &str) -> Option<Field> {
    Some(match header_key(header).as_str() {
        "ho va ten" | "ho ten" | "ten" | "nguoi dang ky" | "nguoi phat bieu" | "name" => {
            Field::Name
        }
        "to chuc" | "don vi" | "co quan" | "dai dien" | "organisation" | "organization" => {
            Field::Organisation
        }
        "dia chi" | "noi o" | "address" => Field::Address,
        "noi dung dang ky" | "noi dung" | "van de" | "chu de" | "noi dung phat bieu" | "topic" => {
            Field::Topic
        }
        "stt" | "tt" | "so tt" | "so thu tu" | "no" => Field::Ignored,
        _ => return None,
    })
}

/// The key that makes a row one already imported: its content (folded, punctuation and spaces
/// ignored) and who raised it. Re-importing the same file, or the same sheet re-saved by Excel,
/// creates nothing new.
pub fn row_key(content: &str, who: &str) -> String {
    format!("{}|{}", header_key(content), header_key(who))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_vietnamese_with_and_without_diacritics_and_in_english() {
        for h in [
            "Nội dung",
            "noi dung",
            "NỘI DUNG Ý KIẾN",
            "Content",
            " Nội dung (*): ",
        ] {
            assert_eq!(opinion_column(h), Some(Field::Content), "{h}");
        }
        assert_eq!(opinion_column("Lĩnh vực"), Some(Field::Subject));
        assert_eq!(opinion_column("Phân loại"), Some(Field::Category));
        assert_eq!(opinion_column("STT"), Some(Field::Ignored));
        assert_eq!(opinion_column("Ghi chú"), None);
        assert_eq!(speaker_column("Họ và tên"), Some(Field::Name));
        assert_eq!(speaker_column("Địa chỉ"), Some(Field::Address));
        assert_eq!(Field::from_name("lĩnh vực"), Some(Field::Subject));
    }

    #[test]
    fn the_same_row_again_is_the_same_key() {
        assert_eq!(
            row_key("Đề nghị sửa đường ngõ 12.", "Nguyễn Thị Mai"),
            row_key("de nghi  sua duong ngo 12", "NGUYỄN THỊ MAI")
        );
        assert_ne!(
            row_key("Đề nghị sửa đường ngõ 12", ""),
            row_key("Đề nghị sửa đường ngõ 14", "")
        );
    }
}
