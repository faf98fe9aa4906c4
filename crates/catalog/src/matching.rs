//! Matching a person's imported film history (Letterboxd or IMDb exports) to
//! catalog titles from a small static index (`catalog/match/`), without
//! downloading the catalog.
//!
//! # The rule
//!
//! A row of an import names a film by title and year, sometimes with an IMDb
//! id (`tt0209144`) and an original title. A row is matched by IMDb id where
//! both the row and a catalog title have one; else by name: a catalog title
//! is a candidate when one of its names (title, original title, also known
//! as), [`fold_name`]ed, equals one of the row's, its year is within ±1 of
//! the row's (any year when the row has none), and it has no IMDb id other
//! than the row's. [`decide`] picks among the candidates.
//!
//! # Files
//!
//! | file                       | type           |
//! |----------------------------|----------------|
//! | `match/index.json`         | [`MatchIndex`]: the number of titles and of each kind of shard |
//! | `match/name/{k}.json`      | [`NameShard`]: folded name → [`Candidate`]s, for every name whose [`name_shard_of`] is `k` |
//! | `match/imdb/{k}.json`      | [`ImdbShard`]: IMDb id → [`ImdbHit`], for every id whose [`imdb_shard_of`] is `k` |
//!
//! `k` is written in decimal, from 0; every shard file exists, even empty, so
//! a client never meets a missing file in a catalog that has the index.
//! Shards are chosen by [`fnv1a32`] of the UTF-8 bytes of the folded name or
//! the lowercase IMDb id, modulo the shard count: the same natively and in
//! wasm. Shard counts are powers of two chosen by [`shard_count`] so that a
//! shard holds [`ENTRIES_PER_SHARD`] to twice as many entries on average.
//! (The 17,480 films of the default catalog: 64 name and 64 IMDb shards,
//! the largest 25 KB raw, 9.5 KiB gzipped. 100,000 synthetic titles: 256
//! name shards of 22 KB raw, 4.4 KiB gzipped at the median; the largest,
//! holding two names the generator gives ~800 titles each, 116 KB and
//! 23 KiB.)
//!
//! # Client
//!
//! 1. Fetch [`MATCH_INDEX_PATH`] (a missing file: the catalog has no index).
//! 2. Read the import into [`Wanted`] rows and call [`needed_shards`] on all
//!    of them: each shard file is listed once, however many rows need it.
//!    (To fetch less for a small import, fetch [`NeededShards::imdb`]
//!    first, then fetch the [`NeededShards::names`] of [`needed_shards`]
//!    called again on the rows the IMDb shards did not match.)
//! 3. Fetch those files ([`NeededShards::paths`]).
//! 4. For each row call [`match_row`] with the fetched shards (or look the
//!    row up yourself with [`ImdbShard::get`] and [`name_candidates`] and
//!    call [`decide`]).

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::catalog::{Title, TitleId, is_imdb_id};
use super::search::fold;

/// The directory under the catalog root.
pub const MATCH_DIR: &str = "match";
/// The index's path under the catalog root.
pub const MATCH_INDEX_PATH: &str = "match/index.json";
/// The fewest entries (candidates of a name, or IMDb ids) a shard holds
/// once the catalog has that many; [`shard_count`] keeps a shard below
/// twice as many.
pub const ENTRIES_PER_SHARD: usize = 256;
/// The most shards of one kind, whatever the catalog's size.
pub const MAX_SHARDS: u32 = 1 << 16;

/// FNV-1a, 32 bits, over `bytes`: offset basis `0x811c9dc5`, prime
/// `0x01000193`; each byte is xored in, then the hash multiplied (wrapping).
/// Written here, without a crate, so the site and the tool agree.
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The shard count for `entries` entries: the largest power of two no
/// larger than `entries / ENTRIES_PER_SHARD`, at least 1, at most
/// [`MAX_SHARDS`].
pub fn shard_count(entries: usize) -> u32 {
    power_of_two_shards(entries, ENTRIES_PER_SHARD, MAX_SHARDS)
}

