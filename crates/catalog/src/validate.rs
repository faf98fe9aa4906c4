//! Rules every catalog file must follow, and the cross-file checks that keep
//! the catalog consistent (every related id resolves, cards agree with their
//! titles, counts match the files they count).

use std::collections::{HashMap, HashSet};

use super::browse::{BrowseEntry, BrowseFacets, BrowseFile, BrowseRow, RankedRow, build_browse};
use super::catalog::{
    Credits, IndexPage, Rating, Review, ReviewsFile, Title, TitleCard, is_imdb_id,
    is_valid_title_id,
};
use super::date::Date;
use super::front::FrontPage;
use super::matching::{
    ImdbShard, MATCH_DIR, MATCH_INDEX_PATH, MatchEntry, MatchIndex, NameShard, build_match_index,
    imdb_shard_path, name_shard_path,
};
use super::people::{
    CreditsPage, PersonFile, Role, credits_page_path, is_valid_person_id, pages_for,
};
use super::search::{SearchShard, shard_file_name};

/// Inclusive range of a valid aggregate or personal rating.
pub const RATING_RANGE: std::ops::RangeInclusive<f32> = 1.0..=10.0;
/// Years a film can plausibly have.
pub const YEAR_RANGE: std::ops::RangeInclusive<u16> = 1870..=2100;

/// Every file of a catalog, decoded, each with the name it was stored under.
#[derive(Clone, Debug, Default)]
pub struct CatalogFiles {
    /// `(page number from the file name, page)`.
    pub pages: Vec<(u32, IndexPage)>,
    /// `(file stem, title)`.
    pub titles: Vec<(String, Title)>,
    pub credits: Vec<(String, Credits)>,
    pub reviews: Vec<(String, ReviewsFile)>,
    /// `(file stem, person)` of `people/`.
    pub people: Vec<(String, PersonFile)>,
    /// `(path under the catalog root, page)` of `people/{id}/`.
    pub people_pages: Vec<(String, CreditsPage)>,
    /// `(file stem, shard)` of `search/`.
    pub search: Vec<(String, SearchShard)>,
    /// `front.json`, the home page's file.
    pub front: Option<FrontPage>,
    /// `(path under the catalog root, file)` of every `browse/**/facets.json`.
    pub browse_facets: Vec<(String, BrowseFacets)>,
    /// `(path under the catalog root, rows)` of every other `browse/` file
    /// but the id shards.
    pub browse_rows: Vec<(String, Vec<BrowseRow>)>,
    /// `(path under the catalog root, shard)` of every `browse/id/*.json`.
    pub browse_ids: Vec<(String, Vec<RankedRow>)>,
    /// `match/index.json`, when the catalog has one.
    pub match_index: Option<MatchIndex>,
    /// `(path under the catalog root, shard)` of every `match/name/*.json`.
    pub match_names: Vec<(String, NameShard)>,
    /// `(path under the catalog root, shard)` of every `match/imdb/*.json`.
    pub match_imdb: Vec<(String, ImdbShard)>,
}

fn check_rating(rating: &Rating, what: &str, problems: &mut Vec<String>) {
    if !rating.average.is_finite() || !RATING_RANGE.contains(&rating.average) {
        problems.push(format!("{what}: rating {} is outside 1–10", rating.average));
    }
    if rating.votes == Some(0) {
        problems.push(format!("{what}: a rating with 0 votes"));
    }
}

fn check_text(value: &str, what: &str, problems: &mut Vec<String>) {
    if value.trim().is_empty() {
        problems.push(format!("{what} is empty"));
    }
}

/// Text that may be absent (empty) but not blank.
fn check_optional_text(value: &str, what: &str, problems: &mut Vec<String>) {
    if !value.is_empty() && value.trim().is_empty() {
        problems.push(format!("{what} is blank"));
    }
}

fn check_unique<'a>(
    items: impl IntoIterator<Item = &'a str>,
    what: &str,
    problems: &mut Vec<String>,
) {
    let mut seen = HashSet::new();
    for item in items {
        if !seen.insert(item) {
            problems.push(format!("{what}: {item:?} appears twice"));
        }
    }
}

