//! Title and people search from one static index split into small files by
//! prefix.
//!
//! # What is searchable
//!
//! A title is found by its *keys*: the [`fold`]ed title and every suffix of
//! its word list that starts at a word, so "The Battle of Chile: Part I" is
//! found by "the bat", "battle", "battle of ch" and "chile". The original
//! title and the also-known-as names are keys too (they are already in
//! [`Title`], so they cost nothing to collect): "nostalgia de la luz" finds
//! "Nostalgia for the Light". A word suffix of one char (the "I" of "Part I")
//! is not a key of its own; a whole name of one char (a film called "M") is.
//!
//! A person is found the same way by the keys of their name: "guzman" and
//! "patricio g" both find Patricio Guzmán. Titles and people share the
//! shards, so a query still fetches one small file per step, and answers
//! with both lists ([`SearchResults`]): at most [`MAX_RESULTS`] titles and
//! [`MAX_PEOPLE`] people, each ranked on its own.
//!
//! # Files
//!
//! `catalog/search/{shard_file_name(prefix)}`, one [`SearchShard`] each:
//!
//! - one char: every first char of a key has a *split* shard (`"m"`) holding
//!   only the best hits for that char and the list of its
//!   two-char children. This is where a film called "M" is found.
//! - two chars and more: a shard is *complete* (every key with its prefix,
//!   and the rows of their titles) when it serializes to at most
//!   [`SHARD_MAX_BYTES`]; otherwise it is split like the one-char shards,
//!   with children one char longer (`"th"` → `"the"`, `"tha"`, …). A key
//!   that ends exactly at a split prefix (a film called "The") is found
//!   through that shard's top list, where exact matches rank first.
//! - a key that more than [`MAX_RESULTS`] titles share ("part ii") keeps
//!   only the titles some query can rank in its first [`MAX_RESULTS`] (and
//!   likewise for people, "john smith"); no
//!   result changes, and no shard grows past the limit for want of a split.
//!   (Built from 100,000 synthetic titles the largest shard is 64 KiB raw,
//!   11.7 KiB gzipped.)
//!
//! # Client
//!
//! Start with [`first_shard`] (fetch it; a missing file means no match), then
//! call [`step`] with each shard until it answers [`SearchStep::Results`] or
//! [`SearchStep::NoMatch`]. A split shard lists its children, so below the
//! first level the client never asks for a file that does not exist. A page
//! that searches as the person types can keep the last shard and call
//! [`step`] on it with the longer query: typing "m", "ma", "mar" fetches
//! "m", then "ma" only if "m" lists it, and nothing more if "ma" is complete.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use super::catalog::{Title, TitleId};
use super::people::Role;

/// The most titles a search shows, and the length of a split shard's top list.
pub const MAX_RESULTS: usize = 10;

/// The most people a search shows (under the titles), and the length of a
/// split shard's list of top people.
pub const MAX_PEOPLE: usize = 5;

/// Length in chars of the prefixes [`first_shard`] starts from.
pub const FIRST_PREFIX_CHARS: usize = 2;

/// The largest serialized (minified JSON) complete shard the builder writes;
/// a larger one is split. 64 KiB of this JSON gzips to about 12 KiB, which
/// leaves room under the 30 KiB budget per fetch for real titles, which
/// compress less well than synthetic ones (the generator reports the sizes).
pub const SHARD_MAX_BYTES: usize = 64 * 1024;

/// The catalog directory that holds the shards.
pub const SEARCH_DIR: &str = "search";

/// What one char becomes when folded.
enum Folded {
    Keep(char),
    Text(&'static str),
    /// A combining mark: dropped without breaking the word.
    Drop,
    /// Punctuation and spacing: separates words.
    Space,
}

/// Folds one lowercase char. The table covers Latin-1 and Latin Extended-A
/// letters, so European names fold without a Unicode tables crate in the wasm.
fn fold_char(c: char) -> Folded {
    use Folded::{Drop, Keep, Space, Text};
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => Keep('a'),
        'æ' => Text("ae"),
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => Keep('c'),
        'ď' | 'đ' | 'ð' => Keep('d'),
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => Keep('e'),
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => Keep('g'),
        'ĥ' | 'ħ' => Keep('h'),
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => Keep('i'),
        'ĳ' => Text("ij"),
        'ĵ' => Keep('j'),
        'ķ' => Keep('k'),
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => Keep('l'),
        'ñ' | 'ń' | 'ņ' | 'ň' => Keep('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => Keep('o'),
        'œ' => Text("oe"),
        'ŕ' | 'ŗ' | 'ř' => Keep('r'),
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => Keep('s'),
        'ß' => Text("ss"),
        'ţ' | 'ť' | 'ŧ' | 'ț' => Keep('t'),
        'þ' => Text("th"),
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => Keep('u'),
        'ŵ' => Keep('w'),
        'ý' | 'ÿ' | 'ŷ' => Keep('y'),
        'ź' | 'ż' | 'ž' => Keep('z'),
        '\u{300}'..='\u{36f}' => Drop,
        c if c.is_alphanumeric() => Keep(c),
        _ => Space,
    }
}

/// The form names and queries are compared in: lowercase, Latin diacritics
/// removed ("Emitaï" → "emitai", "Æon" → "aeon", a decomposed "e\u{301}" →
/// "e"), every other char that is not a letter or digit a single space
/// between words, no space at either end. Letters of other scripts are kept,
/// lowercased. Folding a folded string changes nothing.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let folded = fold_char(c);
        if matches!(folded, Folded::Keep(_) | Folded::Text(_)) && space {
            out.push(' ');
            space = false;
        }
        match folded {
            Folded::Keep(c) => out.push(c),
            Folded::Text(t) => out.push_str(t),
            Folded::Drop => {}
            Folded::Space => space = !out.is_empty(),
        }
    }
    out
}

