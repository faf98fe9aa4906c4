//! IMDb's ratings and list exports.

use film_imports::{ExportError, ExportKind, FilmRef, HistoryEvent, RatingScale, RowError};

use crate::{at, lines, read, read_err, titles, windows};

const RATINGS: &str = "\
Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors
tt0111161,10,2020-05-01,The Shawshank Redemption,The Shawshank Redemption,https://www.imdb.com/title/tt0111161/,Movie,9.3,142,1994,Drama,2900000,1994-09-23,Frank Darabont
tt0211915,8,2019-11-02,Amélie,Le fabuleux destin d'Amélie Poulain,https://www.imdb.com/title/tt0211915/,Movie,8.3,122,2001,\"Comedy, Romance\",800000,2001-04-25,Jean-Pierre Jeunet
tt0903747,9,2018-01-01,Breaking Bad,Breaking Bad,https://www.imdb.com/title/tt0903747/,TV Series,9.5,49,2008,\"Crime, Drama, Thriller\",2100000,2008-01-20,
tt0317248,7,2017-03-03,\"City of God, \"\"Cidade\"\"\",Cidade de Deus,https://www.imdb.com/title/tt0317248/,Movie,8.6,130,2002,\"Crime, Drama\",800000,2002-08-31,\"Fernando Meirelles, Kátia Lund\"
";

#[test]
fn ratings_export_keeps_ids_types_and_original_titles() {
    let export = read("ratings.csv", &windows(RATINGS));
    assert_eq!(
        export.files,
        vec![("ratings.csv".to_owned(), ExportKind::ImdbRatings)]
    );
    assert_eq!(
        export.rows[1].film,
        FilmRef {
            title: "Amélie".into(),
            year: Some(2001),
            imdb_id: Some("tt0211915".into()),
            original_title: Some("Le fabuleux destin d'Amélie Poulain".into()),
            letterboxd_uri: None,
            title_type: Some("Movie".into()),
        }
    );
    assert_eq!(
        export.rows[1].event,
        HistoryEvent::Rated {
            rating: 8,
            on: Some("2019-11-02".into())
        }
    );
    assert_eq!(
        export.rows[0].event,
        HistoryEvent::Rated {
            rating: 10,
            on: Some("2020-05-01".into())
        }
    );
    assert_eq!(titles(&export)[3], "City of God, \"Cidade\"");
    let films: Vec<bool> = export.rows.iter().map(|row| row.film.is_film()).collect();
    assert_eq!(films, [true, true, false, true]);
    assert_eq!(lines(&export.rows), [2, 3, 4, 5]);
    assert!(export.problems.is_empty() && export.notes.is_empty());
}

#[test]
fn an_older_export_without_original_title_and_with_long_dates() {
    let text = "\
Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors
tt0094625,9,Mon Mar 14 00:00:00 2016,Akira,https://www.imdb.com/title/tt0094625/,movie,8.0,124,1988,\"Animation, Action\",200000,1988-07-16,Katsuhiro Ôtomo
tt0386676,6,2015-02-01,The Office,https://www.imdb.com/title/tt0386676/,tvSeries,9.0,22,2005,Comedy,700000,2005-03-24,
tt0512345,5,2015-02-02,Pilot,https://www.imdb.com/title/tt0512345/,tvEpisode,7.0,22,2005,Comedy,7000,2005-03-24,
";
    let export = read("ratings.csv", text);
    assert_eq!(export.files[0].1, ExportKind::ImdbRatings);
    assert_eq!(export.rows[0].film.original_title, None);
    assert_eq!(
        export.rows[0].event,
        HistoryEvent::Rated {
            rating: 9,
            on: Some("2016-03-14".into())
        }
    );
    let types: Vec<_> = export
        .rows
        .iter()
        .map(|r| (r.film.title_type.as_deref(), r.film.is_film()))
        .collect();
    assert_eq!(
        types,
        [
            (Some("movie"), true),
            (Some("tvSeries"), false),
            (Some("tvEpisode"), false)
        ]
    );
}

