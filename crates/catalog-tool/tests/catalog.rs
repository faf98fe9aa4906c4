//! Checks the shipped catalog in `assets/catalog` and the rules that guard it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use catalog_tool::load::load_catalog_dir;
use catalog_tool::people::{PeopleWritten, write_people};
use catalog_tool::writer::{
    JsonStyle, LIST_DIR, Listing, front_file, index_files, previous_featured,
};
use film_catalog::catalog::Title;
use film_catalog::matching::{
    ImdbShard, MatchDecision, NameShard, Wanted, imdb_shard_path, match_row, name_shard_path,
};
use film_catalog::people::PEOPLE_DIR;
use film_catalog::search::{
    SEARCH_DIR, SearchResults, SearchShard, SearchStep, first_shard, fold, shard_file_name, step,
};
use film_catalog::validate::{CatalogFiles, check_catalog};

mod common;
use common::TempDir;

fn shipped_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/catalog")
}

fn shipped() -> CatalogFiles {
    match load_catalog_dir(&shipped_root()) {
        Ok(files) => files,
        Err(errors) => panic!("catalog files do not decode:\n{}", errors.join("\n")),
    }
}

fn title<'a>(files: &'a mut CatalogFiles, id: &str) -> &'a mut Title {
    &mut files
        .titles
        .iter_mut()
        .find(|(stem, _)| stem == id)
        .unwrap_or_else(|| panic!("{id} is in the catalog"))
        .1
}

#[test]
fn shipped_catalog_is_valid() {
    let files = shipped();
    let problems = check_catalog(&files);
    assert!(
        problems.is_empty(),
        "catalog problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn shipped_catalog_holds_the_seed_film_and_its_twelve_related() {
    let mut files = shipped();
    assert_eq!(files.titles.len(), 13);
    let allende = title(&mut files, "salvador-allende-2004").clone();
    assert_eq!(allende.title, "Salvador Allende");
    assert_eq!(allende.year, 2004);
    assert_eq!(allende.certification.as_deref(), Some("Not Rated"));
    assert_eq!(allende.genres, ["Documentary", "Biography"]);
    assert_eq!(allende.related.len(), 12);
    assert_eq!(allende.user_reviews, 10);
    assert_eq!(allende.critic_reviews, Some(13));
    assert_eq!(allende.top_cast.len(), 15);
    let featured = allende.featured_review.expect("a featured review");
    assert_eq!((featured.helpful_yes, featured.helpful_total), (14, 18));
    let ratings: Vec<f32> = allende
        .related
        .iter()
        .map(|c| c.rating.map_or(0.0, |r| r.average))
        .collect();
    assert_eq!(
        ratings,
        [7.7, 7.6, 7.9, 8.3, 8.2, 6.8, 7.9, 7.6, 7.4, 7.2, 7.2, 7.9]
    );
}

#[test]
fn a_related_id_without_a_title_file_is_reported() {
    let mut files = shipped();
    title(&mut files, "salvador-allende-2004").related[0].id = "no-such-film-1999".into();
    let problems = check_catalog(&files);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"no-such-film-1999\" has no title file")),
        "{problems:?}"
    );
}

#[test]
fn a_stale_related_card_is_reported() {
    let mut files = shipped();
    title(&mut files, "salvador-allende-2004").related[1].year = 1900;
    let problems = check_catalog(&files);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("does not match its title file")),
        "{problems:?}"
    );
}

#[test]
fn duplicate_titles_are_reported() {
    let mut files = shipped();
    let copy = files.titles[0].clone();
    files.titles.push(copy);
    let problems = check_catalog(&files);
    assert!(
        problems.iter().any(|p| p.contains("duplicate title id")),
        "{problems:?}"
    );
}

#[test]
fn ratings_out_of_range_are_reported() {
    for bad in [0.0, 10.5, f32::NAN] {
        let mut files = shipped();
        if let Some(r) = title(&mut files, "canoa-1976").rating.as_mut() {
            r.average = bad;
        }
        let problems = check_catalog(&files);
        assert!(
            problems.iter().any(|p| p.contains("outside 1–10")),
            "{bad}: {problems:?}"
        );
    }
    let mut files = shipped();
    files.reviews[0].1.reviews[0].rating = Some(11);
    assert!(
        check_catalog(&files)
            .iter()
            .any(|p| p.contains("rating 11 is outside 1–10"))
    );
}

