//! Property tests: every decoder of outside data (catalog files, search
//! shards, stored and imported user data, URL query parameters) answers
//! arbitrary input with a value or a typed error, never a panic, and what
//! it accepts keeps its invariants.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, HashSet};

use film_site::model::browse::{
    BrowseFacets, BrowseQuery, BrowseRow, Facet, RankedRow, browse_among, menu_values,
};
use film_site::model::catalog::{
    Credits, DropRepeats, IndexPage, ReviewsFile, Title, decode_catalog_file, is_valid_title_id,
};
use film_site::model::library::{DiaryEntry, FilmFacts, ListedFilm, diary_id};
use film_site::model::recent::{RECENT_CAPACITY, RecentEntry, RecentlyViewed};
use film_site::model::records::{Section, decode_records, encode_records};
use film_site::model::reviews::{ReviewSort, stars_filter_from_query};
use film_site::model::search::{SearchShard, first_shard, fold, shard_file_name, step};
use film_site::model::user_data::{
    ReportReason, ReviewDraft, SCHEMA_VERSION, Stars, UserData, UserRating, UserReview, Vote,
};
use film_site::model::validate::validate_title;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// Browse rows as an id shard holds them: ids that repeat, any title,
/// facets drawn from a few values so that filters find some.
fn any_ranked_row() -> impl Strategy<Value = RankedRow> {
    let few = |values: &'static [&'static str]| {
        proptest::collection::vec(proptest::sample::select(values), 0..3)
            .prop_map(|v| v.into_iter().map(str::to_owned).collect::<Vec<String>>())
    };
    (
        ("[a-d][a-z0-9-]{0,3}", "\\PC{0,12}", 1880u16..2030),
        (
            few(&["Drama", "Comedy", "Sci-Fi"]),
            few(&["Chile", "France"]),
            few(&["English"]),
        ),
        proptest::option::of("[A-Z0-9-]{1,5}"),
        proptest::array::uniform4(any::<u32>()),
    )
        .prop_map(
            |((id, title, year), (genres, countries, languages), certificate, ranks)| RankedRow {
                row: BrowseRow {
                    id,
                    title,
                    year,
                    genres,
                    rating: None,
                    directors: Vec::new(),
                    countries,
                    languages,
                    certificate,
                },
                ranks,
            },
        )
}

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

/// A record's section: mostly one this build knows, sometimes not.
fn any_section_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(Section::ALL.to_vec()).prop_map(|s| s.name().to_owned()),
        1 => "[a-z]{0,10}",
    ]
}

/// Well-formed user data with every field populated from small key sets,
/// so that two of them share keys often and the merge has choices to make.
fn any_user_data() -> impl Strategy<Value = UserData> {
    let id = || "[a-d]{1,2}";
    let date = || "2024-0[1-3]-0[1-3]";
    let stars = || (1u8..=10).prop_map(|n| Stars::try_from(n).expect("1 to 10 is a rating"));
    let film = || {
        (
            "\\PC{0,8}",
            1900u16..2030,
            prop::collection::vec("[A-Z][a-z]{0,6}", 0..3),
        )
            .prop_map(|(title, year, genres)| FilmFacts {
                genres,
                ..FilmFacts::named(title, year)
            })
    };
    let rating = (stars(), film(), date()).prop_map(|(stars, film, rated_on)| UserRating {
        stars,
        film,
        rated_on,
    });
    let listed = (film(), date()).prop_map(|(film, added_on)| ListedFilm { film, added_on });
    let watch = (
        id(),
        film(),
        date(),
        any::<bool>(),
        prop::option::of(stars()),
        date(),
        1u32..3,
    )
        .prop_map(
            |(title_id, film, watched_on, rewatch, stars, changed_on, n)| {
                let key = diary_id(&watched_on, &title_id, n);
                let entry = DiaryEntry {
                    title_id,
                    film,
                    watched_on,
                    rewatch,
                    stars,
                    tags: Vec::new(),
                    changed_on,
                };
                (key, entry)
            },
        );
    let review = (
        stars(),
        "\\PC{1,8}",
        "\\PC{1,12}",
        any::<bool>(),
        date(),
        prop::option::of(date()),
    )
        .prop_map(
            |(stars, headline, body, spoilers, written_on, edited_on)| UserReview {
                stars,
                headline,
                body,
                spoilers,
                written_on,
                edited_on,
            },
        );
    let draft = (
        prop::option::of(stars()),
        "\\PC{0,8}",
        "\\PC{0,8}",
        any::<bool>(),
    )
        .prop_map(|(stars, headline, body, spoilers)| ReviewDraft {
            stars,
            headline,
            body,
            spoilers,
        });
    let vote = prop_oneof![Just(Vote::Helpful), Just(Vote::NotHelpful)];
    let reason = prop::sample::select(ReportReason::ALL.to_vec());
    let entry = (id(), "\\PC{0,8}", 1900u16..2030).prop_map(|(id, title, year)| RecentEntry {
        id,
        title,
        year,
    });
    (
        prop::collection::btree_map(id(), rating, 0..5),
        prop::collection::btree_map(id(), review, 0..5),
        prop::collection::btree_map(id(), draft, 0..5),
        prop::collection::btree_map(id(), vote, 0..5),
        prop::collection::btree_map(id(), reason, 0..5),
        prop::collection::vec(entry, 0..16),
        prop::collection::btree_map(id(), listed.clone(), 0..5),
        prop::collection::vec(watch, 0..6),
        prop::collection::btree_map(id(), listed, 0..5),
    )
        .prop_map(
            |(ratings, reviews, drafts, votes, reports, recent, watchlist, diary, seen)| UserData {
                version: SCHEMA_VERSION,
                ratings,
                reviews,
                drafts,
                votes,
                reports,
                recent: RecentlyViewed::from_entries(recent),
                watchlist,
                diary: diary.into_iter().collect(),
                seen,
            },
        )
}

