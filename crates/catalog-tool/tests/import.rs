//! The importers end to end: the example inputs, the Wikidata snapshot's
//! layout on a small SQLite fixture with its awkward rows, the default
//! site's catalog (hand-written films beside the real Wikidata films), and
//! the command line writing nothing when an input is wrong.

use std::path::{Path, PathBuf};
use std::process::Command;

use catalog_tool::assemble::{assemble, write_catalog};
use catalog_tool::import::plain::{read_csv, read_jsonl};
use catalog_tool::import::wikidata::{import_wikidata, wikidata_source};
use catalog_tool::import::{FilmRecord, SourcedRecord};
use catalog_tool::load::load_catalog_dir;
use catalog_tool::writer::JsonStyle;
use film_catalog::catalog::{RelatedBecause, Title};
use film_catalog::validate::{CatalogFiles, check_catalog};

mod common;
use common::TempDir;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed() -> CatalogFiles {
    load_catalog_dir(&root().join("assets/catalog")).unwrap()
}

fn records(imported: catalog_tool::import::Imported) -> Vec<FilmRecord> {
    assert!(imported.errors.is_empty(), "{:?}", imported.errors);
    imported.records.into_iter().map(|r| r.record).collect()
}

fn title<'a>(files: &'a CatalogFiles, id: &str) -> &'a Title {
    &files
        .titles
        .iter()
        .find(|(stem, _)| stem == id)
        .unwrap_or_else(|| panic!("{id} is in the catalog"))
        .1
}

#[test]
fn the_example_csv_and_json_lines_say_the_same_films() {
    let inputs = root().join("crates/catalog-tool/inputs");
    let csv = records(read_csv(
        &std::fs::read(inputs.join("films.csv")).unwrap(),
        "films.csv",
    ));
    let jsonl = records(read_jsonl(
        std::fs::read(inputs.join("films.jsonl"))
            .unwrap()
            .as_slice(),
        "films.jsonl",
    ));
    assert_eq!(csv.len(), 2);
    assert_eq!(jsonl.len(), 2);
    for (a, b) in csv.iter().zip(&jsonl) {
        // The JSON Lines file also names a composer, which the CSV cannot.
        let b = FilmRecord {
            crew: Vec::new(),
            ..b.clone()
        };
        assert_eq!(*a, b);
    }
}

#[test]
fn imported_films_sit_beside_the_base_catalog_and_pass_every_rule() {
    let inputs = root().join("crates/catalog-tool/inputs");
    let imported = read_jsonl(
        std::fs::read(inputs.join("films.jsonl"))
            .unwrap()
            .as_slice(),
        "films.jsonl",
    );
    let (catalog, report) = assemble(seed(), imported.records).unwrap();
    assert_eq!(report.from_base, 13);
    assert_eq!(report.imported, [(String::new(), 2)]);
    let dir = TempDir::new("beside");
    let out = dir.0.join("catalog");
    let written = write_catalog(&out, &catalog, JsonStyle::Compact, false).unwrap();
    assert_eq!(written.titles, 15);
    let files = load_catalog_dir(&out).unwrap();
    assert!(check_catalog(&files).is_empty());
    assert_eq!(written.matching.index, files.match_index.unwrap());
    assert_eq!(written.matching.files, 3, "the match index is written");
    let cleo = title(&files, "cleo-from-5-to-7-1962");
    assert_eq!(cleo.original_title.as_deref(), Some("Cléo de 5 à 7"));
    assert_eq!(cleo.stars.len(), 3, "billing order gives stars");
    assert_eq!(cleo.top_cast[0].character, "Cléo");
    assert!(cleo.storyline.is_empty() && cleo.source.is_none());
    let jetee = &files
        .credits
        .iter()
        .find(|(id, _)| id == "la-jetee-1962")
        .unwrap()
        .1;
    let departments: Vec<&str> = jetee.crew.iter().map(|g| g.department.as_str()).collect();
    assert_eq!(departments, ["Directed by", "Written by", "Music by"]);
    // Every base title is written back exactly as it was.
    for (id, base) in &seed().titles {
        assert_eq!(title(&files, id), base);
    }
}