/// The largest power of two no larger than `entries / per_shard`, at least
/// 1, at most `most` (a power of two): the shard counts of the match index
/// and of the browse id shards.
pub(crate) fn power_of_two_shards(entries: usize, per_shard: usize, most: u32) -> u32 {
    let wanted = (entries / per_shard).clamp(1, most as usize) as u32;
    1 << (u32::BITS - 1 - wanted.leading_zeros())
}

/// The form names are compared in: search's [`fold`] (case, accents and
/// punctuation ignored). A name with no letter or digit ("?") is kept
/// lowercase with its spaces collapsed, so that it still has a key.
pub fn fold_name(name: &str) -> String {
    let folded = fold(name);
    if folded.is_empty() {
        let words: Vec<&str> = name.split_whitespace().collect();
        words.join(" ").to_lowercase()
    } else {
        folded
    }
}

/// An IMDb title id as the index stores it: trimmed and lowercase, `tt`
/// and 7 to 10 digits; `None` for anything else.
pub fn normalize_imdb_id(id: &str) -> Option<String> {
    let id = id.trim().to_ascii_lowercase();
    is_imdb_id(&id, "tt").then_some(id)
}

/// The name shard (of `shards`) that holds the folded name `folded`.
pub fn name_shard_of(folded: &str, shards: u32) -> u32 {
    fnv1a32(folded.as_bytes()) % shards.max(1)
}

/// The IMDb shard (of `shards`) that holds `id` (normalized: see
/// [`normalize_imdb_id`]).
pub fn imdb_shard_of(id: &str, shards: u32) -> u32 {
    fnv1a32(id.as_bytes()) % shards.max(1)
}

/// Path of name shard `k` under the catalog root: `match/name/{k}.json`.
pub fn name_shard_path(k: u32) -> String {
    format!("{MATCH_DIR}/name/{k}.json")
}

/// Path of IMDb shard `k` under the catalog root: `match/imdb/{k}.json`.
pub fn imdb_shard_path(k: u32) -> String {
    format!("{MATCH_DIR}/imdb/{k}.json")
}

/// `match/index.json`: what a client needs to pick shards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchIndex {
    /// Titles in the catalog.
    pub titles: u32,
    /// Files in `match/name/`.
    pub name_shards: u32,
    /// Files in `match/imdb/`.
    pub imdb_shards: u32,
}

/// A catalog title a name may stand for. Written as an array
/// `[id, title, year, imdb_id or null]`; `title` is the display title, so
/// the site can offer the choices of an ambiguous row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CandidateRow", into = "CandidateRow")]
pub struct Candidate {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
    pub imdb_id: Option<String>,
}

type CandidateRow = (String, String, u16, Option<String>);

impl From<CandidateRow> for Candidate {
    fn from((id, title, year, imdb_id): CandidateRow) -> Self {
        Candidate {
            id,
            title,
            year,
            imdb_id,
        }
    }
}

impl From<Candidate> for CandidateRow {
    fn from(c: Candidate) -> Self {
        (c.id, c.title, c.year, c.imdb_id)
    }
}

/// The title an IMDb id stands for. Written as `[id, title, year]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "(String, String, u16)", into = "(String, String, u16)")]
pub struct ImdbHit {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
}

impl From<(String, String, u16)> for ImdbHit {
    fn from((id, title, year): (String, String, u16)) -> Self {
        ImdbHit { id, title, year }
    }
}

impl From<ImdbHit> for (String, String, u16) {
    fn from(hit: ImdbHit) -> Self {
        (hit.id, hit.title, hit.year)
    }
}

/// One `match/name/{k}.json`: a JSON object from folded name to its
/// candidates, most popular first (then by id).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NameShard {
    pub names: BTreeMap<String, Vec<Candidate>>,
}

impl NameShard {
    /// The candidates of the folded name `folded`; none if it has none.
    pub fn get(&self, folded: &str) -> &[Candidate] {
        self.names.get(folded).map_or(&[], Vec::as_slice)
    }
}