/// Problems with one review, each as a sentence.
pub fn validate_review(review: &Review) -> Vec<String> {
    let mut problems = Vec::new();
    let what = format!("review {:?}", review.id);
    check_text(&review.id, &format!("{what} id"), &mut problems);
    check_text(&review.author, &format!("{what} author"), &mut problems);
    check_text(&review.headline, &format!("{what} headline"), &mut problems);
    check_text(&review.body, &format!("{what} body"), &mut problems);
    if Date::parse(&review.date).is_none() {
        problems.push(format!("{what}: date {:?} is not YYYY-MM-DD", review.date));
    }
    if let Some(r) = review.rating
        && !(1..=10).contains(&r)
    {
        problems.push(format!("{what}: rating {r} is outside 1–10"));
    }
    if review.helpful_yes > review.helpful_total {
        problems.push(format!(
            "{what}: {} of {} found it helpful",
            review.helpful_yes, review.helpful_total
        ));
    }
    problems
}

/// Problems with one card, each as a sentence.
pub fn validate_card(card: &TitleCard) -> Vec<String> {
    let mut problems = Vec::new();
    let what = format!("card {:?}", card.id);
    if !is_valid_title_id(&card.id) {
        problems.push(format!("{what}: id is not a valid slug"));
    }
    check_text(&card.title, &format!("{what} title"), &mut problems);
    check_optional_text(&card.summary, &format!("{what} summary"), &mut problems);
    if !YEAR_RANGE.contains(&card.year) {
        problems.push(format!("{what}: year {} is implausible", card.year));
    }
    if let Some(rating) = &card.rating {
        check_rating(rating, &what, &mut problems);
    }
    problems
}

/// Problems with one title file on its own, each as a sentence.
pub fn validate_title(title: &Title) -> Vec<String> {
    let mut problems = Vec::new();
    if !is_valid_title_id(&title.id) {
        problems.push(format!("id {:?} is not a valid slug", title.id));
    }
    check_text(&title.title, "title", &mut problems);
    check_optional_text(&title.plot, "plot", &mut problems);
    check_optional_text(&title.storyline, "storyline", &mut problems);
    if !YEAR_RANGE.contains(&title.year) {
        problems.push(format!("year {} is implausible", title.year));
    }
    if let Some(imdb) = &title.imdb_id
        && !is_imdb_id(imdb, "tt")
    {
        problems.push(format!("IMDb id {imdb:?} is not tt and 7–10 digits"));
    }
    for genre in &title.genres {
        check_text(genre, "a genre", &mut problems);
    }
    check_unique(
        title.genres.iter().map(String::as_str),
        "genres",
        &mut problems,
    );
    if let Some(rating) = &title.rating {
        check_rating(rating, "title", &mut problems);
    }
    if let Some(release) = &title.release {
        if Date::parse(&release.date).is_none() {
            problems.push(format!("release date {:?} is not YYYY-MM-DD", release.date));
        }
        check_optional_text(&release.country, "release country", &mut problems);
    }
    for person in title
        .directors
        .iter()
        .chain(&title.writers)
        .chain(&title.stars)
        .chain(title.top_cast.iter().map(|c| &c.person))
    {
        check_text(
            &person.id,
            &format!("id of {:?}", person.name),
            &mut problems,
        );
        check_text(
            &person.name,
            &format!("name of {:?}", person.id),
            &mut problems,
        );
    }
    check_unique(
        title.top_cast.iter().map(|c| c.person.id.as_str()),
        "top cast",
        &mut problems,
    );
    if title.top_cast.len() > title.cast_total as usize {
        problems.push(format!(
            "top cast lists {} people but the cast has {}",
            title.top_cast.len(),
            title.cast_total
        ));
    }
    check_unique(
        title.related.iter().map(|c| c.id.as_str()),
        "related",
        &mut problems,
    );
    if title.related.iter().any(|c| c.id == title.id) {
        problems.push("the title is related to itself".into());
    }
    for card in &title.related {
        problems.extend(validate_card(card));
    }
    for quote in &title.quotes {
        check_text(&quote.text, "quote", &mut problems);
    }
    if let Some(review) = &title.featured_review {
        problems.extend(validate_review(review));
    }
    problems
}