/// The snapshot's own schema, with rows written to be awkward.
fn wikidata_fixture(path: &Path) {
    let db = rusqlite::Connection::open(path).unwrap();
    db.execute_batch(
        r#"CREATE TABLE "omdb" ("ID" INTEGER, "imdbID" TEXT, "Title" TEXT, "Year" INTEGER,
             "Rating" TEXT, "Runtime" REAL, "Genre" TEXT, "Released" TEXT, "Director" TEXT,
             "Writer" TEXT, "Cast" TEXT, "Metacritic" INTEGER, "imdbRating" REAL,
             "imdbVotes" INTEGER, "Language" TEXT, "Country" TEXT, "Awards" TEXT,
             "lastUpdated" TEXT, "Oscars" INTEGER);
           CREATE TABLE "tomatoes" ("ID" INTEGER, "Image" TEXT, "Rating" REAL, "Meter" INTEGER,
             "Reviews" INTEGER, "Fresh" INTEGER, "Rotten" INTEGER, "Consensus" TEXT,
             "userMeter" INTEGER, "userRating" REAL, "userReviews" INTEGER, "DVD" TEXT,
             "BoxOffice" REAL, "Production" TEXT, "Website" TEXT, "lastUpdated" TEXT);
           INSERT INTO omdb VALUES
             (1, 'tt0209144', 'Memento', 2000, 'R', 113.0, 'Mystery, Thriller, Mystery',
              '2000-09-05', 'Christopher Nolan', 'Christopher Nolan, Jonathan Nolan',
              'Guy Pearce, Carrie-Anne Moss, Joe Pantoliano', 83, NULL, NULL, 'English',
              'United States', 'Nominated for 2 Oscars.', '2026-10-18', 0),
             (2, 'tt0371746', 'Iron Man', 2008, 'PG-13', NULL, '', '2008-04-14', 'Jon Favreau',
              '', 'Gwyneth Paltrow, Robert Downey, Jr., Terrence Howard', NULL, NULL, NULL,
              'English', 'United States', '', '2026-10-18', 0),
             (3, 'tt0209144', 'Memento (again)', 2000, '', NULL, '', NULL, '', '', '', NULL,
              NULL, NULL, '', '', '', '2026-10-18', 0),
             (4, 'tt0279065', 'Time Out', 2001, '', 134.0, 'Drama', '2001-01-01',
              'Laurent Cantet', '', '', NULL, NULL, NULL, 'French', 'France', '', '', 0),
             (5, 'tt0097814', '悲情城市', 1989, '', 157.0, 'Drama', '1989-09-01',
              '侯孝賢', '', '梁朝偉', NULL, NULL, NULL, '', 'Taiwan', '', '', 1);
           INSERT INTO tomatoes (ID, Reviews, Production) VALUES
             (1, 51, 'Newmarket Films'), (2, 0, NULL);"#,
    )
    .unwrap();
}

#[test]
fn the_wikidata_snapshot_layout_is_read_with_its_awkward_rows() {
    let dir = TempDir::new("wikidata");
    let db = dir.0.join("movies.db");
    wikidata_fixture(&db);
    let imported = import_wikidata(&db).unwrap();
    assert!(imported.errors.is_empty(), "{:?}", imported.errors);
    assert!(
        imported
            .records
            .iter()
            .all(|r| r.source == Some(wikidata_source()))
    );
    let films: Vec<&FilmRecord> = imported.records.iter().map(|r| &r.record).collect();
    let memento = films[0];
    assert_eq!(memento.genres, ["Mystery", "Thriller"], "repeats dropped");
    assert_eq!(memento.runtime_minutes, Some(113));
    assert!(memento.cast_alphabetical);
    assert_eq!(memento.companies, ["Newmarket Films"]);
    assert_eq!(memento.critic_reviews, Some(51));
    assert_eq!(memento.awards.as_ref().map(|a| a.nominations), Some(2));
    let iron_man = films[1];
    let cast: Vec<&str> = iron_man.cast.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        cast,
        ["Gwyneth Paltrow", "Robert Downey, Jr.", "Terrence Howard"]
    );
    assert!(iron_man.genres.is_empty() && iron_man.writers.is_empty());
    assert_eq!(
        (iron_man.runtime_minutes, iron_man.critic_reviews),
        (None, None)
    );
    assert_eq!(films[2].released, None);

    let (catalog, report) = assemble(seed(), imported.records).unwrap();
    assert_eq!(report.repeated, 1, "the second tt0209144 is left out");
    assert_eq!(report.base_wins.len(), 1, "{:?}", report.base_wins);
    assert!(report.base_wins[0].starts_with("time-out-2001 (movies.db:4)"));
    let ids: Vec<&str> = catalog.titles[13..]
        .iter()
        .map(|f| f.title.id.as_str())
        .collect();
    assert_eq!(ids, ["memento-2000", "iron-man-2008", "tt0097814-1989"]);
    let city = &catalog.titles[15].title;
    assert!(
        city.directors[0].id.starts_with("p-"),
        "a name with no Latin letters"
    );
    let memento = &catalog.titles[13].title;
    assert!(
        memento.stars.is_empty(),
        "an alphabetical cast names no stars"
    );
    assert!(memento.cast_alphabetical && memento.rating.is_none());
    assert_eq!(memento.imdb_id.as_deref(), Some("tt0209144"));
}

