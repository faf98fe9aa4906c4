//! The synthetic catalog generator: its catalogs pass every catalog rule,
//! a title file does not grow with the catalog, and the output depends only
//! on the seed.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use catalog_tool::load::load_catalog_dir;
use catalog_tool::people::write_people;
use catalog_tool::synthetic::{Options, RELATED_SPAN, generate};
use catalog_tool::writer::{JsonStyle, gzip_len, rewrite_indexes};
use film_catalog::catalog::Title;
use film_catalog::matching::{MatchDecision, MatchFiles, Wanted, match_row};
use film_catalog::search::{
    SEARCH_DIR, SHARD_MAX_BYTES, SearchShard, SearchStep, first_shard, fold, shard_file_name, step,
};
use film_catalog::validate::check_catalog;

mod common;
use common::TempDir;

fn options(titles: usize) -> Options {
    Options {
        titles,
        reviews_on_first: 30,
        ..Options::default()
    }
}

fn generated(name: &str, options: &Options) -> TempDir {
    let dir = TempDir::new(name);
    if let Err(e) = generate(&dir.0, options) {
        panic!("generating {name}: {e}");
    }
    dir
}

/// Every file under `root`, by relative path.
fn all_files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for dir in ["titles", "credits", "reviews", "list", "search"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("the directory exists") {
            let entry = entry.expect("an entry");
            let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
            files.insert(path, std::fs::read(entry.path()).expect("readable"));
        }
    }
    files
}

fn title_file(root: &Path, id: &str) -> Vec<u8> {
    std::fs::read(root.join(format!("titles/{id}.json"))).expect("the title file exists")
}

fn first_title_id(root: &Path) -> String {
    // Title 0 is the one with the many reviews; find it by its review ids.
    let files = load_catalog_dir(root).expect("the catalog decodes");
    files
        .reviews
        .iter()
        .find(|(_, r)| r.reviews.first().is_some_and(|x| x.id == "r0-1"))
        .map(|(stem, _)| stem.clone())
        .expect("title 0 has reviews")
}

#[test]
fn a_generated_catalog_passes_every_catalog_rule() {
    let dir = generated(
        "valid",
        &Options {
            titles: 300,
            ..Options::default()
        },
    );
    let files = match load_catalog_dir(&dir.0) {
        Ok(files) => files,
        Err(errors) => panic!("generated files do not decode:\n{}", errors.join("\n")),
    };
    let problems = check_catalog(&files);
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    assert_eq!(files.titles.len(), 300);
    assert_eq!(files.pages.len(), 13);
    assert!(files.pages.iter().all(|(_, p)| p.total == 300));
    assert!(files.titles.iter().all(|(_, t)| t.related.len() == 12));
    let most = files.reviews.iter().map(|(_, r)| r.reviews.len()).max();
    assert_eq!(
        most,
        Some(10_000),
        "the first title has the default 10,000 reviews"
    );
    assert_every_title_matches(&files);
    // Folding gets exercised: accented titles and other scripts are there.
    assert!(files.titles.iter().any(|(_, t)| !t.title.is_ascii()));
    assert!(
        files
            .titles
            .iter()
            .any(|(_, t)| t.original_title.as_deref().is_some_and(|o| !o.is_ascii()))
    );
}

/// Every title of `files` is matched by its title and year through the
/// match index on disk (or offered among others of that name and year).
fn assert_every_title_matches(files: &film_catalog::validate::CatalogFiles) {
    let index = files.match_index.expect("match/index.json is written");
    let shards = MatchFiles {
        index,
        names: (0..index.name_shards)
            .map(|k| {
                files
                    .match_names
                    .iter()
                    .find(|(p, _)| *p == film_catalog::matching::name_shard_path(k))
                    .expect("every name shard")
                    .1
                    .clone()
            })
            .collect(),
        imdb: Vec::new(),
    };
    for (id, title) in &files.titles {
        let wanted = Wanted {
            title: title.title.clone(),
            year: Some(title.year),
            ..Wanted::default()
        };
        let decision = match_row(&index, &wanted, |k| shards.names.get(k as usize), |_| None);
        let found = match &decision {
            MatchDecision::Matched(c) => c.id == *id,
            MatchDecision::Ambiguous(cs) => {
                cs.iter().any(|c| c.id == *id)
                    && cs.iter().filter(|c| c.year == title.year).count() > 1
            }
            MatchDecision::NotFound => false,
        };
        assert!(found, "{id}: {decision:?}");
    }
}

#[test]
fn a_title_page_fetches_the_same_bytes_whatever_the_catalog_size() {
    let small = generated("size-50", &options(50));
    let large = generated("size-500", &options(500));
    let small_files = load_catalog_dir(&small.0).expect("decodes");
    let large_files = load_catalog_dir(&large.0).expect("decodes");
    let large_titles: BTreeMap<&str, &Title> = large_files
        .titles
        .iter()
        .map(|(id, t)| (id.as_str(), t))
        .collect();

    // Title 0's related films are within the first 48 titles in both: its
    // file, all a title page fetches, is the same to the byte.
    let first = first_title_id(&small.0);
    assert_eq!(first, first_title_id(&large.0));
    assert_eq!(title_file(&small.0, &first), title_file(&large.0, &first));

    // Every title of the small catalog is in the large one, the same but for
    // which films its related cards point to when they wrap around.
    for (id, title) in &small_files.titles {
        let other = large_titles[id.as_str()];
        assert_eq!(other.related.len(), title.related.len());
        let mut a = title.clone();
        let mut b = other.clone();
        a.related.clear();
        b.related.clear();
        assert_eq!(a, b, "{id}");
    }
    // And no title file is larger for being in a larger catalog.
    let largest = |root: &Path| {
        std::fs::read_dir(root.join("titles"))
            .expect("titles/")
            .map(|e| e.expect("entry").metadata().expect("metadata").len())
            .max()
            .expect("some titles")
    };
    assert!(largest(&small.0) < 12 * 1024);
    assert!(largest(&large.0) < 12 * 1024);
}

