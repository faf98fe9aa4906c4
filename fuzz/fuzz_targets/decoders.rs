//! Every decoder of outside data, fed the same arbitrary bytes: stored and
//! imported user data, catalog files, search shards and URL query values.
//! Any input must give a value or a typed error; a panic is a crash.
#![no_main]

use film_site::model::catalog::{
    Credits, DropRepeats, IndexPage, ReviewsFile, Title, decode_catalog_file, is_valid_title_id,
};
use film_site::model::reviews::{ReviewSort, stars_filter_from_query};
use film_site::model::search::{SearchShard, first_shard, fold, step};
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
});
