//! Writing a catalog's derived files, the list pages and search shards, from
//! its titles. Native only: the generator and the tests write catalogs, the
//! site only reads them.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;
use thiserror::Error;

use std::collections::BTreeMap;

use film_catalog::browse::{BROWSE_DIR, BrowseEntry, BrowseFile, BrowseRow, build_browse};
use film_catalog::catalog::{DataSource, IndexPage, SourceCount, Title, TitleCard};
use film_catalog::front::{FRONT_FILE, FrontPage, featured_id, front_page, list_order};
use film_catalog::matching::{
    MATCH_DIR, MATCH_INDEX_PATH, MatchEntry, MatchIndex, build_match_index, imdb_shard_path,
    name_shard_path,
};
use film_catalog::search::{PersonHit, SEARCH_DIR, SearchEntry, build_shards, shard_file_name};

/// Titles on one list page.
pub const LIST_PAGE_SIZE: usize = 24;
/// The catalog directory that holds the list pages.
pub const LIST_DIR: &str = "list";

/// Why a catalog could not be read or written.
#[derive(Debug, Error)]
pub enum CatalogIoError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}: {source}", path.display())]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{0}")]
    Invalid(String),
}

impl CatalogIoError {
    pub(crate) fn io(path: &Path) -> impl FnOnce(io::Error) -> Self + '_ {
        move |source| CatalogIoError::Io {
            path: path.to_owned(),
            source,
        }
    }

    pub(crate) fn json(path: &Path) -> impl FnOnce(serde_json::Error) -> Self + '_ {
        move |source| CatalogIoError::Json {
            path: path.to_owned(),
            source,
        }
    }
}

/// How catalog JSON is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonStyle {
    /// One-space indent and a final newline, like the hand-written catalog,
    /// so that its diffs stay readable.
    Pretty,
    /// No whitespace: generated catalogs, where bytes are what is measured.
    Compact,
}

/// A value as catalog JSON.
pub fn to_json<T: Serialize>(value: &T, style: JsonStyle) -> serde_json::Result<Vec<u8>> {
    // Most catalog files are a few KiB: start there rather than grow from 0.
    let mut out = Vec::with_capacity(8 * 1024);
    match style {
        JsonStyle::Compact => {
            serde_json::to_writer(&mut out, value)?;
            Ok(out)
        }
        JsonStyle::Pretty => {
            let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
            value.serialize(&mut serde_json::Serializer::with_formatter(
                &mut out, formatter,
            ))?;
            out.push(b'\n');
            Ok(out)
        }
    }
}

/// What the derived files need from one title.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    pub card: TitleCard,
    pub search: SearchEntry,
    pub source: Option<DataSource>,
    /// [`Title::popularity`].
    pub popularity: u32,
    /// The title's row in the browse lists.
    pub browse: BrowseRow,
    /// The title's names and ids in the match index.
    pub matching: MatchEntry,
}

impl Listing {
    /// The listing of a catalog title.
    pub fn of(title: &Title) -> Self {
        Listing {
            card: title.card(),
            search: SearchEntry::of(title),
            source: title.source.clone(),
            popularity: title.popularity(),
            browse: BrowseRow::of(title),
            matching: MatchEntry::of(title),
        }
    }
}

/// What [`write_browse`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrowseWritten {
    pub files: usize,
    pub bytes: u64,
    /// The largest file of rows and the largest `facets.json`: path, raw
    /// size and gzipped size. A browse page's first read is one of each
    /// (and the whole catalog's `facets.json`).
    pub largest_rows: Option<(String, usize, usize)>,
    pub largest_facets: Option<(String, usize, usize)>,
    /// The largest id shard: "only my watchlist" reads one per film.
    pub largest_id_shard: Option<(String, usize, usize)>,
}

impl std::fmt::Display for BrowseWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "browse files         {} ({:.1} MiB)",
            self.files,
            self.bytes as f64 / 1_048_576.0
        )?;
        for (what, largest) in [
            ("rows", &self.largest_rows),
            ("facets", &self.largest_facets),
            ("id", &self.largest_id_shard),
        ] {
            if let Some((path, raw, gz)) = largest {
                writeln!(
                    f,
                    "largest browse {what:<7}{path} ({raw} bytes, {:.1} KiB gzip)",
                    *gz as f64 / 1024.0
                )?;
            }
        }
        Ok(())
    }
}

/// What [`write_match`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatchWritten {
    pub files: usize,
    pub bytes: u64,
    pub index: MatchIndex,
    /// The largest shard: path, raw size and gzipped size. Matching one row
    /// reads one or two shards.
    pub largest: Option<(String, usize, usize)>,
}

