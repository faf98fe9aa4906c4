//! The shapes of the static JSON catalog.
//!
//! The catalog is laid out so that a page fetches only what it shows, whatever
//! the number of titles:
//!
//! | file                         | type          | fetched by             |
//! |------------------------------|---------------|------------------------|
//! | `catalog/list/{page}.json`   | [`IndexPage`] | home page, one page    |
//! | `catalog/titles/{id}.json`   | [`Title`]     | title page             |
//! | `catalog/credits/{id}.json`  | [`Credits`]   | full cast & crew page  |
//! | `catalog/reviews/{id}.json`  | [`ReviewsFile`] | all reviews page     |
//! | `catalog/search/{prefix}.json` | [`SearchShard`](super::search::SearchShard) | search |
//!
//! Related films are stored as ready-made [`TitleCard`]s inside each title so
//! that the "More Like This" strip needs no extra requests; the catalog check
//! (`validate::check_catalog`) makes sure each card agrees with the title it
//! points to.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Roughly how many audience votes a film has per critic review, to weigh
/// the two on one scale: widely released films have a few hundred critic
/// reviews and a few hundred thousand to a few million IMDb votes. An
/// estimate for ordering only; no page shows it.
pub const VOTES_PER_CRITIC_REVIEW: u32 = 1000;

/// Identifier of a title, also its URL slug (`salvador-allende-2004`).
pub type TitleId = String;

/// A person named on a page, with a stable id for linking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
}

/// Aggregate user rating on a 1–10 scale.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    pub average: f32,
    /// Number of votes, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<u32>,
}

/// A dated release, in one country when the source says which.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Release {
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    /// Empty when the source gives the date alone (Wikidata's publication date).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
}

/// Where a catalog's records come from, credited on the pages that show them.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DataSource {
    /// Who to credit: "Wikidata contributors".
    pub name: String,
    /// The licence, as an SPDX id: `CC0-1.0`.
    pub licence: String,
    /// The source's home page.
    pub url: String,
}

/// An IMDb title id (`tt0209144`) or name id (`nm0634240`): the prefix, then
/// 7 to 10 digits.
pub fn is_imdb_id(id: &str, prefix: &str) -> bool {
    id.strip_prefix(prefix).is_some_and(|digits| {
        (7..=10).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    })
}

/// One actor's credit: who, as whom, and notes such as "voice".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CastCredit {
    pub person: PersonRef,
    pub character: String,
    /// Qualifiers shown in brackets: "archive footage", "voice", "as Edward M. Korry".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// How a streaming or store offer is paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfferKind {
    Subscription,
    Rent,
    Buy,
    Free,
}

/// A price in minor units, so that no float rounding reaches the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Price {
    pub cents: u32,
    /// ISO 4217 code, e.g. `USD`.
    pub currency: String,
}

/// Where the title can be watched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchOffer {
    pub provider: String,
    pub kind: OfferKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// Award wins and nominations, with a few named highlights.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Awards {
    pub wins: u32,
    pub nominations: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<String>,
}

/// Why a computed "More Like This" card is there: the strongest tie
/// between the two films, in this order of strength.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelatedBecause {
    SameDirector,
    SameWriter,
    SharedCast,
    SameGenres,
    SameCountry,
    SameLanguage,
    SameDecade,
}

/// The short form of a title used on cards: home page grid and "More Like This".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TitleCard {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
    #[serde(default)]
    pub genres: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// The title's plot; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directors: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stars: Vec<String>,
    /// On a computed related card: why it is related. Hand-written lists
    /// and list pages have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub because: Option<RelatedBecause>,
}

impl TitleCard {
    /// The card without its reason, as its title file would make it.
    pub fn without_reason(&self) -> TitleCard {
        TitleCard {
            because: None,
            ..self.clone()
        }
    }
}

/// Another title a film is known by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlsoKnownAs {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// Technical specifications.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TechSpecs {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_minutes: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sound_mix: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspect_ratio: Option<String>,
}

/// The "Details" block of a title page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub also_known_as: Vec<AlsoKnownAs>,
    #[serde(default)]
    pub filming_locations: Vec<String>,
    #[serde(default)]
    pub companies: Vec<String>,
    #[serde(default)]
    pub tech: TechSpecs,
}

