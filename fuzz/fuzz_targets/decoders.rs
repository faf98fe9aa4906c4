//! Every decoder of outside data, fed the same arbitrary bytes: stored and
//! imported user data, Letterboxd and IMDb exports (CSV or zip), catalog
//! files, search and match shards, and URL query values.
//! Any input must give a value or a typed error; a panic is a crash.
#![no_main]

use film_site::model::browse::{BrowseFacets, BrowseQuery, RankedRow, browse_among};
use film_site::model::history_import::{group_films, to_user_data};
use film_site::model::library::ShelfQuery;
use film_site::model::matching::{ImdbShard, NameShard, Wanted, decide};
use film_site::model::catalog::{
    Credits, DropRepeats, IndexPage, ReviewsFile, Title, decode_catalog_file, is_valid_title_id,
};
use film_site::model::reviews::{ReviewSort, stars_filter_from_query};
use film_site::model::search::{SearchShard, first_shard, fold, step};
use film_site::model::records::{Section, decode_records};
use film_site::model::user_data::UserData;
use film_site::model::validate::validate_title;
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;

/// Decodes `text` as the browser does; what it accepts has no repeat left.
fn decoded_as_the_browser_does<T: DeserializeOwned + DropRepeats>(text: &str) -> Option<T> {
    let (mut file, _) = decode_catalog_file::<T>(text).ok()?;
    assert!(file.drop_repeats().is_empty());
    Some(file)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(user) = UserData::decode(&text) {
        let mut mine = UserData::default();
        mine.merge(user.clone());
        assert_eq!(UserData::decode(&user.encode()).ok().map(|u| u.ratings), Some(user.ratings));
    }
    // Records as another tab sends them, and as IndexedDB holds them.
    let mut mine = UserData::default();
    for record in decode_records(&text).unwrap_or_default() {
        let _ = mine.apply(&record);
    }
    for section in Section::ALL {
        let (data, _) = UserData::from_records([(section.name().to_owned(), "k".to_owned(), text.to_string())]);
        let back = UserData::from_records(data.records().into_iter().map(|r| {
            (r.section.name().to_owned(), r.key, r.value.unwrap_or_default())
        }));
        assert_eq!(back.0, data);
    }
    if let Some(title) = decoded_as_the_browser_does::<Title>(&text) {
        let _ = validate_title(&title);
    }
    decoded_as_the_browser_does::<Credits>(&text);
    decoded_as_the_browser_does::<ReviewsFile>(&text);
    decoded_as_the_browser_does::<IndexPage>(&text);
    if let Ok(shard) = serde_json::from_str::<SearchShard>(&text) {
        let _ = step(&shard, &fold(&text));
    }
    let _ = first_shard(&text);
    let _ = stars_filter_from_query(Some(&text));
    let _ = ReviewSort::from_query(Some(&text));
    let _ = is_valid_title_id(&text);
    fuzz_history_import(data);
    if let Ok(names) = serde_json::from_str::<NameShard>(&text) {
        let wanted = Wanted { title: text.to_string(), ..Wanted::default() };
        let _ = decide(&wanted, None, names.get(&text));
    }
    let _ = serde_json::from_str::<ImdbShard>(&text);
    let pairs: Vec<(&str, &str)> = text.split('&').filter_map(|p| p.split_once('=')).collect();
    let _ = ShelfQuery::from_pairs(pairs.iter().copied()).to_query();
    // An id shard of any content, browsed with a query from the same bytes.
    if let Ok(rows) = serde_json::from_str::<Vec<RankedRow>>(&text) {
        let query = BrowseQuery::from_pairs(pairs);
        let catalog = BrowseFacets { total: 0, files: 0, facets: Vec::new(), id_shards: 0 };
        let among = browse_among(&query, &rows, &catalog, |id| id.len() % 2 == 0);
        assert!(among.page.rows.len() <= among.total as usize);
    }
});

/// An export read, grouped, matched to its own first candidate and turned
/// into user data that round-trips the stored format.
fn fuzz_history_import(data: &[u8]) {
    let Ok(export) = film_imports::read_export("export.csv", data) else {
        return;
    };
    let films = group_films(export);
    let title = film_site::model::matching::Candidate {
        id: "fuzz-2000".into(),
        title: "Fuzz".into(),
        year: 2000,
        imdb_id: None,
    };
    let chosen = films.iter().map(|f| (f, &title));
    let user = to_user_data(chosen, "2026-01-01");
    assert_eq!(UserData::decode(&user.encode()).ok(), Some(user));
}