impl std::fmt::Display for MatchWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "match files          {} ({:.1} KiB): {} name and {} IMDb shards",
            self.files,
            self.bytes as f64 / 1024.0,
            self.index.name_shards,
            self.index.imdb_shards
        )?;
        if let Some((path, raw, gz)) = &self.largest {
            write!(
                f,
                ", largest {path} ({raw} bytes, {:.1} KiB gzip)",
                *gz as f64 / 1024.0
            )?;
        }
        Ok(())
    }
}

/// Replaces `root/match` with the match index of `listings` (see
/// [`film_catalog::matching`]), always compact, and returns what was written.
pub fn write_match(root: &Path, listings: &[Listing]) -> Result<MatchWritten, CatalogIoError> {
    remove_dir(&root.join(MATCH_DIR))?;
    let entries: Vec<MatchEntry> = listings.iter().map(|l| l.matching.clone()).collect();
    let built = build_match_index(&entries);
    let mut written = MatchWritten {
        index: built.index,
        ..MatchWritten::default()
    };
    let mut put = |path: String, json: serde_json::Result<Vec<u8>>, shard: bool| {
        let bytes = json.map_err(CatalogIoError::json(Path::new(&path)))?;
        if shard && written.largest.as_ref().is_none_or(|l| bytes.len() > l.1) {
            written.largest = Some((path.clone(), bytes.len(), gzip_len(&bytes)));
        }
        write_file(root, &path, &bytes)?;
        written.files += 1;
        written.bytes += bytes.len() as u64;
        Ok::<(), CatalogIoError>(())
    };
    put(
        MATCH_INDEX_PATH.to_owned(),
        serde_json::to_vec(&built.index),
        false,
    )?;
    for (k, shard) in (0..).zip(&built.names) {
        put(name_shard_path(k), serde_json::to_vec(shard), true)?;
    }
    for (k, shard) in (0..).zip(&built.imdb) {
        put(imdb_shard_path(k), serde_json::to_vec(shard), true)?;
    }
    Ok(written)
}

/// Deletes `dir` and everything in it; nothing to do if it does not exist.
fn remove_dir(dir: &Path) -> Result<(), CatalogIoError> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(CatalogIoError::io(dir)(e)),
        _ => Ok(()),
    }
}

/// Size of `bytes` gzipped at the usual server level (6).
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    match encoder.write_all(bytes).and_then(|()| encoder.finish()) {
        Ok(gz) => gz.len(),
        Err(_) => usize::MAX,
    }
}

/// Replaces `root/browse` with the browse lists of `listings` (see
/// [`film_catalog::browse`]), always compact: they are machine data with a
/// size budget. Files are written as they are built, so a large catalog's
/// lists are never all in memory.
pub fn write_browse(root: &Path, listings: &[Listing]) -> Result<BrowseWritten, CatalogIoError> {
    remove_dir(&root.join(BROWSE_DIR))?;
    let entries: Vec<BrowseEntry> = listings
        .iter()
        .map(|l| BrowseEntry {
            row: l.browse.clone(),
            popularity: l.popularity,
        })
        .collect();
    let mut written = BrowseWritten::default();
    build_browse(&entries, |path, file| {
        let json = match &file {
            BrowseFile::Facets(facets) => serde_json::to_vec(facets),
            BrowseFile::Rows(rows) => serde_json::to_vec(rows),
            BrowseFile::Ranked(rows) => serde_json::to_vec(rows),
        };
        let bytes = json.map_err(CatalogIoError::json(Path::new(&path)))?;
        let largest = match file {
            BrowseFile::Facets(_) => &mut written.largest_facets,
            BrowseFile::Rows(_) => &mut written.largest_rows,
            BrowseFile::Ranked(_) => &mut written.largest_id_shard,
        };
        if largest.as_ref().is_none_or(|l| bytes.len() > l.1) {
            *largest = Some((path.clone(), bytes.len(), gzip_len(&bytes)));
        }
        write_file(root, &path, &bytes)?;
        written.files += 1;
        written.bytes += bytes.len() as u64;
        Ok(())
    })?;
    Ok(written)
}

/// Each data source of `listings` with the number of titles it gave, in
/// the sources' order.
pub fn source_counts<'a>(
    sources: impl IntoIterator<Item = Option<&'a DataSource>>,
) -> Vec<SourceCount> {
    let mut counts: BTreeMap<&DataSource, u32> = BTreeMap::new();
    for source in sources.into_iter().flatten() {
        *counts.entry(source).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(source, titles)| SourceCount {
            source: source.clone(),
            titles,
        })
        .collect()
}

