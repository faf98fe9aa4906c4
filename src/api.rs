//! Fetching catalog files over HTTP.

use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

use crate::base_path::app_path;
use crate::model::browse::{
    BrowseFacets, BrowsePage, BrowseQuery, BrowseRow, ListKey, MatchCount, PageScan, RankedRow,
    browse_among, file_len, id_shard_of, id_shard_path, match_count, reading_order,
};
use crate::model::catalog::{
    Credits, DropRepeats, ReviewsFile, Title, decode_catalog_file, is_valid_title_id,
};
use crate::model::front::{FRONT_FILE, FrontPage};
use crate::model::history_import::MatchLookup;
use crate::model::matching::{
    MATCH_INDEX_PATH, MatchIndex, Wanted, imdb_shard_path, name_shard_path, needed_shards,
};
use crate::model::people::{CreditsPage, PersonFile, Role, credits_page_path};
use crate::model::search::{
    SEARCH_DIR, SearchResults, SearchShard, SearchStep, fold, shard_file_name, step,
};

/// Why a catalog file could not be shown. `Display` is the English message,
/// for logs; the page shows [`Texts::fetch_error`](crate::i18n::Texts::fetch_error)
/// in the interface language.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum FetchError {
    #[error("There is nothing in the catalog at this address.")]
    NotFound,
    #[error("The network request failed ({0}). Check your connection and try again.")]
    Network(String),
    #[error("The server answered with HTTP status {0}.")]
    Http(u16),
    #[error("The catalog data is damaged and could not be read ({0}).")]
    Malformed(String),
}

/// Where the catalog lives relative to the site root.
const CATALOG_ROOT: &str = "/catalog";

/// The response `boot.js` fetched for the page's first catalog file while the
/// wasm was downloading, if it is the one at `url`. Taken once: a Retry or a
/// later visit to the same page fetches afresh.
fn take_boot_fetch(url: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("marqueeFirstFile");
    let first = js_sys::Reflect::get(&window, &key).ok()?;
    let path = js_sys::Reflect::get(&first, &JsValue::from_str("path")).ok()?;
    if path.as_string().as_deref() != Some(url) {
        return None;
    }
    // Best effort: if the property cannot be removed it is simply reused.
    let _ = js_sys::Reflect::delete_property(&window, &key);
    js_sys::Reflect::get(&first, &JsValue::from_str("response"))
        .ok()?
        .dyn_into()
        .ok()
}

/// What `boot.js` read: status, content type and body. `None` if it is not
/// the shape boot.js writes, so the app fetches the file itself.
fn boot_response(value: &JsValue) -> Option<(u16, String, String)> {
    let field = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
    let status = field("status")?.as_f64()?;
    let status = u16::try_from(status as i64).ok()?;
    Some((
        status,
        field("contentType")?.as_string()?,
        field("text")?.as_string()?,
    ))
}

/// Whether a response with this status and content type holds the file.
fn check_response(status: u16, content_type: Option<&str>) -> Result<(), FetchError> {
    match status {
        200..=299 => {}
        404 | 410 => return Err(FetchError::NotFound),
        status => return Err(FetchError::Http(status)),
    }
    // Single-page-app hosts (trunk serve, Netlify rewrites) answer a missing
    // file with the app's HTML and status 200: that is a missing file, not bad JSON.
    if content_type.is_some_and(|t| t.starts_with("text/html")) {
        return Err(FetchError::NotFound);
    }
    Ok(())
}

/// The text of a catalog file, or why there is none.
async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let url = app_path(&format!("{CATALOG_ROOT}/{path}"));
    if let Some(promise) = take_boot_fetch(&url) {
        let value = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| FetchError::Network(js_error_text(&e)))?;
        // The response is usually there before the app starts; without this
        // the page would be built in the same task as the app's shell, one
        // long task before anything is painted. Yielding once lets the
        // browser paint the shell (header, loading notice) first.
        next_task().await;
        if let Some((status, content_type, text)) = boot_response(&value) {
            check_response(status, Some(&content_type))?;
            return Ok(text);
        }
    }
    let response = Request::get(&url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    check_response(
        response.status(),
        response.headers().get("content-type").as_deref(),
    )?;
    response
        .text()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))
}

