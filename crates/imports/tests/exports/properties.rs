//! Properties over generated input: no panics on any bytes, exact rating
//! scaling, titles and line numbers surviving any CSV quoting.

use film_imports::{HistoryEvent, read_export};
use proptest::prelude::*;

/// Columns of every kind of export, to build headers that get past
/// recognition.
const COLUMNS: [&str; 16] = [
    "Date",
    "Name",
    "Year",
    "Letterboxd URI",
    "Rating",
    "Rewatch",
    "Tags",
    "Watched Date",
    "Review",
    "Const",
    "Your Rating",
    "Date Rated",
    "Title",
    "Title Type",
    "Position",
    "Created",
];

/// A cell: anything, or something close to a real value, with the
/// characters that make CSV hard.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9a-z .,;\"\r\n<>&#;/-]{0,12}",
        Just("tt0111161".to_owned()),
        Just("2024-02-29".to_owned()),
        Just("4.5".to_owned()),
        Just("<script>".to_owned()),
        Just("&#x".to_owned()),
    ]
}

/// A CSV-shaped text: a header of known columns, then rows of cells joined
/// by commas and line ends, quoted or not, well formed or not.
fn csv_text() -> impl Strategy<Value = String> {
    let header = proptest::sample::subsequence(COLUMNS.to_vec(), 1..COLUMNS.len()).prop_shuffle();
    let rows = proptest::collection::vec(
        proptest::collection::vec((cell(), any::<bool>()), 0..10),
        0..8,
    );
    let bom = any::<bool>();
    (header, rows, bom).prop_map(|(header, rows, bom)| {
        let mut text = if bom {
            "\u{FEFF}".to_owned()
        } else {
            String::new()
        };
        text.push_str(&header.join(","));
        for row in rows {
            text.push_str("\r\n");
            let cells: Vec<String> = row
                .into_iter()
                .map(|(cell, quote)| {
                    if quote {
                        format!("\"{}\"", cell.replace('"', "\"\""))
                    } else {
                        cell
                    }
                })
                .collect();
            text.push_str(&cells.join(","));
        }
        text
    })
}

/// A file's name, to reach every kind and both readers.
fn file_name() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![
        "ratings.csv",
        "watched.csv",
        "watchlist.csv",
        "x.csv",
        "export.zip",
        "reviews.csv",
    ])
}

/// A title that survives trimming: not empty, no white space at either end.
fn title() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-z ,\"\r\n]{1,20}"]
        .prop_map(|t| t.trim().to_owned())
        .prop_filter("a title is not empty", |t| !t.is_empty())
}

proptest! {
    #[test]
    fn never_panics_on_any_bytes(name in file_name(), bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = read_export(name, &bytes);
    }

    #[test]
    fn never_panics_on_bytes_that_start_like_a_zip(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend(bytes);
        let _ = read_export("x.zip", &zip);
        let mut empty = b"PK\x05\x06".to_vec();
        empty.extend(zip);
        let _ = read_export("x.zip", &empty);
    }

    #[test]
    fn never_panics_on_csv_shaped_text(name in file_name(), text in csv_text()) {
        if let Ok(export) = read_export(name, text.as_bytes()) {
            for row in &export.rows {
                prop_assert!(!row.film.title.is_empty());
                if let HistoryEvent::Reviewed { review, .. } = &row.event {
                    prop_assert!(!review.is_empty());
                }
            }
        }
    }

    #[test]
    fn half_stars_map_to_exactly_twice(halves in 1u8..=10, with_decimal in any::<bool>()) {
        let stars = if with_decimal || halves % 2 == 1 {
            format!("{:.1}", f64::from(halves) / 2.0)
        } else {
            (halves / 2).to_string()
        };
        let text = format!("Date,Name,Year,Letterboxd URI,Rating\n2020-01-01,X,2000,,{stars}\n");
        let export = read_export("ratings.csv", text.as_bytes()).unwrap();
        prop_assert_eq!(&export.rows[0].event, &HistoryEvent::Rated { rating: halves, on: Some("2020-01-01".into()) });
    }

    #[test]
    fn titles_ratings_and_lines_survive_the_csv_writer(
        films in proptest::collection::vec((title(), 1u8..=10), 1..12),
        crlf in any::<bool>(),
    ) {
        let terminator = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
        let mut writer = csv::WriterBuilder::new().terminator(terminator).from_writer(Vec::new());
        writer.write_record(["Date", "Name", "Year", "Letterboxd URI", "Rating"]).unwrap();
        let mut starts = Vec::new();
        for (title, halves) in &films {
            writer.flush().unwrap();
            starts.push(writer.get_ref().len());
            let stars = format!("{}", f64::from(*halves) / 2.0);
            writer.write_record(["2021-07-04", title.as_str(), "1999", "https://boxd.it/abc", &stars]).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        let export = read_export("ratings.csv", &bytes).unwrap();
        prop_assert!(export.problems.is_empty(), "{:?}", export.problems);
        let read: Vec<(&str, u8)> = export.rows.iter().map(|row| match row.event {
            HistoryEvent::Rated { rating, .. } => (row.film.title.as_str(), rating),
            _ => ("", 0),
        }).collect();
        let written: Vec<(&str, u8)> = films.iter().map(|(t, h)| (t.as_str(), *h)).collect();
        prop_assert_eq!(read, written);
        let expected_lines: Vec<u64> = starts
            .iter()
            .map(|&start| 1 + bytes[..start].iter().filter(|&&b| b == b'\n').count() as u64)
            .collect();
        let lines: Vec<u64> = export.rows.iter().map(|row| row.line).collect();
        prop_assert_eq!(lines, expected_lines);
    }
}