/// The keys a title is found by, given its names (title first), sorted and
/// without repeats: each folded name, and each suffix of a name's words
/// that starts at a later word and is at least two chars long.
pub fn search_keys<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut keys = Vec::new();
    for name in names {
        let folded = fold(name);
        if folded.is_empty() {
            continue;
        }
        for (at, _) in folded.match_indices(' ') {
            let suffix = &folded[at + 1..];
            if suffix.chars().nth(1).is_some() {
                keys.push(suffix.to_owned());
            }
        }
        keys.push(folded);
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The name of a shard's file inside `catalog/search/`: ASCII letters and
/// digits stand for themselves and any other char (a space, "ж", "東") is
/// `_` + its code point in lowercase hex + `_`, so names are safe on every
/// file system and URL and no two prefixes share one: "em" → `em.json`,
/// "a " → `a_20_.json`, "са" → `_441__430_.json`.
pub fn shard_file_name(prefix: &str) -> String {
    let mut name = String::with_capacity(prefix.len() + 5);
    for c in prefix.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            name.push(c);
        } else {
            // Writing to a String cannot fail.
            let _ = write!(name, "_{:x}_", u32::from(c));
        }
    }
    name.push_str(".json");
    name
}

/// One title a search can show, stored as a JSON array
/// `[id, title, year, votes]` to keep shards small.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "HitRow", into = "HitRow")]
pub struct SearchHit {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
    /// Rating votes, 0 when unknown: the popularity that orders hits.
    pub votes: u32,
}

type HitRow = (TitleId, String, u16, u32);

impl From<HitRow> for SearchHit {
    fn from((id, title, year, votes): HitRow) -> Self {
        SearchHit {
            id,
            title,
            year,
            votes,
        }
    }
}

impl From<SearchHit> for HitRow {
    fn from(hit: SearchHit) -> Self {
        (hit.id, hit.title, hit.year, hit.votes)
    }
}

/// One person a search can show, stored as a JSON array
/// `[id, name, role, known_for, year, weight]`: "Christopher Nolan,
/// director, known for Memento (2000)".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "PersonRow", into = "PersonRow")]
pub struct PersonHit {
    pub id: String,
    pub name: String,
    /// The role they have the most credits in.
    pub role: Role,
    /// The title they are best known for, and its year.
    pub known_for: String,
    pub year: u16,
    /// The votes of all their titles added up: the popularity that orders
    /// people, so the famous namesake comes first.
    pub weight: u32,
}

type PersonRow = (String, String, Role, String, u16, u32);

impl From<PersonRow> for PersonHit {
    fn from((id, name, role, known_for, year, weight): PersonRow) -> Self {
        PersonHit {
            id,
            name,
            role,
            known_for,
            year,
            weight,
        }
    }
}

impl From<PersonHit> for PersonRow {
    fn from(hit: PersonHit) -> Self {
        (
            hit.id,
            hit.name,
            hit.role,
            hit.known_for,
            hit.year,
            hit.weight,
        )
    }
}

/// What ranking needs of a hit, whether a title or a person.
trait Ranked: Clone {
    fn id(&self) -> &str;
    /// The name an exact match is checked against.
    fn name(&self) -> &str;
    fn popularity(&self) -> u32;
}

impl Ranked for SearchHit {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.title
    }
    fn popularity(&self) -> u32 {
        self.votes
    }
}

impl Ranked for PersonHit {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn popularity(&self) -> u32 {
        self.weight
    }
}

/// One file of the search index (`catalog/search/{prefix}.json`): titles
/// and people whose keys start with its prefix.
///
/// Complete: `{"prefix":"em","complete":true,"titles":[[id,title,year,votes],…],"keys":[["emitai",0],…],"people":[…],"people_keys":[…]}`.
/// Split: `{"prefix":"th","complete":false,"top":[…],"top_people":[…],"children":["th ","tha","the",…]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchShard {
    /// The folded prefix every key in this shard starts with.
    pub prefix: String,
    /// True when the keys hold every key with this prefix (of a key that
    /// many titles or people share, those that can make a result list: see
    /// the module doc).
    pub complete: bool,
    /// Complete shards: the titles the keys point to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<SearchHit>,
    /// Complete shards: `(folded key, index into titles)`, sorted by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keys: Vec<(String, u32)>,
    /// Complete shards: the people the people keys point to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonHit>,
    /// Complete shards: `(folded key, index into people)`, sorted by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people_keys: Vec<(String, u32)>,
    /// Split shards: the best titles for the prefix itself, ranked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top: Vec<SearchHit>,
    /// Split shards: the best people for the prefix itself, ranked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top_people: Vec<PersonHit>,
    /// Split shards: the prefixes of the child shards that exist, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<String>,
}

/// What one query found, each list best first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// At most [`MAX_RESULTS`], each title once.
    pub titles: Vec<SearchHit>,
    /// At most [`MAX_PEOPLE`], each person once.
    pub people: Vec<PersonHit>,
}

impl SearchResults {
    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.titles.is_empty() && self.people.is_empty()
    }

    /// Titles and people together.
    pub fn len(&self) -> usize {
        self.titles.len() + self.people.len()
    }
}

/// What to do after looking at one shard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SearchStep {
    /// What the query found; never empty.
    Results(SearchResults),
    /// Fetch the shard with this prefix and call [`step`] again.
    Fetch(String),
    /// Nothing in the catalog matches.
    NoMatch,
}

/// A title as the index builder sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchEntry {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
    pub votes: u32,
    /// Other names that find the title: original title, also-known-as.
    pub other_names: Vec<String>,
}

impl SearchEntry {
    /// The entry of a catalog title: its original title and also-known-as
    /// names are searchable too; votes are 0 when the rating has none.
    pub fn of(title: &Title) -> Self {
        SearchEntry {
            id: title.id.clone(),
            title: title.title.clone(),
            year: title.year,
            votes: title.rating.and_then(|r| r.votes).unwrap_or(0),
            other_names: title
                .original_title
                .iter()
                .chain(title.details.also_known_as.iter().map(|a| &a.title))
                .cloned()
                .collect(),
        }
    }

    /// All keys of this title (see [`search_keys`]).
    pub fn keys(&self) -> Vec<String> {
        search_keys(
            std::iter::once(self.title.as_str()).chain(self.other_names.iter().map(String::as_str)),
        )
    }