#[test]
fn review_counts_must_match_the_reviews_file() {
    let mut files = shipped();
    title(&mut files, "time-out-2001").user_reviews += 1;
    let problems = check_catalog(&files);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("reviews but the title says")),
        "{problems:?}"
    );
}

#[test]
fn helpful_votes_cannot_exceed_voters() {
    let mut files = shipped();
    let review = &mut files.reviews[0].1.reviews[0];
    review.helpful_yes = review.helpful_total + 1;
    assert!(
        check_catalog(&files)
            .iter()
            .any(|p| p.contains("found it helpful"))
    );
}

#[test]
fn the_index_must_list_every_title_once() {
    let mut files = shipped();
    files.pages[0].1.titles.pop();
    let problems = check_catalog(&files);
    assert!(
        problems.iter().any(|p| p.contains("is on no page")),
        "{problems:?}"
    );

    let mut files = shipped();
    files.pages[0].1.total = 14;
    assert!(check_catalog(&files).iter().any(|p| p.contains("total 14")));
}

#[test]
fn impossible_dates_and_bad_ids_are_reported() {
    let mut files = shipped();
    title(&mut files, "salvador-allende-2004")
        .release
        .as_mut()
        .expect("a release")
        .date = "2007-02-30".into();
    assert!(
        check_catalog(&files)
            .iter()
            .any(|p| p.contains("not YYYY-MM-DD"))
    );

    let mut files = shipped();
    title(&mut files, "emitai-1971").id = "Emitaï".into();
    let problems = check_catalog(&files);
    assert!(
        problems.iter().any(|p| p.contains("not a valid slug")),
        "{problems:?}"
    );
}

#[test]
fn top_cast_must_open_the_full_cast() {
    let mut files = shipped();
    title(&mut files, "salvador-allende-2004")
        .top_cast
        .swap(0, 1);
    assert!(
        check_catalog(&files)
            .iter()
            .any(|p| p.contains("not the start of the full cast"))
    );
}

#[test]
fn wrongly_typed_json_is_a_decode_error() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/catalog/titles/canoa-1976.json"),
    )
    .expect("the file exists");
    assert!(serde_json::from_str::<Title>(&text).is_ok());
    let wrong = text.replacen("\"year\": 1976", "\"year\": \"1976\"", 1);
    assert_ne!(wrong, text);
    assert!(serde_json::from_str::<Title>(&wrong).is_err());
    // A required field (the title's name) missing; the plot is optional.
    let missing = text.replacen("\"title\":", "\"titel\":", 1);
    assert!(serde_json::from_str::<Title>(&missing).is_err());
    let no_plot = text.replacen("\"plot\":", "\"plott\":", 1);
    assert_eq!(
        serde_json::from_str::<Title>(&no_plot).map(|t| t.plot).ok(),
        Some(String::new())
    );
}