#[test]
fn bad_ids_and_ratings_are_problems() {
    let text = "\
Const,Your Rating,Date Rated,Title,Year
tt0111161,0,2020-05-01,Zero,1994
tt0111162,11,2020-05-01,Eleven,1994
tt0111163,abc,2020-05-01,Letters,1994
tt0111164,7.5,2020-05-01,Half,1994
tt0111165,,2020-05-01,None,1994
nm0000123,7,2020-05-01,A person,1994
,7,2020-05-01,No id,1994
tt0111166,7,2020-13-01,Kept,1994
";
    let export = read("ratings.csv", text);
    let bad = |value: &str| RowError::BadRating {
        value: value.into(),
        scale: RatingScale::OneToTen,
    };
    assert_eq!(
        at(&export.problems),
        [
            (2, bad("0")),
            (3, bad("11")),
            (4, bad("abc")),
            (5, bad("7.5")),
            (6, RowError::MissingRating),
            (7, RowError::BadImdbId("nm0000123".into())),
            (8, RowError::MissingImdbId),
        ]
    );
    assert_eq!(titles(&export), ["Kept"]);
    assert_eq!(
        at(&export.notes),
        [(
            9,
            RowError::BadDate {
                column: "Date Rated",
                value: "2020-13-01".into()
            }
        )]
    );
}

#[test]
fn a_list_export_is_a_watchlist_dated_by_created() {
    let text = "\
Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated
1,tt0056172,2023-04-01,2023-04-01,\"A note, with \"\"quotes\"\"
and a line break\",Lawrence of Arabia,Lawrence of Arabia,https://www.imdb.com/title/tt0056172/,Movie,8.3,228,1962,\"Adventure, Biography\",300000,1962-12-10,David Lean,,
2,tt0080684,2023-04-02,2023-04-02,,Star Wars: Episode V - The Empire Strikes Back,,https://www.imdb.com/title/tt0080684/,Movie,8.7,124,1980,Action,1400000,1980-06-20,Irvin Kershner,9,2020-01-01
";
    let export = read("WATCHLIST.csv", text);
    assert_eq!(export.files[0].1, ExportKind::ImdbList);
    assert_eq!(
        export
            .rows
            .iter()
            .map(|r| r.event.clone())
            .collect::<Vec<_>>(),
        [
            HistoryEvent::Watchlisted {
                on: Some("2023-04-01".into())
            },
            HistoryEvent::Watchlisted {
                on: Some("2023-04-02".into())
            },
        ]
    );
    assert_eq!(lines(&export.rows), [2, 4]);
    assert_eq!(export.rows[1].film.original_title, None);
    assert_eq!(export.rows[1].film.imdb_id.as_deref(), Some("tt0080684"));
}

#[test]
fn a_minimal_list_needs_only_const_and_title() {
    let export = read("ls0123.csv", "Title,Const\nPerfect Blue,tt0156887\n");
    assert_eq!(export.files[0].1, ExportKind::ImdbList);
    assert_eq!(
        export.rows[0].film,
        FilmRef {
            title: "Perfect Blue".into(),
            imdb_id: Some("tt0156887".into()),
            ..FilmRef::default()
        }
    );
    assert_eq!(export.rows[0].event, HistoryEvent::Watchlisted { on: None });
}

#[test]
fn missing_imdb_columns_are_named() {
    assert_eq!(
        read_err(
            "ratings.csv",
            "Const,Your Rating,Date Rated,Year\ntt0111161,10,2020-05-01,1994\n"
        ),
        ExportError::MissingColumn {
            file: "ratings.csv".into(),
            column: "Title"
        }
    );
    assert_eq!(
        read_err(
            "ratings.csv",
            "Your Rating,Date Rated,Title,Title Type\n10,2020-05-01,X,Movie\n"
        ),
        ExportError::MissingColumn {
            file: "ratings.csv".into(),
            column: "Const"
        }
    );
    // IMDb's people lists have Const but no Title.
    assert_eq!(
        read_err(
            "ls999.csv",
            "Position,Const,Created,Modified,Description,Name,Known For,Birth Date\n"
        ),
        ExportError::MissingColumn {
            file: "ls999.csv".into(),
            column: "Title"
        }
    );
}

#[test]
fn newer_title_types_are_told_from_films() {
    let text = "Const,Your Rating,Title,Title Type\n\
tt1,1,a,Movie\ntt0000001,1,Short,Short\ntt0000002,2,Special,TV Special\ntt0000003,3,Mini,TV Mini Series\n\
tt0000004,4,Game,Video Game\ntt0000005,5,Clip,Music Video\ntt0000006,6,Telefilm,TV Movie\ntt0000007,7,Unknown,\n";
    let export = read("ratings.csv", text);
    assert_eq!(
        at(&export.problems),
        [(2, RowError::BadImdbId("tt1".into()))]
    );
    let films: Vec<(&str, bool)> = export
        .rows
        .iter()
        .map(|r| (r.film.title.as_str(), r.film.is_film()))
        .collect();
    assert_eq!(
        films,
        [
            ("Short", true),
            ("Special", true),
            ("Mini", false),
            ("Game", false),
            ("Clip", false),
            ("Telefilm", true),
            ("Unknown", true)
        ]
    );
}
