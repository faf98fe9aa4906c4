//! The entry point: a zip or a CSV file into rows.

use crate::detect::{base_name, detect, lower_base_name};
use crate::error::{ExportError, RowError};
use crate::table::{Row, Table};
use crate::text::decode;
use crate::types::{ExportKind, FilmRef, HistoryEvent, HistoryRow, ParsedExport, RowProblem};
use crate::{imdb, letterboxd, zip_export};

/// Reads an upload: a Letterboxd export zip (told by its first bytes, not its
/// name) or one CSV file of Letterboxd or IMDb. `file_name` is the name the
/// person's file has (a path is fine: only its last part is used); it names
/// the file in rows and messages, and tells Letterboxd's watched films from
/// its watchlist (see the crate docs).
///
/// Bad rows are reported in the result, not as an `Err`; an `Err` means
/// nothing could be read: an empty file, a header of no known export, a
/// missing required column, a corrupt zip, a zip without any of the
/// Letterboxd files (or none of them readable: then the first one's error).
pub fn read_export(file_name: &str, bytes: &[u8]) -> Result<ParsedExport, ExportError> {
    let name = base_name(file_name);
    if zip_export::is_zip(bytes) {
        return read_zip(bytes);
    }
    if lower_base_name(name).ends_with(".zip") && !bytes.is_empty() {
        return Err(ExportError::Zip(format!("{name} is not a zip archive")));
    }
    let mut export = ParsedExport::default();
    read_csv(name, bytes, &mut export)?;
    Ok(export)
}

/// Reads each Letterboxd file of the zip; one that fails is skipped and
/// reported, unless all do.
fn read_zip(bytes: &[u8]) -> Result<ParsedExport, ExportError> {
    let mut export = ParsedExport::default();
    zip_export::for_each_member(bytes, |member| {
        let read = member.and_then(|(path, data)| read_csv(&path, &data, &mut export));
        if let Err(error) = read {
            export.skipped_files.push(error);
        }
    })?;
    if export.files.is_empty() {
        return Err(export
            .skipped_files
            .into_iter()
            .next()
            .unwrap_or(ExportError::NoExportFiles));
    }
    Ok(export)
}

/// Reads one CSV file into `export`, whose rows, problems and notes it
/// extends; an `Err` leaves `export` as it was.
fn read_csv(file: &str, bytes: &[u8], export: &mut ParsedExport) -> Result<(), ExportError> {
    let text = decode(bytes);
    let mut table = Table::open(file, &text)?;
    let kind = detect(file, &table.header)?;
    let columns = FileColumns::new(file, &table.header, kind)?;
    let mut read = ParsedExport::default();
    while let Some(row) = table.next_row()? {
        if !row.is_blank() {
            read_row(file, &columns, &row, &mut read);
        }
    }
    export.files.push((file.to_owned(), kind));
    export.rows.append(&mut read.rows);
    export.problems.append(&mut read.problems);
    export.notes.append(&mut read.notes);
    Ok(())
}

/// Reads one row into `read`: a row and its notes, or a problem.
fn read_row(file: &str, columns: &FileColumns, row: &Row, read: &mut ParsedExport) {
    let at = |problem| RowProblem {
        file: file.to_owned(),
        line: row.line,
        problem,
    };
    let mut notes = Vec::new();
    match columns.read(row, &mut notes) {
        Ok((film, event)) => {
            read.notes.extend(notes.into_iter().map(at));
            read.rows.push(HistoryRow {
                file: file.to_owned(),
                line: row.line,
                film,
                event,
            });
        }
        Err(problem) => read.problems.push(at(problem)),
    }
}

/// The columns of a Letterboxd or an IMDb file.
enum FileColumns {
    Letterboxd(letterboxd::Columns),
    Imdb(imdb::Columns),
}

impl FileColumns {
    fn new(
        file: &str,
        header: &crate::table::Header,
        kind: ExportKind,
    ) -> Result<Self, ExportError> {
        Ok(if kind.is_letterboxd() {
            FileColumns::Letterboxd(letterboxd::Columns::new(file, header, kind)?)
        } else {
            FileColumns::Imdb(imdb::Columns::new(file, header, kind)?)
        })
    }

    fn read(
        &self,
        row: &Row,
        notes: &mut Vec<RowError>,
    ) -> Result<(FilmRef, HistoryEvent), RowError> {
        match self {
            FileColumns::Letterboxd(columns) => columns.read(row, notes),
            FileColumns::Imdb(columns) => columns.read(row, notes),
        }
    }
}