/// One `match/imdb/{k}.json`: a JSON object from IMDb id to its title.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ImdbShard {
    pub ids: BTreeMap<String, ImdbHit>,
}

impl ImdbShard {
    /// The title of the IMDb id `id` (any case), as a candidate.
    pub fn get(&self, id: &str) -> Option<Candidate> {
        let id = normalize_imdb_id(id)?;
        let hit = self.ids.get(&id)?;
        Some(Candidate {
            id: hit.id.clone(),
            title: hit.title.clone(),
            year: hit.year,
            imdb_id: Some(id),
        })
    }
}

/// What the match index needs from one title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchEntry {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
    pub imdb_id: Option<String>,
    /// Original title and also-known-as names.
    pub other_names: Vec<String>,
    /// [`Title::popularity`]: orders a name's candidates.
    pub popularity: u32,
}

impl MatchEntry {
    /// The entry of a catalog title.
    pub fn of(title: &Title) -> Self {
        MatchEntry {
            id: title.id.clone(),
            title: title.title.clone(),
            year: title.year,
            imdb_id: title.imdb_id.clone(),
            other_names: title
                .original_title
                .iter()
                .chain(title.details.also_known_as.iter().map(|a| &a.title))
                .cloned()
                .collect(),
            popularity: title.popularity(),
        }
    }

    /// Its folded names, title first, each once, none empty.
    pub fn folded_names(&self) -> Vec<String> {
        let names = std::iter::once(&self.title).chain(&self.other_names);
        unique_folded(names.map(String::as_str))
    }

    fn candidate(&self) -> Candidate {
        Candidate {
            id: self.id.clone(),
            title: self.title.clone(),
            year: self.year,
            imdb_id: self.imdb_id.as_deref().and_then(normalize_imdb_id),
        }
    }
}

/// Each name folded ([`fold_name`]), in order, each once, blank ones left out.
fn unique_folded<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for folded in names.into_iter().map(fold_name) {
        if !folded.is_empty() && !out.contains(&folded) {
            out.push(folded);
        }
    }
    out
}

/// Every file of a catalog's match index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatchFiles {
    pub index: MatchIndex,
    /// Shard `k` at `names[k]`.
    pub names: Vec<NameShard>,
    /// Shard `k` at `imdb[k]`.
    pub imdb: Vec<ImdbShard>,
}

/// The match index of a catalog of `entries`. A name's candidates are the
/// titles that have it, most popular first, then by id. An IMDb id two
/// titles share stands for the more popular (then the smaller id).
pub fn build_match_index(entries: &[MatchEntry]) -> MatchFiles {
    let mut order: Vec<&MatchEntry> = entries.iter().collect();
    order.sort_by(|a, b| {
        Reverse(a.popularity)
            .cmp(&Reverse(b.popularity))
            .then_with(|| a.id.cmp(&b.id))
    });
    let names = name_lists(&order);
    let ids = imdb_hits(&order);
    let index = MatchIndex {
        titles: entries.len() as u32,
        name_shards: shard_count(names.values().map(Vec::len).sum()),
        imdb_shards: shard_count(ids.len()),
    };
    let mut files = MatchFiles {
        index,
        names: vec![NameShard::default(); index.name_shards as usize],
        imdb: vec![ImdbShard::default(); index.imdb_shards as usize],
    };
    for (name, list) in names {
        let k = name_shard_of(&name, index.name_shards) as usize;
        files.names[k].names.insert(name, list);
    }
    for (id, hit) in ids {
        let k = imdb_shard_of(&id, index.imdb_shards) as usize;
        files.imdb[k].ids.insert(id, hit);
    }
    files
}

/// Every folded name with its candidates, in the order of `order`.
fn name_lists(order: &[&MatchEntry]) -> BTreeMap<String, Vec<Candidate>> {
    let mut names: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
    for entry in order {
        for name in entry.folded_names() {
            names.entry(name).or_default().push(entry.candidate());
        }
    }
    names
}

