//! The IMDb importer: a small hand-written dataset with every awkward case
//! IMDb's files have, a round trip through the synthetic generator, and
//! properties of the row and `characters` parsers.
//!
//! The fixture files are written below as text, with `|` for the tab (so
//! that the columns are visible) and gzipped into a temp dir at test time.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write as _;
use std::path::{Path, PathBuf};

use catalog_tool::import::imdb::{
    ImdbError, ImdbOptions, ImdbStats, format_id, imdb_source, import_imdb, nullable,
    parse_characters, parse_id, split_row, write_synthetic_imdb,
};
use catalog_tool::import::{
    CastMember, CrewMember, FilmRecord, Imported, Origin, PersonName, SourcedRecord,
};
use film_catalog::catalog::{AlsoKnownAs, Rating};
use proptest::prelude::*;

mod common;
use common::TempDir;

// ---------------------------------------------------------------------------
// The fixture

const RATINGS: &str = r"
tconst|averageRating|numVotes
tt0209144|8.4|1400000
tt0111161|9.3|3000000
tt0000001|5.7|2100
tt0211915|8.3|800000
tt9999903|6.1|12
tt9999904|7.0|150
tt8888888|7.7|99
tt0209144|1.0|1
";

/// Selected by default: Memento, Shawshank, Amélie, All Nulls, "Quoted".
/// Carmencita is a short, Announced has no year, Adult Film is adult, the
/// second Memento row is a repeat, Some Series is a series.
const BASICS: &str = r#"
tconst|titleType|primaryTitle|originalTitle|isAdult|startYear|endYear|runtimeMinutes|genres
tt0209144|movie|Memento|Memento|0|2000|\N|113|Mystery,Thriller
tt0111161|movie|The Shawshank Redemption|The Shawshank Redemption|0|1994|\N|142|Drama
tt0000001|short|Carmencita|Carmencita|0|1894|\N|1|Documentary,Short
tt0211915|movie|Amélie|Le fabuleux destin d'Amélie Poulain|0|2001|\N|122|Comedy,Romance
tt9999901|movie|Announced|\N|0|\N|\N|\N|\N
tt9999902|movie|Adult Film|Adult Film|1|2010|\N|90|Adult
tt9999903|movie|All Nulls|\N|\N|1999|\N|\N|\N
tt0209144|movie|Memento Again|Memento|0|2000|\N|113|Drama
tt9999904|movie|"Quoted" Title|"Quoted" Title|0|2005|2006|95|Drama
tt0903747|tvSeries|Some Series|Some Series|0|2008|2013|45|Crime,Drama


"#;

const CREW: &str = r"
tconst|directors|writers
tt0209144|nm0634240|nm0634240,nm0634300
tt0111161|nm0001104|nm0000175,nm0001104
tt0211915|\N|nm0433875
tt9999903|\N|\N
tt9999904|nm9999999|\N
tt7777777|nm0634240|\N
tt0209144|nm0000001|\N
";

const PRINCIPALS: &str = r#"
tconst|ordering|nconst|category|job|characters
tt0209144|1|nm0001602|actor|\N|["Leonard Shelby"]
tt0209144|2|nm0001592|actress|\N|["Natalie"]
tt0209144|3|nm0001564|actor|\N|["Teddy","John Edward Gammell"]
tt0209144|4|nm0634240|director|\N|\N
tt0209144|5|nm0634300|writer|short story "Memento Mori"|\N
tt0209144|6|nm0858799|producer|producer|\N
tt0209144|7|nm0263729|composer|\N|\N
tt0209144|8|nm0002892|cinematographer|director of photography|\N
tt0209144|9|nm0260044|editor|\N|\N
tt0209144|10|nm0586286|production_designer|\N|\N
tt0209144|11|nm0005225|casting_director|\N|\N
tt0209144|1|nm0001602|actor|\N|["Leonard Shelby"]
tt0111161|2|nm0000151|actor|\N|["Ellis Boyd \"Red\" Redding"]
tt0111161|1|nm0000209|actor|\N|["Andy Dufresne"]
tt0111161|3|nm0000028|archive_footage|\N|\N
tt0111161|4|nm9999998|actor|\N|["Ghost"]
tt0211915|1|nm0851582|actress|\N|["Amélie Poulain"]
tt0211915|2|nm0000466|director|\N|\N
tt0211915|3|nm0433875|writer|\N|\N
tt0211915|4|nm0001136|self|\N|["Narrator \"Le Narrateur\"","語り手","Am\u00e9lie's Voice"]
tt0211915|5|nm0000466|archive_sound|\N|["Himself"]
tt9999903|1|nm0001602|actor|\N|\N
tt7777777|1|nm0001602|actor|\N|["Nobody"]
"#;

const AKAS: &str = r"
titleId|ordering|title|region|language|types|attributes|isOriginalTitle
tt0211915|1|Le fabuleux destin d'Amélie Poulain|\N|\N|original|\N|1
tt0211915|2|Amélie|US|\N|imdbDisplay|\N|0
tt0211915|3|Die fabelhafte Welt der Amélie|DE|\N|imdbDisplay|\N|0
tt0211915|4|Die fabelhafte Welt der Amélie|DE|de|\N|\N|0
tt0211915|5|Die fabelhafte Welt der Amélie|AT|\N|\N|\N|0
tt0211915|6|Amelie from Montmartre|\N|\N|\N|\N|\N
tt0209144|1|Memento|\N|\N|original|\N|1
tt0209144|2|Мементо|RU|ru|\N|\N|0
tt7777777|1|Nowhere|US|\N|\N|\N|0
";

