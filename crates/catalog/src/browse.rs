//! Browsing the catalog by facet (`catalog/browse/`): genre, decade, year,
//! country, language and certificate, each sorted five ways, so that a
//! browse page fetches a few small files whatever the catalog's size.
//!
//! For the whole catalog and for every facet value (a *list*: `all`,
//! `genre/drama`, `year/1994`, …) the catalog tool writes
//!
//! | file                                   | type                |
//! |----------------------------------------|---------------------|
//! | `browse/{list}/facets.json`            | [`BrowseFacets`]: the list's size and the count of every facet value within it |
//! | `browse/{list}/{order}/{n}.json`       | `[BrowseRow]`: rows `n·100-99 ..= n·100` of the list in one [`StoredOrder`] |
//!
//! | `browse/id/{k}.json`                   | `[RankedRow]`: every title whose [`id_shard_of`] is `k`, with its place in each order |
//!
//! One filter reads its own list. Combined filters read the list of the
//! most selective one and keep the rows that match the others
//! ([`BrowseQuery::matches`]): each row carries every facet of its title.
//! "Oldest first" reads the year order backwards.
//!
//! "Only my watchlist" reads no list: a watchlist is a few films, which a
//! list would have to be read through to find. It fetches the id shards of
//! those films instead ([`BrowseFacets::id_shards`] of them, counted in
//! `all/facets.json`), and filters, sorts and pages their rows in the
//! browser ([`browse_among`]): the bytes grow with the watchlist, never
//! with the catalog beyond one shard per film.

use std::cmp::{Ordering, Reverse};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::catalog::{Rating, Title, TitleCard};
use super::front::weighted_ratings;
use super::matching::{fnv1a32, power_of_two_shards};
use super::search::fold;

/// The directory under the catalog root.
pub const BROWSE_DIR: &str = "browse";
/// Rows in one file of a list.
pub const ROWS_PER_FILE: usize = 100;
/// Films on one page of the browse page.
pub const BROWSE_PAGE: usize = 48;
/// Directors a row names: cards show one or two.
const ROW_DIRECTORS: usize = 2;
/// The id shards' directory under the catalog root.
pub const ID_SHARD_DIR: &str = "browse/id";
/// The fewest titles an id shard holds on average once the catalog has
/// that many ([`id_shard_count`] keeps it below twice as many): small, as
/// a watchlist film costs its whole shard (16 to 31 rows, 1–3 KiB gzipped;
/// at 64 rows a shard, a film cost 5–8 KiB).
pub const TITLES_PER_ID_SHARD: usize = 16;
/// The most id shards, whatever the catalog's size.
const MAX_ID_SHARDS: u32 = 1 << 16;

/// What a catalog can be browsed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    Genre,
    Decade,
    Year,
    Country,
    Language,
    Certificate,
}

impl Facet {
    /// Every facet, in the order the browse page offers them.
    pub const ALL: [Facet; 6] = [
        Facet::Genre,
        Facet::Decade,
        Facet::Year,
        Facet::Country,
        Facet::Language,
        Facet::Certificate,
    ];

    /// Its name in URLs and paths: `genre`.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Genre => "genre",
            Facet::Decade => "decade",
            Facet::Year => "year",
            Facet::Country => "country",
            Facet::Language => "language",
            Facet::Certificate => "certificate",
        }
    }

    /// The facet named `key`.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// A facet value as it appears in URLs and file names: folded like search
/// ("Côte d'Ivoire" → `cote-d-ivoire`, "PG-13" → `pg-13`), every run of
/// anything but letters and digits one hyphen. Empty for a label with no
/// letter or digit.
pub fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in fold(label).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    if out.ends_with('-') {
        out.pop();
    }
    out
}

/// Whether `value` could be a slug: what [`slug`] makes, so that a hand-typed
/// URL never becomes an odd path.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty() && value.len() <= 100 && slug(value) == value
}

/// The decade of `year` as the browse page names it: `1990s`.
pub fn decade_label(year: u16) -> String {
    format!("{}s", year / 10 * 10)
}

/// One title as a browse list holds it: what its card shows, and every
/// facet it has, so combined filters can be checked on the row.
///
/// Written as an array: `[id, title, year, genres, rating, directors,
/// countries, languages, certificate]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "RowTuple", into = "RowTuple")]
pub struct BrowseRow {
    pub id: String,
    pub title: String,
    pub year: u16,
    pub genres: Vec<String>,
    pub rating: Option<Rating>,
    /// The first one or two.
    pub directors: Vec<String>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub certificate: Option<String>,
}

type RowTuple = (
    String,
    String,
    u16,
    Vec<String>,
    Option<Rating>,
    Vec<String>,
    Vec<String>,
    Vec<String>,
    Option<String>,
);

impl From<RowTuple> for BrowseRow {
    fn from(
        (id, title, year, genres, rating, directors, countries, languages, certificate): RowTuple,
    ) -> Self {
        BrowseRow {
            id,
            title,
            year,
            genres,
            rating,
            directors,
            countries,
            languages,
            certificate,
        }
    }
}

impl From<BrowseRow> for RowTuple {
    fn from(row: BrowseRow) -> Self {
        (
            row.id,
            row.title,
            row.year,
            row.genres,
            row.rating,
            row.directors,
            row.countries,
            row.languages,
            row.certificate,
        )
    }
}

impl BrowseRow {
    /// The row of a catalog title.
    pub fn of(title: &Title) -> Self {
        BrowseRow {
            id: title.id.clone(),
            title: title.title.clone(),
            year: title.year,
            genres: title.genres.clone(),
            rating: title.rating,
            directors: title
                .directors
                .iter()
                .take(ROW_DIRECTORS)
                .map(|p| p.name.clone())
                .collect(),
            countries: title.details.countries.clone(),
            languages: title.details.languages.clone(),
            certificate: title.certification.clone(),
        }
    }

    /// The row's values of `facet`, as labels ("Drama", "1990s", "1994").
    pub fn labels(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Genre => self.genres.clone(),
            Facet::Decade => vec![decade_label(self.year)],
            Facet::Year => vec![self.year.to_string()],
            Facet::Country => self.countries.clone(),
            Facet::Language => self.languages.clone(),
            Facet::Certificate => self.certificate.iter().cloned().collect(),
        }
    }

    /// Whether the title has the facet value `value` (a slug).
    pub fn has(&self, facet: Facet, value: &str) -> bool {
        self.labels(facet).iter().any(|label| slug(label) == value)
    }

    /// The card the browse grid shows for the row.
    pub fn card(&self) -> TitleCard {
        TitleCard {
            id: self.id.clone(),
            title: self.title.clone(),
            year: self.year,
            genres: self.genres.clone(),
            rating: self.rating,
            summary: String::new(),
            directors: self.directors.clone(),
            stars: Vec::new(),
            because: None,
        }
    }
}

/// An order the catalog tool writes every list in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StoredOrder {
    /// Most votes first (critic reviews where there are no votes: see
    /// [`Title::popularity`]).
    Popular,
    /// Best weighted rating first ([`weighted_ratings`]), then rated films
    /// without a vote count, then the unrated by popularity.
    Rating,
    /// Newest first, the most popular first within a year.
    Year,
    /// A to Z by folded title.
    Title,
}

impl StoredOrder {
    /// Every stored order.
    pub const ALL: [StoredOrder; 4] = [
        StoredOrder::Popular,
        StoredOrder::Rating,
        StoredOrder::Year,
        StoredOrder::Title,
    ];

    /// Its place in [`StoredOrder::ALL`] and in a [`RankedRow`]'s ranks.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its directory name.
    pub fn dir(self) -> &'static str {
        match self {
            StoredOrder::Popular => "popular",
            StoredOrder::Rating => "rating",
            StoredOrder::Year => "year",
            StoredOrder::Title => "title",
        }
    }
}

/// How the browse page sorts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BrowseSort {
    #[default]
    Popular,
    Rating,
    Newest,
    Oldest,
    Title,
}

