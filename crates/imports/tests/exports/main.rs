//! `read_export` on whole files as Letterboxd and IMDb write them: one test
//! binary, a module per source.

mod imdb;
mod letterboxd;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
mod zips;

use film_imports::{ExportError, HistoryRow, ParsedExport, RowError, RowProblem, read_export};

/// Reads `text` as the file `name`, which must succeed.
pub fn read(name: &str, text: &str) -> ParsedExport {
    match read_export(name, text.as_bytes()) {
        Ok(export) => export,
        Err(error) => panic!("{name}: {error}"),
    }
}

/// Reads `text` as the file `name`, which must fail.
pub fn read_err(name: &str, text: &str) -> ExportError {
    match read_export(name, text.as_bytes()) {
        Ok(export) => panic!("{name} read: {export:?}"),
        Err(error) => error,
    }
}

/// Windows line ends, as Letterboxd writes them, with a UTF-8 byte-order mark.
pub fn windows(text: &str) -> String {
    format!("\u{FEFF}{}", text.replace('\n', "\r\n"))
}

/// The rows' titles.
pub fn titles(export: &ParsedExport) -> Vec<&str> {
    export
        .rows
        .iter()
        .map(|row| row.film.title.as_str())
        .collect()
}

/// The rows' lines.
pub fn lines(rows: &[HistoryRow]) -> Vec<u64> {
    rows.iter().map(|row| row.line).collect()
}

/// The problems (or notes) as `(line, error)`.
pub fn at(problems: &[RowProblem]) -> Vec<(u64, RowError)> {
    problems
        .iter()
        .map(|p| (p.line, p.problem.clone()))
        .collect()
}
