//! Reading a catalog directory back from disk.

use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;

use film_catalog::browse::{BROWSE_DIR, ID_SHARD_DIR};
use film_catalog::catalog::IndexPage;
use film_catalog::front::{FRONT_FILE, FrontPage};
use film_catalog::matching::{MATCH_DIR, MATCH_INDEX_PATH};
use film_catalog::people::{CreditsPage, PEOPLE_DIR, PersonFile};
use film_catalog::search::{SEARCH_DIR, SearchShard};
use film_catalog::validate::CatalogFiles;

/// Reads a catalog directory (`assets/catalog`) from disk. Every file that
/// does not decode is reported with its path and serde's message.
pub fn load_catalog_dir(root: &Path) -> Result<CatalogFiles, Vec<String>> {
    let mut errors = Vec::new();
    let pages = read_dir::<IndexPage>(&root.join("list"), &mut errors)
        .into_iter()
        .filter_map(|(stem, page)| match stem.parse() {
            Ok(n) => Some((n, page)),
            Err(_) => {
                errors.push(format!("list/{stem}.json: name is not a page number"));
                None
            }
        })
        .collect();
    let people = read_people(root, &mut errors);
    let files = CatalogFiles {
        pages,
        titles: read_dir(&root.join("titles"), &mut errors),
        credits: read_dir(&root.join("credits"), &mut errors),
        reviews: read_dir(&root.join("reviews"), &mut errors),
        people_pages: read_people_pages(root, &people, &mut errors),
        people,
        search: read_search(root, &mut errors),
        front: read_front(root, &mut errors),
        browse_facets: Vec::new(),
        browse_rows: Vec::new(),
        browse_ids: Vec::new(),
        match_index: read_optional(&root.join(MATCH_INDEX_PATH), &mut errors),
        match_names: read_under(root, &format!("{MATCH_DIR}/name"), &mut errors),
        match_imdb: read_under(root, &format!("{MATCH_DIR}/imdb"), &mut errors),
    };
    let mut files = files;
    read_browse(root, &mut files, &mut errors);
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

fn read<T: DeserializeOwned>(path: &std::path::Path, errors: &mut Vec<String>) -> Option<T> {
    let text = fs::read_to_string(path)
        .map_err(|e| errors.push(format!("{}: {e}", path.display())))
        .ok()?;
    serde_json::from_str(&text)
        .map_err(|e| errors.push(format!("{}: {e}", path.display())))
        .ok()
}

fn read_dir<T: DeserializeOwned>(
    dir: &std::path::Path,
    errors: &mut Vec<String>,
) -> Vec<(String, T)> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(format!("{}: {e}", dir.display()));
            return Vec::new();
        }
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|path| {
            let stem = path.file_stem()?.to_string_lossy().into_owned();
            read(path, errors).map(|value| (stem, value))
        })
        .collect()
}

/// `front.json`, when the catalog has one.
fn read_front(root: &Path, errors: &mut Vec<String>) -> Option<FrontPage> {
    read_optional(&root.join(FRONT_FILE), errors)
}

/// The file at `path`, when there is one.
fn read_optional<T: DeserializeOwned>(path: &Path, errors: &mut Vec<String>) -> Option<T> {
    if path.is_file() {
        read(path, errors)
    } else {
        None
    }
}

/// The `.json` files of `root/dir`, when it exists, keyed by their path
/// under `root` (`match/name/0.json`).
fn read_under<T: DeserializeOwned>(
    root: &Path,
    dir: &str,
    errors: &mut Vec<String>,
) -> Vec<(String, T)> {
    let path = root.join(dir);
    if !path.is_dir() {
        return Vec::new();
    }
    read_dir(&path, errors)
        .into_iter()
        .map(|(stem, value)| (format!("{dir}/{stem}.json"), value))
        .collect()
}

/// `search/*.json`, when the catalog has a search directory.
fn read_search(root: &Path, errors: &mut Vec<String>) -> Vec<(String, SearchShard)> {
    let dir = root.join(SEARCH_DIR);
    if dir.is_dir() {
        read_dir(&dir, errors)
    } else {
        Vec::new()
    }
}

/// `people/*.json`, when the catalog has a people directory.
fn read_people(root: &Path, errors: &mut Vec<String>) -> Vec<(String, PersonFile)> {
    let dir = root.join(PEOPLE_DIR);
    if dir.is_dir() {
        read_dir(&dir, errors)
    } else {
        Vec::new()
    }
}

/// The later credit pages of every person with more than one page, keyed
/// by their path under the root without `.json` (`people/x/actor-2`).
fn read_people_pages(
    root: &Path,
    people: &[(String, PersonFile)],
    errors: &mut Vec<String>,
) -> Vec<(String, CreditsPage)> {
    let mut pages = Vec::new();
    for (stem, _) in people {
        let dir = root.join(PEOPLE_DIR).join(stem);
        if dir.is_dir() {
            for (page_stem, page) in read_dir::<CreditsPage>(&dir, errors) {
                pages.push((format!("{PEOPLE_DIR}/{stem}/{page_stem}"), page));
            }
        }
    }
    pages
}

/// Every file under `browse/`, when the catalog has that directory: each
/// `facets.json`, each file of rows and each id shard, keyed by its path
/// under the root.
fn read_browse(root: &Path, files: &mut CatalogFiles, errors: &mut Vec<String>) {
    let mut dirs = vec![root.join(BROWSE_DIR)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let Some(relative) = path
                .strip_prefix(root)
                .ok()
                .and_then(|p| p.to_str())
                .map(|p| p.replace(std::path::MAIN_SEPARATOR, "/"))
            else {
                errors.push(format!("{}: not a UTF-8 path", path.display()));
                continue;
            };
            if relative.ends_with("/facets.json") {
                files
                    .browse_facets
                    .extend(read(&path, errors).map(|f| (relative, f)));
            } else if relative.starts_with(&format!("{ID_SHARD_DIR}/")) {
                files
                    .browse_ids
                    .extend(read(&path, errors).map(|r| (relative, r)));
            } else {
                files
                    .browse_rows
                    .extend(read(&path, errors).map(|r| (relative, r)));
            }
        }
    }
}