async fn fetch_json<T: DeserializeOwned>(path: &str) -> Result<T, FetchError> {
    serde_json::from_str(&fetch_text(path).await?).map_err(|e| FetchError::Malformed(e.to_string()))
}

/// A catalog file with its repeated entries dropped (see [`DropRepeats`]);
/// what was dropped goes to the console for whoever maintains the catalog.
async fn fetch_catalog_file<T: DeserializeOwned + DropRepeats>(
    path: &str,
) -> Result<T, FetchError> {
    let (file, dropped) = decode_catalog_file::<T>(&fetch_text(path).await?)
        .map_err(|e| FetchError::Malformed(e.to_string()))?;
    if !dropped.is_empty() {
        leptos::logging::warn!(
            "{CATALOG_ROOT}/{path}: ignored repeated entries: {}",
            dropped.join(", ")
        );
    }
    Ok(file)
}

/// Rejects ids that are not catalog slugs before they become a URL.
fn checked(id: &str) -> Result<&str, FetchError> {
    if is_valid_title_id(id) {
        Ok(id)
    } else {
        Err(FetchError::NotFound)
    }
}

/// One title's page data.
pub async fn fetch_title(id: String) -> Result<Title, FetchError> {
    let title: Title = fetch_catalog_file(&format!("titles/{}.json", checked(&id)?)).await?;
    if title.id != id {
        return Err(FetchError::Malformed(format!(
            "the file for {id} describes {}",
            title.id
        )));
    }
    Ok(title)
}

/// Full cast and crew of one title.
pub async fn fetch_credits(id: String) -> Result<Credits, FetchError> {
    fetch_catalog_file(&format!("credits/{}.json", checked(&id)?)).await
}

/// A person's page: known for, and the first page of each role's credits.
pub async fn fetch_person(id: String) -> Result<PersonFile, FetchError> {
    let person: PersonFile = fetch_catalog_file(&format!("people/{}.json", checked(&id)?)).await?;
    if person.id != id {
        return Err(FetchError::Malformed(format!(
            "the file for {id} describes {}",
            person.id
        )));
    }
    Ok(person)
}

/// Page `page` (from 2) of a person's credits in one role.
pub async fn fetch_person_credits(
    id: String,
    role: Role,
    page: u32,
) -> Result<CreditsPage, FetchError> {
    fetch_catalog_file(&credits_page_path(checked(&id)?, role, page)).await
}

/// All user reviews of one title.
pub async fn fetch_reviews(id: String) -> Result<ReviewsFile, FetchError> {
    fetch_catalog_file(&format!("reviews/{}.json", checked(&id)?)).await
}

/// The home page's file: featured film, top rated, newest.
pub async fn fetch_front() -> Result<FrontPage, FetchError> {
    fetch_catalog_file(FRONT_FILE).await
}

/// What the browse page shows for a query: the facet files its menus
/// count from, the count, and one page of films.
#[derive(Clone, Debug, PartialEq)]
pub struct BrowseOutcome {
    /// The whole catalog's facets.
    pub all: std::sync::Arc<BrowseFacets>,
    /// The facets of each filter's list (a value no title has has none).
    pub lists: std::collections::BTreeMap<crate::model::browse::Facet, BrowseFacets>,
    pub count: MatchCount,
    pub page: BrowsePage,
}

thread_local! {
    /// Browse files fetched this visit, by path. Each build's files are
    /// immutable, and paging through combined filters reads the same files
    /// again; kept to a few hundred KiB.
    static BROWSE_FILES: std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<str>>> =
        Default::default();
}

/// Browse files kept in [`BROWSE_FILES`] before it starts afresh.
const BROWSE_CACHE_FILES: usize = 48;

/// A browse file's text, from this visit's cache or the network.
async fn browse_text(path: &str) -> Result<std::rc::Rc<str>, FetchError> {
    if let Some(text) = BROWSE_FILES.with_borrow(|files| files.get(path).cloned()) {
        return Ok(text);
    }
    let text: std::rc::Rc<str> = fetch_text(path).await?.into();
    BROWSE_FILES.with_borrow_mut(|files| {
        if files.len() >= BROWSE_CACHE_FILES {
            files.clear();
        }
        files.insert(path.to_owned(), text.clone());
    });
    Ok(text)
}