/// Every IMDb id with its title, the first of `order` that has it.
fn imdb_hits(order: &[&MatchEntry]) -> BTreeMap<String, ImdbHit> {
    let mut ids = BTreeMap::new();
    for entry in order {
        if let Some(id) = entry.imdb_id.as_deref().and_then(normalize_imdb_id) {
            ids.entry(id).or_insert_with(|| ImdbHit {
                id: entry.id.clone(),
                title: entry.title.clone(),
                year: entry.year,
            });
        }
    }
    ids
}

/// One row of an import: a film as the person's history names it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wanted {
    /// The title (Letterboxd's English title, IMDb's Title).
    pub title: String,
    /// IMDb's Original Title, where the export has one.
    pub original_title: Option<String>,
    pub year: Option<u16>,
    /// Any case; one that is not `tt` and 7–10 digits counts as none.
    pub imdb_id: Option<String>,
}

impl Wanted {
    /// Its folded names, title first, each once, none empty.
    pub fn folded_names(&self) -> Vec<String> {
        let names = std::iter::once(&self.title).chain(&self.original_title);
        unique_folded(names.map(String::as_str))
    }

    /// Its IMDb id, normalized ([`normalize_imdb_id`]), if it has a valid one.
    pub fn imdb(&self) -> Option<String> {
        self.imdb_id.as_deref().and_then(normalize_imdb_id)
    }
}

/// What became of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MatchDecision {
    /// This title.
    Matched(Candidate),
    /// One of these, the likeliest first: for the person to choose.
    Ambiguous(Vec<Candidate>),
    /// No title of the catalog.
    NotFound,
}

/// The decision for `wanted`, given the title its IMDb id stands for (if
/// any) and the candidates of its names (see [`name_candidates`]):
///
/// - an IMDb hit wins;
/// - else the candidates are those within a year of the row's year (all of
///   them when the row has no year), leaving out any with an IMDb id other
///   than the row's;
/// - one candidate is matched; several are ambiguous, unless exactly one
///   has the row's very year, which is matched;
/// - ambiguous candidates are ordered by distance from the row's year, then
///   as `by_name` orders them (a shard lists a name's titles most popular
///   first, then by id).
pub fn decide(
    wanted: &Wanted,
    by_imdb: Option<&Candidate>,
    by_name: &[Candidate],
) -> MatchDecision {
    if let Some(hit) = by_imdb {
        return MatchDecision::Matched(hit.clone());
    }
    let row_imdb = wanted.imdb();
    let mut pool: Vec<(u16, &Candidate)> = Vec::new();
    for candidate in by_name {
        let other_film = candidate
            .imdb_id
            .as_ref()
            .is_some_and(|id| row_imdb.as_ref().is_some_and(|row| row != id));
        let distance = wanted.year.map_or(0, |y| y.abs_diff(candidate.year));
        if !other_film && distance <= 1 && !pool.iter().any(|(_, c)| c.id == candidate.id) {
            pool.push((distance, candidate));
        }
    }
    // Stable: equal distances keep `by_name`'s order.
    pool.sort_by_key(|(distance, _)| *distance);
    let exact = pool.iter().filter(|(d, _)| *d == 0).count();
    match pool.as_slice() {
        [] => MatchDecision::NotFound,
        [(_, only)] => MatchDecision::Matched((*only).clone()),
        [(0, first), ..] if exact == 1 && wanted.year.is_some() => {
            MatchDecision::Matched((*first).clone())
        }
        _ => MatchDecision::Ambiguous(pool.into_iter().map(|(_, c)| c.clone()).collect()),
    }
}

/// The shard files a batch of rows needs, each once, in shard order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NeededShards {
    /// Name shards (`k` of [`name_shard_path`]).
    pub names: BTreeSet<u32>,
    /// IMDb shards (`k` of [`imdb_shard_path`]).
    pub imdb: BTreeSet<u32>,
}

