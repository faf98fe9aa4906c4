//! Bytes to text: byte-order marks, UTF-16, lossy UTF-8; and which field
//! separator a file uses.

use std::borrow::Cow;

/// The file's text: UTF-8 without its byte-order mark, or UTF-16 (told by its
/// byte-order mark) decoded; invalid sequences become U+FFFD.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        Cow::Owned(utf16(rest, u16::from_le_bytes))
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        Cow::Owned(utf16(rest, u16::from_be_bytes))
    } else {
        String::from_utf8_lossy(bytes)
    }
}

/// UTF-16 code units read with `unit`, lossily (an odd last byte is U+FFFD).
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// The field separator: a comma, unless the first line holds more semicolons
/// or tabs outside quotes (a file saved again by a spreadsheet).
pub(crate) fn delimiter(text: &str) -> u8 {
    let (mut commas, mut semicolons, mut tabs) = (0, 0, 0);
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            b'\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_the_utf8_byte_order_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFDate,Name"), "Date,Name");
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(decode(b"Am\xE9lie"), "Am\u{FFFD}lie");
    }

    #[test]
    fn decodes_utf16_both_ways() {
        let text = "Name\tAmélie 🎬";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le), text);
        assert_eq!(decode(&be), text);
        assert_eq!(decode(&[0xFF, 0xFE, b'A', 0, b'B']), "A\u{FFFD}");
    }

    #[test]
    fn picks_the_separator_from_the_first_line() {
        assert_eq!(delimiter("Date,Name,Year\na;b;c;d;e"), b',');
        assert_eq!(delimiter("Date;Name;Year\n"), b';');
        assert_eq!(delimiter("Date\tName\tYear"), b'\t');
        assert_eq!(delimiter("\"a;b;c\",Name"), b',');
        assert_eq!(delimiter(""), b',');
    }
}