async fn browse_json<T: DeserializeOwned>(path: &str) -> Result<T, FetchError> {
    serde_json::from_str(&browse_text(path).await?)
        .map_err(|e| FetchError::Malformed(e.to_string()))
}

/// A list's `facets.json`; `None` when the list does not exist (a value no
/// title has, from a hand-typed or outdated link).
async fn browse_facets(key: &ListKey) -> Result<Option<BrowseFacets>, FetchError> {
    match browse_json(&key.facets_path()).await {
        Ok(facets) => Ok(Some(facets)),
        Err(FetchError::NotFound) => Ok(None),
        Err(error) => Err(error),
    }
}

/// One page of the films `query` finds, leaving out those `seen` says this
/// browser has seen when the query hides them. Reads the most selective
/// filter's list file by file, in the query's order, until the page is
/// full: one file for a single filter, a few for combined ones.
pub async fn browse_catalog(
    query: BrowseQuery,
    seen: impl Fn(&str) -> bool,
) -> Result<BrowseOutcome, FetchError> {
    let all = browse_facets(&ListKey::All)
        .await?
        .ok_or(FetchError::NotFound)?;
    let mut lists = std::collections::BTreeMap::new();
    for (facet, value) in &query.filters {
        if let Some(list) = browse_facets(&ListKey::Value(*facet, value.clone())).await? {
            lists.insert(*facet, list);
        }
    }
    let count = match_count(&query, &all, &lists);
    let source = query.source(&all);
    let (files, total) = match &source {
        ListKey::All => (all.files, all.total),
        ListKey::Value(facet, _) => lists.get(facet).map_or((0, 0), |l| (l.files, l.total)),
    };
    let (order, backwards) = query.sort.stored();
    let mut scan = PageScan::new(query.page);
    let files = reading_order(files, backwards);
    let skipped = if query.keeps_every_row() {
        scan.skip_files(files.iter().map(|&f| file_len(total, f)))
    } else {
        0
    };
    let mut stopped_early = false;
    for &file in &files[skipped..] {
        let mut rows: Vec<BrowseRow> = browse_json(&source.rows_path(order, file)).await?;
        if backwards {
            rows.reverse();
        }
        let keep = |row: &BrowseRow| query.matches(row) && !(query.hide_seen && seen(&row.id));
        if scan.feed(rows, keep) {
            stopped_early = true;
            break;
        }
    }
    let page = scan.finish(!stopped_early);
    // A page past the end is an address with nothing at it, as for any
    // other catalog page; the first page of no results says so itself.
    if page.rows.is_empty() && query.page > 1 {
        return Err(FetchError::NotFound);
    }
    Ok(BrowseOutcome {
        all: std::sync::Arc::new(all),
        lists,
        count,
        page,
    })
}

thread_local! {
    /// Titles looked up by id this visit, with their row (`None`: not in
    /// the catalog). Only the ids asked for are kept, so a watchlist's
    /// shards are fetched once however often it is filtered, sorted or
    /// paged, and memory grows with the watchlist, not with the shards.
    static ROWS_BY_ID: std::cell::RefCell<std::collections::HashMap<String, Option<RankedRow>>> =
        Default::default();
}

/// One page of the films of `watchlist` that `query` finds, leaving out
/// those `seen` says this browser has seen when the query hides them.
/// Reads no list: it fetches the id shard of each film not looked up yet
/// this visit (a few at a time), then filters, sorts and pages in the
/// browser ([`browse_among`]), so every count is exact.
pub async fn browse_watchlist(
    query: BrowseQuery,
    watchlist: Vec<String>,
    seen: impl Fn(&str) -> bool,
) -> Result<BrowseOutcome, FetchError> {
    let all = browse_facets(&ListKey::All)
        .await?
        .ok_or(FetchError::NotFound)?;
    let rows = rows_by_id(&watchlist, all.id_shards).await?;
    let among = browse_among(&query, &rows, &all, seen);
    if among.page.rows.is_empty() && query.page > 1 {
        return Err(FetchError::NotFound);
    }
    Ok(BrowseOutcome {
        all: std::sync::Arc::new(among.all),
        lists: among.lists,
        count: MatchCount::Exact(among.total),
        page: among.page,
    })
}