/// Every `.json` file of `root/dir`, by path relative to `root`.
fn json_files_in(root: &Path, dir: &str) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(root.join(dir))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".json"))
                .map(|name| {
                    let path = format!("{dir}/{name}");
                    let bytes = std::fs::read(root.join(&path)).expect("readable");
                    (path, bytes)
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn shipped_list_and_search_files_are_what_the_writer_builds() {
    let files = shipped();
    let listings: Vec<Listing> = files.titles.iter().map(|(_, t)| Listing::of(t)).collect();
    let (_, people) = shipped_people_built();
    let built: BTreeMap<String, Vec<u8>> =
        index_files(&listings, &people.search, JsonStyle::Pretty)
            .expect("the index builds")
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect();
    let mut on_disk = json_files_in(&shipped_root(), LIST_DIR);
    on_disk.extend(json_files_in(&shipped_root(), SEARCH_DIR));
    let fix = "run `cargo run --release -p catalog-tool -- index assets/catalog --pretty`";
    let missing: Vec<_> = built.keys().filter(|p| !on_disk.contains_key(*p)).collect();
    let stale: Vec<_> = on_disk.keys().filter(|p| !built.contains_key(*p)).collect();
    assert!(missing.is_empty(), "missing {missing:?}: {fix}");
    assert!(stale.is_empty(), "stale {stale:?}: {fix}");
    for (path, bytes) in &built {
        assert!(on_disk[path] == *bytes, "{path} is out of date: {fix}");
    }
    assert!(built.contains_key("list/1.json"));
    assert!(built.contains_key("search/em.json"));
}

/// Searches the shipped shards the way the site does, reading them from an
/// in-memory copy of `assets/catalog/search`. Returns the ids of the
/// titles found.
fn search_shipped(shards: &BTreeMap<String, Vec<u8>>, query: &str) -> Vec<String> {
    let found = search_shipped_all(shards, query);
    found.titles.into_iter().map(|h| h.id).collect()
}

/// [`search_shipped`] for the people found.
fn search_shipped_people(shards: &BTreeMap<String, Vec<u8>>, query: &str) -> Vec<String> {
    let found = search_shipped_all(shards, query);
    found.people.into_iter().map(|h| h.id).collect()
}

fn search_shipped_all(shards: &BTreeMap<String, Vec<u8>>, query: &str) -> SearchResults {
    let load = |prefix: &str| -> Option<SearchShard> {
        let bytes = shards.get(&format!("{SEARCH_DIR}/{}", shard_file_name(prefix)))?;
        Some(serde_json::from_slice(bytes).expect("a shard decodes"))
    };
    let folded = fold(query);
    let mut next = first_shard(query);
    let mut fetches = 0;
    while let Some(prefix) = next.take() {
        fetches += 1;
        assert!(fetches < 10, "{query:?} does not settle");
        // A missing file means no match.
        let Some(shard) = load(&prefix) else {
            break;
        };
        match step(&shard, &folded) {
            SearchStep::Results(found) => return found,
            SearchStep::Fetch(child) => next = Some(child),
            SearchStep::NoMatch => break,
        }
    }
    SearchResults::default()
}

#[test]
fn shipped_shards_find_titles_by_any_word_without_accents() {
    let shards = json_files_in(&shipped_root(), SEARCH_DIR);
    assert_eq!(search_shipped(&shards, "emitai"), ["emitai-1971"]);
    assert_eq!(search_shipped(&shards, "Emitaï"), ["emitai-1971"]);
    assert_eq!(search_shipped(&shards, "EMI"), ["emitai-1971"]);
    assert_eq!(
        search_shipped(&shards, "battle of ch"),
        [
            "the-battle-of-chile-part-i-1975",
            "the-battle-of-chile-part-ii-1976",
            "the-battle-of-chile-part-iii-1979"
        ]
    );
    assert_eq!(
        search_shipped(&shards, "part ii"),
        [
            "the-battle-of-chile-part-ii-1976",
            "the-battle-of-chile-part-iii-1979"
        ]
    );
    // Original titles and also-known-as names find the title too.
    assert_eq!(
        search_shipped(&shards, "botón de nácar"),
        ["the-pearl-button-2015"]
    );
    assert_eq!(search_shipped(&shards, "boton"), ["the-pearl-button-2015"]);
    assert_eq!(search_shipped(&shards, "nacar"), ["the-pearl-button-2015"]);
    assert_eq!(
        search_shipped(&shards, "Сальвадор"),
        ["salvador-allende-2004"]
    );
    // Salvador Allende has votes, so it ranks first among the "s" titles.
    assert_eq!(search_shipped(&shards, "s")[0], "salvador-allende-2004");
    assert!(search_shipped(&shards, "zq").is_empty());
    assert!(search_shipped(&shards, "chile memory").is_empty());
}

/// The people files the writer builds from the shipped titles and credits
/// (in a copy), and what it reports.
fn shipped_people_built() -> (BTreeMap<String, Vec<u8>>, PeopleWritten) {
    let copy = TempDir::new("shipped-people");
    for dir in ["titles", "credits"] {
        std::fs::create_dir_all(copy.0.join(dir)).expect("writable");
        for (path, bytes) in json_files_in(&shipped_root(), dir) {
            std::fs::write(copy.0.join(path), bytes).expect("writable");
        }
    }
    let written = write_people(&copy.0, JsonStyle::Pretty).expect("people files build");
    (json_files_in(&copy.0, PEOPLE_DIR), written)
}

#[test]
fn shipped_people_files_are_what_the_writer_builds() {
    let (built, written) = shipped_people_built();
    let on_disk = json_files_in(&shipped_root(), PEOPLE_DIR);
    let fix = "run `cargo run --release -p catalog-tool -- index assets/catalog --pretty`";
    assert_eq!(
        built.len(),
        written.files,
        "no long careers in the seed: no later pages"
    );
    assert_eq!(
        written.search.len(),
        built.len(),
        "one search row per person"
    );
    assert_eq!(
        built.keys().collect::<Vec<_>>(),
        on_disk.keys().collect::<Vec<_>>(),
        "{fix}"
    );
    for (path, bytes) in &built {
        assert!(on_disk[path] == *bytes, "{path} is out of date: {fix}");
    }
    assert!(built.contains_key("people/patricio-guzman.json"));
}

#[test]
fn shipped_front_page_is_what_the_writer_builds() {
    let files = shipped();
    let listings: Vec<Listing> = files.titles.iter().map(|(_, t)| Listing::of(t)).collect();
    let featured = previous_featured(&shipped_root());
    assert_eq!(featured.as_deref(), Some("salvador-allende-2004"));
    let title_of = |id: &str| {
        let found = files.titles.iter().find(|(_, t)| t.id == id);
        Ok(found.expect("the featured film is shipped").1.clone())
    };
    let built = front_file(&listings, featured.as_deref(), title_of, JsonStyle::Pretty)
        .expect("the front page builds")
        .expect("the catalog has titles");
    let on_disk = std::fs::read(shipped_root().join(&built.path)).expect("front.json is shipped");
    assert!(
        on_disk == built.bytes,
        "front.json is out of date: run `cargo run --release -p catalog-tool -- index assets/catalog --pretty`"
    );
}

#[test]
fn the_front_page_must_agree_with_the_titles() {
    let mut files = shipped();
    let front = files.front.as_mut().expect("front.json is shipped");
    front.total += 1;
    front.newest[0].year += 1;
    front.circle.pop();
    let problems = check_catalog(&files).join("\n");
    for expected in [
        "front.json: total 14 but the catalog has 13 titles",
        "front.json: the card for \"the-cordillera-of-dreams-2019\" does not match its title file",
        "front.json: the circle is not the featured film's related list",
    ] {
        assert!(problems.contains(expected), "{expected}\n{problems}");
    }
    files.front = None;
    assert_eq!(check_catalog(&files), ["front.json is missing"]);
}

#[test]
fn search_shards_must_point_at_real_titles_and_people() {
    fn shard<'a>(files: &'a mut CatalogFiles, stem: &str) -> &'a mut SearchShard {
        &mut files
            .search
            .iter_mut()
            .find(|(s, _)| s == stem)
            .unwrap_or_else(|| panic!("search/{stem}.json is shipped"))
            .1
    }
    let mut files = shipped();
    assert!(!files.search.is_empty());
    shard(&mut files, "gu").people[0].name = "Patricio Guzman".into();
    shard(&mut files, "em").titles[0].year = 1972;
    shard(&mut files, "c").children.push("cz".into());
    shard(&mut files, "ca")
        .people_keys
        .push(("canoa".into(), 99));
    files.people.retain(|(id, _)| id != "felipe-cazals");
    let problems = check_catalog(&files).join("\n");
    for expected in [
        "search/gu.json: person \"patricio-guzman\" does not match its file",
        "search/em.json: title \"emitai-1971\" does not match its file",
        "search/c.json: child shard \"cz\" is missing",
        "search/ca.json: key \"canoa\" is outside the shard",
        "person \"felipe-cazals\" has no people file",
    ] {
        assert!(problems.contains(expected), "{expected}\n{problems}");
    }
}