const NAMES: &str = r"
nconst|primaryName|birthYear|deathYear|primaryProfession|knownForTitles
nm0634240|Christopher Nolan|1970|\N|writer,producer,director|tt0209144
nm0634300|Jonathan Nolan|1976|\N|writer|\N
nm0001602|Guy Pearce|1967|\N|actor|tt0209144
nm0001592|Carrie-Anne Moss|1967|\N|actress|tt0209144
nm0001564|Joe Pantoliano|1951|\N|actor|\N
nm0858799|Emma Thomas|\N|\N|producer|\N
nm0263729|David Julyan|\N|\N|\N|\N
nm0002892|Wally Pfister|1961|\N|cinematographer|\N
nm0260044|Dody Dorn|1955|\N|editor|\N
nm0586286|Patti Podesta|\N|\N|\N|\N
nm0005225|John Papsidera|\N|\N|\N|\N
nm0001104|Frank Darabont|1959|\N|director,writer|tt0111161
nm0000175|Stephen King|1947|\N|writer|\N
nm0000209|Tim Robbins|1958|\N|actor|\N
nm0000151|Morgan Freeman|1937|\N|actor|\N
nm0000028|Rita Hayworth|1918|1987|actress|\N
nm0851582|Audrey Tautou|1976|\N|actress|tt0211915
nm0000466|Jean-Pierre Jeunet|1953|\N|director|tt0211915
nm0433875|Guillaume Laurant|1961|\N|writer|\N
nm0001136|André Dussollier de la Comédie-Française|1946|\N|actor|\N
nm0000001|Fred Astaire|1899|1987|actor|\N
nm0634240|Christopher Nolan Again|1970|\N|director|\N
";

/// The fixture files by name (without `.gz`).
const FILES: [(&str, &str); 6] = [
    ("title.ratings.tsv", RATINGS),
    ("title.basics.tsv", BASICS),
    ("title.crew.tsv", CREW),
    ("title.principals.tsv", PRINCIPALS),
    ("title.akas.tsv", AKAS),
    ("name.basics.tsv", NAMES),
];

/// A fixture's text as IMDb writes it: `|` becomes a tab, the newline after
/// the opening quote goes.
fn tsv(fixture: &str) -> String {
    fixture
        .strip_prefix('\n')
        .unwrap_or(fixture)
        .replace('|', "\t")
}

fn write_gz(path: &Path, text: &str) {
    let file = std::fs::File::create(path).unwrap();
    let mut encoder = flate2::write::GzEncoder::new(file, flate2::Compression::default());
    encoder.write_all(text.as_bytes()).unwrap();
    encoder.finish().unwrap();
}

/// The fixture in a temp dir, with some files replaced: `(name, text)`,
/// the text already in TSV.
fn fixture_with(name: &str, replaced: &[(&str, String)]) -> TempDir {
    let dir = TempDir::new(name);
    for (file, fixture) in FILES {
        let text = match replaced.iter().find(|(r, _)| *r == file) {
            Some((_, text)) => text.clone(),
            None => tsv(fixture),
        };
        write_gz(&dir.0.join(format!("{file}.gz")), &text);
    }
    dir
}

fn fixture(name: &str) -> TempDir {
    fixture_with(name, &[])
}

/// A fixture file with one more line at the end, and that line's number.
fn with_line(fixture: &str, line: &str) -> (String, u64) {
    let text = tsv(fixture);
    let text = text.trim_end();
    let number = text.lines().count() as u64 + 1;
    (format!("{text}\n{}\n", line.replace('|', "\t")), number)
}

fn import(dir: &TempDir, options: &ImdbOptions) -> (Imported, ImdbStats) {
    match import_imdb(&dir.0, options) {
        Ok(result) => result,
        Err(e) => panic!("importing {}: {e}", dir.0.display()),
    }
}

/// Imports the fixture with default options, expecting no bad row.
fn import_clean(dir: &TempDir) -> (Vec<SourcedRecord>, ImdbStats) {
    let (imported, stats) = import(dir, &ImdbOptions::default());
    let errors: Vec<String> = imported.errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    (imported.records, stats)
}

/// The only error of an import with one file replaced, as text.
fn only_error(name: &str, file: &str, text: String) -> String {
    let dir = fixture_with(name, &[(file, text)]);
    let (imported, _) = import(&dir, &ImdbOptions::default());
    let errors: Vec<String> = imported.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

fn titles(records: &[SourcedRecord]) -> Vec<&str> {
    records.iter().map(|r| r.record.title.as_str()).collect()
}

fn record<'a>(records: &'a [SourcedRecord], imdb_id: &str) -> &'a FilmRecord {
    match records
        .iter()
        .find(|r| r.record.imdb_id.as_deref() == Some(imdb_id))
    {
        Some(r) => &r.record,
        None => panic!("{imdb_id} not imported: {:?}", titles(records)),
    }
}

fn person(name: &str, imdb_id: &str) -> PersonName {
    PersonName {
        name: name.to_owned(),
        imdb_id: Some(imdb_id.to_owned()),
    }
}

fn cast(name: &str, imdb_id: &str, character: &str) -> CastMember {
    CastMember {
        name: name.to_owned(),
        imdb_id: Some(imdb_id.to_owned()),
        character: character.to_owned(),
    }
}

fn crew(department: &str, name: &str, imdb_id: &str, job: Option<&str>) -> CrewMember {
    CrewMember {
        department: department.to_owned(),
        name: name.to_owned(),
        imdb_id: Some(imdb_id.to_owned()),
        job: job.map(str::to_owned),
    }
}