/// Checks a whole catalog: each file on its own, then how the files agree.
/// Returns every problem found, each naming its file; empty means valid.
pub fn check_catalog(files: &CatalogFiles) -> Vec<String> {
    let mut problems = Vec::new();
    let mut titles: HashMap<&str, &Title> = HashMap::new();

    for (stem, title) in &files.titles {
        let file = format!("titles/{stem}.json");
        problems.extend(
            validate_title(title)
                .into_iter()
                .map(|p| format!("{file}: {p}")),
        );
        if *stem != title.id {
            problems.push(format!("{file}: holds id {:?}", title.id));
        }
        if titles.insert(title.id.as_str(), title).is_some() {
            problems.push(format!("{file}: duplicate title id {:?}", title.id));
        }
    }

    for title in titles.values() {
        let file = format!("titles/{}.json", title.id);
        for card in &title.related {
            match titles.get(card.id.as_str()) {
                None => problems.push(format!(
                    "{file}: related id {:?} has no title file",
                    card.id
                )),
                Some(target) if target.card() != card.without_reason() => {
                    problems.push(format!(
                        "{file}: the card for {:?} does not match its title file",
                        card.id
                    ));
                }
                Some(_) => {}
            }
        }
    }

    let mut with_credits = HashSet::new();
    for (stem, credits) in &files.credits {
        let file = format!("credits/{stem}.json");
        with_credits.insert(stem.as_str());
        if *stem != credits.title_id {
            problems.push(format!("{file}: holds title id {:?}", credits.title_id));
        }
        check_unique(
            credits.cast.iter().map(|c| c.person.id.as_str()),
            &file,
            &mut problems,
        );
        let Some(title) = titles.get(stem.as_str()) else {
            problems.push(format!("{file}: no title file for these credits"));
            continue;
        };
        if credits.title != title.title || credits.year != title.year {
            problems.push(format!("{file}: title or year differs from the title file"));
        }
        if credits.cast.len() != title.cast_total as usize {
            problems.push(format!(
                "{file}: {} cast members but the title says {}",
                credits.cast.len(),
                title.cast_total
            ));
        }
        if credits.cast_alphabetical != title.cast_alphabetical {
            problems.push(format!(
                "{file}: the cast's order differs from the title file's"
            ));
        }
        if !credits.cast.starts_with(&title.top_cast) {
            problems.push(format!(
                "{file}: the title's top cast is not the start of the full cast"
            ));
        }
    }

    let mut with_reviews = HashSet::new();
    for (stem, file_reviews) in &files.reviews {
        let file = format!("reviews/{stem}.json");
        with_reviews.insert(stem.as_str());
        if *stem != file_reviews.title_id {
            problems.push(format!(
                "{file}: holds title id {:?}",
                file_reviews.title_id
            ));
        }
        for review in &file_reviews.reviews {
            problems.extend(
                validate_review(review)
                    .into_iter()
                    .map(|p| format!("{file}: {p}")),
            );
        }
        check_unique(
            file_reviews.reviews.iter().map(|r| r.id.as_str()),
            &file,
            &mut problems,
        );
        let Some(title) = titles.get(stem.as_str()) else {
            problems.push(format!("{file}: no title file for these reviews"));
            continue;
        };
        if file_reviews.title != title.title || file_reviews.year != title.year {
            problems.push(format!("{file}: title or year differs from the title file"));
        }
        if file_reviews.reviews.len() != title.user_reviews as usize {
            problems.push(format!(
                "{file}: {} reviews but the title says {}",
                file_reviews.reviews.len(),
                title.user_reviews
            ));
        }
        if let Some(featured) = &title.featured_review
            && !file_reviews.reviews.contains(featured)
        {
            problems.push(format!(
                "{file}: the featured review {:?} is not among the reviews",
                featured.id
            ));
        }
    }

    for id in titles.keys() {
        if !with_credits.contains(id) {
            problems.push(format!("titles/{id}.json: no credits file"));
        }
        if !with_reviews.contains(id) {
            problems.push(format!("titles/{id}.json: no reviews file"));
        }
    }

    check_index(&files.pages, &titles, &mut problems);
    check_people(files, &titles, &mut problems);
    check_search(files, &titles, &mut problems);
    check_front(files.front.as_ref(), &titles, &mut problems);
    check_browse(files, &mut problems);
    check_match(files, &mut problems);
    problems
}