/// A memorable line for "Did you know".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub character: String,
    pub text: String,
}

/// A frequently asked question with its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

/// A user review shipped with the catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: String,
    pub author: String,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    pub headline: String,
    pub body: String,
    #[serde(default)]
    pub spoilers: bool,
    /// People who found the review helpful, out of `helpful_total` who voted.
    pub helpful_yes: u32,
    pub helpful_total: u32,
}

/// Everything a title page shows, in one file.
///
/// Imported records hold what their source has and no more: the plot, the
/// storyline, genres, directors and the rest may be empty, and the page then
/// leaves their section out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Title {
    pub id: TitleId,
    /// IMDb's id for the title (`tt0209144`), where the source has one:
    /// histories imported from Letterboxd and IMDb are matched by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imdb_id: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_title: Option<String>,
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certification: Option<String>,
    #[serde(default)]
    pub genres: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release: Option<Release>,
    /// One or two sentences for the header and cards; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub plot: String,
    /// The longer storyline; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub storyline: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// Number of user reviews, equal to the length of the title's reviews file.
    pub user_reviews: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critic_reviews: Option<u32>,
    #[serde(default)]
    pub directors: Vec<PersonRef>,
    #[serde(default)]
    pub writers: Vec<PersonRef>,
    #[serde(default)]
    pub stars: Vec<PersonRef>,
    /// The first-billed cast; the full list is in the credits file.
    #[serde(default)]
    pub top_cast: Vec<CastCredit>,
    /// The cast (here and in the credits file) is in alphabetical order, not
    /// in billing order: the source does not know the billing (Wikidata).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cast_alphabetical: bool,
    /// Length of the full cast list in the credits file.
    pub cast_total: u32,
    #[serde(default)]
    pub watch: Vec<WatchOffer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awards: Option<Awards>,
    #[serde(default)]
    pub related: Vec<TitleCard>,
    #[serde(default)]
    pub details: Details,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub trivia: Vec<String>,
    #[serde(default)]
    pub faq: Vec<Faq>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured_review: Option<Review>,
    /// Where this record comes from, when it is credited to someone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DataSource>,
}

impl Title {
    /// How well known the title is, as a number of votes: its votes, else
    /// its critic reviews times [`VOTES_PER_CRITIC_REVIEW`], else 0. Orders
    /// "known for", people in search and the home page's popular row, where
    /// a catalog mixes films with votes (hand-written, IMDb) and films with
    /// only critic reviews (Wikidata).
    pub fn popularity(&self) -> u32 {
        self.rating.and_then(|r| r.votes).unwrap_or_else(|| {
            self.critic_reviews
                .unwrap_or(0)
                .saturating_mul(VOTES_PER_CRITIC_REVIEW)
        })
    }

    /// The card this title shows as elsewhere (home grid, "More Like This").
    pub fn card(&self) -> TitleCard {
        TitleCard {
            id: self.id.clone(),
            title: self.title.clone(),
            year: self.year,
            genres: self.genres.clone(),
            rating: self.rating,
            summary: self.plot.clone(),
            directors: self.directors.iter().map(|p| p.name.clone()).collect(),
            stars: self.stars.iter().map(|p| p.name.clone()).collect(),
            because: None,
        }
    }
}

/// A crew department ("Directed by", "Music by") and who worked in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrewGroup {
    pub department: String,
    pub people: Vec<CrewCredit>,
}

/// One crew member, with an optional job note ("co-writer").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrewCredit {
    pub person: PersonRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
}

/// The full cast and crew of one title (`catalog/credits/{id}.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credits {
    pub title_id: TitleId,
    pub title: String,
    pub year: u16,
    pub cast: Vec<CastCredit>,
    /// The cast is in alphabetical order, as in the title file.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cast_alphabetical: bool,
    #[serde(default)]
    pub crew: Vec<CrewGroup>,
}

/// All user reviews of one title (`catalog/reviews/{id}.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewsFile {
    pub title_id: TitleId,
    pub title: String,
    pub year: u16,
    pub reviews: Vec<Review>,
}

