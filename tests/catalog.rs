//! Checks the shipped catalog in `assets/catalog` and the rules that guard it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use film_site::model::catalog::Title;
use film_site::model::validate::{CatalogFiles, check_catalog, load_catalog_dir};

fn shipped() -> CatalogFiles {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalog");
    match load_catalog_dir(&root) {
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
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalog/titles/canoa-1976.json"),
    )
    .expect("the file exists");
    assert!(serde_json::from_str::<Title>(&text).is_ok());
    let wrong = text.replacen("\"year\": 1976", "\"year\": \"1976\"", 1);
    assert_ne!(wrong, text);
    assert!(serde_json::from_str::<Title>(&wrong).is_err());
    let missing = text.replacen("\"plot\":", "\"plott\":", 1);
    assert!(serde_json::from_str::<Title>(&missing).is_err());
}