impl BrowseSort {
    /// Every sort, in the order the browse page offers them.
    pub const ALL: [BrowseSort; 5] = [
        BrowseSort::Popular,
        BrowseSort::Rating,
        BrowseSort::Newest,
        BrowseSort::Oldest,
        BrowseSort::Title,
    ];

    /// Its name in URLs: `?sort=rating`.
    pub fn key(self) -> &'static str {
        match self {
            BrowseSort::Popular => "popular",
            BrowseSort::Rating => "rating",
            BrowseSort::Newest => "newest",
            BrowseSort::Oldest => "oldest",
            BrowseSort::Title => "title",
        }
    }

    /// The sort named `key`.
    pub fn from_key(key: &str) -> Option<BrowseSort> {
        BrowseSort::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The stored order it reads, and whether backwards.
    pub fn stored(self) -> (StoredOrder, bool) {
        match self {
            BrowseSort::Popular => (StoredOrder::Popular, false),
            BrowseSort::Rating => (StoredOrder::Rating, false),
            BrowseSort::Newest => (StoredOrder::Year, false),
            BrowseSort::Oldest => (StoredOrder::Year, true),
            BrowseSort::Title => (StoredOrder::Title, false),
        }
    }
}

/// A list of the browse files: the whole catalog or one facet value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListKey {
    All,
    Value(Facet, String),
}

impl ListKey {
    /// Its directory under `browse/`: `all`, `genre/drama`.
    pub fn dir(&self) -> String {
        match self {
            ListKey::All => "all".to_owned(),
            ListKey::Value(facet, value) => format!("{}/{value}", facet.key()),
        }
    }

    /// Path of its [`BrowseFacets`] under the catalog root.
    pub fn facets_path(&self) -> String {
        format!("{BROWSE_DIR}/{}/facets.json", self.dir())
    }

    /// Path of file `file` (from 1) of its rows in `order`.
    pub fn rows_path(&self, order: StoredOrder, file: u32) -> String {
        format!("{BROWSE_DIR}/{}/{}/{file}.json", self.dir(), order.dir())
    }
}

/// A facet value and how many titles of a list have it. Written as
/// `[slug, label, count]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "(String, String, u32)", into = "(String, String, u32)")]
pub struct FacetCount {
    pub slug: String,
    pub label: String,
    pub count: u32,
}

impl From<(String, String, u32)> for FacetCount {
    fn from((slug, label, count): (String, String, u32)) -> Self {
        FacetCount { slug, label, count }
    }
}

impl From<FacetCount> for (String, String, u32) {
    fn from(c: FacetCount) -> Self {
        (c.slug, c.label, c.count)
    }
}

/// One facet's values within a list, most titles first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCounts {
    pub facet: Facet,
    pub values: Vec<FacetCount>,
}

/// A list's `facets.json`: its size, and how many of its titles have each
/// facet value, so the browse page shows counts and plans its reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrowseFacets {
    /// Titles in the list.
    pub total: u32,
    /// Files of rows in each order.
    pub files: u32,
    pub facets: Vec<FacetCounts>,
    /// How many id shards the catalog has ([`id_shard_path`]): in the whole
    /// catalog's file only; 0 in the others, and in catalogs written
    /// before id shards existed.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub id_shards: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A title's row with its place in each [`StoredOrder`] of the whole
/// catalog, so a few titles found by id sort exactly as the lists would.
/// Written as `[row, [popular, rating, year, title]]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "(BrowseRow, [u32; 4])", into = "(BrowseRow, [u32; 4])")]
pub struct RankedRow {
    pub row: BrowseRow,
    /// By [`StoredOrder::index`].
    pub ranks: [u32; 4],
}

impl From<(BrowseRow, [u32; 4])> for RankedRow {
    fn from((row, ranks): (BrowseRow, [u32; 4])) -> Self {
        RankedRow { row, ranks }
    }
}

impl From<RankedRow> for (BrowseRow, [u32; 4]) {
    fn from(r: RankedRow) -> Self {
        (r.row, r.ranks)
    }
}

/// The id shard count for a catalog of `titles`: the largest power of two
/// no larger than `titles / TITLES_PER_ID_SHARD`, at least 1.
pub fn id_shard_count(titles: usize) -> u32 {
    power_of_two_shards(titles, TITLES_PER_ID_SHARD, MAX_ID_SHARDS)
}

/// The id shard holding title `id` among `shards`: [`fnv1a32`] of the id's
/// UTF-8 bytes, the same natively and in wasm.
pub fn id_shard_of(id: &str, shards: u32) -> u32 {
    fnv1a32(id.as_bytes()) % shards.max(1)
}

/// Path of id shard `k` (from 0) under the catalog root.
pub fn id_shard_path(k: u32) -> String {
    format!("{ID_SHARD_DIR}/{k}.json")
}

impl BrowseFacets {
    /// The values of `facet`, most titles first.
    pub fn values(&self, facet: Facet) -> &[FacetCount] {
        self.facets
            .iter()
            .find(|f| f.facet == facet)
            .map_or(&[], |f| &f.values)
    }

    /// How many titles of the list have `value` of `facet` (0 if none).
    pub fn count(&self, facet: Facet, value: &str) -> u32 {
        self.values(facet)
            .iter()
            .find(|v| v.slug == value)
            .map_or(0, |v| v.count)
    }

    /// The value's label, if any title of the list has it.
    pub fn label(&self, facet: Facet, value: &str) -> Option<&str> {
        self.values(facet)
            .iter()
            .find(|v| v.slug == value)
            .map(|v| v.label.as_str())
    }
}

/// What the browse files need from one title.
#[derive(Clone, Debug, PartialEq)]
pub struct BrowseEntry {
    pub row: BrowseRow,
    /// [`Title::popularity`].
    pub popularity: u32,
}

impl BrowseEntry {
    /// The entry of a catalog title.
    pub fn of(title: &Title) -> Self {
        BrowseEntry {
            row: BrowseRow::of(title),
            popularity: title.popularity(),
        }
    }
}