fn tool(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_catalog-tool"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_wrong_input_writes_nothing_and_names_file_line_and_field() {
    let dir = TempDir::new("cli");
    let out = dir.0.join("catalog");
    std::fs::create_dir_all(out.join("titles")).unwrap();
    std::fs::write(out.join("titles/kept.json"), "{}").unwrap();
    let bad = dir.0.join("bad.csv");
    std::fs::write(
        &bad,
        "title,year,runtime_minutes\nGood,1999,90\nBad,1999,ninety\n",
    )
    .unwrap();
    let (out_arg, bad_arg) = (out.to_str().unwrap(), bad.to_str().unwrap());
    let run = tool(&["import", "--films", bad_arg, "--out", out_arg, "--force"]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("bad.csv:3: field runtime_minutes: \"ninety\" is not a number"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was written"));
    assert!(
        out.join("titles/kept.json").exists(),
        "the old catalog stays"
    );

    let implausible = dir.0.join("old.csv");
    std::fs::write(&implausible, "title,year\nAncient,1066\n").unwrap();
    let run = tool(&[
        "import",
        "--films",
        implausible.to_str().unwrap(),
        "--out",
        out_arg,
        "--force",
    ]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("old.csv:2: year 1066 is implausible"),
        "{stderr}"
    );

    let refused = tool(&["import", "--films", bad_arg, "--out", out_arg]);
    assert_eq!(refused.status.code(), Some(1));
    let good = dir.0.join("good.csv");
    std::fs::write(&good, "title,year\nGood,1999\n").unwrap();
    let good_arg = good.to_str().unwrap();
    let refused = tool(&["import", "--films", good_arg, "--out", out_arg]);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    let replaced = tool(&["import", "--films", good_arg, "--out", out_arg, "--force"]);
    assert!(replaced.status.success(), "{replaced:?}");
    assert!(out.join("titles/good-1999.json").exists());
    assert!(!out.join("titles/kept.json").exists());
    assert_eq!(tool(&["import", "--out", out_arg]).status.code(), Some(2));
}

/// The default site: the 13 hand-written films and the CC0 Wikidata films
/// (`scripts/fetch-films.sh` puts the snapshot in target/data; the test
/// command runs it first).
#[test]
fn the_default_catalog_holds_the_real_films_and_the_seed_films_intact() {
    let db = root().join("target/data/movies.db");
    assert!(
        db.exists(),
        "{} is missing: run scripts/fetch-films.sh",
        db.display()
    );
    let imported = import_wikidata(&db).unwrap();
    assert!(imported.errors.is_empty(), "{:?}", &imported.errors[..3]);
    assert_eq!(imported.records.len(), 17_472);
    let records: Vec<SourcedRecord> = imported.records;
    let (catalog, report) = assemble(seed(), records).unwrap();
    assert_eq!(catalog.titles.len(), 13 + 17_472 - 3 - report.repeated);
    let mut won: Vec<&str> = report
        .base_wins
        .iter()
        .map(|w| w.split(' ').next().unwrap())
        .collect();
    won.sort_unstable();
    assert_eq!(
        won,
        [
            "canoa-1976",
            "nostalgia-for-the-light-2010",
            "time-out-2001"
        ]
    );
    let dir = TempDir::new("default");
    let out = dir.0.join("catalog");
    write_catalog(&out, &catalog, JsonStyle::Compact, false).unwrap();
    let files = load_catalog_dir(&out).unwrap();
    for (id, base) in &seed().titles {
        assert_eq!(title(&files, id), base, "{id} is written as it was");
    }
    let memento = title(&files, "memento-2000");
    assert_eq!(memento.directors[0].name, "Christopher Nolan");
    assert_eq!(memento.source, Some(wikidata_source()));
    // Computed More Like This: Nolan's films first, each saying why.
    assert_eq!(memento.related.len(), 12);
    assert_eq!(
        memento.related[0].because,
        Some(RelatedBecause::SameDirector)
    );
    assert!(
        report.related_computed > 17_000,
        "{}",
        report.related_computed
    );
    assert_eq!(
        title(&files, "canoa-1976").related,
        title(&seed(), "canoa-1976").related
    );
    let page = &files.pages.iter().find(|(n, _)| *n == 1).unwrap().1;
    assert_eq!(page.total as usize, catalog.titles.len());
    assert_eq!(page.sources[0].source, wikidata_source());
}