// ---------------------------------------------------------------------------
// Selection and mapping

#[test]
fn movies_are_selected_by_default_in_basics_order() {
    let dir = fixture("default");
    let (records, stats) = import_clean(&dir);
    assert_eq!(
        titles(&records),
        [
            "Memento",
            "The Shawshank Redemption",
            "Amélie",
            "All Nulls",
            "\"Quoted\" Title"
        ]
    );
    assert_eq!(stats.titles_selected, 5);
    assert!(records.iter().all(|r| r.source == Some(imdb_source())));
}

#[test]
fn every_column_of_a_full_title_is_mapped() {
    let dir = fixture("full");
    let (records, _) = import_clean(&dir);
    let memento = record(&records, "tt0209144");
    let nolan = person("Christopher Nolan", "nm0634240");
    let expected = FilmRecord {
        title: "Memento".into(),
        year: 2000,
        imdb_id: Some("tt0209144".into()),
        original_title: None,
        genres: vec!["Mystery".into(), "Thriller".into()],
        runtime_minutes: Some(113),
        directors: vec![nolan.clone()],
        writers: vec![nolan, person("Jonathan Nolan", "nm0634300")],
        cast: vec![
            cast("Guy Pearce", "nm0001602", "Leonard Shelby"),
            cast("Carrie-Anne Moss", "nm0001592", "Natalie"),
            cast("Joe Pantoliano", "nm0001564", "Teddy / John Edward Gammell"),
        ],
        crew: vec![
            crew("Produced by", "Emma Thomas", "nm0858799", Some("producer")),
            crew("Music by", "David Julyan", "nm0263729", None),
            crew(
                "Cinematography by",
                "Wally Pfister",
                "nm0002892",
                Some("director of photography"),
            ),
            crew("Film editing by", "Dody Dorn", "nm0260044", None),
            crew("Production design by", "Patti Podesta", "nm0586286", None),
            crew("Casting by", "John Papsidera", "nm0005225", None),
        ],
        also_known_as: vec![AlsoKnownAs {
            title: "Мементо".into(),
            region: Some("RU".into()),
        }],
        rating: Some(Rating {
            average: 8.4,
            votes: Some(1_400_000),
        }),
        ..FilmRecord::default()
    };
    assert_eq!(memento, &expected);
    assert_eq!(
        records[0].origin,
        Origin {
            file: "title.basics.tsv.gz".into(),
            line: 2
        }
    );
    assert_eq!(records[2].origin.line, 5, "Amélie's basics row");
}

#[test]
fn original_title_is_kept_only_when_it_differs() {
    let dir = fixture("original");
    let (records, _) = import_clean(&dir);
    assert_eq!(
        record(&records, "tt0211915").original_title.as_deref(),
        Some("Le fabuleux destin d'Amélie Poulain")
    );
    assert_eq!(record(&records, "tt0209144").original_title, None);
}

#[test]
fn null_in_every_nullable_column() {
    let dir = fixture("nulls");
    let (records, stats) = import_clean(&dir);
    let nulls = record(&records, "tt9999903");
    let expected = FilmRecord {
        title: "All Nulls".into(),
        year: 1999,
        imdb_id: Some("tt9999903".into()),
        cast: vec![cast("Guy Pearce", "nm0001602", "")],
        rating: Some(Rating {
            average: 6.1,
            votes: Some(12),
        }),
        ..FilmRecord::default()
    };
    assert_eq!(nulls, &expected);
    // No start year: skipped, and not an error.
    assert!(!titles(&records).contains(&"Announced"));
    assert_eq!(stats.titles_without_year, 1);
    // A null region in akas is no region.
    assert!(
        record(&records, "tt0211915")
            .also_known_as
            .contains(&AlsoKnownAs {
                title: "Amelie from Montmartre".into(),
                region: None
            })
    );
}

#[test]
fn quotes_are_literal_characters() {
    let dir = fixture("quotes");
    let (records, _) = import_clean(&dir);
    let quoted = record(&records, "tt9999904");
    assert_eq!(quoted.title, "\"Quoted\" Title");
    assert_eq!(quoted.original_title, None);
}

#[test]
fn characters_with_several_names_escaped_quotes_and_unicode() {
    let dir = fixture("characters");
    let (records, _) = import_clean(&dir);
    let shawshank = record(&records, "tt0111161");
    assert_eq!(shawshank.cast[1].character, "Ellis Boyd \"Red\" Redding");
    let amelie = record(&records, "tt0211915");
    assert_eq!(
        amelie.cast[1],
        cast(
            "André Dussollier de la Comédie-Française",
            "nm0001136",
            "Narrator \"Le Narrateur\" / 語り手 / Amélie's Voice"
        )
    );
    assert_eq!(
        record(&records, "tt0209144").cast[2].character,
        "Teddy / John Edward Gammell"
    );
}

#[test]
fn cast_follows_ordering_not_file_order() {
    let dir = fixture("ordering");
    let (records, _) = import_clean(&dir);
    let names: Vec<&str> = record(&records, "tt0111161")
        .cast
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["Tim Robbins", "Morgan Freeman", "Rita Hayworth"]);
}

#[test]
fn archive_footage_and_sound_are_cast() {
    let dir = fixture("archive");
    let (records, _) = import_clean(&dir);
    assert_eq!(
        record(&records, "tt0111161").cast[2],
        cast("Rita Hayworth", "nm0000028", "")
    );
    assert_eq!(
        record(&records, "tt0211915").cast[2],
        cast("Jean-Pierre Jeunet", "nm0000466", "Himself")
    );
}