/// One browse file to write.
#[derive(Debug, PartialEq)]
pub enum BrowseFile<'a> {
    Facets(BrowseFacets),
    Rows(Vec<&'a BrowseRow>),
    /// An id shard: rows with their ranks, as [`RankedRow`] is written.
    Ranked(Vec<(&'a BrowseRow, [u32; 4])>),
}

/// Every browse file of a catalog of `entries`, given to `emit` with its
/// path one at a time (a large catalog's files are never all in memory).
/// Each facet value's label is the one most of its titles spell it with.
pub fn build_browse<'a, E>(
    entries: &'a [BrowseEntry],
    mut emit: impl FnMut(String, BrowseFile<'a>) -> Result<(), E>,
) -> Result<(), E> {
    let ranks = order_ranks(entries);
    let labels = value_labels(entries.iter().map(|e| &e.row));
    // Folded once: every list an entry is in counts its values again.
    let values: Vec<EntryValues> = entries.iter().map(|e| row_values(&e.row)).collect();
    let id_shards = id_shard_count(entries.len());
    for (key, members) in list_members(&values) {
        let facets = BrowseFacets {
            total: members.len() as u32,
            files: members.len().div_ceil(ROWS_PER_FILE).max(1) as u32,
            facets: facet_counts(&values, &members, &labels),
            id_shards: if key == ListKey::All { id_shards } else { 0 },
        };
        emit(key.facets_path(), BrowseFile::Facets(facets))?;
        for (order, rank) in StoredOrder::ALL.into_iter().zip(&ranks) {
            let mut sorted = members.clone();
            sorted.sort_unstable_by_key(|&i| rank[i]);
            let mut chunks = sorted.chunks(ROWS_PER_FILE).peekable();
            if chunks.peek().is_none() {
                emit(key.rows_path(order, 1), BrowseFile::Rows(Vec::new()))?;
            }
            for (n, chunk) in chunks.enumerate() {
                let rows = chunk.iter().map(|&i| &entries[i].row).collect();
                emit(key.rows_path(order, n as u32 + 1), BrowseFile::Rows(rows))?;
            }
        }
    }
    let mut shards: Vec<Vec<(&BrowseRow, [u32; 4])>> = vec![Vec::new(); id_shards as usize];
    for (i, entry) in entries.iter().enumerate() {
        let place = StoredOrder::ALL.map(|order| ranks[order.index()][i]);
        shards[id_shard_of(&entry.row.id, id_shards) as usize].push((&entry.row, place));
    }
    for (k, mut rows) in shards.into_iter().enumerate() {
        // By id, so a shard is the same whatever order the titles came in.
        rows.sort_unstable_by(|a, b| a.0.id.cmp(&b.0.id));
        emit(id_shard_path(k as u32), BrowseFile::Ranked(rows))?;
    }
    Ok(())
}

/// Each entry's place in each stored order (`ranks[order][entry]`), so a
/// list is sorted by comparing two numbers.
fn order_ranks(entries: &[BrowseEntry]) -> Vec<Vec<u32>> {
    let cards: Vec<TitleCard> = entries.iter().map(|e| e.row.card()).collect();
    let scores = weighted_ratings(&cards);
    let folded: Vec<String> = entries.iter().map(|e| fold(&e.row.title)).collect();
    StoredOrder::ALL
        .into_iter()
        .map(|order| {
            let mut sorted: Vec<usize> = (0..entries.len()).collect();
            sorted.sort_by(|&a, &b| compare(order, entries, &scores, &folded, a, b));
            let mut rank = vec![0; entries.len()];
            for (place, i) in sorted.into_iter().enumerate() {
                rank[i] = place as u32;
            }
            rank
        })
        .collect()
}

/// The stored orders, every tie broken down to the id.
fn compare(
    order: StoredOrder,
    entries: &[BrowseEntry],
    scores: &[Option<f64>],
    folded: &[String],
    a: usize,
    b: usize,
) -> Ordering {
    let (x, y) = (&entries[a], &entries[b]);
    let popular = Reverse(x.popularity).cmp(&Reverse(y.popularity));
    let by_name = || {
        folded[a]
            .cmp(&folded[b])
            .then_with(|| x.row.id.cmp(&y.row.id))
    };
    match order {
        StoredOrder::Popular => popular
            .then(Reverse(x.row.year).cmp(&Reverse(y.row.year)))
            .then_with(by_name),
        StoredOrder::Rating => rating_tier(x, scores[a])
            .cmp(&rating_tier(y, scores[b]))
            .then_with(|| rating_value(y, scores[b]).total_cmp(&rating_value(x, scores[a])))
            .then(popular)
            .then_with(by_name),
        StoredOrder::Year => Reverse(x.row.year)
            .cmp(&Reverse(y.row.year))
            .then(popular)
            .then_with(by_name),
        StoredOrder::Title => by_name().then(x.row.year.cmp(&y.row.year)),
    }
}

/// 0: a weighted rating; 1: an average without votes; 2: no rating.
fn rating_tier(entry: &BrowseEntry, score: Option<f64>) -> u8 {
    match (score, entry.row.rating) {
        (Some(_), _) => 0,
        (None, Some(_)) => 1,
        (None, None) => 2,
    }
}

fn rating_value(entry: &BrowseEntry, score: Option<f64>) -> f64 {
    score
        .or(entry.row.rating.map(|r| f64::from(r.average)))
        .unwrap_or(0.0)
}

/// Each facet value's slug with its label: the spelling most titles use,
/// the first in sort order on a tie.
fn value_labels<'a>(
    rows: impl IntoIterator<Item = &'a BrowseRow>,
) -> BTreeMap<(Facet, String), String> {
    let mut spellings: BTreeMap<(Facet, String), BTreeMap<String, u32>> = BTreeMap::new();
    for row in rows {
        for facet in Facet::ALL {
            for label in row.labels(facet) {
                let value = slug(&label);
                if !value.is_empty() {
                    *spellings
                        .entry((facet, value))
                        .or_default()
                        .entry(label)
                        .or_default() += 1;
                }
            }
        }
    }
    spellings
        .into_iter()
        .filter_map(|(key, counts)| {
            let best = counts
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
            Some((key, best.0))
        })
        .collect()
}

/// An entry's values (slugs, each once) of every facet, in the order of
/// [`Facet::ALL`].
type EntryValues = [Vec<String>; Facet::ALL.len()];

/// The facet values a row has.
fn row_values(row: &BrowseRow) -> EntryValues {
    Facet::ALL.map(|facet| {
        let mut values: Vec<String> = row
            .labels(facet)
            .iter()
            .map(|l| slug(l))
            .filter(|v| !v.is_empty())
            .collect();
        values.sort_unstable();
        values.dedup();
        values
    })
}

/// Every list with its members (indices into the entries, ascending): the
/// whole catalog, then each facet value.
fn list_members(values: &[EntryValues]) -> BTreeMap<ListKey, Vec<usize>> {
    let mut lists: BTreeMap<ListKey, Vec<usize>> = BTreeMap::new();
    lists.insert(ListKey::All, (0..values.len()).collect());
    for (i, entry) in values.iter().enumerate() {
        for (facet, values) in Facet::ALL.into_iter().zip(entry) {
            for value in values {
                lists
                    .entry(ListKey::Value(facet, value.clone()))
                    .or_default()
                    .push(i);
            }
        }
    }
    lists
}

/// The count of every facet value among `members`, most first, then by slug
/// (years and decades newest first).
fn facet_counts(
    values: &[EntryValues],
    members: &[usize],
    labels: &BTreeMap<(Facet, String), String>,
) -> Vec<FacetCounts> {
    Facet::ALL
        .into_iter()
        .enumerate()
        .map(|(f, facet)| {
            let mut counts: BTreeMap<String, u32> = BTreeMap::new();
            for &i in members {
                for value in &values[i][f] {
                    *counts.entry(value.clone()).or_default() += 1;
                }
            }
            let mut values: Vec<FacetCount> = counts
                .into_iter()
                .map(|(value, count)| FacetCount {
                    label: labels
                        .get(&(facet, value.clone()))
                        .cloned()
                        .unwrap_or_else(|| value.clone()),
                    slug: value,
                    count,
                })
                .collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.slug.cmp(&b.slug)));
            FacetCounts { facet, values }
        })
        .collect()
}

/// What the browse page shows: filters (at most one value per facet), sort,
/// page, whether to hide the films this browser has seen and whether to
/// show only its watchlist. Lives in the URL:
/// `?genre=drama&decade=1990s&sort=rating&hide=seen&only=watchlist&page=2`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrowseQuery {
    /// Sorted by facet, one value each.
    pub filters: BTreeMap<Facet, String>,
    pub sort: BrowseSort,
    /// From 1.
    pub page: u32,
    pub hide_seen: bool,
    /// Only the films on this browser's watchlist (`only=watchlist`).
    pub only_watchlist: bool,
}