/// The list pages: newest year first, then by folded title, then id, with
/// [`LIST_PAGE_SIZE`] cards a page. An empty catalog has one empty page, so
/// the home page always has a file to read. Every page carries `sources`.
pub fn list_pages(
    cards: impl IntoIterator<Item = TitleCard>,
    sources: &[SourceCount],
) -> Vec<IndexPage> {
    let mut cards: Vec<TitleCard> = cards.into_iter().collect();
    cards.sort_by_cached_key(list_order);
    let total = cards.len() as u32;
    let pages = total.div_ceil(LIST_PAGE_SIZE as u32).max(1);
    let mut list = Vec::with_capacity(pages as usize);
    let mut cards = cards.into_iter();
    for page in 1..=pages {
        list.push(IndexPage {
            page,
            pages,
            total,
            titles: cards.by_ref().take(LIST_PAGE_SIZE).collect(),
            sources: sources.to_vec(),
        });
    }
    list
}

/// One derived file: its path under the catalog root (`search/em.json`) and
/// its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Every list page (in `style`) and search shard (always compact: shards
/// are machine data with a size budget) of a catalog, whose people are
/// `people` (see [`crate::people::write_people`]).
pub fn index_files(
    listings: &[Listing],
    people: &[PersonHit],
    style: JsonStyle,
) -> Result<Vec<CatalogFile>, CatalogIoError> {
    let mut files = Vec::new();
    let sources = source_counts(listings.iter().map(|l| l.source.as_ref()));
    for page in list_pages(listings.iter().map(|l| l.card.clone()), &sources) {
        let path = format!("{LIST_DIR}/{}.json", page.page);
        let bytes = to_json(&page, style).map_err(CatalogIoError::json(Path::new(&path)))?;
        files.push(CatalogFile { path, bytes });
    }
    let entries: Vec<SearchEntry> = listings.iter().map(|l| l.search.clone()).collect();
    for (prefix, shard) in build_shards(&entries, people) {
        let path = format!("{SEARCH_DIR}/{}", shard_file_name(&prefix));
        let bytes =
            to_json(&shard, JsonStyle::Compact).map_err(CatalogIoError::json(Path::new(&path)))?;
        files.push(CatalogFile { path, bytes });
    }
    Ok(files)
}

/// `front.json` for a catalog of `listings`: its featured film is `wanted`
/// when the catalog has it, else the best rated ([`featured_id`]);
/// `title_of` reads a title by id (from memory or from disk), for the
/// featured film's related cards. `None` for a catalog with no titles.
pub fn front_file(
    listings: &[Listing],
    wanted: Option<&str>,
    title_of: impl FnOnce(&str) -> Result<Title, CatalogIoError>,
    style: JsonStyle,
) -> Result<Option<CatalogFile>, CatalogIoError> {
    let cards: Vec<TitleCard> = listings.iter().map(|l| l.card.clone()).collect();
    let Some(id) = featured_id(&cards, wanted) else {
        return Ok(None);
    };
    let featured = title_of(id)?;
    let sources = source_counts(listings.iter().map(|l| l.source.as_ref()));
    let popularity: Vec<u32> = listings.iter().map(|l| l.popularity).collect();
    let front = front_page(&cards, &popularity, &featured, &sources);
    let bytes = to_json(&front, style).map_err(CatalogIoError::json(Path::new(FRONT_FILE)))?;
    Ok(Some(CatalogFile {
        path: FRONT_FILE.to_owned(),
        bytes,
    }))
}

/// The featured film of the catalog in `root`, if it has a `front.json`
/// that reads: kept when the catalog is rebuilt. (One that does not read is
/// simply written anew.)
pub fn previous_featured(root: &Path) -> Option<String> {
    read_json::<FrontPage>(&root.join(FRONT_FILE))
        .ok()
        .map(|front| front.featured.id)
}

/// Writes one file under `root`, creating its directory.
pub fn write_file(root: &Path, relative: &str, bytes: &[u8]) -> Result<(), CatalogIoError> {
    let path = root.join(relative);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(CatalogIoError::io(dir))?;
    }
    // One write of a ready buffer: no per-field syscalls.
    let mut file = fs::File::create(&path).map_err(CatalogIoError::io(&path))?;
    file.write_all(bytes).map_err(CatalogIoError::io(&path))
}

/// The `.json` files directly inside `root/dir`, sorted; none if the
/// directory does not exist.
pub fn json_files(root: &Path, dir: &str) -> Result<Vec<PathBuf>, CatalogIoError> {
    let dir = root.join(dir);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(CatalogIoError::io(&dir)(e)),
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(CatalogIoError::io(&dir))?.path();
        if path.extension().is_some_and(|x| x == "json") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Deletes the `.json` files in `root/dir` (and nothing else), so that a
/// rewrite leaves no stale page or shard behind.
pub fn clear_json_files(root: &Path, dir: &str) -> Result<(), CatalogIoError> {
    for path in json_files(root, dir)? {
        fs::remove_file(&path).map_err(CatalogIoError::io(&path))?;
    }
    Ok(())
}

/// Reads and decodes one JSON file.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, CatalogIoError> {
    let bytes = fs::read(path).map_err(CatalogIoError::io(path))?;
    serde_json::from_slice(&bytes).map_err(CatalogIoError::json(path))
}