#[test]
fn principals_add_a_director_title_crew_lacks_without_duplicating() {
    let dir = fixture("directors");
    let (records, _) = import_clean(&dir);
    let amelie = record(&records, "tt0211915");
    assert_eq!(
        amelie.directors,
        [person("Jean-Pierre Jeunet", "nm0000466")]
    );
    assert_eq!(amelie.writers, [person("Guillaume Laurant", "nm0433875")]);
    // Memento's director and writers are in both files: listed once.
    let memento = record(&records, "tt0209144");
    assert_eq!(memento.directors.len(), 1);
    assert_eq!(memento.writers.len(), 2);
}

#[test]
fn also_known_as_are_distinct_other_titles() {
    let dir = fixture("akas");
    let (records, _) = import_clean(&dir);
    let aka = |title: &str, region: Option<&str>| AlsoKnownAs {
        title: title.into(),
        region: region.map(Into::into),
    };
    assert_eq!(
        record(&records, "tt0211915").also_known_as,
        [
            aka("Die fabelhafte Welt der Amélie", Some("DE")),
            aka("Die fabelhafte Welt der Amélie", Some("AT")),
            aka("Amelie from Montmartre", None),
        ]
    );
}

#[test]
fn at_most_twenty_also_known_as() {
    let mut akas = tsv(AKAS);
    for n in 0..30 {
        akas.push_str(&format!(
            "tt0209144\t{}\tMemento {n}\tXX\t\\N\t\\N\t\\N\t0\n",
            n + 3
        ));
    }
    let dir = fixture_with("aka-limit", &[("title.akas.tsv", akas)]);
    let (records, _) = import_clean(&dir);
    let memento = record(&records, "tt0209144");
    assert_eq!(memento.also_known_as.len(), 20);
    assert_eq!(memento.also_known_as[0].title, "Мементо");
    assert_eq!(memento.also_known_as[19].title, "Memento 18");
}

#[test]
fn fields_imdb_does_not_have_stay_empty() {
    let dir = fixture("empty");
    let (records, _) = import_clean(&dir);
    for r in &records {
        let film = &r.record;
        assert!(film.countries.is_empty() && film.languages.is_empty());
        assert!(film.companies.is_empty() && film.plot.is_empty());
        assert_eq!(film.certification, None);
        assert_eq!(film.released, None);
        assert!(!film.cast_alphabetical);
    }
}

// ---------------------------------------------------------------------------
// Ids that point nowhere, repeats, line endings

#[test]
fn credits_naming_unknown_people_are_dropped_and_counted() {
    let dir = fixture("unknown-names");
    let (records, stats) = import_clean(&dir);
    // nm9999999 directs "Quoted" in title.crew; nm9999998 acts in Shawshank.
    assert!(record(&records, "tt9999904").directors.is_empty());
    assert!(
        !record(&records, "tt0111161")
            .cast
            .iter()
            .any(|c| c.character == "Ghost")
    );
    assert_eq!(stats.credits_dropped, 2);
}

#[test]
fn rows_for_titles_not_in_basics_are_ignored() {
    let dir = fixture("dangling-titles");
    let (records, stats) = import_clean(&dir);
    // tt8888888 in ratings, tt7777777 in crew, principals and akas.
    assert_eq!(stats.rows_for_unknown_titles, 4);
    assert!(!records.iter().any(|r| r.record.title == "Nowhere"));
    assert!(
        !records
            .iter()
            .flat_map(|r| &r.record.cast)
            .any(|c| c.character == "Nobody")
    );
}

#[test]
fn repeated_rows_keep_the_first() {
    let dir = fixture("repeats");
    let (records, stats) = import_clean(&dir);
    let memento = record(&records, "tt0209144");
    assert_eq!(memento.title, "Memento", "basics: first row");
    assert_eq!(memento.rating.unwrap().votes, Some(1_400_000), "ratings");
    assert_eq!(
        memento.directors[0].name, "Christopher Nolan",
        "crew and names"
    );
    assert_eq!(
        memento
            .cast
            .iter()
            .filter(|c| c.name == "Guy Pearce")
            .count(),
        1,
        "principals"
    );
    // One repeat in each file but akas.
    assert_eq!(stats.repeats_dropped, 5);
    assert_eq!(titles(&records).len(), 5);
}

#[test]
fn the_same_person_in_two_categories_is_no_repeat() {
    let dir = fixture("two-categories");
    let (records, _) = import_clean(&dir);
    let amelie = record(&records, "tt0211915");
    assert!(
        amelie
            .directors
            .iter()
            .any(|d| d.name == "Jean-Pierre Jeunet")
    );
    assert!(amelie.cast.iter().any(|c| c.name == "Jean-Pierre Jeunet"));
}

#[test]
fn empty_lines_at_the_end_are_not_rows() {
    let mut names = tsv(NAMES);
    names.push_str("\n\n\r\n");
    let dir = fixture_with("empty-lines", &[("name.basics.tsv", names)]);
    let (_, stats) = import_clean(&dir);
    let rows = |file: &str| {
        stats
            .rows_read
            .iter()
            .find(|(f, _)| f == file)
            .map(|(_, rows)| *rows)
    };
    assert_eq!(rows("title.basics.tsv.gz"), Some(10));
    assert_eq!(rows("name.basics.tsv.gz"), Some(22));
}

#[test]
fn crlf_line_endings_read_like_lf() {
    let crlf: Vec<(&str, String)> = FILES
        .iter()
        .map(|(file, text)| (*file, tsv(text).replace('\n', "\r\n")))
        .collect();
    let dir = fixture_with("crlf", &crlf);
    let (records, stats) = import_clean(&dir);
    let lf = fixture("lf");
    let (expected, expected_stats) = import_clean(&lf);
    assert_eq!(records, expected);
    assert_eq!(stats, expected_stats);
}