impl NeededShards {
    /// Their paths under the catalog root, IMDb shards first.
    pub fn paths(&self) -> Vec<String> {
        let imdb = self.imdb.iter().map(|&k| imdb_shard_path(k));
        imdb.chain(self.names.iter().map(|&k| name_shard_path(k)))
            .collect()
    }
}

/// The shards `rows` need: the IMDb shard of each valid IMDb id and the
/// name shard of each folded name, each shard once.
pub fn needed_shards<'a>(
    index: &MatchIndex,
    rows: impl IntoIterator<Item = &'a Wanted>,
) -> NeededShards {
    let mut needed = NeededShards::default();
    for row in rows {
        if let Some(id) = row.imdb() {
            needed.imdb.insert(imdb_shard_of(&id, index.imdb_shards));
        }
        for name in row.folded_names() {
            needed.names.insert(name_shard_of(&name, index.name_shards));
        }
    }
    needed
}

/// The candidates of `wanted`'s names, from the name shards `shard` gives
/// by number (`None`: not fetched, no candidates from it): the title's
/// first, then the original title's, each title once.
pub fn name_candidates<'a>(
    index: &MatchIndex,
    wanted: &Wanted,
    shard: impl Fn(u32) -> Option<&'a NameShard>,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for name in wanted.folded_names() {
        let Some(found) = shard(name_shard_of(&name, index.name_shards)) else {
            continue;
        };
        for candidate in found.get(&name) {
            if !out.iter().any(|c| c.id == candidate.id) {
                out.push(candidate.clone());
            }
        }
    }
    out
}