/// The listings of every title in `root/titles`, read one file at a time so
/// that a large catalog is never all in memory. Fails on the first file
/// that does not decode, or whose name is not its id.
pub fn read_listings(root: &Path) -> Result<Vec<Listing>, CatalogIoError> {
    let mut listings = Vec::new();
    for path in json_files(root, "titles")? {
        let title: Title = read_json(&path)?;
        if path.file_stem().and_then(|s| s.to_str()) != Some(title.id.as_str()) {
            return Err(CatalogIoError::Invalid(format!(
                "{}: holds id {:?}",
                path.display(),
                title.id
            )));
        }
        listings.push(Listing::of(&title));
    }
    Ok(listings)
}

/// Reads `root/titles/{id}.json`.
pub fn read_title(root: &Path, id: &str) -> Result<Title, CatalogIoError> {
    read_json(&root.join(format!("titles/{id}.json")))
}

/// What [`rewrite_indexes`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reindexed {
    /// List pages, search shards and `front.json`.
    pub files: Vec<CatalogFile>,
    pub browse: BrowseWritten,
    pub matching: MatchWritten,
}

/// Replaces `root/list`, `root/search`, `root/browse`, `root/match` and
/// `root/front.json` with the files built from the titles in `root/titles`
/// and `people`, featuring `featured` (see [`front_file`]), and returns
/// what was written.
pub fn rewrite_indexes(
    root: &Path,
    people: &[PersonHit],
    featured: Option<&str>,
    style: JsonStyle,
) -> Result<Reindexed, CatalogIoError> {
    let listings = read_listings(root)?;
    if listings.is_empty() {
        return Err(CatalogIoError::Invalid(format!(
            "{}: no titles to index",
            root.join("titles").display()
        )));
    }
    let mut files = index_files(&listings, people, style)?;
    files.extend(front_file(
        &listings,
        featured,
        |id| read_title(root, id),
        style,
    )?);
    clear_json_files(root, LIST_DIR)?;
    clear_json_files(root, SEARCH_DIR)?;
    for file in &files {
        write_file(root, &file.path, &file.bytes)?;
    }
    let browse = write_browse(root, &listings)?;
    let matching = write_match(root, &listings)?;
    Ok(Reindexed {
        files,
        browse,
        matching,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: &str, title: &str, year: u16) -> TitleCard {
        TitleCard {
            id: id.into(),
            title: title.into(),
            year,
            genres: vec!["Drama".into()],
            rating: None,
            summary: "S.".into(),
            directors: vec!["D".into()],
            stars: Vec::new(),
            because: None,
        }
    }

    #[test]
    fn list_is_newest_first_then_by_folded_title() {
        let pages = list_pages(
            [
                card("b-2001", "Zed", 2001),
                card("a-1999", "Old", 1999),
                card("c-2001", "Émile", 2001),
                card("d-2001", "emile", 2001),
            ],
            &[],
        );
        let ids: Vec<_> = pages[0].titles.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c-2001", "d-2001", "b-2001", "a-1999"]);
        assert_eq!((pages[0].page, pages[0].pages, pages[0].total), (1, 1, 4));
    }

    #[test]
    fn pages_hold_twenty_four_cards() {
        let pages = list_pages((0..49).map(|i| card(&format!("t-{i}"), "T", 2000)), &[]);
        assert_eq!(pages.len(), 3);
        assert_eq!(
            pages.iter().map(|p| p.titles.len()).collect::<Vec<_>>(),
            [24, 24, 1]
        );
        assert!(pages.iter().all(|p| p.pages == 3 && p.total == 49));
        assert_eq!(pages[2].page, 3);
        assert_eq!(list_pages([], &[]).len(), 1);
    }

    #[test]
    fn pretty_json_is_the_hand_written_layout() {
        let json = to_json(&card("a", "A", 2000), JsonStyle::Pretty).unwrap();
        let text = String::from_utf8(json).unwrap();
        assert!(text.starts_with("{\n \"id\": \"a\",\n \"title\": \"A\""));
        assert!(text.ends_with("}\n"));
        let compact = to_json(&card("a", "A", 2000), JsonStyle::Compact).unwrap();
        assert!(!compact.contains(&b'\n'));
    }
}
