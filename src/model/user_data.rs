//! Everything a person keeps on this device (ratings, reviews, drafts,
//! helpfulness votes, reports, recently viewed) as one versioned document,
//! with the rules that decide what may be saved.
//!
//! Versions: 1 was the bare recently-viewed array the first release stored;
//! 2 added ratings, reviews, drafts, votes and reports; 3 the watchlist and
//! the diary; 4 is [`UserData`] with the films marked seen. Older versions
//! are upgraded on read (a version 3 document is a version 4 one with no
//! film marked seen), never dropped; a newer version is refused with
//! [`DecodeError::NewerVersion`] so that an old tab cannot overwrite data it
//! does not understand.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::catalog::TitleId;
use super::library::{DiaryEntry, DiaryId, FilmFacts, ListedFilm, StoredEntry};
use super::recent::{RecentEntry, RecentlyViewed};

/// The version this build writes.
pub const SCHEMA_VERSION: u32 = 4;

/// Headline length limits, in characters.
pub const HEADLINE_MAX: usize = 100;
/// Review body length limits, in characters.
pub const BODY_MIN: usize = 100;
pub const BODY_MAX: usize = 10_000;

/// A personal rating, 1 to 10 stars; no other value can be built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Stars(u8);

impl Stars {
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Stars {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        if (1..=10).contains(&value) {
            Ok(Stars(value))
        } else {
            Err(format!("a rating must be 1 to 10 stars, not {value}"))
        }
    }
}

impl From<Stars> for u8 {
    fn from(stars: Stars) -> u8 {
        stars.0
    }
}

/// A rating with what is needed to export it without the catalog. Stored
/// flat, `{"stars":8,"title":"Canoa","year":1976,"rated_on":…}`, through
/// [`StoredEntry`](super::library::StoredEntry).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredEntry", into = "StoredEntry")]
pub struct UserRating {
    pub stars: Stars,
    /// Title and year (and, since version 3, genres, directors and IMDb
    /// id), so lists and exports need no catalog.
    pub film: FilmFacts,
    /// ISO date the rating was last set, `YYYY-MM-DD`.
    pub rated_on: String,
}

/// The review this person wrote for a title (one per title).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserReview {
    pub stars: Stars,
    pub headline: String,
    pub body: String,
    #[serde(default)]
    pub spoilers: bool,
    /// ISO date first written, and of the last edit.
    pub written_on: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_on: Option<String>,
}

/// Ids of reviews written on this device start with this, so they can never
/// collide with catalog review ids (which are slugs).
pub const MY_REVIEW_ID_PREFIX: &str = "mine:";

impl UserReview {
    /// The review as the lists show it, by "You".
    pub fn as_review(&self, title_id: &str) -> super::catalog::Review {
        super::catalog::Review {
            id: format!("{MY_REVIEW_ID_PREFIX}{title_id}"),
            author: "You".to_owned(),
            date: self
                .edited_on
                .clone()
                .unwrap_or_else(|| self.written_on.clone()),
            rating: Some(self.stars.get()),
            headline: self.headline.clone(),
            body: self.body.clone(),
            spoilers: self.spoilers,
            helpful_yes: 0,
            helpful_total: 0,
        }
    }
}

/// An unfinished review, saved as it is typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDraft {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stars: Option<Stars>,
    #[serde(default)]
    pub headline: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub spoilers: bool,
}

/// "Was this review helpful?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    Helpful,
    NotHelpful,
}

/// Why a review was reported; each language words the reasons in
/// [`Texts::report_reason`](crate::i18n::Texts::report_reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportReason {
    Spoilers,
    Offensive,
    Spam,
    OffTopic,
}

impl ReportReason {
    /// Every reason, in the order the report form offers them.
    pub const ALL: [ReportReason; 4] = [
        ReportReason::Spoilers,
        ReportReason::Offensive,
        ReportReason::Spam,
        ReportReason::OffTopic,
    ];
}