#[test]
fn shipped_shards_find_people_by_any_word_without_accents() {
    let shards = json_files_in(&shipped_root(), SEARCH_DIR);
    assert_eq!(
        search_shipped_people(&shards, "guzman"),
        ["patricio-guzman"]
    );
    assert_eq!(
        search_shipped_people(&shards, "GUZMÁN"),
        ["patricio-guzman"]
    );
    assert_eq!(
        search_shipped_people(&shards, "patricio"),
        ["patricio-guzman"]
    );
    assert!(search_shipped_people(&shards, "zq").is_empty());
}

#[test]
fn people_and_credits_must_agree_both_ways() {
    let mut files = shipped();
    assert!(check_catalog(&files).is_empty());
    // A credit the person's page lacks.
    let guzman = &mut files
        .people
        .iter_mut()
        .find(|(id, _)| id == "patricio-guzman")
        .expect("Guzmán has a page")
        .1;
    guzman.roles[0].credits.remove(0);
    let problems = check_catalog(&files);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("patricio-guzman.json: no Director credit")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("credits on 1 pages, not 9"))
    );
    // A person page for a credit no title states, and a person with no page.
    let mut files = shipped();
    let (_, page) = files.people.remove(0);
    let problems = check_catalog(&files);
    assert!(
        problems
            .iter()
            .any(|p| p.contains(&format!("people/{}.json: no", page.id))),
        "{problems:?}"
    );
    let mut files = shipped();
    files.people[0].1.roles[0].credits[0].id = "canoa-1976".into();
    files.people[0].1.roles[0].credits[0].title = "Canoa".into();
    files.people[0].1.roles[0].credits[0].year = 1976;
    let problems = check_catalog(&files);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("that the title does not state")),
        "{problems:?}"
    );
}