/// A credit as the catalog states it: who, on which title, in which role.
type CreditKey = (String, String, Role);

/// Every credit the titles and credits files state.
fn stated_credits(files: &CatalogFiles) -> HashSet<CreditKey> {
    let mut stated = HashSet::new();
    let mut add = |person: &str, title: &str, role: Role| {
        stated.insert((person.to_owned(), title.to_owned(), role));
    };
    for (_, title) in &files.titles {
        let people = [
            (&title.directors, Role::Director),
            (&title.writers, Role::Writer),
            (&title.stars, Role::Actor),
        ];
        for (list, role) in people {
            for person in list {
                add(&person.id, &title.id, role);
            }
        }
        for credit in &title.top_cast {
            add(&credit.person.id, &title.id, Role::Actor);
        }
    }
    for (_, credits) in &files.credits {
        for credit in &credits.cast {
            add(&credit.person.id, &credits.title_id, Role::Actor);
        }
        for group in &credits.crew {
            let role = crew_role(&group.department);
            for credit in &group.people {
                add(&credit.person.id, &credits.title_id, role);
            }
        }
    }
    stated
}

/// The role of a crew department on a person page.
pub fn crew_role(department: &str) -> Role {
    match department {
        "Directed by" => Role::Director,
        "Written by" => Role::Writer,
        _ => Role::Crew,
    }
}

/// People files agree with the titles both ways: every credit stated by a
/// title or credits file is on its person's page, and every credit on a
/// person's page is stated by its title. Pages and counts add up.
/// The home page's file: there whenever the catalog has titles, every card
/// as its title makes it, the circle the featured film's own related list,
/// and the count right.
/// Browse (and match index) problems reported before the rest are summed
/// up: a stale directory differs in every file.
const MAX_DERIVED_PROBLEMS: usize = 20;

/// The browse lists are exactly the ones the titles make: every title in
/// the list of each facet value it has and no other, each list in its
/// orders and counts (see [`crate::browse`]). A catalog with no `browse/`
/// at all has none to check (catalogs written before browsing existed).
fn check_browse(files: &CatalogFiles, problems: &mut Vec<String>) {
    if files.browse_facets.is_empty() && files.browse_rows.is_empty() && files.browse_ids.is_empty()
    {
        return;
    }
    let entries: Vec<BrowseEntry> = files
        .titles
        .iter()
        .map(|(_, t)| BrowseEntry::of(t))
        .collect();
    let facets: HashMap<&str, &BrowseFacets> = files
        .browse_facets
        .iter()
        .map(|(p, f)| (p.as_str(), f))
        .collect();
    let rows: HashMap<&str, Vec<&BrowseRow>> = files
        .browse_rows
        .iter()
        .map(|(p, r)| (p.as_str(), r.iter().collect()))
        .collect();
    let ids: HashMap<&str, &[RankedRow]> = files
        .browse_ids
        .iter()
        .map(|(p, r)| (p.as_str(), r.as_slice()))
        .collect();
    let mut found = Vec::new();
    let mut expected = HashSet::new();
    let _ = build_browse(&entries, |path, file| -> Result<(), ()> {
        let same = match &file {
            BrowseFile::Facets(want) => facets.get(path.as_str()).map(|have| *have == want),
            BrowseFile::Rows(want) => rows.get(path.as_str()).map(|have| have == want),
            BrowseFile::Ranked(want) => ids.get(path.as_str()).map(|have| {
                have.len() == want.len()
                    && have
                        .iter()
                        .zip(want)
                        .all(|(h, (row, ranks))| h.row == **row && h.ranks == *ranks)
            }),
        };
        match same {
            None => found.push(format!("{path} is missing")),
            Some(false) => found.push(format!("{path} does not match the titles")),
            Some(true) => {}
        }
        expected.insert(path);
        Ok(())
    });
    let stray = facets
        .keys()
        .chain(rows.keys())
        .chain(ids.keys())
        .filter(|p| !expected.contains(**p));
    found.extend(stray.map(|p| format!("{p}: no list of the titles has this file")));
    problems.extend(capped(found, "browse/"));
}