#[test]
fn files_without_gz_are_read_as_plain_text() {
    let dir = fixture("plain");
    let gz = dir.0.join("title.principals.tsv.gz");
    std::fs::remove_file(&gz).unwrap();
    std::fs::write(dir.0.join("title.principals.tsv"), tsv(PRINCIPALS)).unwrap();
    let (records, stats) = import_clean(&dir);
    assert_eq!(record(&records, "tt0209144").cast.len(), 3);
    assert!(
        stats
            .rows_read
            .iter()
            .any(|(file, _)| file == "title.principals.tsv")
    );
}

// ---------------------------------------------------------------------------
// Filters

#[test]
fn title_types_choose_the_titles() {
    let dir = fixture("types");
    let options = ImdbOptions {
        title_types: vec!["short".into(), "tvSeries".into()],
        ..ImdbOptions::default()
    };
    let (imported, _) = import(&dir, &options);
    assert!(imported.errors.is_empty());
    assert_eq!(titles(&imported.records), ["Carmencita", "Some Series"]);
}

#[test]
fn min_votes_drops_titles_with_fewer_or_no_votes() {
    let dir = fixture("votes");
    let options = ImdbOptions {
        min_votes: 150,
        ..ImdbOptions::default()
    };
    let (imported, _) = import(&dir, &options);
    assert_eq!(
        titles(&imported.records),
        [
            "Memento",
            "The Shawshank Redemption",
            "Amélie",
            "\"Quoted\" Title"
        ]
    );
}

#[test]
fn years_keep_titles_starting_in_the_range() {
    let dir = fixture("years");
    let options = ImdbOptions {
        years: Some(1999..=2001),
        ..ImdbOptions::default()
    };
    let (imported, _) = import(&dir, &options);
    assert_eq!(
        titles(&imported.records),
        ["Memento", "Amélie", "All Nulls"]
    );
}

#[test]
fn adult_titles_only_when_asked() {
    let dir = fixture("adult");
    let options = ImdbOptions {
        include_adult: true,
        ..ImdbOptions::default()
    };
    let (imported, _) = import(&dir, &options);
    assert!(titles(&imported.records).contains(&"Adult Film"));
}

// ---------------------------------------------------------------------------
// Bad rows and bad files

#[test]
fn a_row_with_the_wrong_column_count_is_an_error() {
    let (text, line) = with_line(BASICS, "tt9999905|movie|Too Few|0|2003");
    let error = only_error("columns", "title.basics.tsv", text);
    assert_eq!(line, 12);
    assert_eq!(
        error,
        "title.basics.tsv.gz:12: expected 9 tab-separated columns, found 5"
    );
}

#[test]
fn a_non_numeric_year_is_an_error() {
    let (text, line) = with_line(BASICS, r"tt9999905|movie|Bad Year|\N|0|20x0|\N|90|Drama");
    let error = only_error("year", "title.basics.tsv", text);
    assert_eq!(
        error,
        format!("title.basics.tsv.gz:{line}: field startYear: `20x0` is not a number")
    );
}

#[test]
fn a_non_numeric_runtime_is_an_error() {
    let (text, line) = with_line(
        BASICS,
        r"tt9999905|movie|Bad Runtime|\N|0|2003|\N|ninety|Drama",
    );
    let error = only_error("runtime", "title.basics.tsv", text);
    assert_eq!(
        error,
        format!("title.basics.tsv.gz:{line}: field runtimeMinutes: `ninety` is not a number")
    );
}

#[test]
fn non_numeric_votes_are_an_error() {
    let text = tsv(RATINGS).replace("tt9999904\t7.0\t150", "tt9999904\t7.0\tmany");
    let error = only_error("votes", "title.ratings.tsv", text);
    assert_eq!(
        error,
        "title.ratings.tsv.gz:7: field numVotes: `many` is not a number"
    );
}

#[test]
fn a_rating_outside_one_to_ten_is_an_error() {
    let text = tsv(RATINGS).replace("tt9999904\t7.0\t150", "tt9999904\t10.5\t150");
    let error = only_error("rating", "title.ratings.tsv", text);
    assert_eq!(
        error,
        "title.ratings.tsv.gz:7: field averageRating: `10.5` is not a rating from 1 to 10"
    );
    let text = tsv(RATINGS).replace("tt9999904\t7.0\t150", "tt9999904\t0.0\t150");
    let error = only_error("rating-zero", "title.ratings.tsv", text);
    assert!(error.contains("`0.0` is not a rating"), "{error}");
}

#[test]
fn a_malformed_tconst_is_an_error_in_every_file() {
    let cases = [
        (
            "title.basics.tsv",
            BASICS,
            r"tt12345|movie|Bad Id|\N|0|2003|\N|90|Drama",
        ),
        ("title.ratings.tsv", RATINGS, "t0209144|8.4|10"),
        ("title.crew.tsv", CREW, r"tt020914x|\N|\N"),
        (
            "title.principals.tsv",
            PRINCIPALS,
            r"|1|nm0001602|actor|\N|\N",
        ),
        (
            "title.akas.tsv",
            AKAS,
            r"tt00209144|9|Memento|FR|\N|\N|\N|0",
        ),
    ];
    for (file, fixture, row) in cases {
        let (text, line) = with_line(fixture, row);
        let error = only_error("tconst", file, text);
        let column = if file == "title.akas.tsv" {
            "titleId"
        } else {
            "tconst"
        };
        let expected = format!("{file}.gz:{line}: field {column}: `");
        assert!(error.starts_with(&expected), "{error}");
        assert!(
            error.ends_with("is not an IMDb id (tt and 7 to 10 digits)"),
            "{error}"
        );
    }
}