/// Everything stored, version 4.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserData {
    pub version: u32,
    #[serde(default)]
    pub ratings: BTreeMap<TitleId, UserRating>,
    #[serde(default)]
    pub reviews: BTreeMap<TitleId, UserReview>,
    #[serde(default)]
    pub drafts: BTreeMap<TitleId, ReviewDraft>,
    /// Keyed by review id.
    #[serde(default)]
    pub votes: BTreeMap<String, Vote>,
    /// Keyed by review id.
    #[serde(default)]
    pub reports: BTreeMap<String, ReportReason>,
    #[serde(default)]
    pub recent: RecentlyViewed,
    /// Films this person wants to see.
    #[serde(default)]
    pub watchlist: BTreeMap<TitleId, ListedFilm>,
    /// Every logged viewing; the key orders them by date.
    #[serde(default)]
    pub diary: BTreeMap<DiaryId, DiaryEntry>,
    /// Films marked seen, whether or not a viewing of them is logged:
    /// Letterboxd's watched films, and the title page's "Seen" toggle.
    #[serde(default)]
    pub seen: BTreeMap<TitleId, ListedFilm>,
}

/// Which titles the "hide films I've seen" and "only films on my
/// watchlist" switches leave out of a list, gathered once for its rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TitleFilter {
    seen: std::collections::HashSet<TitleId>,
    /// The watchlist, when only its films are shown.
    only: Option<std::collections::HashSet<TitleId>>,
}

impl TitleFilter {
    /// Leaves out `seen`, and with `only`, every title not in it.
    pub fn new(
        seen: std::collections::HashSet<TitleId>,
        only: Option<std::collections::HashSet<TitleId>>,
    ) -> Self {
        TitleFilter { seen, only }
    }

    /// The filter of the two switches over `data`.
    pub fn of(data: &UserData, hide_seen: bool, only_watchlist: bool) -> Self {
        let seen = if hide_seen {
            data.seen_titles()
        } else {
            Default::default()
        };
        TitleFilter::new(
            seen,
            only_watchlist.then(|| data.watchlist.keys().cloned().collect()),
        )
    }

    /// Whether the title `id` is left out.
    pub fn hides(&self, id: &str) -> bool {
        self.seen.contains(id) || self.only.as_ref().is_some_and(|w| !w.contains(id))
    }
}

impl UserData {
    /// Every title this browser has seen: rated, reviewed, logged or marked
    /// seen. The "hide films I've seen" switches leave these out; gathered
    /// once for checking many rows (a browse page, a filmography).
    pub fn seen_titles(&self) -> std::collections::HashSet<TitleId> {
        let diary = self.diary.values().map(|e| &e.title_id);
        let marked = self.seen.keys();
        let ids = self
            .ratings
            .keys()
            .chain(self.reviews.keys())
            .chain(diary)
            .chain(marked);
        ids.cloned().collect()
    }

    /// How many of `titles` (ids, repeats counted once) this browser rated,
    /// and how many distinct titles there are: "You rated 3 of these 12".
    pub fn rated_among<'a>(&self, titles: impl IntoIterator<Item = &'a str>) -> (usize, usize) {
        let distinct: std::collections::BTreeSet<&str> = titles.into_iter().collect();
        let rated = distinct
            .iter()
            .filter(|id| self.ratings.contains_key(**id))
            .count();
        (rated, distinct.len())
    }
}

impl Default for UserData {
    fn default() -> Self {
        UserData {
            version: SCHEMA_VERSION,
            ratings: BTreeMap::new(),
            reviews: BTreeMap::new(),
            drafts: BTreeMap::new(),
            votes: BTreeMap::new(),
            reports: BTreeMap::new(),
            recent: RecentlyViewed::default(),
            watchlist: BTreeMap::new(),
            diary: BTreeMap::new(),
            seen: BTreeMap::new(),
        }
    }
}

/// Why stored or imported data could not be read. `Display` is English,
/// for logs; people see [`Texts::decode_error`](crate::i18n::Texts::decode_error).
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("it is not valid JSON ({0})")]
    Json(String),
    #[error(
        "it was written by a newer version of this site (format {0}); update the page to read it"
    )]
    NewerVersion(u32),
    #[error("it does not have the expected shape ({0})")]
    Shape(String),
}

/// Brings `theirs` into a list of films (the watchlist, the films seen):
/// where both have a film, the first day it was added is the one to keep.
fn merge_listed(mine: &mut BTreeMap<TitleId, ListedFilm>, theirs: BTreeMap<TitleId, ListedFilm>) {
    for (id, mut entry) in theirs {
        match mine.get(&id) {
            Some(kept) if kept.added_on <= entry.added_on => {}
            kept => {
                if let Some(kept) = kept {
                    entry.film = entry.film.or_known(kept.film.clone());
                }
                mine.insert(id, entry);
            }
        }
    }
}

