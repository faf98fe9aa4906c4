//! Letterboxd's export zip, built here with the `zip` crate's writer.

use std::io::{Cursor, Write};

use film_imports::{ExportError, ExportKind, HistoryEvent, RowError, read_export};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use crate::{at, titles, windows};

/// A zip of `(path, content)` members, deflated, but every third stored.
fn zip_of(members: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (i, (path, content)) in members.iter().enumerate() {
        let method = if i % 3 == 2 {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default().compression_method(method);
        writer.start_file(*path, options).unwrap();
        writer.write_all(content.as_bytes()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

const HEADER: &str = "Date,Name,Year,Letterboxd URI";

/// A Letterboxd export as it comes, with the files this crate ignores.
fn letterboxd_export(prefix: &str) -> Vec<u8> {
    let path = |name: &str| format!("{prefix}{name}");
    let files = [
        (
            path("profile.csv"),
            "Date Joined,Username,Given Name\n2019-01-01,ana,Ana\n".to_owned(),
        ),
        (
            path("ratings.csv"),
            windows(&format!(
                "{HEADER},Rating\n2023-01-14,Amélie,2001,https://boxd.it/2bg8,4.5\n"
            )),
        ),
        (
            path("diary.csv"),
            windows(&format!(
                "{HEADER},Rating,Rewatch,Tags,Watched Date\n2023-01-14,Amélie,2001,https://boxd.it/2bg8,4.5,,,2023-01-13\n"
            )),
        ),
        (
            path("comments.csv"),
            "Date,Content,Comment\n2020-01-01,x,Nice\n".to_owned(),
        ),
        (
            path("watched.csv"),
            windows(&format!(
                "{HEADER}\n2023-01-14,Amélie,2001,https://boxd.it/2bg8\n"
            )),
        ),
        (
            path("watchlist.csv"),
            windows(&format!(
                "{HEADER}\n2023-02-01,Playtime,1967,https://boxd.it/29ha\n"
            )),
        ),
        (
            path("reviews.csv"),
            windows(&format!(
                "{HEADER},Rating,Rewatch,Review,Tags,Watched Date\n2023-01-15,Amélie,2001,https://boxd.it/2bg8,4.5,,<i>Charming</i>,,2023-01-13\n"
            )),
        ),
        (
            path("likes/films.csv"),
            format!("{HEADER}\n2023-01-14,Liked Only,2001,https://boxd.it/x\n"),
        ),
        (
            path("lists/favourites.csv"),
            "Letterboxd list export v7\nDate,Name,Tags,URL,Description\n".to_owned(),
        ),
        (
            path("deleted/diary.csv"),
            format!(
                "{HEADER},Rating,Rewatch,Tags,Watched Date\n2020-01-01,Deleted Entry,2001,,3,,,\n"
            ),
        ),
        (
            path("orphaned/ratings.csv"),
            format!("{HEADER},Rating\n2020-01-01,Orphan,2001,,3\n"),
        ),
    ];
    let members: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, c)| (p.as_str(), c.as_str()))
        .collect();
    zip_of(&members)
}

#[test]
fn a_letterboxd_export_reads_its_five_files_and_ignores_the_rest() {
    let export = read_export(
        "letterboxd-ana-2024-03-01-10-00-utc.zip",
        &letterboxd_export(""),
    )
    .unwrap();
    assert_eq!(
        export.files,
        vec![
            ("ratings.csv".to_owned(), ExportKind::LetterboxdRatings),
            ("diary.csv".to_owned(), ExportKind::LetterboxdDiary),
            ("reviews.csv".to_owned(), ExportKind::LetterboxdReviews),
            ("watched.csv".to_owned(), ExportKind::LetterboxdWatched),
            ("watchlist.csv".to_owned(), ExportKind::LetterboxdWatchlist),
        ]
    );
    assert_eq!(
        titles(&export),
        ["Amélie", "Amélie", "Amélie", "Amélie", "Playtime"]
    );
    let files: Vec<&str> = export.rows.iter().map(|r| r.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "ratings.csv",
            "diary.csv",
            "reviews.csv",
            "watched.csv",
            "watchlist.csv"
        ]
    );
    assert!(
        matches!(&export.rows[2].event, HistoryEvent::Reviewed { review, .. } if review == "Charming")
    );
    assert!(export.problems.is_empty() && export.skipped_files.is_empty());
}

#[test]
fn the_export_zipped_again_inside_its_folder_reads_the_same() {
    let export = read_export("export.zip", &letterboxd_export("letterboxd-ana/")).unwrap();
    assert_eq!(export.files.len(), 5);
    assert_eq!(export.files[0].0, "letterboxd-ana/ratings.csv");
    assert_eq!(
        titles(&export),
        ["Amélie", "Amélie", "Amélie", "Amélie", "Playtime"]
    );
}

#[test]
fn a_zip_is_told_by_its_bytes_not_its_name() {
    let export = read_export("download", &letterboxd_export("")).unwrap();
    assert_eq!(export.files.len(), 5);
    assert_eq!(
        read_export("export.zip", b"Date,Name,Year,Letterboxd URI\n").err(),
        Some(ExportError::Zip("export.zip is not a zip archive".into()))
    );
}

#[test]
fn a_zip_without_the_known_files_is_an_error() {
    let bytes = zip_of(&[
        ("profile.csv", "Date Joined,Username\n"),
        ("likes/films.csv", "Date,Name,Year,Letterboxd URI\n"),
        (
            "deleted/ratings.csv",
            "Date,Name,Year,Letterboxd URI,Rating\n",
        ),
    ]);
    assert_eq!(
        read_export("x.zip", &bytes).err(),
        Some(ExportError::NoExportFiles)
    );
    assert_eq!(
        read_export("x.zip", &zip_of(&[])).err(),
        Some(ExportError::NoExportFiles)
    );
}

#[test]
fn a_corrupt_zip_is_an_error() {
    let mut bytes = letterboxd_export("");
    bytes.truncate(bytes.len() / 2);
    assert!(matches!(
        read_export("x.zip", &bytes),
        Err(ExportError::Zip(_))
    ));
    assert!(matches!(
        read_export("x.zip", b"PK\x03\x04garbage"),
        Err(ExportError::Zip(_))
    ));
}

#[test]
fn a_damaged_member_is_skipped_and_the_others_read() {
    let mut bytes = zip_of(&[
        (
            "ratings.csv",
            "Date,Name,Year,Letterboxd URI,Rating\n2023-01-14,Amélie,2001,,4.5\n",
        ),
        (
            "diary.csv",
            "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2023-01-14,Heat,1995,,4,,,2023-01-13\n",
        ),
        ("reviews.csv", "Date,Film,Words\n"),
        ("watched.csv", ""),
    ]);
    // Flip a byte of the deflated diary: its checksum no longer matches.
    let diary = bytes.windows(9).position(|w| w == b"diary.csv").unwrap() + 9;
    bytes[diary + 10] ^= 0xFF;
    let export = read_export("x.zip", &bytes).unwrap();
    assert_eq!(
        export.files,
        vec![("ratings.csv".to_owned(), ExportKind::LetterboxdRatings)]
    );
    assert_eq!(titles(&export), ["Amélie"]);
    assert_eq!(export.skipped_files.len(), 3);
    assert!(
        matches!(&export.skipped_files[0], ExportError::Zip(message) if message.starts_with("diary.csv"))
    );
    assert_eq!(
        export.skipped_files[1..],
        [
            ExportError::NotAnExport {
                file: "reviews.csv".into()
            },
            ExportError::Empty {
                file: "watched.csv".into()
            },
        ]
    );
}

#[test]
fn when_no_member_can_be_read_the_first_error_is_returned() {
    let bytes = zip_of(&[("ratings.csv", "Date,Name,Year\n"), ("watched.csv", "")]);
    assert_eq!(
        read_export("x.zip", &bytes).err(),
        Some(ExportError::MissingColumn {
            file: "ratings.csv".into(),
            column: "Rating"
        })
    );
}

#[test]
fn the_shallowest_copy_of_a_file_is_read_once() {
    let bytes = zip_of(&[
        (
            "old/ratings.csv",
            "Date,Name,Year,Letterboxd URI,Rating\n2020-01-01,Nested,2001,,3\n",
        ),
        (
            "ratings.csv",
            "Date,Name,Year,Letterboxd URI,Rating\n2020-01-01,Root,2001,,3\n\n2020-01-02,,2001,,3\n",
        ),
    ]);
    let export = read_export("x.zip", &bytes).unwrap();
    assert_eq!(titles(&export), ["Root"]);
    assert_eq!(at(&export.problems), [(4, RowError::MissingTitle)]);
    assert_eq!(export.problems[0].file, "ratings.csv");
}