#[test]
fn a_malformed_nconst_is_an_error() {
    let (text, line) = with_line(PRINCIPALS, r"tt0209144|12|nm12|actor|\N|\N");
    let error = only_error("nconst", "title.principals.tsv", text);
    assert_eq!(
        error,
        format!(
            "title.principals.tsv.gz:{line}: field nconst: `nm12` is not an IMDb id (nm and 7 to 10 digits)"
        )
    );
    let text = tsv(CREW).replace("tt0111161\tnm0001104\t", "tt0111161\tnm0001104,xx1\t");
    let error = only_error("crew-nconst", "title.crew.tsv", text);
    assert_eq!(
        error,
        "title.crew.tsv.gz:3: field directors: `xx1` is not an IMDb id (nm and 7 to 10 digits)"
    );
    let (text, line) = with_line(NAMES, r"nm00000x1|Nobody|\N|\N|\N|\N");
    let error = only_error("names-nconst", "name.basics.tsv", text);
    assert!(
        error.starts_with(&format!("name.basics.tsv.gz:{line}: field nconst:")),
        "{error}"
    );
}

#[test]
fn characters_that_are_not_a_json_array_of_strings_are_an_error() {
    for (n, characters) in [
        r"Leonard Shelby",
        r#"["Leonard"#,
        r#"["a",1]"#,
        r#"{"a":"b"}"#,
    ]
    .into_iter()
    .enumerate()
    {
        let row = format!("tt0209144|12|nm0000001|actor|\\N|{characters}");
        let (text, line) = with_line(PRINCIPALS, &row);
        let error = only_error(&format!("characters-{n}"), "title.principals.tsv", text);
        let expected = format!(
            "title.principals.tsv.gz:{line}: field characters: `{characters}` is not a JSON array of strings"
        );
        assert!(error.starts_with(&expected), "{error}");
    }
}

#[test]
fn bad_rows_of_titles_not_selected_are_not_errors() {
    let (basics, _) = with_line(BASICS, r"tt9999905|short|Bad Short|\N|0|19x9|\N|x|\N");
    let (principals, _) = with_line(PRINCIPALS, r"tt0000001|x|nm12|actor|\N|[oops");
    let (ratings, _) = with_line(RATINGS, "tt9999905|11|none");
    let dir = fixture_with(
        "unselected",
        &[
            ("title.basics.tsv", basics),
            ("title.principals.tsv", principals),
            ("title.ratings.tsv", ratings),
        ],
    );
    let (records, _) = import_clean(&dir);
    assert_eq!(records.len(), 5);
}

#[test]
fn errors_past_the_limit_of_a_file_are_summed_up() {
    let mut principals = tsv(PRINCIPALS);
    for n in 0..1_005 {
        principals.push_str(&format!("tt0209144\t{n}x\tnm0000001\tactor\t\\N\t\\N\n"));
    }
    let dir = fixture_with("many-errors", &[("title.principals.tsv", principals)]);
    let (imported, stats) = import(&dir, &ImdbOptions::default());
    assert_eq!(imported.errors.len(), 1_001);
    assert_eq!(imported.errors[0].field, "ordering");
    let last = imported.errors.last().unwrap().to_string();
    assert_eq!(
        last,
        "title.principals.tsv.gz:1029: and 5 more bad rows in this file"
    );
    assert_eq!(stats.bad_rows, 1_005);
    // The good rows are still read.
    assert_eq!(imported.records.len(), 5);
}

#[test]
fn a_category_imdb_does_not_have_is_additional_crew() {
    let (principals, _) = with_line(
        PRINCIPALS,
        r"tt0209144|12|nm0000001|production_manager|\N|\N",
    );
    let dir = fixture_with("other-category", &[("title.principals.tsv", principals)]);
    let (records, _) = import_clean(&dir);
    assert_eq!(
        record(&records, "tt0209144").crew.last(),
        Some(&crew(
            "Additional crew",
            "Fred Astaire",
            "nm0000001",
            Some("production manager")
        ))
    );
}

#[test]
fn a_wrong_header_is_an_imdb_error_naming_the_file_and_columns() {
    let text = tsv(CREW).replacen("writers", "writer", 1);
    let dir = fixture_with("header", &[("title.crew.tsv", text)]);
    let error = import_imdb(&dir.0, &ImdbOptions::default()).unwrap_err();
    assert!(matches!(error, ImdbError::Header { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "title.crew.tsv.gz: the header is `tconst directors writer`, expected the columns \
         tconst, directors, writers"
    );
}

#[test]
fn an_empty_file_has_a_wrong_header() {
    let dir = fixture_with("empty-file", &[("title.akas.tsv", String::new())]);
    let error = import_imdb(&dir.0, &ImdbOptions::default()).unwrap_err();
    assert!(matches!(error, ImdbError::Header { .. }), "{error:?}");
}

#[test]
fn a_missing_file_is_an_imdb_error() {
    let dir = fixture("missing");
    std::fs::remove_file(dir.0.join("name.basics.tsv.gz")).unwrap();
    let error = import_imdb(&dir.0, &ImdbOptions::default()).unwrap_err();
    assert!(matches!(error, ImdbError::Missing { .. }), "{error:?}");
    assert!(error.to_string().contains("name.basics.tsv.gz"), "{error}");
}

#[test]
fn a_corrupt_gzip_is_an_io_error() {
    let dir = fixture("corrupt");
    let path = dir.0.join("title.akas.tsv.gz");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&path, bytes).unwrap();
    let error = import_imdb(&dir.0, &ImdbOptions::default()).unwrap_err();
    assert!(matches!(error, ImdbError::Io { .. }), "{error:?}");
    assert!(
        error.to_string().starts_with("title.akas.tsv.gz: "),
        "{error}"
    );
}

#[test]
fn stats_say_what_was_read() {
    let dir = fixture("stats");
    let (_, stats) = import_clean(&dir);
    let files: Vec<&str> = stats.rows_read.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        files,
        [
            "title.ratings.tsv.gz",
            "title.basics.tsv.gz",
            "title.crew.tsv.gz",
            "title.principals.tsv.gz",
            "title.akas.tsv.gz",
            "name.basics.tsv.gz"
        ]
    );
    let text = stats.to_string();
    assert!(text.starts_with("title.ratings.tsv.gz: 8 rows\n"), "{text}");
    assert!(text.contains("5 titles selected"), "{text}");
    assert!(text.contains("2 credits dropped"), "{text}");
}