/// Reads `text` as a `V`: bad JSON is [`DecodeError::Json`], JSON of
/// another shape [`DecodeError::Shape`].
pub(crate) fn read_json<V: serde::de::DeserializeOwned>(text: &str) -> Result<V, DecodeError> {
    serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => DecodeError::Shape(e.to_string()),
        _ => DecodeError::Json(e.to_string()),
    })
}

/// The `version` of a document, read on its own; a version too large for
/// a `u32` reads as the largest, which is newer than any.
fn read_version(text: &str) -> Result<u32, DecodeError> {
    #[derive(Deserialize)]
    struct Versioned {
        version: Option<u64>,
    }
    match read_json::<Versioned>(text) {
        Ok(Versioned { version: Some(v) }) => Ok(u32::try_from(v).unwrap_or(u32::MAX)),
        Err(DecodeError::Json(e)) => Err(DecodeError::Json(e)),
        _ => Err(DecodeError::Shape("no version number".into())),
    }
}

impl UserData {
    /// Reads any version this build knows, upgrading older ones.
    ///
    /// Read straight from the text, never through `serde_json::Value`, so
    /// each entry type has one decoder in the wasm, the one the IndexedDB
    /// records use too ([`read_json`]).
    pub fn decode(text: &str) -> Result<UserData, DecodeError> {
        match text.trim_start().chars().next() {
            // Version 1: the recently-viewed list on its own.
            Some('[') => {
                let entries: Vec<RecentEntry> = read_json(text)?;
                Ok(UserData {
                    recent: RecentlyViewed::from_entries(entries),
                    ..UserData::default()
                })
            }
            Some('{') => {
                let version = read_version(text)?;
                if version > SCHEMA_VERSION {
                    return Err(DecodeError::NewerVersion(version));
                }
                if version < 2 {
                    return Err(DecodeError::Shape(format!("unknown format {version}")));
                }
                let mut data: UserData = read_json(text)?;
                // Read as the current version: what it lacks is empty.
                data.version = SCHEMA_VERSION;
                // Restores the list's invariants (no duplicates, capacity).
                data.recent = RecentlyViewed::from_entries(data.recent.entries().to_vec());
                Ok(data)
            }
            // Not JSON at all is a JSON error; other JSON is the wrong shape.
            _ => Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
                Err(e) => DecodeError::Json(e.to_string()),
                Ok(_) => DecodeError::Shape("expected an object".into()),
            }),
        }
    }

    /// The stored form, always the current version.
    pub fn encode(&self) -> String {
        let current = UserData {
            version: SCHEMA_VERSION,
            ..self.clone()
        };
        // Serializing maps with string keys and plain structs cannot fail.
        serde_json::to_string(&current).unwrap_or_default()
    }

    /// Brings in an export: anything missing here is added, and where both
    /// have an entry for the same title or review, the later edit wins.
    /// Keys make it idempotent: importing the same file twice adds nothing.
    pub fn merge(&mut self, other: UserData) {
        // Where theirs wins, what only ours knows about the film (genres,
        // directors, IMDb id) is kept: an import knows little more than
        // the title and year.
        for (id, mut rating) in other.ratings {
            match self.ratings.get(&id) {
                Some(mine) if mine.rated_on >= rating.rated_on => {}
                mine => {
                    if let Some(mine) = mine {
                        rating.film = rating.film.or_known(mine.film.clone());
                    }
                    self.ratings.insert(id, rating);
                }
            }
        }
        for (id, review) in other.reviews {
            let edited =
                |r: &UserReview| r.edited_on.clone().unwrap_or_else(|| r.written_on.clone());
            match self.reviews.get(&id) {
                Some(mine) if edited(mine) >= edited(&review) => {}
                _ => {
                    self.reviews.insert(id, review);
                }
            }
        }
        for (id, draft) in other.drafts {
            self.drafts.entry(id).or_insert(draft);
        }
        for (id, vote) in other.votes {
            self.votes.entry(id).or_insert(vote);
        }
        for (id, reason) in other.reports {
            self.reports.entry(id).or_insert(reason);
        }
        merge_listed(&mut self.watchlist, other.watchlist);
        merge_listed(&mut self.seen, other.seen);
        for (id, mut entry) in other.diary {
            match self.diary.get(&id) {
                Some(mine) if mine.changed_on >= entry.changed_on => {}
                mine => {
                    if let Some(mine) = mine {
                        entry.film = entry.film.or_known(mine.film.clone());
                    }
                    self.diary.insert(id, entry);
                }
            }
        }
        // Theirs first, then ours on top, so our most recent visits lead.
        let mut recent = other.recent.entries().to_vec();
        recent.splice(0..0, self.recent.entries().iter().cloned());
        self.recent = RecentlyViewed::from_entries(recent);
    }

    /// How many ratings, reviews, drafts, votes and reports differ between
    /// the two, counting each title or review once: "N added or updated".
    pub fn differences(&self, before: &UserData) -> usize {
        fn changed<V: PartialEq>(a: &BTreeMap<String, V>, b: &BTreeMap<String, V>) -> usize {
            a.iter().filter(|(k, v)| b.get(*k) != Some(*v)).count()
        }
        changed(&self.ratings, &before.ratings)
            + changed(&self.reviews, &before.reviews)
            + changed(&self.drafts, &before.drafts)
            + changed(&self.votes, &before.votes)
            + changed(&self.reports, &before.reports)
            + changed(&self.watchlist, &before.watchlist)
            + changed(&self.diary, &before.diary)
            + changed(&self.seen, &before.seen)
    }

    /// Everything Letterboxd's importer takes, as its CSV
    /// (`Title,Year,imdbID,Rating10,WatchedDate,Rewatch,Tags,Review`): one
    /// row per diary entry, the film's review on its latest entry, then each
    /// rated, reviewed or marked seen film never logged, undated (so
    /// Letterboxd rates it, or marks it watched, without inventing a
    /// viewing).
    pub fn letterboxd_csv(&self) -> String {
        let mut out = String::from("Title,Year,imdbID,Rating10,WatchedDate,Rewatch,Tags,Review\n");
        let mut logged: BTreeMap<&str, &str> = BTreeMap::new();
        for (key, entry) in &self.diary {
            logged.insert(&entry.title_id, key);
        }
        for (key, entry) in &self.diary {
            let review = (logged.get(entry.title_id.as_str()) == Some(&key.as_str()))
                .then(|| self.reviews.get(&entry.title_id))
                .flatten();
            // The film's own rating goes on its latest viewing when that
            // viewing has none.
            let latest = logged.get(entry.title_id.as_str()) == Some(&key.as_str());
            let rated = latest.then(|| self.ratings.get(&entry.title_id)).flatten();
            let stars = entry
                .stars
                .or(rated.map(|r| r.stars))
                .or(review.map(|r| r.stars));
            out.push_str(&letterboxd_row(
                &entry.film,
                stars,
                &entry.watched_on,
                entry.rewatch,
                &entry.tags,
                review,
            ));
        }
        let unlogged = self
            .ratings
            .keys()
            .chain(self.reviews.keys())
            .chain(self.seen.keys())
            .filter(|id| !logged.contains_key(id.as_str()));
        let unlogged: std::collections::BTreeSet<&TitleId> = unlogged.collect();
        for id in unlogged {
            let review = self.reviews.get(id);
            let rating = self.ratings.get(id);
            let Some(film) = rating.map(|r| r.film.clone()).or_else(|| self.film_of(id)) else {
                continue;
            };
            let stars = rating.map(|r| r.stars).or(review.map(|r| r.stars));
            out.push_str(&letterboxd_row(&film, stars, "", false, &[], review));
        }
        out
    }

    /// What is known of a film from any entry about it.
    fn film_of(&self, id: &str) -> Option<FilmFacts> {
        let rated = self.ratings.get(id).map(|r| r.film.clone());
        let listed = || {
            let entry = self.seen.get(id).or_else(|| self.watchlist.get(id))?;
            Some(entry.film.clone())
        };
        let logged = || {
            self.diary
                .values()
                .find(|e| e.title_id == id)
                .map(|e| e.film.clone())
        };
        let viewed = || {
            let seen = self.recent.entries().iter().find(|e| e.id == id)?;
            Some(FilmFacts::named(seen.title.clone(), seen.year))
        };
        rated.or_else(listed).or_else(logged).or_else(viewed)
    }

    /// Ratings as IMDb's ratings export writes them
    /// (`Const,Your Rating,Date Rated,Title,Year`); `Const` is empty for a
    /// film whose IMDb id this browser does not know.
    pub fn imdb_ratings_csv(&self) -> String {
        let mut out = String::from("Const,Your Rating,Date Rated,Title,Year\n");
        for rating in self.ratings.values() {
            let film = &rating.film;
            out.push_str(&format!(
                "{},{},{},{},{}\n",
                csv_field(film.imdb_id.as_deref().unwrap_or_default()),
                rating.stars.get(),
                csv_field(&rating.rated_on),
                csv_field(&film.title),
                film.year
            ));
        }
        out
    }
}