// The byte-for-byte comparison of title 0 above needs its related films
// inside the smaller catalog.
const _: () = assert!(RELATED_SPAN < 50);

#[test]
fn the_output_depends_on_the_seed_only() {
    let one = generated("jobs-1", &options(120));
    let three = generated(
        "jobs-3",
        &Options {
            jobs: 3,
            ..options(120)
        },
    );
    let a = all_files(&one.0);
    assert!(
        a == all_files(&three.0),
        "the number of jobs changed the output"
    );
    let other_seed = generated(
        "seed-2",
        &Options {
            seed: 2,
            ..options(120)
        },
    );
    assert!(a != all_files(&other_seed.0));
}

#[test]
fn index_only_rebuilds_the_same_list_and_search_files() {
    let dir = generated("reindex", &options(200));
    let before = all_files(&dir.0);
    // Stale files go: a page and a shard that should not be there.
    std::fs::write(dir.0.join("list/99.json"), "{}").expect("write");
    std::fs::write(dir.0.join("search/zzz.json"), "{}").expect("write");
    let people = write_people(&dir.0, JsonStyle::Compact).expect("people");
    rewrite_indexes(&dir.0, &people.search, None, JsonStyle::Compact).expect("reindex");
    assert!(before == all_files(&dir.0));
}

/// Searches a catalog's shards on disk the way the site does.
fn search(root: &Path, query: &str) -> Vec<(String, String)> {
    let folded = fold(query);
    let mut next = first_shard(query);
    while let Some(prefix) = next.take() {
        let path = root.join(SEARCH_DIR).join(shard_file_name(&prefix));
        let Ok(bytes) = std::fs::read(path) else {
            return Vec::new();
        };
        let shard: SearchShard = serde_json::from_slice(&bytes).expect("a shard decodes");
        match step(&shard, &folded) {
            SearchStep::Results(found) => {
                return found.titles.into_iter().map(|h| (h.id, h.title)).collect();
            }
            SearchStep::Fetch(child) => next = Some(child),
            SearchStep::NoMatch => return Vec::new(),
        }
    }
    Vec::new()
}

#[test]
fn every_generated_title_is_found_by_its_name() {
    let dir = generated("search", &options(400));
    let files = load_catalog_dir(&dir.0).expect("decodes");
    for (id, title) in &files.titles {
        let hits = search(&dir.0, &title.title);
        let found = hits.iter().any(|(hit, _)| hit == id);
        // Only ten show: a name shared by more titles may push it out, but
        // then every hit has that very name.
        let crowded = hits.len() == 10 && hits.iter().all(|(_, t)| fold(t) == fold(&title.title));
        assert!(
            found || crowded,
            "{:?} does not find {id}: {hits:?}",
            title.title
        );
    }
    for shard in std::fs::read_dir(dir.0.join(SEARCH_DIR)).expect("search/") {
        let bytes = std::fs::read(shard.expect("entry").path()).expect("readable");
        assert!(bytes.len() <= SHARD_MAX_BYTES);
        assert!(gzip_len(&bytes) < 30 * 1024);
    }
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_catalog-tool"))
        .args(args)
        .output()
        .expect("the generator runs")
}

#[test]
fn the_command_line_reports_and_refuses_to_overwrite() {
    let dir = TempDir::new("cli");
    let out = dir.0.to_string_lossy().into_owned();
    let args = [
        "generate",
        "--titles",
        "30",
        "--out",
        &out,
        "--reviews-on-first",
        "5",
    ];
    let first = run(&args);
    assert!(first.status.success(), "{first:?}");
    let report = String::from_utf8_lossy(&first.stdout);
    for line in [
        "files written",
        "largest title file",
        "largest shard gzip",
        "time",
    ] {
        assert!(report.contains(line), "{report}");
    }
    let again = run(&args);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let forced = run(&[&args[..], &["--force", "--check"]].concat());
    assert!(forced.status.success(), "{forced:?}");

    let bad = run(&["generate", "--titles", "many", "--out", &out]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a number"));
    assert_eq!(run(&["generate", "--out", &out]).status.code(), Some(2));
    assert_eq!(run(&["regenerate"]).status.code(), Some(2));
    let missing = run(&["index", &format!("{out}/nowhere")]);
    assert_eq!(missing.status.code(), Some(1));
    let checked = run(&["check", &out]);
    assert!(checked.status.success(), "{checked:?}");
    assert!(String::from_utf8_lossy(&checked.stdout).contains("30 titles, every rule holds"));
    std::fs::write(dir.0.join("titles/extra.json"), "{}").expect("writable");
    let broken = run(&["check", &out]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("titles/extra.json"));
}