/// Matches one row with the fetched shards: `names` and `imdb` give a
/// shard by number, `None` for one not fetched.
pub fn match_row<'a, 'b>(
    index: &MatchIndex,
    wanted: &Wanted,
    names: impl Fn(u32) -> Option<&'a NameShard>,
    imdb: impl Fn(u32) -> Option<&'b ImdbShard>,
) -> MatchDecision {
    let by_imdb = wanted
        .imdb()
        .and_then(|id| imdb(imdb_shard_of(&id, index.imdb_shards))?.get(&id));
    decide(
        wanted,
        by_imdb.as_ref(),
        &name_candidates(index, wanted, names),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entry(id: &str, title: &str, year: u16, imdb: Option<&str>, pop: u32) -> MatchEntry {
        MatchEntry {
            id: id.into(),
            title: title.into(),
            year,
            imdb_id: imdb.map(str::to_owned),
            other_names: Vec::new(),
            popularity: pop,
        }
    }

    fn cand(id: &str, year: u16, imdb: Option<&str>) -> Candidate {
        Candidate {
            id: id.into(),
            title: id.into(),
            year,
            imdb_id: imdb.map(str::to_owned),
        }
    }

    fn row(title: &str, year: Option<u16>, imdb: Option<&str>) -> Wanted {
        Wanted {
            title: title.into(),
            original_title: None,
            year,
            imdb_id: imdb.map(str::to_owned),
        }
    }

    fn ids(decision: &MatchDecision) -> Vec<&str> {
        match decision {
            MatchDecision::Matched(c) => vec![c.id.as_str()],
            MatchDecision::Ambiguous(cs) => cs.iter().map(|c| c.id.as_str()).collect(),
            MatchDecision::NotFound => Vec::new(),
        }
    }

    fn find(files: &MatchFiles, wanted: &Wanted) -> MatchDecision {
        match_row(
            &files.index,
            wanted,
            |k| files.names.get(k as usize),
            |k| files.imdb.get(k as usize),
        )
    }

    #[test]
    fn fnv1a_matches_the_reference_vectors() {
        assert_eq!(fnv1a32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a32(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a32(b"foobar"), 0xbf9c_f968);
        assert_eq!(fnv1a32("é".as_bytes()), fnv1a32(&[0xc3, 0xa9]));
    }

    #[test]
    fn shard_choice_is_stable() {
        // Pinned: a change here moves every name to another file, which
        // every deployed site and catalog must then agree on.
        assert_eq!(fnv1a32(b"salvador allende"), 0x3105_4ba0);
        assert_eq!(name_shard_of("salvador allende", 64), 32);
        assert_eq!(fnv1a32(b"tt0209144"), 0x4567_50ff);
        assert_eq!(imdb_shard_of("tt0209144", 128), 127);
        assert_eq!(imdb_shard_of("tt0209144", 1), 0);
        assert_eq!(name_shard_of("anything", 0), 0);
        assert_eq!(name_shard_path(7), "match/name/7.json");
        assert_eq!(imdb_shard_path(12), "match/imdb/12.json");
    }

    #[test]
    fn shard_counts_are_powers_of_two_of_256_to_512_entries() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(13), 1);
        assert_eq!(shard_count(511), 1);
        assert_eq!(shard_count(512), 2);
        assert_eq!(shard_count(17_480), 64);
        assert_eq!(shard_count(100_000), 256);
        assert_eq!(shard_count(usize::MAX), MAX_SHARDS);
        for n in [300, 1000, 17_480, 100_000, 1_000_000] {
            let per = n / shard_count(n) as usize;
            assert!(
                (ENTRIES_PER_SHARD..2 * ENTRIES_PER_SHARD).contains(&per),
                "{n}"
            );
        }
    }

    #[test]
    fn names_fold_like_search_and_ids_lowercase() {
        assert_eq!(fold_name("  Emitaï! "), "emitai");
        assert_eq!(
            fold_name("The Battle of Chile: Part I"),
            "the battle of chile part i"
        );
        assert_eq!(fold_name(" ?  ! "), "? !");
        assert_eq!(
            normalize_imdb_id(" TT0209144 ").as_deref(),
            Some("tt0209144")
        );
        assert_eq!(normalize_imdb_id("nm0634240"), None);
        assert_eq!(normalize_imdb_id("tt12"), None);
    }

    #[test]
    fn every_title_is_reachable_by_its_imdb_id_and_each_name() {
        let mut a = entry(
            "nostalgia-2010",
            "Nostalgia for the Light",
            2010,
            Some("tt1556190"),
            5,
        );
        a.other_names = vec![
            "Nostalgia de la luz".into(),
            "NOSTALGIA FOR THE LIGHT".into(),
        ];
        let entries: Vec<MatchEntry> = (0..600)
            .map(|i| {
                entry(
                    &format!("t{i}"),
                    &format!("Film {i}"),
                    2000,
                    Some(&format!("tt{:07}", i + 1)),
                    i,
                )
            })
            .chain([a])
            .collect();
        let files = build_match_index(&entries);
        assert_eq!(
            files.index,
            MatchIndex {
                titles: 601,
                name_shards: 2,
                imdb_shards: 2
            }
        );
        for e in &entries {
            let by_id = row("unrelated", None, e.imdb_id.as_deref());
            assert_eq!(ids(&find(&files, &by_id)), [e.id.as_str()]);
            for name in e.folded_names() {
                let shard = &files.names[name_shard_of(&name, 2) as usize];
                assert!(shard.get(&name).iter().any(|c| c.id == e.id), "{name}");
            }
        }
        let original = row("Nostalgia de la Luz", Some(2010), None);
        assert_eq!(ids(&find(&files, &original)), ["nostalgia-2010"]);
    }

    #[test]
    fn an_imdb_hit_wins() {
        let hit = cand("by-id", 1990, Some("tt0000001"));
        let wanted = row("X", Some(2000), Some("tt0000001"));
        let by_name = [cand("by-name", 2000, None)];
        assert_eq!(
            decide(&wanted, Some(&hit), &by_name),
            MatchDecision::Matched(hit)
        );
    }

    #[test]
    fn the_exact_year_beats_a_year_off() {
        let wanted = row("X", Some(2000), None);
        let by_name = [
            cand("a", 2001, None),
            cand("b", 2000, None),
            cand("c", 1999, None),
        ];
        assert_eq!(ids(&decide(&wanted, None, &by_name)), ["b"]);
        assert!(matches!(
            decide(&wanted, None, &by_name),
            MatchDecision::Matched(_)
        ));
    }

    #[test]
    fn a_year_off_matches_and_two_years_off_does_not() {
        let wanted = row("X", Some(2000), None);
        let one = decide(&wanted, None, &[cand("a", 2001, None)]);
        assert_eq!(one, MatchDecision::Matched(cand("a", 2001, None)));
        let other = decide(
            &wanted,
            None,
            &[cand("a", 1999, None), cand("b", 2002, None)],
        );
        assert_eq!(other, MatchDecision::Matched(cand("a", 1999, None)));
        assert_eq!(
            decide(&wanted, None, &[cand("a", 2002, None)]),
            MatchDecision::NotFound
        );
        assert_eq!(decide(&wanted, None, &[]), MatchDecision::NotFound);
    }

    #[test]
    fn same_name_same_year_is_ambiguous_in_shard_order() {
        let wanted = row("X", Some(2000), None);
        let by_name = [
            cand("z", 2001, None),
            cand("b", 2000, None),
            cand("a", 2000, None),
        ];
        let decision = decide(&wanted, None, &by_name);
        assert!(matches!(decision, MatchDecision::Ambiguous(_)));
        assert_eq!(ids(&decision), ["b", "a", "z"]);
        // Two a year off, none exact: ambiguous too.
        let off = decide(
            &wanted,
            None,
            &[cand("a", 1999, None), cand("b", 2001, None)],
        );
        assert_eq!(ids(&off), ["a", "b"]);
        assert!(matches!(off, MatchDecision::Ambiguous(_)));
    }

    #[test]
    fn without_a_year_every_title_of_the_name_is_a_candidate() {
        let wanted = row("X", None, None);
        let by_name = [cand("a", 1950, None), cand("b", 2010, None)];
        assert_eq!(ids(&decide(&wanted, None, &by_name)), ["a", "b"]);
        let one = decide(&wanted, None, &by_name[..1]);
        assert_eq!(one, MatchDecision::Matched(cand("a", 1950, None)));
    }

    #[test]
    fn a_title_with_another_imdb_id_is_another_film() {
        let wanted = row("X", Some(2000), Some("TT0000001"));
        let by_name = [cand("a", 2000, Some("tt0000002")), cand("b", 2000, None)];
        assert_eq!(
            decide(&wanted, None, &by_name),
            MatchDecision::Matched(cand("b", 2000, None))
        );
        let same = [cand("a", 2000, Some("tt0000001"))];
        assert_eq!(ids(&decide(&wanted, None, &same)), ["a"]);
        // An id that is not one is ignored.
        let bad = row("X", Some(2000), Some("not-an-id"));
        assert_eq!(ids(&decide(&bad, None, &by_name)), ["a", "b"]);
    }

    #[test]
    fn a_names_candidates_are_most_popular_first() {
        let entries = [
            entry("rare", "Same", 2000, None, 1),
            entry("known", "Same", 2000, None, 900),
            entry("b", "Same", 2000, None, 5),
            entry("a", "Same", 2000, None, 5),
        ];
        let files = build_match_index(&entries);
        let decision = find(&files, &row("same", Some(2000), None));
        assert_eq!(ids(&decision), ["known", "a", "b", "rare"]);
    }

    #[test]
    fn a_batch_needs_each_shard_once() {
        let index = MatchIndex {
            titles: 100_000,
            name_shards: 256,
            imdb_shards: 128,
        };
        let rows: Vec<Wanted> = (0..5000)
            .map(|i| {
                row(
                    &format!("Film {}", i % 700),
                    Some(2000),
                    (i % 3 == 0).then_some("tt0209144"),
                )
            })
            .collect();
        let needed = needed_shards(&index, &rows);
        assert_eq!(
            needed.imdb,
            BTreeSet::from([imdb_shard_of("tt0209144", 128)])
        );
        assert!(needed.names.len() <= 256 && needed.names.len() > 100);
        let paths = needed.paths();
        assert_eq!(paths.len(), needed.names.len() + 1);
        assert_eq!(paths.iter().collect::<BTreeSet<_>>().len(), paths.len());
        assert!(paths[0].starts_with("match/imdb/"));
        let mut both = row("Nostalgia for the Light", None, None);
        both.original_title = Some("Nostalgia de la luz".into());
        let needed = needed_shards(
            &MatchIndex {
                name_shards: 1 << 16,
                ..index
            },
            [&both],
        );
        assert_eq!(needed.names.len(), 2);
        assert!(needed.imdb.is_empty());
    }

    #[test]
    fn the_files_read_back_as_written() {
        let mut a = entry("a", "Émile", 2000, Some("tt0000001"), 3);
        a.other_names = vec!["Emile".into()];
        let files = build_match_index(&[a, entry("b", "Other", 1999, None, 0)]);
        let json = serde_json::to_string(&files.names[0]).unwrap();
        assert_eq!(
            json,
            r#"{"emile":[["a","Émile",2000,"tt0000001"]],"other":[["b","Other",1999,null]]}"#
        );
        assert_eq!(
            serde_json::from_str::<NameShard>(&json).unwrap(),
            files.names[0]
        );
        let json = serde_json::to_string(&files.imdb[0]).unwrap();
        assert_eq!(json, r#"{"tt0000001":["a","Émile",2000]}"#);
        assert_eq!(
            serde_json::from_str::<ImdbShard>(&json).unwrap(),
            files.imdb[0]
        );
        let index = serde_json::to_string(&files.index).unwrap();
        assert_eq!(index, r#"{"titles":2,"name_shards":1,"imdb_shards":1}"#);
    }

    /// A small catalog where names and years collide often.
    fn catalog() -> impl Strategy<Value = Vec<MatchEntry>> {
        let title = prop_oneof![
            Just("Chile"),
            Just("chile!"),
            Just("Night"),
            Just("Émile"),
            Just("The Night")
        ];
        let one = (
            title,
            1995u16..2002,
            proptest::option::of(prop_oneof![Just("Noche"), Just("Chili"), Just("Nuit")]),
            any::<bool>(),
            0u32..5,
        );
        proptest::collection::vec(one, 0..40).prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (title, year, other, imdb, pop))| MatchEntry {
                    id: format!("t{i}"),
                    title: title.into(),
                    year,
                    imdb_id: imdb.then(|| format!("tt{:07}", i + 1)),
                    other_names: other.into_iter().map(str::to_owned).collect(),
                    popularity: pop,
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn every_title_is_found_by_its_name_and_year_and_by_its_imdb_id(entries in catalog(), shards in 0u32..3) {
            let mut files = build_match_index(&entries);
            // Rebuild with more shards than the size asks for, to cross shards.
            if shards > 0 {
                let n = 1 << shards;
                let mut wide = MatchFiles { index: MatchIndex { name_shards: n, imdb_shards: n, ..files.index }, names: vec![NameShard::default(); n as usize], imdb: vec![ImdbShard::default(); n as usize] };
                for shard in files.names.drain(..) {
                    for (name, list) in shard.names {
                        wide.names[name_shard_of(&name, n) as usize].names.insert(name, list);
                    }
                }
                for shard in files.imdb.drain(..) {
                    for (id, hit) in shard.ids {
                        wide.imdb[imdb_shard_of(&id, n) as usize].ids.insert(id, hit);
                    }
                }
                files = wide;
            }
            for e in &entries {
                for name in std::iter::once(&e.title).chain(&e.other_names) {
                    let decision = find(&files, &row(name, Some(e.year), None));
                    prop_assert!(ids(&decision).contains(&e.id.as_str()), "{:?} {:?}", name, decision);
                    if let MatchDecision::Matched(c) = &decision {
                        prop_assert_eq!(&c.id, &e.id);
                    }
                }
                if let Some(imdb) = &e.imdb_id {
                    let decision = find(&files, &row("no such film", None, Some(imdb)));
                    prop_assert_eq!(ids(&decision), [e.id.as_str()]);
                }
            }
        }
    }
}