impl BrowseQuery {
    /// The query of a URL's parameters. Unknown parameters, values that are
    /// not slugs and pages below 1 are ignored, so any hand-typed URL shows
    /// a page.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = BrowseQuery {
            page: 1,
            ..BrowseQuery::default()
        };
        for (key, value) in pairs {
            match key {
                "sort" => query.sort = BrowseSort::from_key(value).unwrap_or_default(),
                "page" => query.page = value.parse().ok().filter(|&p| p >= 1).unwrap_or(1),
                "hide" => query.hide_seen = value == "seen",
                "only" => query.only_watchlist = value == "watchlist",
                _ => {
                    if let Some(facet) = Facet::from_key(key).filter(|_| is_slug(value)) {
                        query.filters.insert(facet, value.to_owned());
                    }
                }
            }
        }
        query
    }

    /// The URL parameters, `?` included, defaults left out; empty for the
    /// default query. `landing` is a facet the path already names
    /// (`/genre/drama`), left out too.
    pub fn to_query(&self, landing: Option<Facet>) -> String {
        let mut parts: Vec<String> = self
            .filters
            .iter()
            .filter(|(facet, _)| Some(**facet) != landing)
            .map(|(facet, value)| format!("{}={value}", facet.key()))
            .collect();
        if self.sort != BrowseSort::default() {
            parts.push(format!("sort={}", self.sort.key()));
        }
        if self.hide_seen {
            parts.push("hide=seen".to_owned());
        }
        if self.only_watchlist {
            parts.push("only=watchlist".to_owned());
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// Its path inside the site: on `landing`'s page (`/genre/drama?…`)
    /// while the query keeps `landing`'s value, else on `/browse`.
    pub fn path(&self, landing: Option<(Facet, &str)>) -> String {
        match landing {
            Some((facet, value)) if self.filters.get(&facet).map(String::as_str) == Some(value) => {
                format!("/{}/{value}{}", facet.key(), self.to_query(Some(facet)))
            }
            _ => format!("/browse{}", self.to_query(None)),
        }
    }

    /// The same query with `facet` set to `value` (or cleared), from page 1.
    pub fn with_filter(&self, facet: Facet, value: Option<&str>) -> Self {
        let mut next = self.clone();
        match value.filter(|v| is_slug(v)) {
            Some(v) => next.filters.insert(facet, v.to_owned()),
            None => next.filters.remove(&facet),
        };
        next.page = 1;
        next
    }

    /// The same query sorted by `sort`, from page 1.
    pub fn with_sort(&self, sort: BrowseSort) -> Self {
        BrowseQuery {
            sort,
            page: 1,
            ..self.clone()
        }
    }

    /// The same query with films seen hidden or shown, from page 1.
    pub fn with_hide_seen(&self, hide_seen: bool) -> Self {
        BrowseQuery {
            hide_seen,
            page: 1,
            ..self.clone()
        }
    }

    /// The same query with only the watchlist's films, or every film, from
    /// page 1.
    pub fn with_only_watchlist(&self, only_watchlist: bool) -> Self {
        BrowseQuery {
            only_watchlist,
            page: 1,
            ..self.clone()
        }
    }

    /// The same query on page `page`.
    pub fn at_page(&self, page: u32) -> Self {
        BrowseQuery {
            page: page.max(1),
            ..self.clone()
        }
    }

    /// The list to read: the filter with the fewest titles in the whole
    /// catalog (`all`), so combined filters read as few rows as they can.
    pub fn source(&self, all: &BrowseFacets) -> ListKey {
        self.filters
            .iter()
            .min_by_key(|(facet, value)| all.count(**facet, value))
            .map_or(ListKey::All, |(facet, value)| {
                ListKey::Value(*facet, value.clone())
            })
    }

    /// Whether a row of the source list passes every filter.
    pub fn matches(&self, row: &BrowseRow) -> bool {
        self.filters
            .iter()
            .all(|(facet, value)| row.has(*facet, value))
    }
}

/// How many films a query finds, as far as the facet files tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchCount {
    Exact(u32),
    /// At most this many: three or more filters, or films hidden, before
    /// the whole source list has been read.
    AtMost(u32),
}

/// The count of `query`'s films from the facet files of `all` and of each
/// filter's list (`lists`, by facet): exact for up to two filters (a list
/// counts every value within it), else the smallest pair count.
pub fn match_count(
    query: &BrowseQuery,
    all: &BrowseFacets,
    lists: &BTreeMap<Facet, BrowseFacets>,
) -> MatchCount {
    let filters: Vec<(Facet, &str)> = query
        .filters
        .iter()
        .map(|(f, v)| (*f, v.as_str()))
        .collect();
    let count = match filters.as_slice() {
        [] => all.total,
        [(facet, value)] => all.count(*facet, value),
        _ => filters
            .iter()
            .flat_map(|(facet, value)| {
                let list = lists.get(facet);
                filters
                    .iter()
                    .filter(move |(other, _)| other != facet)
                    .map(move |(other, v)| {
                        list.map_or(all.count(*facet, value), |l| l.count(*other, v))
                    })
            })
            .min()
            .unwrap_or(0),
    };
    if filters.len() > 2 || query.hide_seen {
        MatchCount::AtMost(count)
    } else {
        MatchCount::Exact(count)
    }
}

/// The values a filter menu offers for `facet` under `query`: each with the
/// films it would find together with the query's other filters (exact with
/// one other filter, an upper bound with more), those that find none left
/// out but the chosen one kept. Genres, countries, languages and
/// certificates A to Z; decades and years newest first.
pub fn menu_values(
    facet: Facet,
    query: &BrowseQuery,
    all: &BrowseFacets,
    lists: &BTreeMap<Facet, BrowseFacets>,
) -> Vec<FacetCount> {
    let others: Vec<&BrowseFacets> = query
        .filters
        .keys()
        .filter(|f| **f != facet)
        .map(|f| lists.get(f))
        .collect::<Option<_>>()
        // A filter on a value no title has: nothing else can be found.
        .unwrap_or_else(|| vec![&EMPTY_FACETS]);
    let chosen = query.filters.get(&facet);
    let mut values: Vec<FacetCount> = all
        .values(facet)
        .iter()
        .filter_map(|value| {
            let count = others
                .iter()
                .map(|list| list.count(facet, &value.slug))
                .min()
                .unwrap_or(value.count);
            (count > 0 || chosen == Some(&value.slug)).then(|| FacetCount {
                count,
                ..value.clone()
            })
        })
        .collect();
    match facet {
        Facet::Decade | Facet::Year => values.sort_by(|a, b| b.slug.cmp(&a.slug)),
        _ => values.sort_by_cached_key(|v| (fold(&v.label), v.slug.clone())),
    }
    values
}

static EMPTY_FACETS: BrowseFacets = BrowseFacets {
    total: 0,
    files: 0,
    facets: Vec::new(),
    id_shards: 0,
};

/// The count to show once a page is read: the exact number when the read
/// went through the whole list, else what the facet files said.
pub fn shown_count(count: MatchCount, page: &BrowsePage) -> MatchCount {
    page.total.map_or(count, MatchCount::Exact)
}

/// Reading a list for one page of results: rows go in file by file, in
/// the order shown, until the page is full and one more film passes (so
/// the page knows whether a next page exists).
#[derive(Clone, Debug, PartialEq)]
pub struct PageScan {
    /// Passing rows still to skip: those of the earlier pages.
    skip: usize,
    shown: Vec<BrowseRow>,
    more: bool,
    /// Rows that passed so far, skipped ones included.
    passed: u32,
}

/// The rows in file `file` (from 1) of a list of `total` rows.
pub fn file_len(total: u32, file: u32) -> usize {
    (total as usize)
        .saturating_sub((file.max(1) as usize - 1) * ROWS_PER_FILE)
        .min(ROWS_PER_FILE)
}

/// The files of a list of `files` files in reading order: forwards, or
/// backwards for "oldest first".
pub fn reading_order(files: u32, backwards: bool) -> Vec<u32> {
    if backwards {
        (1..=files).rev().collect()
    } else {
        (1..=files).collect()
    }
}

impl BrowseQuery {
    /// Whether every row of its source list passes: no film hidden, at most
    /// one filter (the source's own).
    pub fn keeps_every_row(&self) -> bool {
        !self.hide_seen && self.filters.len() <= 1
    }
}

/// One page of browse results.
#[derive(Clone, Debug, PartialEq)]
pub struct BrowsePage {
    pub rows: Vec<BrowseRow>,
    /// Whether a later page has films.
    pub more: bool,
    /// How many films pass, when the whole list was read to tell.
    pub total: Option<u32>,
}

impl PageScan {
    /// A scan for page `page` (from 1) of [`BROWSE_PAGE`] films.
    pub fn new(page: u32) -> Self {
        PageScan {
            skip: rows_before(page),
            shown: Vec::with_capacity(BROWSE_PAGE),
            more: false,
            passed: 0,
        }
    }

    /// Skips the files that hold only rows of earlier pages, given the
    /// sizes of the files in reading order, and returns how many: for a
    /// query every row of its list passes (one filter at most, nothing
    /// hidden), so page 300 reads one file, not 300.
    pub fn skip_files(&mut self, sizes: impl IntoIterator<Item = usize>) -> usize {
        let mut skipped = 0;
        for size in sizes {
            if self.skip < size {
                break;
            }
            self.skip -= size;
            self.passed += size as u32;
            skipped += 1;
        }
        skipped
    }