/// Decodes `text` as the browser does (`decode_catalog_file`); what it
/// accepts has no repeat left to drop.
fn decoded_as_the_browser_does<T: DeserializeOwned + DropRepeats>(text: &str) -> Option<T> {
    let (mut file, _) = decode_catalog_file::<T>(text).ok()?;
    assert!(
        file.drop_repeats().is_empty(),
        "dropping twice finds nothing more"
    );
    Some(file)
}

fn keys<V>(map: &BTreeMap<String, V>) -> HashSet<&str> {
    map.keys().map(String::as_str).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn importing_loses_nothing_keeps_the_newer_entry_and_is_idempotent(
        mine in any_user_data(),
        theirs in any_user_data(),
    ) {
        let mut merged = mine.clone();
        merged.merge(theirs.clone());

        // Every key of either side is kept, in every part.
        prop_assert_eq!(keys(&merged.ratings), &keys(&mine.ratings) | &keys(&theirs.ratings));
        prop_assert_eq!(keys(&merged.reviews), &keys(&mine.reviews) | &keys(&theirs.reviews));
        prop_assert_eq!(keys(&merged.drafts), &keys(&mine.drafts) | &keys(&theirs.drafts));
        prop_assert_eq!(keys(&merged.votes), &keys(&mine.votes) | &keys(&theirs.votes));
        prop_assert_eq!(keys(&merged.reports), &keys(&mine.reports) | &keys(&theirs.reports));
        prop_assert_eq!(keys(&merged.watchlist), &keys(&mine.watchlist) | &keys(&theirs.watchlist));
        prop_assert_eq!(keys(&merged.diary), &keys(&mine.diary) | &keys(&theirs.diary));
        prop_assert_eq!(keys(&merged.seen), &keys(&mine.seen) | &keys(&theirs.seen));

        // The watchlist and the films seen keep the first date a film was
        // added; the diary the latest change of an entry, a tie keeping mine.
        for (merged, mine, theirs) in [
            (&merged.watchlist, &mine.watchlist, &theirs.watchlist),
            (&merged.seen, &mine.seen, &theirs.seen),
        ] {
            for (id, kept) in merged {
                let expected = match (mine.get(id), theirs.get(id)) {
                    (Some(m), Some(t)) if t.added_on < m.added_on => {
                        ListedFilm { film: t.film.clone().or_known(m.film.clone()), ..t.clone() }
                    }
                    (Some(m), _) => m.clone(),
                    (None, Some(t)) => t.clone(),
                    (None, None) => unreachable!("checked by the key sets"),
                };
                prop_assert_eq!(kept, &expected);
            }
        }
        for (id, kept) in &merged.diary {
            let expected = match (mine.diary.get(id), theirs.diary.get(id)) {
                (Some(m), Some(t)) if t.changed_on > m.changed_on => {
                    DiaryEntry { film: t.film.clone().or_known(m.film.clone()), ..t.clone() }
                }
                (Some(m), _) => m.clone(),
                (None, Some(t)) => t.clone(),
                (None, None) => unreachable!("checked by the key sets"),
            };
            prop_assert_eq!(kept, &expected);
        }

        // A rating or review both sides have: the later one wins, a tie keeps mine.
        // Where theirs wins over ours, the facts only ours had are kept.
        for (id, kept) in &merged.ratings {
            let expected = match (mine.ratings.get(id), theirs.ratings.get(id)) {
                (Some(m), Some(t)) if t.rated_on > m.rated_on => {
                    UserRating { film: t.film.clone().or_known(m.film.clone()), ..t.clone() }
                }
                (Some(m), _) => m.clone(),
                (None, Some(t)) => t.clone(),
                (None, None) => unreachable!("checked by the key sets"),
            };
            prop_assert_eq!(kept, &expected);
        }
        let edited = |r: &UserReview| r.edited_on.clone().unwrap_or_else(|| r.written_on.clone());
        for (id, kept) in &merged.reviews {
            let expected = match (mine.reviews.get(id), theirs.reviews.get(id)) {
                (Some(m), Some(t)) if edited(t) > edited(m) => t,
                (Some(m), _) => m,
                (None, Some(t)) => t,
                (None, None) => unreachable!("checked by the key sets"),
            };
            prop_assert_eq!(kept, expected);
        }
        // Drafts, votes and reports already here are never replaced.
        for (id, draft) in &mine.drafts {
            prop_assert_eq!(merged.drafts.get(id), Some(draft));
        }
        for (id, vote) in &mine.votes {
            prop_assert_eq!(merged.votes.get(id), Some(vote));
        }

        // Recently viewed: my own visits lead, no title twice, within capacity.
        let recent = merged.recent.entries();
        prop_assert!(recent.len() <= RECENT_CAPACITY);
        prop_assert!(recent.starts_with(mine.recent.entries()));
        let ids: HashSet<_> = recent.iter().map(|e| e.id.as_str()).collect();
        prop_assert_eq!(ids.len(), recent.len());

        // Importing the same file again changes nothing, and says so.
        let mut twice = merged.clone();
        twice.merge(theirs);
        prop_assert_eq!(twice.differences(&merged), 0);
        prop_assert_eq!(&twice, &merged);
        // Importing my own export changes nothing.
        let mut own = mine.clone();
        own.merge(mine.clone());
        prop_assert_eq!(own, mine);
    }

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
    fn records_store_the_data_and_changes_turn_one_library_into_another(
        before in any_user_data(),
        after in any_user_data(),
    ) {
        // Every entry as a record reads back as the same data.
        let stored = after.records().into_iter().map(|r| {
            (r.section.name().to_owned(), r.key, r.value.unwrap_or_default())
        });
        let (back, unreadable) = UserData::from_records(stored);
        prop_assert!(unreadable.is_empty());
        prop_assert_eq!(&back, &after);
        // Writing the changes onto `before` gives `after`, and nothing else
        // differs: the changes are exactly the entries that differ.
        let changes = after.changes_since(&before);
        let mut applied = before.clone();
        for change in &changes {
            prop_assert!(applied.apply(change).is_ok());
            prop_assert!(!before.same_entry(&after, change.section, &change.key));
        }
        prop_assert_eq!(&applied, &after);
        // As other tabs receive them.
        prop_assert_eq!(decode_records(&encode_records(&changes)), Ok(changes));
    }

    #[test]
    fn records_of_any_content_load_or_are_set_aside(
        rows in prop::collection::vec((any_section_name(), "\\PC{0,6}", any_text()), 0..8),
        text in any_text(),
    ) {
        let count = rows.len();
        let (data, unreadable) = UserData::from_records(rows);
        prop_assert!(unreadable.len() <= count);
        prop_assert!(data.recent.entries().len() <= RECENT_CAPACITY);
        for rating in data.ratings.values() {
            prop_assert!((1..=10).contains(&rating.stars.get()));
        }
        for record in decode_records(&text).unwrap_or_default() {
            let mut mine = UserData::default();
            let _ = mine.apply(&record);
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
        if let Some(title) = decoded_as_the_browser_does::<Title>(&text) {
            let _ = validate_title(&title);
            let _ = title.card();
            let related: HashSet<_> = title.related.iter().map(|c| c.id.as_str()).collect();
            prop_assert_eq!(related.len(), title.related.len(), "no related film twice");
            prop_assert!(!related.contains(title.id.as_str()), "not related to itself");
        }
        decoded_as_the_browser_does::<Credits>(&text);
        decoded_as_the_browser_does::<ReviewsFile>(&text);
        decoded_as_the_browser_does::<IndexPage>(&text);
    }

    #[test]
    fn browse_files_of_any_content_answer_any_query(
        text in any_text(),
        rows in proptest::collection::vec(any_ranked_row(), 0..40),
        pairs in proptest::collection::vec(
            (prop_oneof![Just("genre"), Just("decade"), Just("country"), Just("sort"), Just("page"), Just("hide")], "[a-z0-9-]{0,10}"),
            0..6,
        ),
    ) {
        // Any text: a value or an error, never a panic.
        let _ = serde_json::from_str::<Vec<RankedRow>>(&text);
        let _ = serde_json::from_str::<BrowseFacets>(&text);
        // Any rows, as a shard holds them: they read back, and any query
        // over them pages through exactly the rows that pass it, in order.
        let json = serde_json::to_string(&rows).expect("rows encode");
        let shard: Vec<RankedRow> = serde_json::from_str(&json).expect("rows read back");
        prop_assert_eq!(&shard, &rows);
        let query = BrowseQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        let catalog: BrowseFacets = serde_json::from_str(r#"{"total":0,"files":0,"facets":[]}"#).expect("facets");
        let hidden = |id: &str| id.starts_with('a');
        let among = browse_among(&query, &shard, &catalog, hidden);
        let passing = shard
            .iter()
            .filter(|r| query.matches(&r.row) && !(query.hide_seen && hidden(&r.row.id)))
            .count();
        prop_assert_eq!(among.total as usize, passing);
        prop_assert!(among.page.rows.len() <= 48);
        prop_assert!(among.page.rows.iter().all(|r| query.matches(r)));
        for facet in Facet::ALL {
            let _ = menu_values(facet, &query, &among.all, &among.lists);
        }
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