#[test]
fn shipped_browse_lists_cover_every_title() {
    let files = shipped();
    let all = files
        .browse_facets
        .iter()
        .find(|(path, _)| path == "browse/all/facets.json")
        .map(|(_, f)| f)
        .expect("browse/all/facets.json is shipped");
    assert_eq!(all.total as usize, files.titles.len());
    let documentary = all.count(film_catalog::browse::Facet::Genre, "documentary");
    let expected = files
        .titles
        .iter()
        .filter(|(_, t)| t.genres.iter().any(|g| g == "Documentary"))
        .count();
    assert_eq!(documentary as usize, expected);
    assert!(expected > 0);
}

#[test]
fn stale_missing_and_stray_browse_files_are_reported() {
    let mut files = shipped();
    let (path, rows) = files
        .browse_rows
        .iter_mut()
        .find(|(path, _)| path == "browse/all/title/1.json")
        .expect("the title order of the whole catalog");
    let path = path.clone();
    rows.swap(0, 1);
    let problems = check_catalog(&files);
    assert!(
        problems.contains(&format!("{path} does not match the titles")),
        "{problems:?}"
    );

    let mut files = shipped();
    files
        .browse_facets
        .retain(|(p, _)| p != "browse/genre/documentary/facets.json");
    let moved = files.browse_facets[0].clone();
    files
        .browse_facets
        .push(("browse/genre/western/facets.json".into(), moved.1));
    let problems = check_catalog(&files);
    assert!(
        problems.contains(&"browse/genre/documentary/facets.json is missing".to_owned()),
        "{problems:?}"
    );
    assert!(
        problems.contains(
            &"browse/genre/western/facets.json: no list of the titles has this file".to_owned()
        ),
        "{problems:?}"
    );
    // A title changed after its lists were written makes them stale.
    let mut files = shipped();
    title(&mut files, "salvador-allende-2004").year = 2005;
    let problems = check_catalog(&files);
    let stale = "browse/all/year/1.json does not match the titles".to_owned();
    assert!(problems.contains(&stale), "{problems:?}");
    // … and its id shard, with the lists' 60 files past the first 20.
    assert!(
        problems.contains(&"browse/: 61 more problems".to_owned()),
        "{problems:?}"
    );
    // An id shard gone, or a title's place in an order wrong.
    let mut files = shipped();
    files.browse_ids.clear();
    assert!(
        check_catalog(&files).contains(&"browse/id/0.json is missing".to_owned()),
        "the id shard is checked"
    );
    let mut files = shipped();
    files.browse_ids[0].1[0].ranks[0] += 1;
    assert!(
        check_catalog(&files).contains(&"browse/id/0.json does not match the titles".to_owned()),
        "ranks are checked"
    );
}