/// The rows of the titles `ids` that the catalog has, from this visit's
/// lookups or their id shards (`shards` of them).
async fn rows_by_id(ids: &[String], shards: u32) -> Result<Vec<RankedRow>, FetchError> {
    let unknown: Vec<&String> =
        ROWS_BY_ID.with_borrow(|known| ids.iter().filter(|id| !known.contains_key(*id)).collect());
    if !unknown.is_empty() {
        if shards == 0 {
            // A catalog written before id shards: its tool must run again.
            return Err(FetchError::Malformed(
                "the catalog has no browse/id shards".into(),
            ));
        }
        let needed = unknown.iter().map(|id| id_shard_of(id, shards)).collect();
        let fetched: std::collections::BTreeMap<u32, Vec<RankedRow>> =
            fetch_shards(&needed, id_shard_path, 0, &|_| {}).await?;
        let wanted: std::collections::HashSet<&str> =
            unknown.iter().map(|id| id.as_str()).collect();
        ROWS_BY_ID.with_borrow_mut(|known| {
            for row in fetched.into_values().flatten() {
                if wanted.contains(row.row.id.as_str()) {
                    known.insert(row.row.id.clone(), Some(row));
                }
            }
            for id in unknown {
                known.entry(id.clone()).or_insert(None);
            }
        });
    }
    Ok(ROWS_BY_ID.with_borrow(|known| {
        ids.iter()
            .filter_map(|id| known.get(id).cloned().flatten())
            .collect()
    }))
}

thread_local! {
    /// Search shards already fetched this visit. Shards are immutable files
    /// of one build, so each is fetched at most once, and typing one more
    /// letter usually needs no request at all.
    static SEARCH_SHARDS: std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<SearchShard>>> =
        Default::default();
}

/// One search shard; `Ok(None)` when no file exists for the prefix (no title
/// has a name starting with it).
async fn search_shard(prefix: &str) -> Result<Option<std::rc::Rc<SearchShard>>, FetchError> {
    if let Some(shard) = SEARCH_SHARDS.with_borrow(|shards| shards.get(prefix).cloned()) {
        return Ok(Some(shard));
    }
    let path = format!("{SEARCH_DIR}/{}", shard_file_name(prefix));
    match fetch_json::<SearchShard>(&path).await {
        Ok(shard) => {
            let shard = std::rc::Rc::new(shard);
            SEARCH_SHARDS.with_borrow_mut(|shards| shards.insert(prefix.to_owned(), shard.clone()));
            Ok(Some(shard))
        }
        Err(FetchError::NotFound) => Ok(None),
        Err(error) => Err(error),
    }
}

/// Titles and people found for `query`, as [`search_catalog`] finds them.
///
/// With the `split` feature the search code (shard decoding, accent
/// folding, the walk down the shards) is a chunk of its own, downloaded on
/// the first search, or ahead of it when the search box is focused or
/// hovered ([`preload_search`]): 10.9 KB gzipped that no page needs before
/// its heading. A chunk that cannot be downloaded fails the search
/// as the network does, and the next search tries again.
pub async fn search(query: String) -> Result<SearchResults, FetchError> {
    // The box searches for "" as it is drawn: that needs no code.
    if query.trim().is_empty() {
        return Ok(SearchResults::default());
    }
    #[cfg(feature = "split")]
    return match search_code::search_future(query).await {
        Ok(search) => search.await,
        Err(search_code::Unavailable) => Err(FetchError::Network(
            "the search code could not be downloaded".into(),
        )),
    };
    #[cfg(not(feature = "split"))]
    return search_catalog(query).await;
}

