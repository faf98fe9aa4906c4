//! A CSV file as a header and records with their line numbers, columns
//! found by name.

use csv::{Reader, ReaderBuilder, StringRecord};

use crate::error::ExportError;
use crate::text::delimiter;

/// The header row, its names trimmed.
pub(crate) struct Header {
    names: Vec<String>,
}

impl Header {
    /// The index of the column named `name`, spaces and letter case ignored.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n.eq_ignore_ascii_case(name))
    }

    /// Whether the header has the column `name`.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    /// The index of the column `name`, or the error naming it.
    pub(crate) fn require(&self, file: &str, name: &'static str) -> Result<usize, ExportError> {
        self.find(name).ok_or_else(|| ExportError::MissingColumn {
            file: file.to_owned(),
            column: name,
        })
    }
}

/// One record and where it starts.
pub(crate) struct Row<'r> {
    record: &'r StringRecord,
    /// The 1-based line where the record starts.
    pub(crate) line: u64,
}

impl Row<'_> {
    /// The trimmed cell of column `index`; empty when the column is absent
    /// or the record is shorter.
    pub(crate) fn get(&self, index: Option<usize>) -> &str {
        index.and_then(|i| self.record.get(i)).map_or("", str::trim)
    }

    /// Whether every cell is empty or white space.
    pub(crate) fn is_blank(&self) -> bool {
        self.record.iter().all(|cell| cell.trim().is_empty())
    }
}

/// A CSV file being read: its header, then its records one by one.
pub(crate) struct Table<'t> {
    file: &'t str,
    text: &'t str,
    reader: Reader<&'t [u8]>,
    record: StringRecord,
    /// Line numbers: `(byte, line)`, the 1-based line of byte `byte`.
    counted: (usize, u64),
    pub(crate) header: Header,
}

impl<'t> Table<'t> {
    /// Opens `text` (already decoded) and reads its header row.
    pub(crate) fn open(file: &'t str, text: &'t str) -> Result<Table<'t>, ExportError> {
        if text.trim().is_empty() {
            return Err(ExportError::Empty {
                file: file.to_owned(),
            });
        }
        let mut reader = ReaderBuilder::new()
            .delimiter(delimiter(text))
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut record = StringRecord::new();
        if !reader
            .read_record(&mut record)
            .map_err(|e| csv_error(file, &e))?
        {
            return Err(ExportError::Empty {
                file: file.to_owned(),
            });
        }
        let names = record.iter().map(|n| n.trim().to_owned()).collect();
        Ok(Table {
            file,
            text,
            reader,
            record,
            counted: (0, 1),
            header: Header { names },
        })
    }

    /// The next record, or `None` at the end of the file.
    pub(crate) fn next_row(&mut self) -> Result<Option<Row<'_>>, ExportError> {
        if !self
            .reader
            .read_record(&mut self.record)
            .map_err(|e| csv_error(self.file, &e))?
        {
            return Ok(None);
        }
        let byte = self.record.position().map_or(0, csv::Position::byte);
        let line = self.line_of_record_at(usize::try_from(byte).unwrap_or(usize::MAX));
        Ok(Some(Row {
            record: &self.record,
            line,
        }))
    }

    /// The line where the record the reader started at `byte` begins: the
    /// reader starts a record right after the previous one's last field, so
    /// the rest of its line end and any empty lines are skipped first.
    fn line_of_record_at(&mut self, byte: usize) -> u64 {
        let bytes = self.text.as_bytes();
        let from = byte.min(bytes.len());
        let start = bytes[from..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(bytes.len(), |skip| from + skip);
        let (counted_to, line) = self.counted;
        let start = start.max(counted_to);
        let newlines = bytes[counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.counted = (start, line + newlines as u64);
        self.counted.1
    }
}

/// The CSV reader's error as an [`ExportError`].
fn csv_error(file: &str, error: &csv::Error) -> ExportError {
    ExportError::Csv {
        file: file.to_owned(),
        message: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(u64, String)> {
        let mut table = Table::open("t.csv", text).unwrap();
        let mut out = Vec::new();
        while let Some(row) = table.next_row().unwrap() {
            out.push((row.line, row.get(Some(0)).to_owned()));
        }
        out
    }

    #[test]
    fn records_know_the_line_they_start_on() {
        let text = "A,B\r\n\"one\r\nline two\",x\r\n\r\nthree,y\r\n";
        assert_eq!(
            lines(text),
            vec![(2, "one\r\nline two".to_owned()), (5, "three".to_owned())]
        );
    }

    #[test]
    fn header_lookup_ignores_case_and_spaces() {
        let table = Table::open("t.csv", " Letterboxd uri ,NAME\n").unwrap();
        assert_eq!(table.header.find("Letterboxd URI"), Some(0));
        assert_eq!(table.header.find("Name"), Some(1));
        assert!(!table.header.has("Year"));
        assert_eq!(
            table.header.require("t.csv", "Year").err(),
            Some(ExportError::MissingColumn {
                file: "t.csv".into(),
                column: "Year"
            })
        );
    }

    #[test]
    fn short_records_read_missing_cells_as_empty() {
        let mut table = Table::open("t.csv", "A,B,C\n x \n").unwrap();
        let row = table.next_row().unwrap().unwrap();
        assert_eq!(row.get(Some(0)), "x");
        assert_eq!(row.get(Some(2)), "");
        assert_eq!(row.get(None), "");
    }

    #[test]
    fn blank_text_is_empty() {
        assert!(matches!(
            Table::open("t.csv", " \r\n\n"),
            Err(ExportError::Empty { .. })
        ));
    }
}