/// One page of the title list (`catalog/list/{page}.json`, pages from 1).
/// Each page carries the catalog's size so the home page needs one request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexPage {
    pub page: u32,
    pub pages: u32,
    /// Titles in the whole catalog.
    pub total: u32,
    pub titles: Vec<TitleCard>,
    /// Everyone the catalog's records are credited to, with how many titles
    /// each gave: the home page credits them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceCount>,
}

/// A data source and the number of titles it gave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceCount {
    pub source: DataSource,
    pub titles: u32,
}

/// Whether `id` may name a title: lowercase ASCII letters, digits and inner
/// hyphens, at most 100 bytes. Checked before any fetch so that a hand-typed
/// URL can never reach outside `catalog/titles/`.
pub fn is_valid_title_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Removes the entries whose key repeats an earlier entry's, keeping the
/// first, and returns the repeated keys.
pub(crate) fn keep_first<T>(items: &mut Vec<T>, key: impl Fn(&T) -> &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut repeated = Vec::new();
    items.retain(|item| {
        let key = key(item);
        if seen.insert(key.to_owned()) {
            true
        } else {
            repeated.push(key.to_owned());
            false
        }
    });
    repeated
}

/// A catalog file as the browser receives it may break rules the catalog
/// check enforces at build time (a hand-edited file, a half-finished
/// deploy). An id that repeats would put two elements with one id in the
/// page: a star's label would rate the other card, and one "helpful" vote
/// would count for two reviews. So repeats are dropped on arrival, keeping
/// the first, and reported for the console.
pub trait DropRepeats {
    /// Drops the repeated entries; returns what was dropped, e.g.
    /// `related "canoa-1976"`, empty when the file was clean.
    fn drop_repeats(&mut self) -> Vec<String>;
}

/// `what "key"` for each key. Quoted by hand, not through `Debug`, which
/// the site's release build compiles out (`-Zfmt-debug=none`).
pub(crate) fn described(what: &str, keys: Vec<String>) -> impl Iterator<Item = String> {
    keys.into_iter().map(move |key| format!("{what} \"{key}\""))
}

/// A catalog file as the browser reads it: decoded, then its repeated
/// entries dropped. Also returns what was dropped, for the console.
pub fn decode_catalog_file<T: DeserializeOwned + DropRepeats>(
    text: &str,
) -> Result<(T, Vec<String>), serde_json::Error> {
    let mut file: T = serde_json::from_str(text)?;
    let dropped = file.drop_repeats();
    Ok((file, dropped))
}

impl DropRepeats for Title {
    fn drop_repeats(&mut self) -> Vec<String> {
        let own_id = self.id.clone();
        let mut dropped: Vec<String> = Vec::new();
        // A film is not "more like" itself; its card would share the page's ids.
        self.related.retain(|card| {
            let is_self = card.id == own_id;
            if is_self {
                dropped.push(format!("related \"{own_id}\" (the title itself)"));
            }
            !is_self
        });
        dropped.extend(described(
            "related",
            keep_first(&mut self.related, |c| &c.id),
        ));
        dropped.extend(described(
            "top cast",
            keep_first(&mut self.top_cast, |c| &c.person.id),
        ));
        dropped.extend(described("genre", keep_first(&mut self.genres, |g| g)));
        dropped
    }
}

impl DropRepeats for Credits {
    fn drop_repeats(&mut self) -> Vec<String> {
        described("cast", keep_first(&mut self.cast, |c| &c.person.id)).collect()
    }
}

impl DropRepeats for ReviewsFile {
    fn drop_repeats(&mut self) -> Vec<String> {
        described("review", keep_first(&mut self.reviews, |r| &r.id)).collect()
    }
}