    /// Feeds the next rows of the list, keeping those that pass `keep`.
    /// True once the page is complete: no need to read further.
    pub fn feed(&mut self, rows: Vec<BrowseRow>, mut keep: impl FnMut(&BrowseRow) -> bool) -> bool {
        for row in rows {
            if !keep(&row) {
                continue;
            }
            self.passed += 1;
            if self.skip > 0 {
                self.skip -= 1;
            } else if self.shown.len() < BROWSE_PAGE {
                self.shown.push(row);
            } else {
                self.more = true;
                return true;
            }
        }
        false
    }

    /// The page; `read_all` says whether every row of the list was fed.
    pub fn finish(self, read_all: bool) -> BrowsePage {
        BrowsePage {
            rows: self.shown,
            more: self.more,
            total: (read_all && !self.more).then_some(self.passed),
        }
    }
}

/// The browse results among a few titles known by id (the watchlist's
/// rows, from their id shards) rather than from a list: every count is
/// exact, since every candidate is at hand, and leaves out hidden films.
#[derive(Clone, Debug, PartialEq)]
pub struct BrowseAmong {
    /// The facet counts among all of `rows` not hidden, plus each chosen value none of
    /// them has (count 0, the catalog's label), so its menu still shows it.
    pub all: BrowseFacets,
    /// The facet counts among the rows of each filter's value.
    pub lists: BTreeMap<Facet, BrowseFacets>,
    /// How many rows pass the query.
    pub total: u32,
    pub page: BrowsePage,
}

/// `query` among `rows`: filtered, `hidden` ones left out when the query
/// hides seen films, sorted by the rows' ranks, one page of [`BROWSE_PAGE`].
/// `catalog` (the whole catalog's facets) names the chosen values.
pub fn browse_among(
    query: &BrowseQuery,
    rows: &[RankedRow],
    catalog: &BrowseFacets,
    hidden: impl Fn(&str) -> bool,
) -> BrowseAmong {
    // Films hidden as seen are counted nowhere, so a menu's count is the
    // number of films its value shows.
    let hides = |row: &BrowseRow| query.hide_seen && hidden(&row.id);
    let all_rows: Vec<&BrowseRow> = rows.iter().map(|r| &r.row).filter(|r| !hides(r)).collect();
    let mut all = facets_of(&all_rows);
    for (facet, value) in &query.filters {
        if all.count(*facet, value) == 0
            && let Some(counts) = all.facets.iter_mut().find(|f| f.facet == *facet)
        {
            counts.values.push(FacetCount {
                slug: value.clone(),
                label: catalog.label(*facet, value).unwrap_or(value).to_owned(),
                count: 0,
            });
        }
    }
    let lists = query
        .filters
        .iter()
        .map(|(facet, value)| {
            let within: Vec<&BrowseRow> = all_rows
                .iter()
                .copied()
                .filter(|r| r.has(*facet, value))
                .collect();
            (*facet, facets_of(&within))
        })
        .collect();
    let (order, backwards) = query.sort.stored();
    let mut passing: Vec<&RankedRow> = rows
        .iter()
        .filter(|r| query.matches(&r.row) && !hides(&r.row))
        .collect();
    passing.sort_by_key(|r| r.ranks[order.index()]);
    if backwards {
        passing.reverse();
    }
    let skip = rows_before(query.page);
    let page = BrowsePage {
        rows: passing
            .iter()
            .skip(skip)
            .take(BROWSE_PAGE)
            .map(|r| r.row.clone())
            .collect(),
        more: passing.len() > skip.saturating_add(BROWSE_PAGE),
        total: Some(passing.len() as u32),
    };
    BrowseAmong {
        all,
        lists,
        total: passing.len() as u32,
        page,
    }
}

/// The films on the pages before page `page` (from 1). Saturating: a page
/// number from a URL may be anything, and `usize` is 32 bits in wasm.
fn rows_before(page: u32) -> usize {
    (page.max(1) as usize - 1).saturating_mul(BROWSE_PAGE)
}