    fn hit(&self) -> SearchHit {
        SearchHit {
            id: self.id.clone(),
            title: self.title.clone(),
            year: self.year,
            votes: self.votes,
        }
    }
}

/// The prefix of the shard to fetch first for what the person typed (folded
/// here): its first [`FIRST_PREFIX_CHARS`] chars, or its only char. `None`
/// for a query with no letter or digit.
pub fn first_shard(query: &str) -> Option<String> {
    let folded = fold(query);
    let prefix: String = folded.chars().take(FIRST_PREFIX_CHARS).collect();
    (!prefix.is_empty()).then_some(prefix)
}

/// Looks up a [`fold`]ed query in a shard. A query that does not start with
/// the shard's prefix (the person deleted chars) answers with the shard to
/// start again from.
pub fn step(shard: &SearchShard, folded_query: &str) -> SearchStep {
    let query = folded_query;
    if query.is_empty() {
        return SearchStep::NoMatch;
    }
    let Some(rest) = query.strip_prefix(shard.prefix.as_str()) else {
        return first_shard(query).map_or(SearchStep::NoMatch, SearchStep::Fetch);
    };
    if shard.complete {
        return results(SearchResults {
            titles: rank(
                matching(&shard.keys, &shard.titles, query),
                query,
                MAX_RESULTS,
            ),
            people: rank(
                matching(&shard.people_keys, &shard.people, query),
                query,
                MAX_PEOPLE,
            ),
        });
    }
    match rest.chars().next() {
        None => results(SearchResults {
            titles: shard.top.iter().take(MAX_RESULTS).cloned().collect(),
            people: shard.top_people.iter().take(MAX_PEOPLE).cloned().collect(),
        }),
        Some(next) => {
            let child = format!("{}{next}", shard.prefix);
            if shard.children.binary_search(&child).is_ok() {
                SearchStep::Fetch(child)
            } else {
                SearchStep::NoMatch
            }
        }
    }
}

/// The `(key, hit)` pairs of a complete shard whose key starts with the
/// query; a key pointing past the rows (a damaged file) is skipped.
fn matching<'a, H>(
    keys: &'a [(String, u32)],
    rows: &'a [H],
    query: &'a str,
) -> impl Iterator<Item = (&'a str, &'a H)> {
    keys.iter()
        .filter(move |(key, _)| key.starts_with(query))
        .filter_map(|(key, i)| Some((key.as_str(), rows.get(*i as usize)?)))
}

fn results(found: SearchResults) -> SearchStep {
    if found.is_empty() {
        SearchStep::NoMatch
    } else {
        SearchStep::Results(found)
    }
}

/// How well a key that starts with the query matches: 0 the query is the
/// whole (folded) name, 1 it ends at the end of a word, 2 inside a word.
fn tier<H: Ranked>(key: &str, hit: &H, query: &str) -> u8 {
    if key == query && fold(hit.name()) == query {
        0
    } else if key.len() == query.len() || key.as_bytes().get(query.len()) == Some(&b' ') {
        1
    } else {
        2
    }
}

/// Ranks `(key, hit)` pairs whose key starts with the query: each hit once,
/// by its best tier, then popularity (most first), then folded name, then
/// id; the first `limit`.
fn rank<'a, H: Ranked + 'a>(
    matches: impl IntoIterator<Item = (&'a str, &'a H)>,
    query: &str,
    limit: usize,
) -> Vec<H> {
    let mut best: BTreeMap<&str, (u8, &H)> = BTreeMap::new();
    for (key, hit) in matches {
        let t = tier(key, hit, query);
        best.entry(hit.id())
            .and_modify(|b| b.0 = b.0.min(t))
            .or_insert((t, hit));
    }
    let mut ranked: Vec<_> = best
        .into_values()
        .map(|(t, hit)| ((t, Reverse(hit.popularity())), hit))
        .collect();
    // Tier and popularity decide almost everything: fold names only for
    // the candidates that can still make the list, not for every match.
    ranked.sort_unstable_by_key(|(order, _)| *order);
    if let Some((cut, _)) = limit.checked_sub(1).and_then(|last| ranked.get(last)) {
        let cut = *cut;
        ranked.retain(|(order, _)| *order <= cut);
    }
    let mut ranked: Vec<_> = ranked
        .into_iter()
        .map(|(order, hit)| (order, fold(hit.name()), hit))
        .collect();
    ranked.sort_unstable_by(|a, b| (a.0, &a.1, a.2.id()).cmp(&(b.0, &b.1, b.2.id())));
    ranked
        .into_iter()
        .take(limit)
        .map(|(_, _, hit)| hit.clone())
        .collect()
}

/// What a key points to while the index is built: a title or a person, by
/// their index in the builder's rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Row {
    Title(u32),
    Person(u32),
}

type Key = (String, Row);

/// Builds every shard of the index, keyed by prefix, with complete shards
/// of at most [`SHARD_MAX_BYTES`]. The same entries always give the same
/// shards.
pub fn build_shards(
    entries: &[SearchEntry],
    people: &[PersonHit],
) -> BTreeMap<String, SearchShard> {
    build_shards_with_limit(entries, people, SHARD_MAX_BYTES)
}

/// [`build_shards`] with another size limit (tests split small catalogs).
pub fn build_shards_with_limit(
    entries: &[SearchEntry],
    people: &[PersonHit],
    max_bytes: usize,
) -> BTreeMap<String, SearchShard> {
    // Sorted by id so that the order of the entries cannot change a shard.
    let mut entries: Vec<&SearchEntry> = entries.iter().collect();
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    let mut people: Vec<&PersonHit> = people.iter().collect();
    people.sort_by(|a, b| a.id.cmp(&b.id));
    let titles: Vec<SearchHit> = entries.iter().map(|e| e.hit()).collect();
    let people: Vec<PersonHit> = people.into_iter().cloned().collect();
    let title_keys = entries.iter().zip(0u32..).flat_map(|(entry, i)| {
        entry
            .keys()
            .into_iter()
            .map(move |key| (key, Row::Title(i)))
    });
    let person_keys = people.iter().zip(0u32..).flat_map(|(person, i)| {
        search_keys([person.name.as_str()])
            .into_iter()
            .map(move |key| (key, Row::Person(i)))
    });
    let mut keys: Vec<Key> = title_keys.chain(person_keys).collect();
    keys.sort_unstable();
    keys.dedup();
    let builder = Builder {
        titles: &titles,
        people: &people,
        max_bytes,
    };
    let keys = builder.prune(keys);
    let mut shards = BTreeMap::new();
    for (first, group) in groups(&keys, 0) {
        builder.split(first.to_string(), group, &mut shards);
    }
    shards
}