// ---------------------------------------------------------------------------
// The synthetic dataset

/// What the generator's rules (see `write_synthetic_imdb`) make of title `i`
/// with default options: selected, or why not.
fn synthetic_selected(i: usize) -> bool {
    let movie = !matches!(i % 10, 7 | 9);
    movie && i % 50 != 21 && i % 100 != 45
}

#[test]
fn a_synthetic_dataset_reads_back_without_errors() {
    const TITLES: usize = 2_000;
    let dir = TempDir::new("synthetic");
    write_synthetic_imdb(&dir.0, TITLES, 10, 7).unwrap();
    let (imported, stats) = import(&dir, &ImdbOptions::default());
    let errors: Vec<String> = imported.errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let selected: Vec<usize> = (0..TITLES).filter(|&i| synthetic_selected(i)).collect();
    assert_eq!(imported.records.len(), selected.len());
    let ids: Vec<String> = selected
        .iter()
        .map(|i| format_id("tt", *i as u32 + 1))
        .collect();
    let read: Vec<&str> = imported
        .records
        .iter()
        .map(|r| r.record.imdb_id.as_deref().unwrap())
        .collect();
    assert_eq!(read, ids);

    let dropped = selected.iter().filter(|&&i| i % 97 == 5).count() as u64;
    assert_eq!(stats.credits_dropped, dropped);
    let basics_repeats = (0..TITLES).filter(|i| i % 500 == 123).count() as u64;
    let principal_repeats = selected.iter().filter(|&&i| i % 89 == 7).count() as u64;
    assert_eq!(stats.repeats_dropped, basics_repeats + principal_repeats);
    assert_eq!(stats.rows_for_unknown_titles, 4 * 5);
    assert_eq!(
        stats.titles_without_year,
        (0..TITLES).filter(|i| i % 100 == 45).count() as u64
    );

    let rows = |file: &str| stats.rows_read.iter().find(|(f, _)| f == file).unwrap().1;
    let principals = TITLES * 10
        + (0..TITLES).filter(|i| i % 89 == 7).count()
        + (0..TITLES).filter(|i| i % 97 == 5).count()
        + 5;
    assert_eq!(rows("title.principals.tsv.gz"), principals as u64);
    assert_eq!(
        rows("title.basics.tsv.gz"),
        (TITLES + basics_repeats as usize) as u64
    );

    for r in &imported.records {
        let film = &r.record;
        assert!(!film.title.starts_with("Repeat of"), "{}", film.title);
        let i = film_index(film);
        let two_directors = i.is_multiple_of(13) && i % 31 != 4;
        assert_eq!(film.directors.len(), 1 + usize::from(two_directors));
        assert!(!film.cast.is_empty());
        assert!(film.also_known_as.len() <= 20);
        assert!(film.also_known_as.iter().all(|a| a.title != film.title));
        assert_eq!(r.origin.file, "title.basics.tsv.gz");
    }
}

/// The generator's index of a synthetic film.
fn film_index(film: &FilmRecord) -> usize {
    let id = film.imdb_id.as_deref().unwrap();
    parse_id(id.as_bytes(), b"tt").unwrap() as usize - 1
}

#[test]
fn synthetic_filters_by_type_votes_and_years() {
    const TITLES: usize = 2_000;
    let dir = TempDir::new("synthetic-filters");
    write_synthetic_imdb(&dir.0, TITLES, 3, 11).unwrap();
    let (all, _) = import(&dir, &ImdbOptions::default());
    assert!(all.errors.is_empty());

    let options = ImdbOptions {
        title_types: vec!["tvSeries".into(), "short".into()],
        ..ImdbOptions::default()
    };
    let (series, _) = import(&dir, &options);
    let expected = (0..TITLES)
        .filter(|i| matches!(i % 10, 7 | 9) && i % 100 != 45 && i % 50 != 21)
        .count();
    assert_eq!(series.records.len(), expected);

    let options = ImdbOptions {
        min_votes: 1_000,
        ..ImdbOptions::default()
    };
    let (popular, _) = import(&dir, &options);
    let expected: Vec<&SourcedRecord> = all
        .records
        .iter()
        .filter(|r| r.record.rating.and_then(|r| r.votes).unwrap_or(0) >= 1_000)
        .collect();
    assert!(!expected.is_empty() && expected.len() < all.records.len());
    assert_eq!(popular.records.iter().collect::<Vec<_>>(), expected);

    let options = ImdbOptions {
        years: Some(1950..=1979),
        ..ImdbOptions::default()
    };
    let (years, _) = import(&dir, &options);
    let expected: Vec<&SourcedRecord> = all
        .records
        .iter()
        .filter(|r| (1950..=1979).contains(&r.record.year))
        .collect();
    assert!(!expected.is_empty() && expected.len() < all.records.len());
    assert_eq!(years.records.iter().collect::<Vec<_>>(), expected);
}

