//! Letterboxd's CSV files, alone.

use film_imports::{
    ExportError, ExportKind, FilmRef, HistoryEvent, RatingScale, RowError, read_export,
};

use crate::{at, lines, read, read_err, titles, windows};

const RATINGS: &str = "\
Date,Name,Year,Letterboxd URI,Rating
2023-01-14,Amélie,2001,https://boxd.it/2bg8,4.5
2023-02-02,\"Crouching Tiger, Hidden Dragon\",2000,https://boxd.it/1Xr0,4
2023-02-03,\"Lock, Stock and Two \"\"Smoking\"\" Barrels\",1998,https://boxd.it/1Rbc,3.5
2023-03-10,Stalker,1979,https://boxd.it/2aDy,5
2023-03-11,Cats,2019,https://boxd.it/kPw0,0.5
";

#[test]
fn ratings_are_doubled_with_bom_crlf_and_quoted_fields() {
    let export = read("ratings.csv", &windows(RATINGS));
    assert_eq!(
        export.files,
        vec![("ratings.csv".to_owned(), ExportKind::LetterboxdRatings)]
    );
    assert_eq!(
        titles(&export),
        [
            "Amélie",
            "Crouching Tiger, Hidden Dragon",
            "Lock, Stock and Two \"Smoking\" Barrels",
            "Stalker",
            "Cats"
        ]
    );
    let ratings: Vec<_> = export
        .rows
        .iter()
        .map(|row| match &row.event {
            HistoryEvent::Rated { rating, on } => (*rating, on.clone().unwrap_or_default()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        ratings,
        [
            (9, "2023-01-14".to_owned()),
            (8, "2023-02-02".to_owned()),
            (7, "2023-02-03".to_owned()),
            (10, "2023-03-10".to_owned()),
            (1, "2023-03-11".to_owned())
        ]
    );
    assert_eq!(lines(&export.rows), [2, 3, 4, 5, 6]);
    assert_eq!(
        export.rows[0].film,
        FilmRef {
            title: "Amélie".into(),
            year: Some(2001),
            letterboxd_uri: Some("https://boxd.it/2bg8".into()),
            ..FilmRef::default()
        }
    );
    assert!(export.problems.is_empty() && export.notes.is_empty());
}

#[test]
fn ratings_off_the_scale_are_problems_and_the_rest_is_read() {
    let text = "\
Date,Name,Year,Letterboxd URI,Rating
2023-01-01,Zero,2001,https://boxd.it/a,0
2023-01-02,Five and a half,2001,https://boxd.it/b,5.5
2023-01-03,Eleven,2001,https://boxd.it/c,11
2023-01-04,Letters,2001,https://boxd.it/d,abc
2023-01-05,No rating,2001,https://boxd.it/e,
2023-01-06,,2001,https://boxd.it/f,3
2023-01-07,Year of nothing,19x9,https://boxd.it/g,3
2023-01-08,Fine,2001,https://boxd.it/h,2.5
";
    let export = read("ratings.csv", text);
    let bad = |value: &str| RowError::BadRating {
        value: value.into(),
        scale: RatingScale::HalfStars,
    };
    assert_eq!(
        at(&export.problems),
        [
            (2, bad("0")),
            (3, bad("5.5")),
            (4, bad("11")),
            (5, bad("abc")),
            (6, RowError::MissingRating),
            (7, RowError::MissingTitle),
            (8, RowError::BadYear("19x9".into())),
        ]
    );
    assert!(export.problems.iter().all(|p| p.file == "ratings.csv"));
    assert_eq!(titles(&export), ["Fine"]);
    assert_eq!(lines(&export.rows), [9]);
}

#[test]
fn a_bad_date_or_uri_is_noted_and_the_row_kept() {
    let text = "\
Date,Name,Year,Letterboxd URI,Rating
2023-02-30,Amélie,2001,javascript:alert(1),4.5
";
    let export = read("ratings.csv", text);
    assert_eq!(
        at(&export.notes),
        [
            (2, RowError::BadLetterboxdUri("javascript:alert(1)".into())),
            (
                2,
                RowError::BadDate {
                    column: "Date",
                    value: "2023-02-30".into()
                }
            ),
        ]
    );
    assert_eq!(export.rows.len(), 1);
    assert_eq!(export.rows[0].film.letterboxd_uri, None);
    assert_eq!(
        export.rows[0].event,
        HistoryEvent::Rated {
            rating: 9,
            on: None
        }
    );
}

#[test]
fn diary_entries_are_watches_dated_by_watched_date() {
    let text = "\
Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date
2024-01-03,Paris, Texas,1984,https://boxd.it/29Ns,5,Yes,\"cinema, 35mm\",2024-01-02
2024-01-05,Aftersun,2022,https://boxd.it/sJg0,,,,2024-01-04
2024-01-06,Perfect Days,2023,https://boxd.it/DkHe,3.7,No,home,not a date
";
    let export = read("diary.csv", &windows(text));
    assert_eq!(export.files[0].1, ExportKind::LetterboxdDiary);
    // An unquoted comma in a title shifts the row: "Texas" is no year.
    assert_eq!(
        at(&export.problems),
        [(2, RowError::BadYear("Texas".into()))]
    );
    assert_eq!(
        export
            .rows
            .iter()
            .map(|r| r.event.clone())
            .collect::<Vec<_>>(),
        [
            HistoryEvent::Watched {
                on: Some("2024-01-04".into()),
                rewatch: false,
                rating: None,
                tags: vec![]
            },
            HistoryEvent::Watched {
                on: None,
                rewatch: false,
                rating: None,
                tags: vec!["home".into()]
            },
        ]
    );
    assert_eq!(
        at(&export.notes),
        [
            (
                4,
                RowError::BadDate {
                    column: "Watched Date",
                    value: "not a date".into()
                }
            ),
            (
                4,
                RowError::BadRating {
                    value: "3.7".into(),
                    scale: RatingScale::HalfStars
                }
            ),
        ]
    );
}

#[test]
fn diary_rewatches_tags_and_ratings() {
    let text = "\
Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date
2024-01-03,\"Paris, Texas\",1984,https://boxd.it/29Ns,4.5,Yes,\"cinema, 35mm\",2024-01-02
";
    let export = read("diary.csv", text);
    assert_eq!(
        export.rows[0].event,
        HistoryEvent::Watched {
            on: Some("2024-01-02".into()),
            rewatch: true,
            rating: Some(9),
            tags: vec!["cinema".into(), "35mm".into()],
        }
    );
    assert_eq!(export.rows[0].film.title, "Paris, Texas");
}

const FILMS: &str = "\
Date,Name,Year,Letterboxd URI
2022-05-01,Tokyo Story,1953,https://boxd.it/29Wo
2022-05-02,In the Mood for Love,2000,https://boxd.it/2aTS
";

#[test]
fn watched_and_watchlist_share_a_header_and_are_told_apart_by_name() {
    let watched = read("watched.csv", FILMS);
    assert_eq!(watched.files[0].1, ExportKind::LetterboxdWatched);
    assert_eq!(
        watched.rows[0].event,
        HistoryEvent::Watched {
            on: Some("2022-05-01".into()),
            rewatch: false,
            rating: None,
            tags: vec![]
        }
    );
    let watchlist = read("watchlist.csv", FILMS);
    assert_eq!(watchlist.files[0].1, ExportKind::LetterboxdWatchlist);
    assert_eq!(
        watchlist.rows[1].event,
        HistoryEvent::Watchlisted {
            on: Some("2022-05-02".into())
        }
    );
    // A name that says neither is a watchlist: the weaker claim.
    assert_eq!(
        read("films (2).csv", FILMS).files[0].1,
        ExportKind::LetterboxdWatchlist
    );
    assert_eq!(
        read("/home/ana/Downloads/Watched.CSV", FILMS).files[0].0,
        "Watched.CSV"
    );
}

const REVIEWS: &str = "\
Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date
2024-02-10,Past Lives,2023,https://boxd.it/BrHg,4.5,,\"<i>Quietly</i> devastating.<br /><br />Nora &amp; Hae Sung, \"\"in-yun\"\".
Second line, real newline.\",,2024-02-09
2024-02-11,Oppenheimer,2023,https://boxd.it/wtC8,,Yes,\"<p>Loud.</p><p>Very &lt;loud&gt; &#8212; &#x2014;</p><script>alert('x')</script>\",\"imax, 70mm\",
2024-02-12,Blank,2023,https://boxd.it/x,3,,\"<br /> <b></b> \",,2024-02-12
2024-02-13,The Zone of Interest,2023,https://boxd.it/F3yq,5,,Chilling.,,2024-02-13
";

#[test]
fn reviews_are_plain_text_with_their_dates() {
    let export = read("reviews.csv", &windows(REVIEWS));
    assert_eq!(export.files[0].1, ExportKind::LetterboxdReviews);
    assert_eq!(
        export.rows[0].event,
        HistoryEvent::Reviewed {
            review:
                "Quietly devastating.\n\nNora & Hae Sung, \"in-yun\".\nSecond line, real newline."
                    .into(),
            rating: Some(9),
            watched_on: Some("2024-02-09".into()),
            written_on: Some("2024-02-10".into()),
            rewatch: false,
            tags: vec![],
        }
    );
    assert_eq!(
        export.rows[1].event,
        HistoryEvent::Reviewed {
            review: "Loud.\n\nVery <loud> — —".into(),
            rating: None,
            watched_on: None,
            written_on: Some("2024-02-11".into()),
            rewatch: true,
            tags: vec!["imax".into(), "70mm".into()],
        }
    );
    // The first review spans lines 2 and 3: the next record starts on 4.
    assert_eq!(lines(&export.rows), [2, 4, 6]);
    assert_eq!(at(&export.problems), [(5, RowError::EmptyReview)]);
}

#[test]
fn reviews_never_carry_markup() {
    let text = "Date,Name,Year,Review\n\
2024-01-01,X,2020,\"<script>document.cookie</script><img src=x onerror=alert(1)>ok <a href='javascript:x'>link</a><iframe src=//evil></iframe>\"\n";
    let export = read("reviews.csv", text);
    let HistoryEvent::Reviewed { review, .. } = &export.rows[0].event else {
        panic!("{:?}", export.rows[0].event);
    };
    assert_eq!(review, "ok link");
}

#[test]
fn extra_reordered_and_missing_optional_columns() {
    let text = "\
Rating,Notes,Name,Date
4,\"extra, column\",The Red Shoes,2021-06-01
";
    let export = read("ratings.csv", text);
    assert_eq!(
        export.rows[0].film,
        FilmRef {
            title: "The Red Shoes".into(),
            ..FilmRef::default()
        }
    );
    assert_eq!(
        export.rows[0].event,
        HistoryEvent::Rated {
            rating: 8,
            on: Some("2021-06-01".into())
        }
    );
}

#[test]
fn rows_shorter_or_longer_than_the_header_are_read() {
    let text = "Date,Name,Year,Letterboxd URI,Rating\n2021-06-01,Short row,1948,https://boxd.it/1,3,surplus,cells\n2021-06-02,Shorter\n";
    let export = read("ratings.csv", text);
    assert_eq!(titles(&export), ["Short row"]);
    assert_eq!(at(&export.problems), [(3, RowError::MissingRating)]);
}

#[test]
fn a_missing_required_column_is_a_file_error_naming_it() {
    assert_eq!(
        read_err(
            "ratings.csv",
            "Date,Title,Year,Letterboxd URI,Rating\n2021-01-01,X,2000,u,3\n"
        ),
        ExportError::MissingColumn {
            file: "ratings.csv".into(),
            column: "Name"
        }
    );
    assert_eq!(
        read_err("ratings.csv", "Date,Name,Year,Letterboxd URI\n"),
        ExportError::MissingColumn {
            file: "ratings.csv".into(),
            column: "Rating"
        }
    );
    assert_eq!(
        read_err(
            "profile.csv",
            "Date Joined,Username,Given Name,Family Name\n2019-01-01,ana,Ana,Díaz\n"
        ),
        ExportError::NotAnExport {
            file: "profile.csv".into()
        }
    );
}

#[test]
fn empty_files_are_errors_and_a_header_alone_reads_nothing() {
    assert_eq!(
        read_err("ratings.csv", ""),
        ExportError::Empty {
            file: "ratings.csv".into()
        }
    );
    assert_eq!(
        read_err("ratings.csv", "\u{FEFF}\r\n  \r\n"),
        ExportError::Empty {
            file: "ratings.csv".into()
        }
    );
    let export = read(
        "ratings.csv",
        "\u{FEFF}Date,Name,Year,Letterboxd URI,Rating\r\n",
    );
    assert_eq!(
        export.files,
        vec![("ratings.csv".to_owned(), ExportKind::LetterboxdRatings)]
    );
    assert!(export.rows.is_empty() && export.problems.is_empty());
}

#[test]
fn blank_rows_and_lines_are_skipped_silently() {
    let text = "Date,Name,Year,Letterboxd URI,Rating\n\n,,,,\n2021-01-01,Ran,1985,,4\n\n  , ,\n";
    let export = read("ratings.csv", text);
    assert_eq!(titles(&export), ["Ran"]);
    assert_eq!(lines(&export.rows), [4]);
    assert!(export.problems.is_empty());
}

#[test]
fn a_spreadsheets_semicolons_and_decimal_commas() {
    let text = "Date;Name;Year;Letterboxd URI;Rating\n2021-01-01;Ran, the remaster;1985;;3,5\n";
    let export = read("ratings.csv", text);
    assert_eq!(titles(&export), ["Ran, the remaster"]);
    assert_eq!(
        export.rows[0].event,
        HistoryEvent::Rated {
            rating: 7,
            on: Some("2021-01-01".into())
        }
    );
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let mut bytes = b"Date,Name,Year,Letterboxd URI,Rating\n2021-01-01,Am".to_vec();
    bytes.extend_from_slice(b"\xE9lie,2001,,4\n");
    let export = read_export("ratings.csv", &bytes).unwrap();
    assert_eq!(export.rows[0].film.title, "Am\u{FFFD}lie");
}