/// The indexes of the hits of one kind among a key's rows.
fn rows_of(group: &[Key], pick: fn(Row) -> Option<u32>) -> Vec<u32> {
    group.iter().filter_map(|(_, row)| pick(*row)).collect()
}

fn title_row(row: Row) -> Option<u32> {
    match row {
        Row::Title(i) => Some(i),
        Row::Person(_) => None,
    }
}

fn person_row(row: Row) -> Option<u32> {
    match row {
        Row::Person(i) => Some(i),
        Row::Title(_) => None,
    }
}

/// Of the hits that share one key, those that some query can rank in its
/// first `limit`: whatever the query, hits with the same key are ordered by
/// popularity (then name and id), except that a query equal to the key puts
/// the hits named exactly that first. So the best `limit` in each of those
/// two orders are all that can ever show.
fn can_show<H: Ranked>(key: &str, members: Vec<u32>, rows: &[H], limit: usize) -> Vec<u32> {
    if members.len() <= limit {
        return members;
    }
    let mut order: Vec<_> = members
        .iter()
        .map(|i| {
            let hit = &rows[*i as usize];
            let folded = fold(hit.name());
            (
                folded != key,
                Reverse(hit.popularity()),
                folded,
                hit.id(),
                *i,
            )
        })
        .collect();
    order.sort_unstable();
    let mut best: Vec<u32> = order.iter().take(limit).map(|o| o.4).collect();
    order.sort_unstable_by(|a, b| (a.1, &a.2, a.3).cmp(&(b.1, &b.2, b.3)));
    best.extend(order.iter().take(limit).map(|o| o.4));
    best
}

struct Builder<'a> {
    titles: &'a [SearchHit],
    people: &'a [PersonHit],
    max_bytes: usize,
}

impl Builder<'_> {
    /// Keeps, of the titles (and of the people) that share one key, only
    /// those some query can show (see [`can_show`]), so a key that thousands
    /// share ("part ii", "john smith") stays small, and a shard of only that
    /// key cannot outgrow the limit.
    fn prune(&self, keys: Vec<Key>) -> Vec<Key> {
        let mut kept = Vec::with_capacity(keys.len());
        let mut start = 0;
        while start < keys.len() {
            let key = &keys[start].0;
            let len = keys[start..].partition_point(|(k, _)| k == key);
            let group = &keys[start..start + len];
            start += len;
            let titles = can_show(key, rows_of(group, title_row), self.titles, MAX_RESULTS);
            let people = can_show(key, rows_of(group, person_row), self.people, MAX_PEOPLE);
            kept.extend(
                group
                    .iter()
                    .filter(|(_, row)| match row {
                        Row::Title(i) => titles.contains(i),
                        Row::Person(i) => people.contains(i),
                    })
                    .cloned(),
            );
        }
        kept
    }

    /// Writes `keys` (all starting with `prefix`) as one complete shard if
    /// it is small enough or cannot be split, else as a split shard.
    fn place(&self, prefix: String, keys: &[Key], shards: &mut BTreeMap<String, SearchShard>) {
        let splittable = keys.iter().any(|(key, _)| key.len() > prefix.len());
        let complete = self.complete(prefix.clone(), keys);
        let size = serde_json::to_vec(&complete).map_or(usize::MAX, |json| json.len());
        if size <= self.max_bytes || !splittable {
            shards.insert(prefix, complete);
        } else {
            self.split(prefix, keys, shards);
        }
    }

    fn complete(&self, prefix: String, keys: &[Key]) -> SearchShard {
        let mut titles = LocalRows::new(self.titles);
        let mut people = LocalRows::new(self.people);
        let mut title_keys = Vec::new();
        let mut people_keys = Vec::new();
        for (key, row) in keys {
            match *row {
                Row::Title(i) => title_keys.push((key.clone(), titles.local(i))),
                Row::Person(i) => people_keys.push((key.clone(), people.local(i))),
            }
        }
        SearchShard {
            prefix,
            complete: true,
            titles: titles.rows,
            keys: title_keys,
            people: people.rows,
            people_keys,
            top: Vec::new(),
            top_people: Vec::new(),
            children: Vec::new(),
        }
    }

    fn split(&self, prefix: String, keys: &[Key], shards: &mut BTreeMap<String, SearchShard>) {
        let pairs = |pick: fn(Row) -> Option<u32>| {
            keys.iter()
                .filter_map(move |(key, row)| Some((key.as_str(), pick(*row)? as usize)))
        };
        let top = rank(
            pairs(title_row).map(|(key, i)| (key, &self.titles[i])),
            &prefix,
            MAX_RESULTS,
        );
        let top_people = rank(
            pairs(person_row).map(|(key, i)| (key, &self.people[i])),
            &prefix,
            MAX_PEOPLE,
        );
        let mut children = Vec::new();
        for (next, group) in groups(keys, prefix.len()) {
            let child = format!("{prefix}{next}");
            children.push(child.clone());
            self.place(child, group, shards);
        }
        shards.insert(
            prefix.clone(),
            SearchShard {
                prefix,
                complete: false,
                titles: Vec::new(),
                keys: Vec::new(),
                people: Vec::new(),
                people_keys: Vec::new(),
                top,
                top_people,
                children,
            },
        );
    }
}

/// The rows one complete shard holds, numbered in order of first use, so
/// the rows follow the keys.
struct LocalRows<'a, H> {
    all: &'a [H],
    numbers: BTreeMap<u32, u32>,
    rows: Vec<H>,
}