#[test]
fn the_synthetic_dataset_depends_only_on_the_seed() {
    let read_all = |dir: &TempDir| -> Vec<Vec<u8>> {
        FILES
            .iter()
            .map(|(file, _)| std::fs::read(dir.0.join(format!("{file}.gz"))).unwrap())
            .collect()
    };
    let (a, b, c) = (
        TempDir::new("seed-a"),
        TempDir::new("seed-b"),
        TempDir::new("seed-c"),
    );
    write_synthetic_imdb(&a.0, 300, 4, 1).unwrap();
    write_synthetic_imdb(&b.0, 300, 4, 1).unwrap();
    write_synthetic_imdb(&c.0, 300, 4, 2).unwrap();
    assert_eq!(read_all(&a), read_all(&b));
    assert_ne!(read_all(&a), read_all(&c));
}

#[test]
fn a_synthetic_dataset_without_principals_still_reads() {
    let dir = TempDir::new("synthetic-none");
    write_synthetic_imdb(&dir.0, 50, 0, 3).unwrap();
    let (imported, _) = import(&dir, &ImdbOptions::default());
    assert!(imported.errors.is_empty(), "{:?}", imported.errors);
    assert!(!imported.records.is_empty());
}

/// The benchmark: 1,000,000 titles × 10 principals, generated once into
/// `IMDB_SYNTH_DIR` (default `/tmp/imdb-synth`), then imported (with
/// `IMDB_SYNTH_MIN_VOTES`, default 0). Run with
/// `cargo test -p catalog-tool --release --test imdb -- --ignored --nocapture`.
#[test]
#[ignore = "writes and reads 10M rows: run by hand, in release"]
fn benchmark_synthetic_import() {
    let dir =
        PathBuf::from(std::env::var("IMDB_SYNTH_DIR").unwrap_or_else(|_| "/tmp/imdb-synth".into()));
    let titles = env_number("IMDB_SYNTH_TITLES", 1_000_000);
    let principals = env_number("IMDB_SYNTH_PRINCIPALS", 10);
    if !dir.join("name.basics.tsv.gz").exists() {
        let start = std::time::Instant::now();
        write_synthetic_imdb(&dir, titles, principals, 42).unwrap();
        println!(
            "generated {titles} titles × {principals} principals in {:.2?}",
            start.elapsed()
        );
    }
    let options = ImdbOptions {
        min_votes: env_number("IMDB_SYNTH_MIN_VOTES", 0) as u32,
        ..ImdbOptions::default()
    };
    let start = std::time::Instant::now();
    let (imported, stats) = import_imdb(&dir, &options).unwrap();
    let elapsed = start.elapsed();
    let rows: u64 = stats.rows_read.iter().map(|(_, rows)| rows).sum();
    let principals_rows = stats
        .rows_read
        .iter()
        .find(|(f, _)| f.starts_with("title.principals"))
        .map_or(0, |(_, rows)| *rows);
    println!("{stats}");
    println!(
        "imported {} records ({} errors) in {elapsed:.2?}: {:.0} rows/s over all files, \
         {principals_rows} principals rows",
        imported.records.len(),
        imported.errors.len(),
        rows as f64 / elapsed.as_secs_f64()
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for line in status
            .lines()
            .filter(|l| l.starts_with("VmHWM") || l.starts_with("VmRSS"))
        {
            println!("{line}");
        }
    }
    assert!(imported.errors.is_empty());
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

// ---------------------------------------------------------------------------
// Properties

/// A field IMDb could write: no tab, no line break.
fn field() -> impl Strategy<Value = String> {
    "[^\t\r\n]{0,12}"
}

proptest! {
    #[test]
    fn the_row_parser_never_panics(line in any::<String>()) {
        let _ = split_row::<6>(line.as_bytes());
        let _ = split_row::<1>(line.as_bytes());
        let _ = nullable(line.as_bytes());
        let _ = parse_id(line.as_bytes(), b"tt");
    }

    #[test]
    fn the_characters_parser_never_panics(field in any::<String>()) {
        let _ = parse_characters(&field);
    }

    #[test]
    fn characters_like_imdb_writes_them_never_panic(
        field in r#"\[("[^"]{0,6}"|\\"|,|\\u00e9|\\){0,5}\]?"#
    ) {
        let _ = parse_characters(&field);
    }

    #[test]
    fn a_well_formed_row_round_trips(fields in proptest::collection::vec(field(), 6)) {
        let line = fields.join("\t");
        let split = split_row::<6>(line.as_bytes()).unwrap();
        for (read, written) in split.iter().zip(&fields) {
            prop_assert_eq!(*read, written.as_bytes());
        }
        prop_assert_eq!(split_row::<5>(line.as_bytes()), Err(6));
    }

    #[test]
    fn characters_round_trip(names in proptest::collection::vec(any::<String>(), 0..4)) {
        let json = serde_json::to_string(&names).unwrap();
        prop_assert_eq!(parse_characters(&json).unwrap(), names);
    }

    #[test]
    fn ids_round_trip(id in 0u32..) {
        let text = format_id("nm", id);
        prop_assert_eq!(parse_id(text.as_bytes(), b"nm"), Some(id));
    }
}