/// Downloads the search code, if it is a chunk not loaded yet.
pub async fn preload_search() {
    #[cfg(feature = "split")]
    // A failed download costs nothing here: the search itself retries.
    let _ = search_code::preload_search_code().await;
}

/// The split point of the search code.
#[cfg(feature = "split")]
mod search_code {
    use std::future::Future;
    use std::pin::Pin;

    use wasm_split_helpers::wasm_split;

    use super::{FetchError, SearchResults};

    /// The search code's chunk could not be downloaded.
    pub struct Unavailable;

    impl From<wasm_split_helpers::SplitLoaderError> for Unavailable {
        fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
            Unavailable
        }
    }

    /// A search under way, its code in the chunk.
    pub type Search = Pin<Box<dyn Future<Output = Result<SearchResults, FetchError>>>>;

    // A split function cannot be async: it returns the search boxed.
    #[wasm_split(search_code, fallible, preload(preload_search_code))]
    pub fn search_future(query: String) -> Result<Search, Unavailable> {
        Ok(Box::pin(super::search_catalog(query)))
    }
}

/// Titles and people whose name (or another name) has a word starting with
/// `query`, accents and case ignored, each list best first. Walks the
/// prefix shards from the one-letter shard down (see
/// [`crate::model::search`]), so a query fetches a few small files whatever
/// the catalog's size.
pub async fn search_catalog(query: String) -> Result<SearchResults, FetchError> {
    let folded = fold(&query);
    let Some(first) = folded.chars().next() else {
        return Ok(SearchResults::default());
    };
    let mut prefix = first.to_string();
    // Each step goes one char deeper, so the walk ends within the query's length.
    for _ in 0..=folded.chars().count() {
        let Some(shard) = search_shard(&prefix).await? else {
            break;
        };
        match step(&shard, &folded) {
            SearchStep::Results(found) => return Ok(found),
            SearchStep::NoMatch => break,
            SearchStep::Fetch(next) => prefix = next,
        }
    }
    Ok(SearchResults::default())
}

/// Files fetched at once while matching an import.
const MATCH_FETCHES_AT_ONCE: usize = 6;

/// The catalog's match index and every shard `wanted` needs, a few files at
/// a time, calling `progress(done, total)` as files arrive.
pub async fn fetch_match_lookup(
    wanted: &[Wanted],
    progress: impl Fn(usize, usize),
) -> Result<MatchLookup, FetchError> {
    let index: MatchIndex = fetch_json(MATCH_INDEX_PATH).await?;
    let needed = needed_shards(&index, wanted);
    let total = needed.names.len() + needed.imdb.len();
    let mut lookup = MatchLookup {
        index,
        ..MatchLookup::default()
    };
    progress(0, total);
    let progress = |done| progress(done, total);
    lookup.imdb = fetch_shards(&needed.imdb, imdb_shard_path, 0, &progress).await?;
    let done = lookup.imdb.len();
    lookup.names = fetch_shards(&needed.names, name_shard_path, done, &progress).await?;
    Ok(lookup)
}

/// The shard files `shards` (by number, at `path(k)`), a few at a time,
/// calling `progress` with `done_before` plus the files arrived so far.
async fn fetch_shards<T: DeserializeOwned>(
    shards: &std::collections::BTreeSet<u32>,
    path: fn(u32) -> String,
    done_before: usize,
    progress: &impl Fn(usize),
) -> Result<std::collections::BTreeMap<u32, T>, FetchError> {
    let shards: Vec<u32> = shards.iter().copied().collect();
    let mut fetched = std::collections::BTreeMap::new();
    for batch in shards.chunks(MATCH_FETCHES_AT_ONCE) {
        let paths: Vec<String> = batch.iter().map(|&k| path(k)).collect();
        let files = paths.iter().map(|path| fetch_json::<T>(path));
        for (&k, shard) in batch.iter().zip(futures::future::join_all(files).await) {
            fetched.insert(k, shard?);
        }
        progress(done_before + fetched.len());
    }
    Ok(fetched)
}

/// Resolves in a later task than the current one (a zero-delay timer).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        } else {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A rejected fetch's reason as text, as gloo-net words its own errors.
fn js_error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "fetch failed".to_owned())
}