#[test]
fn shipped_match_index_finds_every_title_by_name_and_imdb_id() {
    let files = shipped();
    let index = files.match_index.expect("match/index.json is shipped");
    assert_eq!(
        (index.titles, index.name_shards, index.imdb_shards),
        (13, 1, 1)
    );
    let names = |k: u32| {
        let path = name_shard_path(k);
        files
            .match_names
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, s)| s)
    };
    let imdb = |k: u32| {
        let path = imdb_shard_path(k);
        files
            .match_imdb
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, s)| s)
    };
    for (id, title) in &files.titles {
        let by_name = Wanted {
            title: title.title.to_uppercase(),
            year: Some(title.year + 1),
            ..Wanted::default()
        };
        let matched = match_row(&index, &by_name, names, imdb);
        assert!(
            matches!(&matched, MatchDecision::Matched(c) if c.id == *id),
            "{id}: {matched:?}"
        );
        if let Some(imdb_id) = &title.imdb_id {
            let by_id = Wanted {
                title: "Not its name".into(),
                imdb_id: Some(imdb_id.clone()),
                ..Wanted::default()
            };
            let matched = match_row(&index, &by_id, names, imdb);
            assert!(
                matches!(&matched, MatchDecision::Matched(c) if c.id == *id),
                "{id}: {matched:?}"
            );
        }
    }
    // Letterboxd's English title and IMDb's original title both find it.
    let original = Wanted {
        title: "Nostalgia de la luz".into(),
        year: Some(2010),
        ..Wanted::default()
    };
    let matched = match_row(&index, &original, names, imdb);
    assert!(
        matches!(&matched, MatchDecision::Matched(c) if c.id == "nostalgia-for-the-light-2010"),
        "{matched:?}"
    );
}

#[test]
fn stale_missing_and_stray_match_files_are_reported() {
    let check_match = |files: &CatalogFiles| -> Vec<String> {
        check_catalog(files)
            .into_iter()
            .filter(|p| p.starts_with("match/"))
            .collect()
    };
    // A shard that differs from what the titles make.
    let mut files = shipped();
    let shard = &mut files.match_names[0].1;
    let first = shard.names.keys().next().cloned().expect("a name");
    shard.names.remove(&first);
    assert_eq!(
        check_match(&files),
        ["match/name/0.json does not match the titles"]
    );
    // A missing shard and a stray one.
    let mut files = shipped();
    files.match_imdb.clear();
    files
        .match_names
        .push(("match/name/1.json".into(), NameShard::default()));
    assert_eq!(
        check_match(&files),
        [
            "match/imdb/0.json is missing",
            "match/name/1.json: no shard of the titles has this file"
        ]
    );
    // A missing or wrong index.
    let mut files = shipped();
    files.match_index = None;
    assert_eq!(check_match(&files), ["match/index.json is missing"]);
    let mut files = shipped();
    if let Some(index) = files.match_index.as_mut() {
        index.imdb_shards = 2;
    }
    assert_eq!(
        check_match(&files),
        ["match/index.json does not match the titles"]
    );
    // A title changed after the index was written makes it stale.
    let mut files = shipped();
    title(&mut files, "canoa-1976").imdb_id = Some("tt0000001".into());
    assert_eq!(
        check_match(&files),
        [
            "match/imdb/0.json does not match the titles",
            "match/name/0.json does not match the titles"
        ]
    );
    // A directory full of stray shards is summed up.
    let mut files = shipped();
    for k in 1..=30 {
        files
            .match_imdb
            .push((imdb_shard_path(k), ImdbShard::default()));
    }
    let problems = check_match(&files);
    assert_eq!(problems.len(), 21);
    assert_eq!(problems[20], "match/: 10 more problems");
    // A catalog written before matching existed has nothing to check.
    let mut files = shipped();
    files.match_index = None;
    files.match_names.clear();
    files.match_imdb.clear();
    assert!(check_catalog(&files).is_empty());
}
