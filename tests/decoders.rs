//! Property tests: every decoder of outside data (catalog files, search
//! shards, stored and imported user data, URL query parameters) answers
//! arbitrary input with a value or a typed error, never a panic, and what
//! it accepts keeps its invariants.
#![cfg(not(target_arch = "wasm32"))]

use film_site::model::catalog::{Credits, IndexPage, ReviewsFile, Title, is_valid_title_id};
use film_site::model::recent::RECENT_CAPACITY;
use film_site::model::reviews::{ReviewSort, stars_filter_from_query};
use film_site::model::search::{SearchShard, first_shard, fold, shard_file_name, step};
use film_site::model::user_data::{SCHEMA_VERSION, UserData};
use film_site::model::validate::validate_title;
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Arbitrary JSON documents: every shape, nested a few levels, with keys
/// drawn mostly from the names the decoders look for, so that the
/// interesting paths (right field, wrong type) are reached often.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("version".to_owned()),
        Just("ratings".to_owned()),
        Just("reviews".to_owned()),
        Just("drafts".to_owned()),
        Just("votes".to_owned()),
        Just("reports".to_owned()),
        Just("recent".to_owned()),
        Just("stars".to_owned()),
        Just("id".to_owned()),
        Just("title".to_owned()),
        Just("year".to_owned()),
        Just("rated_on".to_owned()),
        Just("prefix".to_owned()),
        Just("complete".to_owned()),
        Just("keys".to_owned()),
        Just("titles".to_owned()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1.0e12f64..1.0e12).prop_map(Value::from),
        (0u64..20).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        Just(Value::from("2024-02-29")),
        Just(Value::from("canoa-1976")),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Text that is sometimes JSON and sometimes not: arbitrary bytes as lossy
/// UTF-8, and arbitrary JSON, possibly cut short.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..200)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        (any_json(), any::<prop::sample::Index>()).prop_map(|(value, cut)| {
            let text = value.to_string();
            let at = cut.index(text.len() + 1);
            // Cut on a char boundary, as a truncated file read as text would be.
            let at = (0..=at)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            text[..at].to_owned()
        }),
        any_json().prop_map(|value| value.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn stored_or_imported_user_data_never_panics_and_keeps_its_invariants(text in any_text()) {
        if let Ok(data) = UserData::decode(&text) {
            prop_assert!(data.recent.entries().len() <= RECENT_CAPACITY);
            for rating in data.ratings.values() {
                prop_assert!((1..=10).contains(&rating.stars.get()));
            }
            // What was accepted stores and reads back the same.
            let again = UserData::decode(&data.encode());
            prop_assert_eq!(again.as_ref().ok(), Some(&UserData { version: SCHEMA_VERSION, ..data.clone() }));
            // And merges into existing data without panicking.
            let mut mine = UserData::default();
            mine.merge(data);
        }
    }

    #[test]
    fn well_formed_user_data_with_any_values_is_accepted_exactly_when_valid(
        // A map, so that every generated rating is in the document (JSON
        // objects keep only the last of duplicate keys).
        ratings in prop::collection::btree_map("[a-z0-9-]{1,12}", (0u16..20, "\\PC{0,20}", any::<u16>()), 0..6),
        recent in prop::collection::vec(("[a-z0-9-]{1,12}", "\\PC{0,20}", any::<u16>()), 0..30),
    ) {
        let document = json!({
            "version": SCHEMA_VERSION,
            "ratings": ratings.iter().map(|(id, (stars, title, year))| {
                (id.clone(), json!({ "stars": stars, "title": title, "year": year, "rated_on": "2024-02-29" }))
            }).collect::<Map<_, _>>(),
            "recent": { "entries": recent.iter().map(|(id, title, year)| json!({ "id": id, "title": title, "year": year })).collect::<Vec<_>>() },
        });
        let valid = ratings.values().all(|(stars, _, _)| (1..=10).contains(stars));
        match UserData::decode(&document.to_string()) {
            Ok(data) => {
                prop_assert!(valid, "a rating outside 1–10 was accepted");
                prop_assert!(data.recent.entries().len() <= RECENT_CAPACITY.min(recent.len()));
                prop_assert_eq!(UserData::decode(&data.encode()).ok(), Some(data));
            }
            Err(error) => prop_assert!(!valid, "valid data refused: {error}"),
        }
    }

    #[test]
    fn user_data_objects_of_any_shape_never_panic(mut value in any_json(), version in 0u64..6) {
        if let Value::Object(fields) = &mut value {
            fields.insert("version".into(), json!(version));
        }
        let _ = UserData::decode(&value.to_string());
    }

    #[test]
    fn catalog_files_never_panic_and_validation_copes_with_what_decodes(text in any_text()) {
        if let Ok(title) = serde_json::from_str::<Title>(&text) {
            let _ = validate_title(&title);
            let _ = title.card();
        }
        let _ = serde_json::from_str::<Credits>(&text);
        let _ = serde_json::from_str::<ReviewsFile>(&text);
        let _ = serde_json::from_str::<IndexPage>(&text);
    }

    #[test]
    fn search_shards_of_any_content_answer_any_query(text in any_text(), query in ".{0,16}") {
        if let Ok(shard) = serde_json::from_str::<SearchShard>(&text) {
            let _ = step(&shard, &fold(&query));
        }
    }

    #[test]
    fn search_folding_and_file_names_are_total_and_safe(query in "\\PC{0,24}") {
        let folded = fold(&query);
        prop_assert_eq!(fold(&folded), folded.clone(), "folding twice changes nothing");
        prop_assert!(!folded.starts_with(' ') && !folded.ends_with(' '));
        if let Some(prefix) = first_shard(&query) {
            let name = shard_file_name(&prefix);
            prop_assert!(name.ends_with(".json"));
            prop_assert!(
                name.trim_end_matches(".json").bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{name} is safe as a file name and in a URL"
            );
        }
    }

    #[test]
    fn url_query_parameters_never_panic_and_stay_in_range(value in ".{0,12}") {
        if let Some(stars) = stars_filter_from_query(Some(&value)) {
            prop_assert!((1..=10).contains(&stars));
        }
        let sort = ReviewSort::from_query(Some(&value));
        prop_assert_eq!(ReviewSort::from_query(Some(sort.as_query())), sort);
        // Title ids become file names: an accepted id has no path tricks.
        if is_valid_title_id(&value) {
            prop_assert!(!value.contains('/') && !value.contains('.') && !value.contains('%'));
        }
    }
}
