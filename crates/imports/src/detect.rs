//! Which export a CSV file is, from its header row and name.

use crate::error::ExportError;
use crate::table::Header;
use crate::types::ExportKind;

/// Columns only IMDb's exports have, besides `Const`: a header with one of
/// them but no `Const` is an IMDb file missing that column.
const IMDB_ONLY: [&str; 4] = ["Your Rating", "Title Type", "IMDb Rating", "Num Votes"];

/// The kind of the file `file` (a base name) with this header.
pub(crate) fn detect(file: &str, header: &Header) -> Result<ExportKind, ExportError> {
    if header.has("Const") {
        return Ok(imdb_kind(header));
    }
    if header.has("Letterboxd URI") || (header.has("Name") && header.has("Date")) {
        let kind = letterboxd_kind(file, header);
        return check_named_kind(file, header, kind).map(|()| kind);
    }
    if IMDB_ONLY.iter().any(|column| header.has(column)) {
        return Err(ExportError::MissingColumn {
            file: file.to_owned(),
            column: "Const",
        });
    }
    Err(ExportError::NotAnExport {
        file: file.to_owned(),
    })
}

/// An IMDb list has `Position` (or no `Your Rating`); the ratings export has
/// `Your Rating` and no `Position`.
fn imdb_kind(header: &Header) -> ExportKind {
    if header.has("Position") || !header.has("Your Rating") {
        ExportKind::ImdbList
    } else {
        ExportKind::ImdbRatings
    }
}

/// A Letterboxd file's kind from its distinctive columns, else its name.
fn letterboxd_kind(file: &str, header: &Header) -> ExportKind {
    if header.has("Review") {
        ExportKind::LetterboxdReviews
    } else if header.has("Watched Date") || header.has("Rewatch") {
        ExportKind::LetterboxdDiary
    } else if header.has("Rating") {
        ExportKind::LetterboxdRatings
    } else if lower_base_name(file).contains("watchlist") {
        ExportKind::LetterboxdWatchlist
    } else if lower_base_name(file).contains("watched") {
        ExportKind::LetterboxdWatched
    } else {
        // The weaker claim: a watchlist says nothing about having seen it.
        ExportKind::LetterboxdWatchlist
    }
}

/// A file named `ratings.csv`, `diary.csv` or `reviews.csv` whose header
/// lacks that kind's column is that file with the column missing, not a
/// watchlist.
fn check_named_kind(file: &str, header: &Header, kind: ExportKind) -> Result<(), ExportError> {
    let expected = match lower_base_name(file).as_str() {
        "ratings.csv" => ("Rating", ExportKind::LetterboxdRatings),
        "diary.csv" => ("Watched Date", ExportKind::LetterboxdDiary),
        "reviews.csv" => ("Review", ExportKind::LetterboxdReviews),
        _ => return Ok(()),
    };
    let (column, named) = expected;
    if kind != named && !header.has(column) {
        return Err(ExportError::MissingColumn {
            file: file.to_owned(),
            column,
        });
    }
    Ok(())
}

/// The last part of a path (`/` or `\` separated), in lower case.
pub(crate) fn lower_base_name(path: &str) -> String {
    base_name(path).to_lowercase()
}

/// The last part of a path (`/` or `\` separated).
pub(crate) fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Table;

    fn kind(file: &str, header: &str) -> Result<ExportKind, ExportError> {
        let table = Table::open(file, header)?;
        detect(file, &table.header)
    }

    #[test]
    fn letterboxd_kinds_come_from_the_header() {
        use ExportKind::*;
        let base = "Date,Name,Year,Letterboxd URI";
        assert_eq!(
            kind("x.csv", &format!("{base},Rating")),
            Ok(LetterboxdRatings)
        );
        assert_eq!(
            kind("x.csv", &format!("{base},Rating,Rewatch,Tags,Watched Date")),
            Ok(LetterboxdDiary)
        );
        assert_eq!(
            kind(
                "x.csv",
                &format!("{base},Rating,Rewatch,Review,Tags,Watched Date")
            ),
            Ok(LetterboxdReviews)
        );
        // Reordered, and without the URI: Name and Date are enough.
        assert_eq!(
            kind("x.csv", "Rating,Year,Name,Date"),
            Ok(LetterboxdRatings)
        );
    }

    #[test]
    fn watched_and_watchlist_are_told_apart_by_name() {
        use ExportKind::*;
        let header = "Date,Name,Year,Letterboxd URI";
        assert_eq!(kind("watched.csv", header), Ok(LetterboxdWatched));
        assert_eq!(
            kind("C:\\fakepath\\Watched (1).csv", header),
            Ok(LetterboxdWatched)
        );
        assert_eq!(
            kind("export/watchlist.csv", header),
            Ok(LetterboxdWatchlist)
        );
        assert_eq!(kind("films.csv", header), Ok(LetterboxdWatchlist));
    }

    #[test]
    fn a_named_file_missing_its_column_is_an_error() {
        let header = "Date,Name,Year,Letterboxd URI";
        for (file, column) in [
            ("ratings.csv", "Rating"),
            ("diary.csv", "Watched Date"),
            ("reviews.csv", "Review"),
        ] {
            assert_eq!(
                kind(file, header),
                Err(ExportError::MissingColumn {
                    file: file.into(),
                    column
                })
            );
        }
    }

    #[test]
    fn imdb_kinds_come_from_the_header() {
        use ExportKind::*;
        assert_eq!(
            kind("ratings.csv", "Const,Your Rating,Date Rated,Title,URL"),
            Ok(ImdbRatings)
        );
        assert_eq!(
            kind("x.csv", "Position,Const,Created,Title,Your Rating"),
            Ok(ImdbList)
        );
        assert_eq!(kind("x.csv", "Const,Title"), Ok(ImdbList));
    }

    #[test]
    fn imdb_without_const_and_unknown_headers_are_errors() {
        assert_eq!(
            kind("r.csv", "Your Rating,Date Rated,Title"),
            Err(ExportError::MissingColumn {
                file: "r.csv".into(),
                column: "Const"
            })
        );
        assert_eq!(
            kind("p.csv", "Username,Given Name"),
            Err(ExportError::NotAnExport {
                file: "p.csv".into()
            })
        );
    }
}
