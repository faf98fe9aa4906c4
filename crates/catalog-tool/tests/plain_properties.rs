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

/// One `omdb` row of arbitrary values (and types: SQLite columns take any),
/// as the Wikidata snapshot's reader meets it.
fn omdb_row() -> impl Strategy<Value = (String, String, i64, String, Option<f64>, String, String)> {
    (
        prop_oneof![Just("tt0209144".to_owned()), "[a-z0-9]{0,12}"],
        ".{0,30}",
        prop_oneof![Just(2000i64), any::<i64>()],
        prop_oneof![Just("2000-09-05".to_owned()), ".{0,12}"],
        prop::option::of(prop_oneof![Just(113.0f64), any::<f64>()]),
        ".{0,40}",
        ".{0,40}",
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn wikidata_rows_of_any_values_give_films_or_errors_naming_the_row(
        rows in prop::collection::vec(omdb_row(), 1..6)
    ) {
        let dir = std::env::temp_dir().join(format!("film-site-omdb-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("movies-{}.db", rand_suffix(&rows)));
        let _ = std::fs::remove_file(&path);
        let db = rusqlite::Connection::open(&path).unwrap();
        db.execute_batch(
            "CREATE TABLE omdb (ID INTEGER, imdbID TEXT, Title TEXT, Year INTEGER, Rating TEXT,
               Runtime REAL, Genre TEXT, Released TEXT, Director TEXT, Writer TEXT, Cast TEXT,
               Language TEXT, Country TEXT, Awards TEXT);
             CREATE TABLE tomatoes (ID INTEGER, Reviews INTEGER, Production TEXT);",
        )
        .unwrap();
        for (i, (imdb, title, year, released, runtime, names, awards)) in rows.iter().enumerate() {
            db.execute(
                "INSERT INTO omdb VALUES (?1, ?2, ?3, ?4, '', ?5, ?6, ?7, ?6, ?6, ?6, ?6, ?6, ?8)",
                rusqlite::params![i as i64 + 1, imdb, title, year, runtime, names, released, awards],
            )
            .unwrap();
        }
        drop(db);
        let imported = catalog_tool::import::wikidata::import_wikidata(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        prop_assert_eq!(imported.records.len() + imported.errors.len(), rows.len());
        for error in &imported.errors {
            prop_assert!(error.origin.line >= 1 && error.origin.line as usize <= rows.len());
            prop_assert!(!error.field.is_empty());
        }
        for record in &imported.records {
            prop_assert!(!record.record.title.is_empty());
            prop_assert!(record.record.cast.iter().all(|c| !c.name.trim().is_empty()));
        }
    }
}

/// A file name part that differs between cases run one after another.
fn rand_suffix<T: std::fmt::Debug>(value: &T) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    format!("{value:?}").hash(&mut hasher);
    hasher.finish()
}
