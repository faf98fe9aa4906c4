//! Properties of the plain input readers (CSV and JSON Lines): any bytes
//! give records or named errors, never a panic; well-formed films written
//! out and read back are the same films.

use catalog_tool::import::plain::{CSV_COLUMNS, read_csv, read_jsonl};
use catalog_tool::import::{CastMember, FilmRecord, PersonName};
use film_catalog::catalog::Rating;
use proptest::prelude::*;

/// Text without the list separator and with no blank ends, as CSV cells hold it.
fn cell() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿ0-9 ,\"'\n.:-]{1,20}"
        .prop_map(|s| s.trim().replace('|', ""))
        .prop_filter("a cell with text", |s| !s.is_empty())
}

fn names() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(cell(), 0..4)
}

/// A film as the CSV can say it: names without ids, every cast member with
/// a character.
fn csv_film() -> impl Strategy<Value = FilmRecord> {
    (
        cell(),
        1870u16..2100,
        names(),
        prop::option::of(1u16..400),
        names(),
        prop::collection::vec((cell(), cell()), 0..4),
        prop::option::of((10u16..=100, prop::option::of(1u32..1_000_000))),
    )
        .prop_map(
            |(title, year, genres, runtime_minutes, directors, cast, rating)| FilmRecord {
                title,
                year,
                genres,
                runtime_minutes,
                directors: directors.into_iter().map(PersonName::named).collect(),
                cast: cast
                    .into_iter()
                    .map(|(name, character)| CastMember {
                        name,
                        character,
                        ..CastMember::default()
                    })
                    .collect(),
                rating: rating.map(|(tenths, votes)| Rating {
                    average: f32::from(tenths) / 10.0,
                    votes,
                }),
                ..FilmRecord::default()
            },
        )
}

fn write_csv(films: &[FilmRecord]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "title",
            "year",
            "genres",
            "runtime_minutes",
            "directors",
            "cast",
            "characters",
            "rating",
            "votes",
        ])
        .unwrap();
    for film in films {
        let rating = film
            .rating
            .map(|r| r.average.to_string())
            .unwrap_or_default();
        let votes = film
            .rating
            .and_then(|r| r.votes)
            .map(|v| v.to_string())
            .unwrap_or_default();
        let join = |items: Vec<&str>| items.join("|");
        writer
            .write_record([
                film.title.clone(),
                film.year.to_string(),
                join(film.genres.iter().map(String::as_str).collect()),
                film.runtime_minutes
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                join(film.directors.iter().map(|d| d.name.as_str()).collect()),
                join(film.cast.iter().map(|c| c.name.as_str()).collect()),
                join(film.cast.iter().map(|c| c.character.as_str()).collect()),
                rating,
                votes,
            ])
            .unwrap();
    }
    writer.into_inner().unwrap()
}

proptest! {
    #[test]
    fn csv_of_any_bytes_gives_films_or_named_errors(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let imported = read_csv(&bytes, "any.csv");
        for error in &imported.errors {
            prop_assert_eq!(&error.origin.file, "any.csv");
        }
        for record in &imported.records {
            prop_assert!(!record.record.title.is_empty());
        }
    }

    #[test]
    fn csv_with_a_header_and_any_rows_never_panics(rows in prop::collection::vec("[^\u{0}]{0,80}", 0..6)) {
        let text = format!("{}\n{}", CSV_COLUMNS.join(","), rows.join("\n"));
        let imported = read_csv(text.as_bytes(), "rows.csv");
        prop_assert!(imported.records.len() <= rows.len());
    }

    #[test]
    fn json_lines_of_any_text_give_films_or_errors_by_line(lines in prop::collection::vec(".{0,60}", 0..8)) {
        let text = lines.join("\n");
        let imported = read_jsonl(text.as_bytes(), "any.jsonl");
        let count = imported.records.len() + imported.errors.len();
        prop_assert!(count <= lines.len());
        for error in &imported.errors {
            prop_assert!(error.origin.line >= 1 && error.origin.line as usize <= lines.len());
        }
    }

    #[test]
    fn films_written_as_csv_read_back_the_same(films in prop::collection::vec(csv_film(), 1..5)) {
        let imported = read_csv(&write_csv(&films), "films.csv");
        prop_assert!(imported.errors.is_empty(), "{:?}", imported.errors);
        let read: Vec<FilmRecord> = imported.records.into_iter().map(|r| r.record).collect();
        prop_assert_eq!(read, films);
    }

    #[test]
    fn films_written_as_json_lines_read_back_the_same(films in prop::collection::vec(csv_film(), 1..5)) {
        let text: String = films
            .iter()
            .map(|f| serde_json::to_string(f).unwrap() + "\r\n")
            .collect();
        let imported = read_jsonl(text.as_bytes(), "films.jsonl");
        prop_assert!(imported.errors.is_empty(), "{:?}", imported.errors);
        let read: Vec<FilmRecord> = imported.records.into_iter().map(|r| r.record).collect();
        prop_assert_eq!(read, films);
    }
}