/// One row of the Letterboxd CSV.
fn letterboxd_row(
    film: &FilmFacts,
    stars: Option<Stars>,
    watched_on: &str,
    rewatch: bool,
    tags: &[String],
    review: Option<&UserReview>,
) -> String {
    let review = review
        .map(|r| format!("{}\n\n{}", r.headline, r.body))
        .unwrap_or_default();
    format!(
        "{},{},{},{},{},{},{},{}\n",
        csv_field(&film.title),
        film.year,
        csv_field(film.imdb_id.as_deref().unwrap_or_default()),
        stars.map(|s| s.get().to_string()).unwrap_or_default(),
        csv_field(watched_on),
        if rewatch { "Yes" } else { "" },
        csv_field(&tags.join(", ")),
        csv_field(&review)
    )
}

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180),
/// and defuses a leading formula character for spreadsheet apps.
pub(crate) fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A field of the review form that is not acceptable. `Display` is the
/// English message, for logs; the form shows
/// [`Texts::review_problem`](crate::i18n::Texts::review_problem).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReviewProblem {
    #[error("Choose a rating from 1 to 10 stars.")]
    NoRating,
    #[error("Write a headline.")]
    HeadlineEmpty,
    #[error("Keep the headline to {} characters or fewer ({} now).", en(HEADLINE_MAX), en(*.0))]
    HeadlineTooLong(usize),
    #[error("Write at least {} characters ({} so far).", en(BODY_MIN), en(*.0))]
    BodyTooShort(usize),
    #[error("Keep the review to {} characters or fewer ({} now).", en(BODY_MAX), en(*.0))]
    BodyTooLong(usize),
}