/// `found`, sorted, cut to [`MAX_DERIVED_PROBLEMS`] and a count of the rest
/// ("browse/: 60 more problems").
fn capped(mut found: Vec<String>, dir: &str) -> Vec<String> {
    found.sort();
    if found.len() > MAX_DERIVED_PROBLEMS {
        let more = found.len() - MAX_DERIVED_PROBLEMS;
        found.truncate(MAX_DERIVED_PROBLEMS);
        found.push(format!("{dir}: {more} more problems"));
    }
    found
}

/// The match index is exactly the one the titles make (see
/// [`crate::matching`]): `match/index.json` and every shard it counts, and
/// no other shard. Problems are capped as browse's are. A catalog with no
/// `match/` at all has none to check (catalogs written before matching).
fn check_match(files: &CatalogFiles, problems: &mut Vec<String>) {
    if files.match_index.is_none() && files.match_names.is_empty() && files.match_imdb.is_empty() {
        return;
    }
    let entries: Vec<MatchEntry> = files
        .titles
        .iter()
        .map(|(_, t)| MatchEntry::of(t))
        .collect();
    let built = build_match_index(&entries);
    let mut found = Vec::new();
    match files.match_index {
        None => found.push(format!("{MATCH_INDEX_PATH} is missing")),
        Some(have) if have != built.index => {
            found.push(format!("{MATCH_INDEX_PATH} does not match the titles"));
        }
        Some(_) => {}
    }
    let names = (0..).map(name_shard_path).zip(&built.names);
    compare_shards(&files.match_names, names, &mut found);
    let imdb = (0..).map(imdb_shard_path).zip(&built.imdb);
    compare_shards(&files.match_imdb, imdb, &mut found);
    problems.extend(capped(found, &format!("{MATCH_DIR}/")));
}

