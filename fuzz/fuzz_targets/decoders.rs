//! Every decoder of outside data, fed the same arbitrary bytes: stored and
//! imported user data, catalog files, search shards and URL query values.
//! Any input must give a value or a typed error; a panic is a crash.
#![no_main]

use film_site::model::catalog::{
    Credits, DropRepeats, IndexPage, ReviewsFile, Title, is_valid_title_id,
};
use film_site::model::reviews::{ReviewSort, stars_filter_from_query};
use film_site::model::search::{SearchShard, first_shard, fold, step};
use film_site::model::user_data::UserData;
use film_site::model::validate::validate_title;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(user) = UserData::decode(&text) {
        let mut mine = UserData::default();
        mine.merge(user.clone());
        assert_eq!(UserData::decode(&user.encode()).ok().map(|u| u.ratings), Some(user.ratings));
    }
    // Decoded as the browser does: then repeated ids are dropped, which
    // must leave none to drop.
    if let Ok(mut title) = serde_json::from_str::<Title>(&text) {
        let _ = validate_title(&title);
        title.drop_repeats();
        assert!(title.drop_repeats().is_empty());
    }
    if let Ok(mut credits) = serde_json::from_str::<Credits>(&text) {
        credits.drop_repeats();
        assert!(credits.drop_repeats().is_empty());
    }
    if let Ok(mut reviews) = serde_json::from_str::<ReviewsFile>(&text) {
        reviews.drop_repeats();
        assert!(reviews.drop_repeats().is_empty());
    }
    if let Ok(mut page) = serde_json::from_str::<IndexPage>(&text) {
        page.drop_repeats();
        assert!(page.drop_repeats().is_empty());
    }
    if let Ok(shard) = serde_json::from_str::<SearchShard>(&text) {
        let _ = step(&shard, &fold(&text));
    }
    let _ = first_shard(&text);
    let _ = stars_filter_from_query(Some(&text));
    let _ = ReviewSort::from_query(Some(&text));
    let _ = is_valid_title_id(&text);
});