impl<'a, H: Clone> LocalRows<'a, H> {
    fn new(all: &'a [H]) -> Self {
        LocalRows {
            all,
            numbers: BTreeMap::new(),
            rows: Vec::new(),
        }
    }

    /// The shard's number for row `i` of the whole index.
    fn local(&mut self, i: u32) -> u32 {
        *self.numbers.entry(i).or_insert_with(|| {
            self.rows.push(self.all[i as usize].clone());
            self.rows.len() as u32 - 1
        })
    }
}

/// Splits sorted keys that share their first `at` bytes into runs by the
/// char at byte `at`, skipping keys that end there.
fn groups<T>(keys: &[(String, T)], at: usize) -> Vec<(char, &[(String, T)])> {
    let next = |key: &str| key.get(at..).and_then(|rest| rest.chars().next());
    let mut runs = Vec::new();
    let mut start = keys.partition_point(|(key, _)| key.len() <= at);
    while start < keys.len() {
        let Some(c) = next(&keys[start].0) else {
            break;
        };
        let end = start + keys[start..].partition_point(|(key, _)| next(key) == Some(c));
        runs.push((c, &keys[start..end]));
        start = end;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, title: &str, votes: u32) -> SearchEntry {
        SearchEntry {
            id: id.into(),
            title: title.into(),
            year: 2000,
            votes,
            other_names: Vec::new(),
        }
    }

    fn person(id: &str, name: &str, weight: u32) -> PersonHit {
        PersonHit {
            id: id.into(),
            name: name.into(),
            role: Role::Director,
            known_for: "A Film".into(),
            year: 2000,
            weight,
        }
    }

    /// Runs a query against built shards the way the client does: what it
    /// found, and the prefixes of the shards it fetched.
    fn run(shards: &BTreeMap<String, SearchShard>, query: &str) -> (SearchResults, Vec<String>) {
        let folded = fold(query);
        let mut fetched = Vec::new();
        let mut next = first_shard(query);
        while let Some(prefix) = next.take() {
            fetched.push(prefix.clone());
            let Some(shard) = shards.get(&prefix) else {
                break;
            };
            match step(shard, &folded) {
                SearchStep::Results(found) => return (found, fetched),
                SearchStep::Fetch(child) => next = Some(child),
                SearchStep::NoMatch => break,
            }
        }
        (SearchResults::default(), fetched)
    }

    /// The ids of the titles a query finds, and the shards it fetched.
    fn search(shards: &BTreeMap<String, SearchShard>, query: &str) -> (Vec<String>, Vec<String>) {
        let (found, fetched) = run(shards, query);
        (found.titles.into_iter().map(|h| h.id).collect(), fetched)
    }

    /// The ids of the people a query finds.
    fn search_people(shards: &BTreeMap<String, SearchShard>, query: &str) -> Vec<String> {
        run(shards, query)
            .0
            .people
            .into_iter()
            .map(|h| h.id)
            .collect()
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn folding_removes_case_and_latin_diacritics() {
        assert_eq!(fold("Emitaï"), "emitai");
        assert_eq!(fold("Æon Flux"), "aeon flux");
        assert_eq!(fold("Ça ira"), "ca ira");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Dvořák, Plzeň"), "dvorak plzen");
        assert_eq!(fold("Brașov Şişli Țară"), "brasov sisli tara");
        assert_eq!(fold("Đorđe Ďábel Ğü"), "dorde dabel gu");
        assert_eq!(
            fold("ÀÁÂÃÄÅĀĂĄ ÇĆČ ÈÉÊËĒĘĚ ÌÍÎÏĪ ÑŃŇ"),
            "aaaaaaaaa ccc eeeeeee iiiii nnn"
        );
        assert_eq!(
            fold("ÒÓÔÕÖØŌŐ ÙÚÛÜŪŮŰ ÝŸ ŚŠŞ ŹŻŽ Ł Ř ŤŢ"),
            "oooooooo uuuuuuu yy sss zzz l r tt"
        );
        assert_eq!(fold("İzmir"), "izmir");
    }

    #[test]
    fn folding_drops_combining_marks_inside_words() {
        assert_eq!(fold("e\u{301}"), "e");
        assert_eq!(fold("Emitai\u{308}"), "emitai");
        assert_eq!(fold("Cafe\u{301} Mu\u{308}ller"), "cafe muller");
        assert_eq!(fold("Cafe\u{301} Mu\u{308}ller"), fold("Café Müller"));
    }

    #[test]
    fn folding_turns_punctuation_into_single_spaces() {
        assert_eq!(
            fold("The Battle of Chile: Part I"),
            "the battle of chile part i"
        );
        assert_eq!(
            fold("  Chile, Obstinate   Memory! "),
            "chile obstinate memory"
        );
        assert_eq!(fold("L'emploi du temps"), "l emploi du temps");
        assert_eq!(fold("Mr. & Mrs. Smith (2005)"), "mr mrs smith 2005");
        assert_eq!(fold("…!?"), "");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn folding_keeps_other_scripts_lowercased() {
        assert_eq!(fold("東京物語"), "東京物語");
        assert_eq!(fold("Сальвадор Альенде"), "сальвадор альенде");
        assert_eq!(fold("ΘΆΛΑΣΣΑ"), "θάλασσα");
        assert_eq!(fold("８½"), "８½");
    }

    #[test]
    fn folding_is_idempotent() {
        for s in [
            "Emitaï",
            "Æon Flux",
            "Ça ira",
            "東京 物語",
            "The Battle of Chile: Part I",
            "e\u{301}",
        ] {
            assert_eq!(fold(&fold(s)), fold(s), "{s}");
        }
    }

    #[test]
    fn keys_are_every_word_suffix_of_every_name() {
        assert_eq!(
            search_keys(["The Battle of Chile: Part I"]),
            [
                "battle of chile part i",
                "chile part i",
                "of chile part i",
                "part i",
                "the battle of chile part i"
            ]
        );
        assert_eq!(search_keys(["M"]), ["m"]);
        assert_eq!(
            search_keys(["", "Time Out", "time-out"]),
            ["out", "time out"]
        );
        let aka = SearchEntry {
            other_names: vec!["Nostalgia de la luz".into()],
            ..entry("n", "Nostalgia for the Light", 1)
        };
        assert!(aka.keys().contains(&"de la luz".to_string()));
        assert!(aka.keys().contains(&"for the light".to_string()));
    }

    #[test]
    fn shard_file_names_are_ascii_and_distinct() {
        assert_eq!(shard_file_name("em"), "em.json");
        assert_eq!(shard_file_name("a "), "a_20_.json");
        assert_eq!(shard_file_name("са"), "_441__430_.json");
        assert_eq!(shard_file_name("東京"), "_6771__4eac_.json");
        let names: std::collections::BTreeSet<_> =
            ["a", "a ", "a1", "_", "a_20_", "ab", "a\u{20}b"]
                .iter()
                .map(|p| shard_file_name(p))
                .collect();
        assert_eq!(names.len(), 7);
        for name in names {
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.".contains(&b))
            );
        }
    }

    #[test]
    fn first_shard_is_the_first_two_folded_chars() {
        assert_eq!(first_shard("Émitaï").as_deref(), Some("em"));
        assert_eq!(first_shard("  M ").as_deref(), Some("m"));
        assert_eq!(first_shard("a man").as_deref(), Some("a "));
        assert_eq!(first_shard("Сальвадор").as_deref(), Some("са"));
        assert_eq!(first_shard("?!"), None);
    }

    fn shipped_like() -> Vec<SearchEntry> {
        vec![
            entry("emitai-1971", "Emitaï", 0),
            entry("canoa-1976", "Canoa", 0),
            entry(
                "the-battle-of-chile-part-i-1975",
                "The Battle of Chile: Part I",
                30,
            ),
            entry(
                "the-battle-of-chile-part-ii-1976",
                "The Battle of Chile: Part II",
                20,
            ),
            entry("chile-obstinate-memory-1997", "Chile, Obstinate Memory", 10),
            entry("m-1931", "M", 5),
            entry("time-out-2001", "Time Out", 0),
        ]
    }

    #[test]
    fn accents_and_case_are_ignored() {
        let shards = build_shards(&shipped_like(), &[]);
        assert_eq!(search(&shards, "emitai").0, ids(&["emitai-1971"]));
        assert_eq!(search(&shards, "EMITAÏ").0, ids(&["emitai-1971"]));
        assert_eq!(search(&shards, "Emitai\u{308}").0, ids(&["emitai-1971"]));
        assert_eq!(search(&shards, "em").0, ids(&["emitai-1971"]));
    }

    #[test]
    fn words_inside_titles_match() {
        let shards = build_shards(&shipped_like(), &[]);
        let battle = [
            "the-battle-of-chile-part-i-1975",
            "the-battle-of-chile-part-ii-1976",
        ];
        assert_eq!(search(&shards, "battle").0, ids(&battle));
        assert_eq!(search(&shards, "the bat").0, ids(&battle));
        assert_eq!(search(&shards, "battle of ch").0, ids(&battle));
        assert_eq!(search(&shards, "part ii").0, ids(&battle[1..]));
        assert_eq!(search(&shards, "out").0, ids(&["time-out-2001"]));
        assert_eq!(search(&shards, "battle of the").0, Vec::<String>::new());
        assert_eq!(search(&shards, "zz").0, Vec::<String>::new());
        assert_eq!(search(&shards, "").0, Vec::<String>::new());
    }

    #[test]
    fn whole_words_rank_before_votes() {
        let shards = build_shards(&shipped_like(), &[]);
        // All three match a whole word, so votes decide.
        assert_eq!(
            search(&shards, "chile").0,
            ids(&[
                "the-battle-of-chile-part-i-1975",
                "the-battle-of-chile-part-ii-1976",
                "chile-obstinate-memory-1997"
            ])
        );
        let entries = vec![
            entry("chilean-1", "The Chilean", 1000),
            entry("chile-1", "Chile", 1),
            entry("chile-story-1", "A Chile Story", 50),
            entry("chilly-1", "Chilly", 5000),
        ];
        let shards = build_shards(&entries, &[]);
        assert_eq!(
            search(&shards, "chil").0,
            ids(&["chilly-1", "chilean-1", "chile-story-1", "chile-1"])
        );
        assert_eq!(
            search(&shards, "chile").0,
            ids(&["chile-1", "chile-story-1", "chilean-1"])
        );
    }

    #[test]
    fn ties_break_on_folded_title_then_id() {
        let entries = vec![
            entry("b", "Zebra Night", 3),
            entry("a", "Étoile Night", 3),
            entry("c", "Étoile Night", 3),
        ];
        let shards = build_shards(&entries, &[]);
        assert_eq!(search(&shards, "night").0, ids(&["a", "c", "b"]));
    }

    #[test]
    fn a_title_appears_once_and_results_stop_at_ten() {
        let entries: Vec<_> = (0..25)
            .map(|i| entry(&format!("t{i:02}"), "Night of the Night", i))
            .collect();
        let shards = build_shards(&entries, &[]);
        let (hits, _) = search(&shards, "night");
        let expected: Vec<String> = (15..25).rev().map(|i| format!("t{i:02}")).collect();
        assert_eq!(hits, expected);
    }

    #[test]
    fn a_one_char_title_is_found_by_its_char() {
        let shards = build_shards(&shipped_like(), &[]);
        assert_eq!(search(&shards, "m").0[0], "m-1931");
        assert_eq!(search(&shards, "M").1, ["m"]);
        assert!(!shards["m"].complete);
        assert_eq!(shards["m"].children, ["me"]);
    }

    #[test]
    fn small_indexes_are_complete_from_two_chars() {
        let shards = build_shards(&shipped_like(), &[]);
        assert!(
            shards
                .values()
                .all(|s| s.complete == (s.prefix.chars().count() >= 2))
        );
        let em = &shards["em"];
        assert_eq!(em.titles.len(), 1);
        assert_eq!(em.keys, [("emitai".to_string(), 0)]);
        assert_eq!(
            serde_json::to_string(em).unwrap(),
            r#"{"prefix":"em","complete":true,"titles":[["emitai-1971","Emitaï",2000,0]],"keys":[["emitai",0]]}"#
        );
        let back: SearchShard = serde_json::from_str(&serde_json::to_string(em).unwrap()).unwrap();
        assert_eq!(&back, em);
    }

    /// Many titles under "the " so that, at a small size limit, "th" and
    /// "the" and "the " are all split.
    fn crowded() -> Vec<SearchEntry> {
        let words = [
            "river", "rose", "road", "harbour", "hill", "sea", "salt", "summer",
        ];
        let mut entries = Vec::new();
        for (i, a) in words.iter().enumerate() {
            for (j, b) in words.iter().enumerate() {
                entries.push(entry(
                    &format!("the-{a}-{b}"),
                    &format!("The {a} {b}"),
                    (i * 8 + j) as u32,
                ));
            }
        }
        entries.push(entry("thaw", "Thaw", 7));
        entries.push(entry("the", "The", 1));
        entries
    }

    #[test]
    fn big_prefixes_split_and_queries_walk_down() {
        let entries = crowded();
        let shards = build_shards_with_limit(&entries, &[], 1500);
        for prefix in ["t", "th", "the", "the "] {
            assert!(!shards[prefix].complete, "{prefix} is split");
        }
        assert_eq!(shards["th"].children, ["tha", "the"]);
        assert!(shards["tha"].complete);
        let (hits, fetched) = search(&shards, "The Sea Ro");
        assert_eq!(fetched, ["th", "the", "the ", "the s", "the se"]);
        assert_eq!(hits, ids(&["the-sea-road", "the-sea-rose"]));
        // Each complete shard is under the limit.
        for shard in shards.values().filter(|s| s.complete) {
            assert!(
                serde_json::to_vec(shard).unwrap().len() <= 1500,
                "{}",
                shard.prefix
            );
        }
        // A split prefix answers from its top list: exact title first.
        let (hits, fetched) = search(&shards, "the");
        assert_eq!(fetched, ["th", "the"]);
        assert_eq!(hits.len(), MAX_RESULTS);
        assert_eq!(hits[0], "the");
        assert_eq!(hits[1], "the-summer-summer");
        // Keys under "th" are found, whatever the depth.
        assert_eq!(search(&shards, "thaw").0, ids(&["thaw"]));
        assert_eq!(
            search(&shards, "summer river").0,
            ids(&["the-summer-river"])
        );
        // A child that does not exist is not fetched.
        assert_eq!(search(&shards, "thx").1, ["th"]);
        assert_eq!(search(&shards, "the sq").1, ["th", "the", "the ", "the s"]);
    }

    #[test]
    fn split_shards_give_the_same_hits_as_one_complete_index() {
        let entries = crowded();
        let small = build_shards_with_limit(&entries, &[], 1200);
        let whole = build_shards_with_limit(&entries, &[], usize::MAX);
        assert!(small.len() > whole.len());
        for query in [
            "th",
            "the",
            "the r",
            "the ro",
            "river",
            "se",
            "sea salt",
            "harbour h",
            "thaw",
            "summer",
        ] {
            assert_eq!(search(&small, query).0, search(&whole, query).0, "{query}");
        }
    }

    #[test]
    fn building_is_deterministic_and_order_independent() {
        let mut entries = crowded();
        let a = build_shards_with_limit(&entries, &[], 1500);
        entries.reverse();
        let b = build_shards_with_limit(&entries, &[], 1500);
        assert_eq!(a, b);
    }

    #[test]
    fn a_key_shared_by_many_titles_keeps_only_those_that_can_show() {
        let mut entries: Vec<_> = (0..300)
            .map(|i| entry(&format!("s{i:03}"), &format!("Story {i}: Part II"), i))
            .collect();
        entries.push(entry("part-ii", "Part II", 0));
        let shards = build_shards(&entries, &[]);
        let pa = &shards["pa"];
        assert!(pa.complete);
        // 10 by votes, and the exact title: nothing else can reach a top ten.
        assert_eq!(pa.keys.len(), 11);
        let (hits, _) = search(&shards, "part ii");
        let mut expected = vec!["part-ii".to_string()];
        expected.extend((291..300).rev().map(|i| format!("s{i:03}")));
        assert_eq!(hits, expected);
        let (hits, _) = search(&shards, "part");
        let expected: Vec<String> = (290..300).rev().map(|i| format!("s{i:03}")).collect();
        assert_eq!(hits, expected);
        // Each title keeps its own keys.
        assert_eq!(search(&shards, "story 7 part").0, ids(&["s007"]));
    }

    /// The ids of what a query finds ranked over every key of every entry
    /// at once, with no shards, splitting or pruning: titles, then people.
    fn brute_force(
        entries: &[SearchEntry],
        people: &[PersonHit],
        query: &str,
    ) -> (Vec<String>, Vec<String>) {
        let rows: Vec<SearchHit> = entries.iter().map(SearchEntry::hit).collect();
        let q = fold(query);
        let title_keys: Vec<(String, &SearchHit)> = entries
            .iter()
            .zip(&rows)
            .flat_map(|(e, row)| e.keys().into_iter().map(move |k| (k, row)))
            .collect();
        let person_keys: Vec<(String, &PersonHit)> = people
            .iter()
            .flat_map(|p| {
                search_keys([p.name.as_str()])
                    .into_iter()
                    .map(move |k| (k, p))
            })
            .collect();
        let titles = rank(
            title_keys
                .iter()
                .filter(|(k, _)| k.starts_with(&q))
                .map(|(k, hit)| (k.as_str(), *hit)),
            &q,
            MAX_RESULTS,
        );
        let found_people = rank(
            person_keys
                .iter()
                .filter(|(k, _)| k.starts_with(&q))
                .map(|(k, hit)| (k.as_str(), *hit)),
            &q,
            MAX_PEOPLE,
        );
        (
            titles.into_iter().map(|h| h.id).collect(),
            found_people.into_iter().map(|h| h.id).collect(),
        )
    }

    /// People whose names share words with each other and with the
    /// crowded titles ("Rose", "Salt"), so keys of both kinds meet in a shard.
    fn crowd_of_people() -> Vec<PersonHit> {
        let mut people = vec![
            person("guzman", "Patricio Guzmán", 900),
            person("rose", "Rose Salt", 40),
            person("thaw-p", "Thaw Thawson", 2),
            person("jean", "Jean Rouch", 30),
        ];
        people.extend((0..30).map(|i| person(&format!("js{i:02}"), "John Smith", i)));
        people.extend(
            (0..12).map(|i| person(&format!("th{i:02}"), &format!("Theo River {i}"), i * 3)),
        );
        people
    }

    #[test]
    fn every_prefix_of_every_key_finds_what_a_flat_scan_finds() {
        let mut entries = crowded();
        entries.extend((0..40).map(|i| {
            entry(
                &format!("p{i}"),
                &format!("Story {}: Part II", i % 7),
                i % 9,
            )
        }));
        entries.push(entry("part-ii", "Part II", 0));
        entries.push(entry("emitai", "Emitaï", 3));
        entries.push(SearchEntry {
            other_names: vec!["Сальвадор Альенде".into(), "Salvador, la película".into()],
            ..entry("allende", "Salvador Allende", 1100)
        });
        let people = crowd_of_people();
        let shards = build_shards_with_limit(&entries, &people, 1500);
        let mut queries: Vec<String> = Vec::new();
        let names = entries
            .iter()
            .flat_map(SearchEntry::keys)
            .chain(people.iter().flat_map(|p| search_keys([p.name.as_str()])));
        for key in names {
            let chars: Vec<char> = key.chars().collect();
            queries.extend((1..=chars.len()).map(|n| chars[..n].iter().collect()));
        }
        queries.sort();
        queries.dedup();
        assert!(queries.len() > 400);
        for query in &queries {
            let (found, _) = run(&shards, query);
            let ids = (
                found.titles.into_iter().map(|h| h.id).collect(),
                found.people.into_iter().map(|h| h.id).collect(),
            );
            assert_eq!(ids, brute_force(&entries, &people, query), "{query:?}");
        }
    }

    #[test]
    fn people_are_found_by_any_word_of_their_name_accents_ignored() {
        let people = crowd_of_people();
        let shards = build_shards(&shipped_like(), &people);
        assert_eq!(search_people(&shards, "guzman"), ["guzman"]);
        assert_eq!(search_people(&shards, "GUZMÁN"), ["guzman"]);
        assert_eq!(search_people(&shards, "patricio gu"), ["guzman"]);
        assert_eq!(search_people(&shards, "rouch"), ["jean"]);
        // Titles and people come back from the same query, each list apart.
        let (found, fetched) = run(&shards, "chile");
        assert_eq!(fetched, ["ch"]);
        assert_eq!(found.titles[0].id, "the-battle-of-chile-part-i-1975");
        assert!(found.people.is_empty());
        let mut titles = shipped_like();
        titles.push(entry("rosemary", "Rosemary", 5));
        let shards = build_shards(&titles, &people);
        let (found, fetched) = run(&shards, "rose");
        assert_eq!(fetched, ["ro"]);
        assert_eq!(found.titles[0].id, "rosemary");
        assert_eq!(found.people[0].id, "rose");
    }

    #[test]
    fn people_lists_stop_at_five_most_known_first() {
        let shards = build_shards(&[], &crowd_of_people());
        let expected: Vec<String> = (25..30).rev().map(|i| format!("js{i:02}")).collect();
        assert_eq!(search_people(&shards, "john smith"), expected);
        assert_eq!(search_people(&shards, "smith"), expected);
        // 30 people share "john smith": only those that can show are kept.
        let jo = &shards["jo"];
        assert!(jo.complete);
        assert_eq!(
            jo.people_keys
                .iter()
                .filter(|(k, _)| k == "john smith")
                .count(),
            MAX_PEOPLE
        );
    }

    #[test]
    fn split_shards_rank_people_in_their_top_lists() {
        let people = crowd_of_people();
        let shards = build_shards_with_limit(&crowded(), &people, 1500);
        let th = &shards["th"];
        assert!(!th.complete);
        assert_eq!(th.top_people.len(), MAX_PEOPLE);
        // "Theo River 11" has the most weight of those under "th".
        assert_eq!(th.top_people[0].id, "th11");
        let whole = build_shards_with_limit(&crowded(), &people, usize::MAX);
        for query in ["th", "the", "theo r", "river", "thaw", "ro", "salt"] {
            assert_eq!(run(&shards, query).0, run(&whole, query).0, "{query}");
        }
    }

    #[test]
    fn person_rows_are_compact_arrays() {
        let hit = PersonHit {
            role: Role::Actor,
            known_for: "Memento".into(),
            ..person("guy-pearce", "Guy Pearce", 1_300_000)
        };
        let json = serde_json::to_string(&hit).unwrap();
        assert_eq!(
            json,
            r#"["guy-pearce","Guy Pearce","actor","Memento",2000,1300000]"#
        );
        assert_eq!(serde_json::from_str::<PersonHit>(&json).unwrap(), hit);
    }

    #[test]
    fn a_query_outside_the_shard_restarts() {
        let shards = build_shards(&shipped_like(), &[]);
        assert_eq!(step(&shards["em"], "ca"), SearchStep::Fetch("ca".into()));
        assert_eq!(step(&shards["em"], "e"), SearchStep::Fetch("e".into()));
        assert_eq!(step(&shards["em"], ""), SearchStep::NoMatch);
        // Typing on from a one-char shard fetches its child, if it exists.
        assert_eq!(step(&shards["e"], "em"), SearchStep::Fetch("em".into()));
        assert_eq!(step(&shards["e"], "ex"), SearchStep::NoMatch);
    }

    #[test]
    fn a_damaged_shard_never_panics() {
        let shard: SearchShard = serde_json::from_str(
            r#"{"prefix":"em","complete":true,"titles":[],"keys":[["emitai",7]],"people_keys":[["emile",3]]}"#,
        )
        .unwrap();
        assert_eq!(step(&shard, "emi"), SearchStep::NoMatch);
    }
}