/// Reports each shard of `want` missing from `have` or different there,
/// and each of `have` that `want` lacks.
fn compare_shards<'a, T: PartialEq + 'a>(
    have: &[(String, T)],
    want: impl IntoIterator<Item = (String, &'a T)>,
    found: &mut Vec<String>,
) {
    let have: HashMap<&str, &T> = have.iter().map(|(p, s)| (p.as_str(), s)).collect();
    let mut expected = HashSet::new();
    for (path, shard) in want {
        match have.get(path.as_str()) {
            None => found.push(format!("{path} is missing")),
            Some(stored) if *stored != shard => {
                found.push(format!("{path} does not match the titles"));
            }
            Some(_) => {}
        }
        expected.insert(path);
    }
    let stray = have.keys().filter(|p| !expected.contains(**p));
    found.extend(stray.map(|p| format!("{p}: no shard of the titles has this file")));
}

fn check_front(
    front: Option<&FrontPage>,
    titles: &HashMap<&str, &Title>,
    problems: &mut Vec<String>,
) {
    let Some(front) = front else {
        if !titles.is_empty() {
            problems.push("front.json is missing".to_owned());
        }
        return;
    };
    let rows = [&front.top_rated, &front.popular, &front.newest];
    let cards = std::iter::once(&front.featured).chain(rows.into_iter().flatten());
    for card in cards {
        match titles.get(card.id.as_str()) {
            None => problems.push(format!("front.json: {:?} has no title file", card.id)),
            Some(title) if title.card() != *card => problems.push(format!(
                "front.json: the card for {:?} does not match its title file",
                card.id
            )),
            Some(_) => {}
        }
    }
    if let Some(featured) = titles.get(front.featured.id.as_str())
        && featured.related != front.circle
    {
        problems.push("front.json: the circle is not the featured film's related list".to_owned());
    }
    if front.total as usize != titles.len() {
        problems.push(format!(
            "front.json: total {} but the catalog has {} titles",
            front.total,
            titles.len()
        ));
    }
}

/// Every search shard is named for its prefix, every hit names a title or
/// person that exists as it is named there, and every child shard a split
/// one lists exists.
fn check_search(files: &CatalogFiles, titles: &HashMap<&str, &Title>, problems: &mut Vec<String>) {
    let people: HashMap<&str, &PersonFile> = files
        .people
        .iter()
        .map(|(_, p)| (p.id.as_str(), p))
        .collect();
    let prefixes: HashSet<&str> = files
        .search
        .iter()
        .map(|(_, s)| s.prefix.as_str())
        .collect();
    for (stem, shard) in &files.search {
        let file = format!("search/{stem}.json");
        if format!("{stem}.json") != shard_file_name(&shard.prefix) {
            problems.push(format!("{file}: holds prefix {:?}", shard.prefix));
        }
        for hit in shard.titles.iter().chain(&shard.top) {
            match titles.get(hit.id.as_str()) {
                None => problems.push(format!("{file}: title {:?} has no title file", hit.id)),
                Some(t) if (t.title.as_str(), t.year) != (hit.title.as_str(), hit.year) => problems
                    .push(format!(
                        "{file}: title {:?} does not match its file",
                        hit.id
                    )),
                Some(_) => {}
            }
        }
        for hit in shard.people.iter().chain(&shard.top_people) {
            match people.get(hit.id.as_str()) {
                None => problems.push(format!("{file}: person {:?} has no people file", hit.id)),
                Some(p) if p.name != hit.name => problems.push(format!(
                    "{file}: person {:?} does not match its file",
                    hit.id
                )),
                Some(_) => {}
            }
        }
        let keys = shard.keys.iter().map(|k| (k, shard.titles.len()));
        let people_keys = shard.people_keys.iter().map(|k| (k, shard.people.len()));
        for ((key, index), rows) in keys.chain(people_keys) {
            if !key.starts_with(&shard.prefix) || *index as usize >= rows {
                problems.push(format!("{file}: key {key:?} is outside the shard"));
            }
        }
        for child in &shard.children {
            if !prefixes.contains(child.as_str()) {
                problems.push(format!("{file}: child shard {child:?} is missing"));
            }
        }
    }
}

fn check_people(files: &CatalogFiles, titles: &HashMap<&str, &Title>, problems: &mut Vec<String>) {
    let pages: HashMap<&str, &CreditsPage> = files
        .people_pages
        .iter()
        .map(|(path, page)| (path.as_str(), page))
        .collect();
    let mut listed: HashSet<CreditKey> = HashSet::new();
    let mut used_pages = 0;
    for (stem, person) in &files.people {
        let file = format!("people/{stem}.json");
        if *stem != person.id || !is_valid_person_id(&person.id) {
            problems.push(format!("{file}: holds id {:?}", person.id));
        }
        check_text(&person.name, &format!("{file}: name"), problems);
        for role in &person.roles {
            let mut credits: Vec<_> = role.credits.iter().collect();
            for n in 2..=role.pages {
                let path = credits_page_path(&person.id, role.role, n);
                match pages.get(path.trim_end_matches(".json")) {
                    Some(page) if page.person == person.id && page.role == role.role => {
                        used_pages += 1;
                        credits.extend(&page.credits);
                    }
                    _ => problems.push(format!("{file}: page {path} is missing")),
                }
            }
            if credits.len() != role.total as usize || role.pages != pages_for(credits.len()) {
                problems.push(format!(
                    "{file}: {:?} has {} credits on {} pages, not {} on {}",
                    role.role,
                    credits.len(),
                    pages_for(credits.len()),
                    role.total,
                    role.pages
                ));
            }
            for credit in credits {
                match titles.get(credit.id.as_str()) {
                    Some(title) if title.title == credit.title && title.year == credit.year => {}
                    Some(_) => problems.push(format!(
                        "{file}: credit {:?} differs from its title file",
                        credit.id
                    )),
                    None => problems.push(format!("{file}: credit {:?} has no title", credit.id)),
                }
                listed.insert((person.id.clone(), credit.id.clone(), role.role));
            }
        }
    }
    if used_pages != files.people_pages.len() {
        problems.push(format!(
            "people/: {} credit pages belong to no person's role",
            files.people_pages.len() - used_pages
        ));
    }
    let stated = stated_credits(files);
    let mut missing: Vec<&CreditKey> = stated.difference(&listed).collect();
    missing.sort();
    for (person, title, role) in missing.iter().take(20) {
        problems.push(format!(
            "people/{person}.json: no {role:?} credit for {title:?}"
        ));
    }
    let mut extra: Vec<&CreditKey> = listed.difference(&stated).collect();
    extra.sort();
    for (person, title, role) in extra.iter().take(20) {
        problems.push(format!(
            "people/{person}.json: {role:?} credit for {title:?} that the title does not state"
        ));
    }
    let more = missing.len().saturating_sub(20) + extra.len().saturating_sub(20);
    if more > 0 {
        problems.push(format!("people/: {more} more credits disagree"));
    }
}

fn check_index(
    pages: &[(u32, IndexPage)],
    titles: &HashMap<&str, &Title>,
    problems: &mut Vec<String>,
) {
    let Some(first) = pages.iter().map(|(_, p)| p).min_by_key(|p| p.page) else {
        problems.push("list/: no pages".into());
        return;
    };
    let (total, page_count) = (first.total, first.pages);
    if total as usize != titles.len() {
        problems.push(format!(
            "list/: total {total} but {} title files",
            titles.len()
        ));
    }
    let mut numbers: Vec<u32> = pages.iter().map(|(n, _)| *n).collect();
    numbers.sort_unstable();
    if numbers != (1..=page_count).collect::<Vec<_>>() {
        problems.push(format!(
            "list/: pages {numbers:?} but the pages say 1..={page_count}"
        ));
    }
    // Every page but the last is full; the first page sets the page size.
    let page_size = first.titles.len() as u32;
    if page_count != total.div_ceil(page_size.max(1)) {
        problems.push(format!(
            "list/: {page_count} pages for {total} titles of {page_size} a page"
        ));
    }
    let mut listed = HashSet::new();
    for (number, page) in pages {
        let file = format!("list/{number}.json");
        if page.page != *number {
            problems.push(format!("{file}: says it is page {}", page.page));
        }
        if (page.total, page.pages) != (total, page_count) {
            problems.push(format!(
                "{file}: disagrees with list/1.json on the catalog size"
            ));
        }
        if page.sources != first.sources {
            problems.push(format!("{file}: disagrees with list/1.json on the sources"));
        }
        if *number < page_count && page.titles.len() as u32 != page_size {
            problems.push(format!(
                "{file}: {} titles on a page of {page_size}",
                page.titles.len()
            ));
        }
        for card in &page.titles {
            if !listed.insert(card.id.as_str()) {
                problems.push(format!("{file}: {:?} is listed twice", card.id));
            }
            match titles.get(card.id.as_str()) {
                None => problems.push(format!("{file}: {:?} has no title file", card.id)),
                Some(t) if t.card() != *card => problems.push(format!(
                    "{file}: the card for {:?} does not match its title file",
                    card.id
                )),
                Some(_) => {}
            }
        }
    }
    for id in titles.keys() {
        if !listed.contains(id) {
            problems.push(format!("list/: {id:?} is on no page"));
        }
    }
    for count in &first.sources {
        let credited = titles
            .values()
            .filter(|t| t.source.as_ref() == Some(&count.source))
            .count();
        if credited != count.titles as usize {
            problems.push(format!(
                "list/: {:?} gave {} titles, not {}",
                count.source.name, credited, count.titles
            ));
        }
    }
    let uncounted = titles
        .values()
        .filter_map(|t| t.source.as_ref())
        .find(|source| !first.sources.iter().any(|c| &c.source == *source));
    if let Some(source) = uncounted {
        problems.push(format!("list/: source {:?} is not credited", source.name));
    }
}