/// A count as the English messages write it ("10,000"), so that the logs
/// read like the English interface.
fn en(n: usize) -> String {
    super::number::group_digits(n, ',', 1)
}

/// Characters as a person counts them: invisible format characters
/// (zero-width spaces, joiners) and control characters do not count.
pub fn visible_len(text: &str) -> usize {
    text.chars().filter(|c| !is_invisible(*c)).count()
}

fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
        )
}

/// What the form holds, checked: every problem at once, so the form can
/// mark each field.
pub fn validate_review(draft: &ReviewDraft) -> Result<(Stars, String, String), Vec<ReviewProblem>> {
    let mut problems = Vec::new();
    if draft.stars.is_none() {
        problems.push(ReviewProblem::NoRating);
    }
    let headline = draft.headline.trim();
    let headline_len = visible_len(headline);
    if headline
        .chars()
        .all(|c| c.is_whitespace() || is_invisible(c))
    {
        problems.push(ReviewProblem::HeadlineEmpty);
    } else if headline_len > HEADLINE_MAX {
        problems.push(ReviewProblem::HeadlineTooLong(headline_len));
    }
    let body = draft.body.trim();
    let body_len = visible_len(body);
    if body_len < BODY_MIN {
        problems.push(ReviewProblem::BodyTooShort(body_len));
    } else if body_len > BODY_MAX {
        problems.push(ReviewProblem::BodyTooLong(body_len));
    }
    match (draft.stars, problems.is_empty()) {
        (Some(stars), true) => Ok((stars, headline.to_owned(), body.to_owned())),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stars(n: u8) -> Stars {
        Stars::try_from(n).expect("1..=10")
    }

    fn rating(n: u8, on: &str) -> UserRating {
        UserRating {
            stars: stars(n),
            film: FilmFacts {
                title: "Canoa".into(),
                year: 1976,
                ..FilmFacts::default()
            },
            rated_on: on.into(),
        }
    }

    #[test]
    fn rated_among_counts_distinct_titles_rated_here() {
        let mut data = UserData::default();
        data.ratings
            .insert("memento-2000".into(), rating(8, "2026-01-01"));
        data.ratings
            .insert("canoa-1976".into(), rating(6, "2026-01-02"));
        let shown = [
            "memento-2000",
            "insomnia-2002",
            "memento-2000",
            "following-1998",
        ];
        assert_eq!(data.rated_among(shown), (1, 3));
        assert_eq!(data.rated_among([]), (0, 0));
    }

    #[test]
    fn a_title_is_seen_once_rated_or_reviewed() {
        let mut data = UserData::default();
        data.ratings
            .insert("memento-2000".into(), rating(8, "2026-01-01"));
        let review = UserReview {
            stars: stars(7),
            headline: "H".into(),
            body: "B".into(),
            spoilers: false,
            written_on: "2026-01-02".into(),
            edited_on: None,
        };
        data.reviews.insert("canoa-1976".into(), review);
        let seen = data.seen_titles();
        assert!(seen.contains("memento-2000") && seen.contains("canoa-1976"));
        assert!(!seen.contains("following-1998"));
        data.watchlist.insert(
            "following-1998".into(),
            ListedFilm {
                film: FilmFacts::named("Following", 1998),
                added_on: "2026-01-03".into(),
            },
        );
        let ids = ["memento-2000", "canoa-1976", "following-1998", "alien-1979"];
        let shown = |filter: TitleFilter| -> Vec<&str> {
            ids.into_iter().filter(|id| !filter.hides(id)).collect()
        };
        assert_eq!(shown(TitleFilter::of(&data, false, false)), ids);
        assert_eq!(
            shown(TitleFilter::of(&data, true, false)),
            ["following-1998", "alien-1979"]
        );
        assert_eq!(
            shown(TitleFilter::of(&data, false, true)),
            ["following-1998"]
        );
        data.ratings
            .insert("following-1998".into(), rating(6, "2026-01-04"));
        assert!(shown(TitleFilter::of(&data, true, true)).is_empty());
    }

    fn good_draft() -> ReviewDraft {
        ReviewDraft {
            stars: Some(stars(8)),
            headline: "  A strong film  ".into(),
            body: "word ".repeat(30),
            spoilers: false,
        }
    }

    fn sample() -> UserData {
        let mut data = UserData::default();
        data.ratings
            .insert("canoa-1976".into(), rating(9, "2026-11-01"));
        data.reviews.insert(
            "canoa-1976".into(),
            UserReview {
                stars: stars(9),
                headline: "Héadline, \"quoted\" <b>".into(),
                body: "Body with emoji 🎬 and RTL שלום".into(),
                spoilers: true,
                written_on: "2026-11-01".into(),
                edited_on: None,
            },
        );
        data.drafts.insert("emitai-1971".into(), good_draft());
        data.votes.insert("sa-palmiro".into(), Vote::Helpful);
        data.reports.insert("sa-5".into(), ReportReason::Spam);
        data.recent.visit(RecentEntry {
            id: "canoa-1976".into(),
            title: "Canoa".into(),
            year: 1976,
        });
        data
    }

    #[test]
    fn stars_outside_one_to_ten_cannot_exist() {
        assert!(Stars::try_from(0).is_err());
        assert!(Stars::try_from(11).is_err());
        assert_eq!(Stars::try_from(10).map(Stars::get), Ok(10));
        let stored = r#"{"stars":11,"title":"x","year":2000,"rated_on":"2026-01-01"}"#;
        assert!(serde_json::from_str::<UserRating>(stored).is_err());
    }

    #[test]
    fn the_codec_round_trips_everything() {
        let data = sample();
        assert_eq!(UserData::decode(&data.encode()), Ok(data));
    }

    #[test]
    fn version_one_is_upgraded_not_dropped() {
        let v1 = r#"[{"id":"canoa-1976","title":"Canoa","year":1976},{"id":"emitai-1971","title":"Emitaï","year":1971}]"#;
        let data = UserData::decode(v1).expect("version 1 is readable");
        assert_eq!(data.version, SCHEMA_VERSION);
        let ids: Vec<_> = data
            .recent
            .entries()
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["canoa-1976", "emitai-1971"]);
        assert!(UserData::decode(&data.encode()).is_ok());
    }

    #[test]
    fn newer_versions_are_refused_and_garbage_is_a_typed_error() {
        assert_eq!(
            UserData::decode(r#"{"version":5,"ratings":{}}"#),
            Err(DecodeError::NewerVersion(5))
        );
        assert!(matches!(
            UserData::decode("{not json"),
            Err(DecodeError::Json(_))
        ));
        assert!(matches!(UserData::decode("42"), Err(DecodeError::Shape(_))));
        assert!(matches!(
            UserData::decode(r#"{"ratings":{}}"#),
            Err(DecodeError::Shape(_))
        ));
        assert!(matches!(
            UserData::decode(r#"{"version":2,"ratings":{"x":{"stars":"ten"}}}"#),
            Err(DecodeError::Shape(_))
        ));
        assert!(matches!(
            UserData::decode(r#"{"version":2,"votes":{"r":"maybe"}}"#),
            Err(DecodeError::Shape(_))
        ));
    }

    #[test]
    fn importing_twice_duplicates_nothing_and_loses_nothing() {
        let export = sample();
        let mut mine = UserData::default();
        mine.ratings
            .insert("emitai-1971".into(), rating(6, "2026-10-01"));
        mine.merge(export.clone());
        let once = mine.clone();
        assert_eq!(once.differences(&UserData::default()), 6);
        mine.merge(export.clone());
        assert_eq!(mine, once);
        assert_eq!(mine.differences(&once), 0);
        assert_eq!(mine.ratings.len(), 2);
        assert_eq!(mine.reviews, export.reviews);
        assert_eq!(mine.votes, export.votes);
        assert_eq!(mine.reports, export.reports);
        assert_eq!(mine.drafts, export.drafts);
    }

    #[test]
    fn on_import_the_later_rating_wins() {
        let mut mine = UserData::default();
        mine.ratings
            .insert("canoa-1976".into(), rating(5, "2026-11-20"));
        let mut older = UserData::default();
        older
            .ratings
            .insert("canoa-1976".into(), rating(9, "2026-01-01"));
        mine.merge(older);
        assert_eq!(mine.ratings["canoa-1976"].stars.get(), 5);
        let mut newer = UserData::default();
        newer
            .ratings
            .insert("canoa-1976".into(), rating(7, "2026-11-22"));
        mine.merge(newer);
        assert_eq!(mine.ratings["canoa-1976"].stars.get(), 7);
    }

    #[test]
    fn letterboxd_csv_quotes_and_defuses_fields() {
        let mut data = UserData::default();
        data.ratings.insert("a".into(), rating(9, "2026-11-01"));
        data.ratings.insert(
            "b".into(),
            UserRating {
                film: FilmFacts {
                    title: "=HYPERLINK(\"x\"), part 2".into(),
                    year: 1976,
                    ..FilmFacts::default()
                },
                ..rating(4, "2026-11-02")
            },
        );
        assert_eq!(
            data.letterboxd_csv(),
            "Title,Year,imdbID,Rating10,WatchedDate,Rewatch,Tags,Review\n\
             Canoa,1976,,9,,,,\n\
             \"'=HYPERLINK(\"\"x\"\"), part 2\",1976,,4,,,,\n"
        );
    }

    #[test]
    fn films_marked_seen_are_kept_read_merged_and_exported_undated() {
        use crate::model::library::{FilmList, ListedFilm};
        let v3 = r#"{"version":3,"ratings":{},"watchlist":{}}"#;
        let read = UserData::decode(v3).expect("version 3 is readable");
        assert_eq!((read.version, read.seen.len()), (SCHEMA_VERSION, 0));

        let mut data = UserData::default();
        let film = FilmFacts::named("Memento", 2000);
        FilmList::Seen.toggle(&mut data, "memento-2000", film.clone(), "2026-05-01".into());
        assert!(data.seen_titles().contains("memento-2000"));
        assert_eq!(UserData::decode(&data.encode()).as_ref(), Ok(&data));
        assert_eq!(
            data.letterboxd_csv().lines().nth(1),
            Some("Memento,2000,,,,,,"),
            "Letterboxd marks a film with no rating or date watched"
        );

        let earlier = ListedFilm {
            film,
            added_on: "2024-01-01".into(),
        };
        let mut theirs = UserData::default();
        theirs.seen.insert("memento-2000".into(), earlier.clone());
        data.merge(theirs);
        assert_eq!(data.seen["memento-2000"], earlier, "the first day kept");

        FilmList::Seen.toggle(&mut data, "memento-2000", FilmFacts::default(), "x".into());
        assert!(data.seen.is_empty(), "a second toggle takes the mark off");
    }

    #[test]
    fn a_logged_film_without_stars_exports_its_rating() {
        use crate::model::library::DiaryEntry;
        let mut data = UserData::default();
        data.ratings
            .insert("canoa-1976".into(), rating(7, "2026-03-01"));
        let entry = DiaryEntry {
            title_id: "canoa-1976".into(),
            film: FilmFacts::named("Canoa", 1976),
            watched_on: "2026-02-01".into(),
            rewatch: false,
            stars: None,
            tags: Vec::new(),
            changed_on: "2026-02-01".into(),
        };
        data.log_watch(entry, false);
        assert_eq!(
            data.letterboxd_csv().lines().nth(1),
            Some("Canoa,1976,,7,2026-02-01,,,")
        );
    }

    #[test]
    fn an_import_that_wins_keeps_what_only_this_browser_knew_of_the_film() {
        let mut mine = UserData::default();
        let mut known = rating(6, "2026-01-01");
        known.film.genres = vec!["Drama".into()];
        mine.ratings.insert("canoa-1976".into(), known);
        let mut theirs = UserData::default();
        theirs
            .ratings
            .insert("canoa-1976".into(), rating(9, "2026-05-01"));
        mine.merge(theirs);
        let kept = &mine.ratings["canoa-1976"];
        assert_eq!(
            (kept.stars.get(), kept.film.genres.clone()),
            (9, vec!["Drama".to_owned()])
        );
    }

    #[test]
    fn letterboxd_csv_has_a_row_per_viewing_and_the_review_on_the_last() {
        use crate::model::library::DiaryEntry;
        let mut data = sample();
        let film = FilmFacts {
            imdb_id: Some("tt0074272".into()),
            ..FilmFacts::named("Canoa", 1976)
        };
        for (on, rewatch) in [("2026-01-01", false), ("2026-02-01", true)] {
            let entry = DiaryEntry {
                title_id: "canoa-1976".into(),
                film: film.clone(),
                watched_on: on.into(),
                rewatch,
                stars: None,
                tags: vec!["cinema".into(), "mexico".into()],
                changed_on: on.into(),
            };
            data.log_watch(entry, false);
        }
        let csv = data.letterboxd_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[1],
            "Canoa,1976,tt0074272,,2026-01-01,,\"cinema, mexico\","
        );
        assert!(
            lines[2]
                .starts_with("Canoa,1976,tt0074272,9,2026-02-01,Yes,\"cinema, mexico\",\"Héadline")
        );
        assert!(!csv.contains("\n,"), "every row has its film");
        let imdb = data.imdb_ratings_csv();
        assert_eq!(
            imdb,
            "Const,Your Rating,Date Rated,Title,Year\n,9,2026-11-01,Canoa,1976\n"
        );
    }

    #[test]
    fn a_valid_review_is_trimmed_and_accepted() {
        let (s, headline, body) = validate_review(&good_draft()).expect("valid");
        assert_eq!(s.get(), 8);
        assert_eq!(headline, "A strong film");
        assert_eq!(body.len(), "word ".repeat(30).trim().len());
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let problems = validate_review(&ReviewDraft::default()).unwrap_err();
        assert_eq!(
            problems,
            [
                ReviewProblem::NoRating,
                ReviewProblem::HeadlineEmpty,
                ReviewProblem::BodyTooShort(0)
            ]
        );
    }

    #[test]
    fn invisible_characters_do_not_make_a_headline() {
        let draft = ReviewDraft {
            headline: "\u{200B}\u{200D}\u{FEFF} \u{2060}".into(),
            ..good_draft()
        };
        assert_eq!(
            validate_review(&draft).unwrap_err(),
            [ReviewProblem::HeadlineEmpty]
        );
        let draft = ReviewDraft {
            body: format!("{}{}", "\u{200B}".repeat(500), "x".repeat(10)),
            ..good_draft()
        };
        assert_eq!(
            validate_review(&draft).unwrap_err(),
            [ReviewProblem::BodyTooShort(10)]
        );
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        let draft = ReviewDraft {
            headline: "é".repeat(HEADLINE_MAX),
            body: "🎬".repeat(BODY_MIN),
            ..good_draft()
        };
        assert!(validate_review(&draft).is_ok());
        let draft = ReviewDraft {
            headline: "é".repeat(HEADLINE_MAX + 1),
            body: "x".repeat(BODY_MAX + 1),
            ..good_draft()
        };
        assert_eq!(
            validate_review(&draft).unwrap_err(),
            [
                ReviewProblem::HeadlineTooLong(HEADLINE_MAX + 1),
                ReviewProblem::BodyTooLong(BODY_MAX + 1)
            ]
        );
    }
}
