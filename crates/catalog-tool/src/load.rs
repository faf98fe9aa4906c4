//! Reading a catalog directory back from disk.

use film_catalog::catalog::IndexPage;
use film_catalog::validate::CatalogFiles;

/// Reads a catalog directory (`assets/catalog`) from disk. Every file that
/// does not decode is reported with its path and serde's message.
pub fn load_catalog_dir(root: &std::path::Path) -> Result<CatalogFiles, Vec<String>> {
    use serde::de::DeserializeOwned;
    use std::fs;

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
    let files = CatalogFiles {
        pages,
        titles: read_dir(&root.join("titles"), &mut errors),
        credits: read_dir(&root.join("credits"), &mut errors),
        reviews: read_dir(&root.join("reviews"), &mut errors),
    };
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}