/// The facet counts of `rows`, as a list's `facets.json` would hold them.
fn facets_of(rows: &[&BrowseRow]) -> BrowseFacets {
    let labels = value_labels(rows.iter().copied());
    let values: Vec<EntryValues> = rows.iter().map(|r| row_values(r)).collect();
    let members: Vec<usize> = (0..rows.len()).collect();
    BrowseFacets {
        total: rows.len() as u32,
        files: 0,
        facets: facet_counts(&values, &members, &labels),
        id_shards: 0,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashMap};

    use proptest::prelude::*;

    use super::*;

    fn row(id: &str, year: u16, genres: &[&str], countries: &[&str]) -> BrowseRow {
        BrowseRow {
            id: id.into(),
            title: id.to_uppercase(),
            year,
            genres: genres.iter().map(|g| g.to_string()).collect(),
            rating: None,
            directors: Vec::new(),
            countries: countries.iter().map(|c| c.to_string()).collect(),
            languages: vec!["English".into()],
            certificate: None,
        }
    }

    fn entry(row: BrowseRow, popularity: u32) -> BrowseEntry {
        BrowseEntry { row, popularity }
    }

    /// Every file `build_browse` writes, decoded back from JSON.
    fn built(
        entries: &[BrowseEntry],
    ) -> (
        HashMap<String, BrowseFacets>,
        HashMap<String, Vec<BrowseRow>>,
    ) {
        let mut facets = HashMap::new();
        let mut rows = HashMap::new();
        build_browse(entries, |path, file| -> Result<(), ()> {
            match file {
                BrowseFile::Facets(f) => {
                    let json = serde_json::to_string(&f).unwrap();
                    facets.insert(path, serde_json::from_str(&json).unwrap());
                }
                BrowseFile::Rows(r) => {
                    let json = serde_json::to_string(&r).unwrap();
                    rows.insert(path, serde_json::from_str(&json).unwrap());
                }
                BrowseFile::Ranked(_) => {}
            }
            Ok(())
        })
        .unwrap();
        (facets, rows)
    }

    /// The id shards `build_browse` writes, decoded back from JSON.
    fn built_ids(entries: &[BrowseEntry]) -> HashMap<String, Vec<RankedRow>> {
        let mut shards = HashMap::new();
        build_browse(entries, |path, file| -> Result<(), ()> {
            if let BrowseFile::Ranked(r) = file {
                let json = serde_json::to_string(&r).unwrap();
                shards.insert(path, serde_json::from_str(&json).unwrap());
            }
            Ok(())
        })
        .unwrap();
        shards
    }

    /// The rows of one list in one order, files joined.
    fn read_list(
        rows: &HashMap<String, Vec<BrowseRow>>,
        key: &ListKey,
        order: StoredOrder,
        files: u32,
    ) -> Vec<BrowseRow> {
        (1..=files)
            .flat_map(|n| rows[&key.rows_path(order, n)].clone())
            .collect()
    }

    #[test]
    fn slugs_fold_accents_case_and_punctuation() {
        assert_eq!(slug("Côte d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slug("PG-13"), "pg-13");
        assert_eq!(slug("M/PG"), "m-pg");
        assert_eq!(slug("United States"), "united-states");
        assert_eq!(slug("Sci-Fi"), "sci-fi");
        assert_eq!(slug(" -- "), "");
        assert!(is_slug("1990s") && !is_slug("Drama") && !is_slug("a--b") && !is_slug(""));
        assert_eq!(decade_label(1994), "1990s");
        assert_eq!(decade_label(2000), "2000s");
    }

    #[test]
    fn a_row_is_an_array_and_reads_back() {
        let mut r = row("a-2001", 2001, &["Drama"], &["Chile"]);
        r.rating = Some(Rating {
            average: 7.5,
            votes: Some(12),
        });
        r.certificate = Some("PG".into());
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(
            json,
            r#"["a-2001","A-2001",2001,["Drama"],{"average":7.5,"votes":12},[],["Chile"],["English"],"PG"]"#
        );
        assert_eq!(serde_json::from_str::<BrowseRow>(&json).unwrap(), r);
        assert!(r.has(Facet::Decade, "2000s") && r.has(Facet::Year, "2001"));
        assert!(r.has(Facet::Certificate, "pg") && !r.has(Facet::Country, "peru"));
    }

    fn sample() -> Vec<BrowseEntry> {
        (0..250u32)
            .map(|i| {
                let genres: &[&str] = match i % 4 {
                    0 => &["Drama"],
                    1 => &["Drama", "Comedy"],
                    2 => &["Documentary"],
                    _ => &[],
                };
                let countries: &[&str] = if i % 3 == 0 {
                    &["Chile", "France"]
                } else {
                    &["France"]
                };
                let mut r = row(
                    &format!("t{i:03}"),
                    1950 + (i * 7 % 70) as u16,
                    genres,
                    countries,
                );
                if i % 5 == 0 {
                    r.rating = Some(Rating {
                        average: 1.0 + (i % 9) as f32,
                        votes: Some(10 + i),
                    });
                }
                entry(r, i * 37 % 101)
            })
            .collect()
    }

    #[test]
    fn every_title_is_in_exactly_the_lists_of_its_facets() {
        let entries = sample();
        let (facets, rows) = built(&entries);
        let all = &facets[&ListKey::All.facets_path()];
        assert_eq!(all.total, 250);
        for facet in Facet::ALL {
            for value in all.values(facet) {
                let key = ListKey::Value(facet, value.slug.clone());
                let list = &facets[&key.facets_path()];
                let expected: BTreeSet<&str> = entries
                    .iter()
                    .filter(|e| e.row.labels(facet).iter().any(|l| slug(l) == value.slug))
                    .map(|e| e.row.id.as_str())
                    .collect();
                assert_eq!(list.total as usize, expected.len(), "{key:?}");
                assert_eq!(value.count, list.total, "{key:?}");
                for order in StoredOrder::ALL {
                    let read = read_list(&rows, &key, order, list.files);
                    let ids: BTreeSet<&str> = read.iter().map(|r| r.id.as_str()).collect();
                    assert_eq!(ids, expected, "{key:?} {order:?}");
                    assert_eq!(read.len(), expected.len(), "each title once");
                }
            }
        }
        // Every path written is one of these lists: no title in a list of a
        // value it does not have.
        let lists = 1 + Facet::ALL
            .iter()
            .map(|f| all.values(*f).len())
            .sum::<usize>();
        assert_eq!(facets.len(), lists);
    }

    #[test]
    fn counts_within_a_list_are_the_titles_with_both_values() {
        let entries = sample();
        let (facets, _) = built(&entries);
        let drama = &facets[&ListKey::Value(Facet::Genre, "drama".into()).facets_path()];
        let both = entries
            .iter()
            .filter(|e| {
                e.row.genres.contains(&"Drama".into()) && e.row.countries.contains(&"Chile".into())
            })
            .count();
        assert_eq!(drama.count(Facet::Country, "chile") as usize, both);
        assert_eq!(drama.count(Facet::Genre, "drama"), drama.total);
        assert_eq!(drama.label(Facet::Genre, "comedy"), Some("Comedy"));
        let counts: Vec<u32> = drama.values(Facet::Year).iter().map(|v| v.count).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "most first");
    }

    #[test]
    fn lists_are_split_in_files_of_a_hundred_rows_in_each_order() {
        let entries = sample();
        let (facets, rows) = built(&entries);
        let all = &facets[&ListKey::All.facets_path()];
        assert_eq!(all.files, 3);
        let sizes: Vec<usize> = (1..=3)
            .map(|n| rows[&ListKey::All.rows_path(StoredOrder::Popular, n)].len())
            .collect();
        assert_eq!(sizes, [100, 100, 50]);
        let popular = read_list(&rows, &ListKey::All, StoredOrder::Popular, 3);
        let pop: HashMap<&str, u32> = entries
            .iter()
            .map(|e| (e.row.id.as_str(), e.popularity))
            .collect();
        assert!(
            popular
                .windows(2)
                .all(|w| pop[w[0].id.as_str()] >= pop[w[1].id.as_str()])
        );
        let newest = read_list(&rows, &ListKey::All, StoredOrder::Year, 3);
        assert!(newest.windows(2).all(|w| w[0].year >= w[1].year));
        assert!(
            newest
                .windows(2)
                .all(|w| w[0].year > w[1].year || pop[w[0].id.as_str()] >= pop[w[1].id.as_str()])
        );
        let titles = read_list(&rows, &ListKey::All, StoredOrder::Title, 3);
        assert!(
            titles
                .windows(2)
                .all(|w| fold(&w[0].title) <= fold(&w[1].title))
        );
        let rated = read_list(&rows, &ListKey::All, StoredOrder::Rating, 3);
        let first_unrated = rated.iter().position(|r| r.rating.is_none()).unwrap();
        assert_eq!(first_unrated, 50, "every rated film comes first");
        assert!(rated[first_unrated..].iter().all(|r| r.rating.is_none()));
    }

    #[test]
    fn rating_order_weighs_votes() {
        let mut few = row("few", 2000, &[], &[]);
        few.rating = Some(Rating {
            average: 9.5,
            votes: Some(12),
        });
        let mut many = row("many", 2000, &[], &[]);
        many.rating = Some(Rating {
            average: 8.6,
            votes: Some(1_000_000),
        });
        let mut mid = row("mid", 2000, &[], &[]);
        mid.rating = Some(Rating {
            average: 7.0,
            votes: Some(5_000),
        });
        let mut no_votes = row("no-votes", 2000, &[], &[]);
        no_votes.rating = Some(Rating {
            average: 9.9,
            votes: None,
        });
        let unrated = row("unrated", 2000, &[], &[]);
        let entries = vec![
            entry(unrated, 9),
            entry(no_votes, 0),
            entry(few, 0),
            entry(mid, 0),
            entry(many, 0),
        ];
        let (_, rows) = built(&entries);
        let ids: Vec<String> = rows[&ListKey::All.rows_path(StoredOrder::Rating, 1)]
            .iter()
            .map(|r| r.id.clone())
            .collect();
        assert_eq!(ids, ["many", "few", "mid", "no-votes", "unrated"]);
    }

    #[test]
    fn a_label_is_the_spelling_most_titles_use() {
        let entries = vec![
            entry(row("a", 2000, &["Sci-Fi"], &[]), 1),
            entry(row("b", 2000, &["Sci-fi"], &[]), 1),
            entry(row("c", 2000, &["Sci-Fi"], &[]), 1),
        ];
        let (facets, _) = built(&entries);
        let all = &facets[&ListKey::All.facets_path()];
        assert_eq!(
            all.values(Facet::Genre),
            [FacetCount {
                slug: "sci-fi".into(),
                label: "Sci-Fi".into(),
                count: 3
            }]
        );
    }

    #[test]
    fn an_empty_catalog_has_one_empty_file_per_order() {
        let (facets, rows) = built(&[]);
        assert_eq!(facets[&ListKey::All.facets_path()].total, 0);
        assert!(rows[&ListKey::All.rows_path(StoredOrder::Title, 1)].is_empty());
    }

    #[test]
    fn every_title_is_in_its_id_shard_with_its_place_in_each_order() {
        let entries = sample();
        let (facets, rows) = built(&entries);
        let shards = built_ids(&entries);
        let all = &facets[&ListKey::All.facets_path()];
        assert_eq!(all.id_shards, id_shard_count(250));
        assert_eq!(all.id_shards, 8);
        assert_eq!(shards.len(), 8);
        let mut seen = BTreeSet::new();
        for (path, shard) in &shards {
            for ranked in shard {
                assert_eq!(
                    *path,
                    id_shard_path(id_shard_of(&ranked.row.id, all.id_shards))
                );
                assert!(
                    seen.insert(ranked.row.id.clone()),
                    "{} twice",
                    ranked.row.id
                );
                for order in StoredOrder::ALL {
                    let list = read_list(&rows, &ListKey::All, order, all.files);
                    assert_eq!(list[ranked.ranks[order.index()] as usize], ranked.row);
                }
            }
        }
        assert_eq!(seen.len(), 250);
        // Only the whole catalog's file counts id shards.
        let drama = &facets[&ListKey::Value(Facet::Genre, "drama".into()).facets_path()];
        assert_eq!(drama.id_shards, 0);
        assert!(!serde_json::to_string(drama).unwrap().contains("id_shards"));
    }

    #[test]
    fn id_shards_stay_small_as_the_catalog_grows() {
        assert_eq!(id_shard_count(0), 1);
        assert_eq!(id_shard_count(31), 1);
        assert_eq!(id_shard_count(17_480), 1024);
        assert_eq!(id_shard_count(100_000), 4096);
        for titles in [16, 1_000, 17_480, 100_000, 1_000_000] {
            let per_shard = titles / id_shard_count(titles) as usize;
            assert!((TITLES_PER_ID_SHARD..2 * TITLES_PER_ID_SHARD).contains(&per_shard));
        }
    }

    #[test]
    fn a_chosen_value_none_of_the_films_has_stays_in_its_menu() {
        let entries = sample();
        let (facets, _) = built(&entries);
        let all = &facets[&ListKey::All.facets_path()];
        let ranked: Vec<RankedRow> = built_ids(&entries)
            .into_values()
            .flatten()
            .filter(|r| r.row.genres.is_empty())
            .collect();
        let q = BrowseQuery::from_pairs([("genre", "documentary"), ("only", "watchlist")]);
        let among = browse_among(&q, &ranked, all, |_| false);
        assert_eq!(among.total, 0);
        assert!(among.page.rows.is_empty() && !among.page.more);
        let menu = menu_values(Facet::Genre, &q, &among.all, &among.lists);
        assert_eq!(menu.len(), 1);
        assert_eq!((menu[0].label.as_str(), menu[0].count), ("Documentary", 0));
    }

    #[test]
    fn queries_read_from_and_write_to_urls() {
        let q = BrowseQuery::from_pairs([
            ("genre", "drama"),
            ("decade", "1990s"),
            ("sort", "oldest"),
            ("page", "3"),
            ("hide", "seen"),
            ("utm", "x"),
        ]);
        assert_eq!(q.filters.len(), 2);
        assert_eq!((q.sort, q.page, q.hide_seen), (BrowseSort::Oldest, 3, true));
        assert!(!q.only_watchlist);
        assert_eq!(
            q.to_query(None),
            "?genre=drama&decade=1990s&sort=oldest&hide=seen&page=3"
        );
        let mine = q.with_only_watchlist(true);
        assert_eq!(mine.page, 1);
        assert_eq!(
            mine.to_query(None),
            "?genre=drama&decade=1990s&sort=oldest&hide=seen&only=watchlist"
        );
        assert_eq!(
            BrowseQuery::from_pairs([("only", "watchlist")]),
            BrowseQuery::from_pairs([]).with_only_watchlist(true)
        );
        assert!(!BrowseQuery::from_pairs([("only", "seen")]).only_watchlist);
        assert_eq!(
            q.path(Some((Facet::Genre, "drama"))),
            "/genre/drama?decade=1990s&sort=oldest&hide=seen&page=3"
        );
        assert_eq!(
            q.path(Some((Facet::Genre, "comedy"))),
            "/browse?genre=drama&decade=1990s&sort=oldest&hide=seen&page=3"
        );
        let bad = BrowseQuery::from_pairs([("genre", "Drama!"), ("page", "0"), ("sort", "best")]);
        assert_eq!(bad, BrowseQuery::from_pairs([]));
        assert_eq!(bad.to_query(None), "");
        let next = q.with_filter(Facet::Year, Some("1994"));
        assert_eq!(next.page, 1);
        assert_eq!(
            next.with_filter(Facet::Genre, None)
                .filters
                .keys()
                .collect::<Vec<_>>(),
            [&Facet::Decade, &Facet::Year]
        );
    }

    #[test]
    fn the_source_is_the_most_selective_filter_and_rows_pass_all_filters() {
        let entries = sample();
        let (facets, _) = built(&entries);
        let all = &facets[&ListKey::All.facets_path()];
        let q = BrowseQuery::from_pairs([("genre", "drama"), ("country", "chile")]);
        let drama = all.count(Facet::Genre, "drama");
        let chile = all.count(Facet::Country, "chile");
        assert!(chile < drama);
        assert_eq!(
            q.source(all),
            ListKey::Value(Facet::Country, "chile".into())
        );
        assert_eq!(BrowseQuery::from_pairs([]).source(all), ListKey::All);
        assert!(q.matches(&row("x", 2000, &["Comedy", "Drama"], &["Chile"])));
        assert!(!q.matches(&row("x", 2000, &["Drama"], &["France"])));
    }

    #[test]
    fn menus_count_each_value_with_the_other_filters() {
        let entries = sample();
        let (facets, _) = built(&entries);
        let all = &facets[&ListKey::All.facets_path()];
        let list = |f: Facet, v: &str| facets[&ListKey::Value(f, v.into()).facets_path()].clone();
        let q = BrowseQuery::from_pairs([("genre", "drama"), ("country", "chile")]);
        let lists = BTreeMap::from([
            (Facet::Genre, list(Facet::Genre, "drama")),
            (Facet::Country, list(Facet::Country, "chile")),
        ]);
        let genres = menu_values(Facet::Genre, &q, all, &lists);
        let brute = |genre: &str| {
            entries
                .iter()
                .filter(|e| e.row.has(Facet::Genre, genre) && e.row.has(Facet::Country, "chile"))
                .count() as u32
        };
        let labels: Vec<&str> = genres.iter().map(|v| v.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Comedy", "Documentary", "Drama"],
            "A to Z, only values that find films"
        );
        assert!(genres.iter().all(|v| v.count == brute(&v.slug)));
        let decades = menu_values(Facet::Decade, &q, all, &lists);
        assert!(
            decades.windows(2).all(|w| w[0].slug > w[1].slug),
            "newest first"
        );
        // No filter: the catalog's own counts.
        let plain = menu_values(
            Facet::Genre,
            &BrowseQuery::from_pairs([]),
            all,
            &BTreeMap::new(),
        );
        assert_eq!(
            plain.iter().map(|v| v.count).sum::<u32>(),
            all.values(Facet::Genre)
                .iter()
                .map(|v| v.count)
                .sum::<u32>()
        );
        // A filter on a value no title has leaves only the chosen value.
        let q = BrowseQuery::from_pairs([("genre", "drama"), ("country", "peru")]);
        let lists = BTreeMap::from([(Facet::Genre, list(Facet::Genre, "drama"))]);
        let genres = menu_values(Facet::Genre, &q, all, &lists);
        assert_eq!(
            genres
                .iter()
                .map(|v| (v.slug.as_str(), v.count))
                .collect::<Vec<_>>(),
            [("drama", 0)]
        );
    }

    #[test]
    fn a_scan_pages_through_the_passing_rows() {
        let rows: Vec<BrowseRow> = (0..130)
            .map(|i| row(&format!("r{i}"), 2000, &[], &[]))
            .collect();
        let odd = |r: &BrowseRow| r.id[1..].parse::<u32>().unwrap() % 2 == 1;
        let mut first = PageScan::new(1);
        assert!(first.feed(rows[..100].to_vec(), odd));
        let page = first.finish(false);
        assert_eq!(page.rows.len(), BROWSE_PAGE);
        assert_eq!(
            (page.rows[0].id.as_str(), page.more, page.total),
            ("r1", true, None)
        );
        let mut second = PageScan::new(2);
        assert!(!second.feed(rows[..100].to_vec(), odd));
        assert!(!second.feed(rows[100..].to_vec(), odd));
        let page = second.finish(true);
        assert_eq!(page.rows.len(), 65 - BROWSE_PAGE);
        assert_eq!(page.rows[0].id, "r97");
        assert_eq!((page.more, page.total), (false, Some(65)));
        let mut beyond = PageScan::new(9);
        beyond.feed(rows, odd);
        assert_eq!(
            beyond.finish(true),
            BrowsePage {
                rows: Vec::new(),
                more: false,
                total: Some(65)
            }
        );
    }

    #[test]
    fn skipping_whole_files_finds_the_same_page_as_reading_them() {
        let entries = sample();
        let (facets, rows) = built(&entries);
        let list = &facets[&ListKey::All.facets_path()];
        assert_eq!(
            (file_len(250, 1), file_len(250, 3), file_len(250, 4)),
            (100, 50, 0)
        );
        for backwards in [false, true] {
            let files = reading_order(list.files, backwards);
            for page in 1..=7 {
                let read = |skip: bool| {
                    let mut scan = PageScan::new(page);
                    let skipped = if skip {
                        scan.skip_files(files.iter().map(|&f| file_len(list.total, f)))
                    } else {
                        0
                    };
                    let mut stopped = false;
                    for &file in &files[skipped..] {
                        let mut r = rows[&ListKey::All.rows_path(StoredOrder::Year, file)].clone();
                        if backwards {
                            r.reverse();
                        }
                        if scan.feed(r, |_| true) {
                            stopped = true;
                            break;
                        }
                    }
                    scan.finish(!stopped)
                };
                assert_eq!(
                    read(true),
                    read(false),
                    "page {page}, backwards {backwards}"
                );
            }
        }
    }

    /// Every page of a query, read as the site reads it.
    fn query_pages(
        q: &BrowseQuery,
        facets: &HashMap<String, BrowseFacets>,
        rows: &HashMap<String, Vec<BrowseRow>>,
    ) -> Vec<BrowseRow> {
        let all = &facets[&ListKey::All.facets_path()];
        let key = q.source(all);
        let Some(list) = facets.get(&key.facets_path()) else {
            return Vec::new();
        };
        let (order, backwards) = q.sort.stored();
        let mut out = Vec::new();
        for page in 1.. {
            let mut scan = PageScan::new(page);
            let mut done = false;
            let files = reading_order(list.files, backwards);
            let skipped = if q.keeps_every_row() {
                scan.skip_files(files.iter().map(|&f| file_len(list.total, f)))
            } else {
                0
            };
            for &file in &files[skipped..] {
                let mut file_rows = rows[&key.rows_path(order, file)].clone();
                if backwards {
                    file_rows.reverse();
                }
                if scan.feed(file_rows, |r| q.matches(r)) {
                    done = true;
                    break;
                }
            }
            let result = scan.finish(!done);
            out.extend(result.rows);
            if !result.more {
                break;
            }
        }
        out
    }

    proptest! {
        // Each case builds a catalog's browse files: fewer cases than the
        // default 256 keep the suite quick.
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn any_url_reads_without_panic_and_round_trips(pairs in proptest::collection::vec(("[a-z]{1,8}", "[a-z0-9-]{0,6}"), 0..8)) {
            let q = BrowseQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            let url = q.to_query(None);
            let back: Vec<(&str, &str)> = url
                .trim_start_matches('?')
                .split('&')
                .filter(|p| !p.is_empty())
                .filter_map(|p| p.split_once('='))
                .collect();
            prop_assert_eq!(BrowseQuery::from_pairs(back), q);
        }

        #[test]
        fn combined_filters_find_what_brute_force_finds(
            genre in proptest::option::of(prop_oneof![Just("drama"), Just("comedy"), Just("documentary"), Just("western")]),
            country in proptest::option::of(prop_oneof![Just("chile"), Just("france")]),
            decade in proptest::option::of(prop_oneof![Just("1950s"), Just("1980s"), Just("2010s")]),
            sort in 0..5usize,
        ) {
            let entries = sample();
            let (facets, rows) = built(&entries);
            let mut q = BrowseQuery::from_pairs([]).with_sort(BrowseSort::ALL[sort]);
            for (facet, value) in [(Facet::Genre, genre), (Facet::Country, country), (Facet::Decade, decade)] {
                q = q.with_filter(facet, value);
            }
            let found: BTreeSet<String> = query_pages(&q, &facets, &rows).into_iter().map(|r| r.id).collect();
            let expected: BTreeSet<String> = entries.iter().filter(|e| q.matches(&e.row)).map(|e| e.row.id.clone()).collect();
            prop_assert_eq!(&found, &expected);
            let all = &facets[&ListKey::All.facets_path()];
            let lists: BTreeMap<Facet, BrowseFacets> = q
                .filters
                .iter()
                .filter_map(|(f, v)| Some((*f, facets.get(&ListKey::Value(*f, v.clone()).facets_path())?.clone())))
                .collect();
            match match_count(&q, all, &lists) {
                MatchCount::Exact(n) => prop_assert_eq!(n as usize, expected.len()),
                MatchCount::AtMost(n) => prop_assert!(n as usize >= expected.len()),
            }
        }

        #[test]
        fn a_watchlist_browses_as_its_films_in_the_lists_would(
            picked in proptest::collection::vec(any::<bool>(), 250),
            seen in proptest::collection::vec(any::<bool>(), 250),
            genre in proptest::option::of(prop_oneof![Just("drama"), Just("comedy"), Just("western")]),
            country in proptest::option::of(prop_oneof![Just("chile"), Just("france")]),
            sort in 0..5usize,
            hide_seen in any::<bool>(),
            page in 1u32..4,
        ) {
            let entries = sample();
            let (facets, rows) = built(&entries);
            let all = &facets[&ListKey::All.facets_path()];
            let index = |id: &str| id[1..].parse::<usize>().unwrap();
            let mine: Vec<RankedRow> = built_ids(&entries)
                .into_values()
                .flatten()
                .filter(|r| picked[index(&r.row.id)])
                .collect();
            let mut q = BrowseQuery::from_pairs([])
                .with_sort(BrowseSort::ALL[sort])
                .with_hide_seen(hide_seen)
                .with_only_watchlist(true);
            for (facet, value) in [(Facet::Genre, genre), (Facet::Country, country)] {
                q = q.with_filter(facet, value);
            }
            let among = browse_among(&q.at_page(page), &mine, all, |id| seen[index(id)]);
            // The same films in the same order as the catalog's own lists.
            let mut catalog_query = q.clone();
            catalog_query.only_watchlist = false;
            catalog_query.hide_seen = false;
            let expected: Vec<BrowseRow> = query_pages(&catalog_query, &facets, &rows)
                .into_iter()
                .filter(|r| picked[index(&r.id)] && !(hide_seen && seen[index(&r.id)]))
                .collect();
            prop_assert_eq!(among.total as usize, expected.len());
            let start = (page as usize - 1) * BROWSE_PAGE;
            let shown: Vec<BrowseRow> = expected.iter().skip(start).take(BROWSE_PAGE).cloned().collect();
            prop_assert_eq!(&among.page.rows, &shown);
            prop_assert_eq!(among.page.more, expected.len() > start + BROWSE_PAGE);
            // Menus count the watchlist's films, exactly for one other filter.
            for facet in [Facet::Genre, Facet::Country, Facet::Decade] {
                for value in menu_values(facet, &q, &among.all, &among.lists) {
                    let others: Vec<(&Facet, &String)> = q.filters.iter().filter(|(f, _)| **f != facet).collect();
                    let count = mine
                        .iter()
                        .filter(|r| !(hide_seen && seen[index(&r.row.id)]))
                        .filter(|r| r.row.has(facet, &value.slug) && others.iter().all(|(f, v)| r.row.has(**f, v)))
                        .count();
                    if others.len() <= 1 {
                        prop_assert_eq!(value.count as usize, count);
                    } else {
                        prop_assert!(value.count as usize >= count);
                    }
                }
            }
        }

        #[test]
        fn oldest_first_is_newest_first_read_backwards(n in 0usize..260) {
            let entries: Vec<BrowseEntry> = sample().into_iter().take(n).collect();
            let (facets, rows) = built(&entries);
            let q_new = BrowseQuery::from_pairs([("sort", "newest")]);
            let q_old = BrowseQuery::from_pairs([("sort", "oldest")]);
            let mut old = query_pages(&q_old, &facets, &rows);
            old.reverse();
            prop_assert_eq!(query_pages(&q_new, &facets, &rows), old);
        }
    }
}