impl DropRepeats for IndexPage {
    fn drop_repeats(&mut self) -> Vec<String> {
        described("title", keep_first(&mut self.titles, |c| &c.id)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_ids_are_url_safe_slugs() {
        assert!(is_valid_title_id("salvador-allende-2004"));
        assert!(is_valid_title_id("emitai-1971"));
        for bad in ["", "-a", "a-", "A", "a/b", "../x", "a b", "é", "a.json"] {
            assert!(!is_valid_title_id(bad), "{bad:?} must be rejected");
        }
        assert!(!is_valid_title_id(&"a".repeat(101)));
    }

    #[test]
    fn imdb_ids_are_a_prefix_and_seven_to_ten_digits() {
        assert!(is_imdb_id("tt0209144", "tt"));
        assert!(is_imdb_id("nm10000001", "nm"));
        for bad in [
            "tt020914",
            "nm0209144",
            "tt02091440000",
            "tt02091a4",
            "0209144",
            "",
        ] {
            assert!(!is_imdb_id(bad, "tt"), "{bad:?} must be rejected");
        }
    }

    #[test]
    fn offer_kind_uses_lowercase_names() {
        let offer: WatchOffer = serde_json::from_str(
            r#"{"provider":"P","kind":"rent","price":{"cents":399,"currency":"USD"}}"#,
        )
        .unwrap();
        assert_eq!(offer.kind, OfferKind::Rent);
        assert!(serde_json::from_str::<WatchOffer>(r#"{"provider":"P","kind":"Lease"}"#).is_err());
    }

    fn card(id: &str) -> TitleCard {
        TitleCard {
            id: id.into(),
            title: id.to_uppercase(),
            year: 1976,
            genres: vec!["Drama".into()],
            rating: None,
            summary: "s".into(),
            directors: vec!["d".into()],
            stars: Vec::new(),
            because: None,
        }
    }

    fn review(id: &str, headline: &str) -> Review {
        Review {
            id: id.into(),
            author: "a".into(),
            date: "2020-01-01".into(),
            rating: Some(7),
            headline: headline.into(),
            body: "b".into(),
            spoilers: false,
            helpful_yes: 0,
            helpful_total: 0,
        }
    }

    #[test]
    fn repeated_ids_are_dropped_keeping_the_first_and_reported() {
        let mut reviews = ReviewsFile {
            title_id: "canoa-1976".into(),
            title: "Canoa".into(),
            year: 1976,
            reviews: vec![
                review("r1", "first"),
                review("r2", "second"),
                review("r1", "impostor"),
                review("r1", "again"),
            ],
        };
        assert_eq!(reviews.drop_repeats(), [r#"review "r1""#, r#"review "r1""#]);
        let kept: Vec<_> = reviews
            .reviews
            .iter()
            .map(|r| r.headline.as_str())
            .collect();
        assert_eq!(kept, ["first", "second"]);
        assert!(
            reviews.drop_repeats().is_empty(),
            "a clean file reports nothing"
        );

        let mut page = IndexPage {
            page: 1,
            pages: 1,
            total: 3,
            titles: vec![card("a-1"), card("b-2"), card("a-1")],
            sources: Vec::new(),
        };
        assert_eq!(page.drop_repeats(), [r#"title "a-1""#]);
        assert_eq!(page.titles, [card("a-1"), card("b-2")]);
    }

    #[test]
    fn a_title_loses_repeated_related_cast_and_genres_and_itself_as_related() {
        let json = r#"{"id":"canoa-1976","title":"Canoa","year":1976,
            "genres":["Drama","History","Drama"],"plot":"p","storyline":"s",
            "user_reviews":0,"cast_total":3,"directors":[{"id":"d","name":"D"}],
            "top_cast":[
                {"person":{"id":"p1","name":"One"},"character":"A"},
                {"person":{"id":"p2","name":"Two"},"character":"B"},
                {"person":{"id":"p1","name":"One again"},"character":"C"}]}"#;
        let mut title: Title = serde_json::from_str(json).unwrap();
        title.related = vec![card("x-1"), card("canoa-1976"), card("y-2"), card("x-1")];
        let dropped = title.drop_repeats();
        assert_eq!(
            dropped,
            [
                r#"related "canoa-1976" (the title itself)"#,
                r#"related "x-1""#,
                r#"top cast "p1""#,
                r#"genre "Drama""#,
            ]
        );
        let related: Vec<_> = title.related.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(related, ["x-1", "y-2"]);
        let cast: Vec<_> = title
            .top_cast
            .iter()
            .map(|c| c.character.as_str())
            .collect();
        assert_eq!(cast, ["A", "B"]);
        assert_eq!(title.genres, ["Drama", "History"]);
    }
}
