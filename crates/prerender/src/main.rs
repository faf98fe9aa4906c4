//! `prerender <dist>`: writes the home page and a page per title into a built
//! `dist/`, each the site's shell with its first screen already in it (see
//! the site's `src/prerender.rs`): `index.html` from `catalog/front.json`,
//! and `title/<id>.html` from each `catalog/titles/<id>.json`. Static hosts
//! answer `/title/<id>` with the latter (GitHub Pages and Netlify look for
//! `<path>.html`; nginx with `try_files $uri $uri.html`), so a phone paints
//! the page's heading and text before the app has arrived.
//!
//! The shell is `404.html`, trunk's `index.html` as scripts/finish-dist.mjs
//! copies it before this runs, so running again (after replacing the
//! catalog) starts from the same shell.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use std::{fs, io};

use film_site::model::catalog::Title;
use film_site::prerender::{Template, TemplateError};
use serde::de::DeserializeOwned;
use thiserror::Error;

/// Why the pages could not be written.
#[derive(Debug, Error)]
enum PrerenderError {
    #[error("usage: prerender <dist>")]
    Usage,
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: {source}")]
    Decode {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error(transparent)]
    Template(#[from] TemplateError),
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> PrerenderError + '_ {
    move |source| PrerenderError::Io {
        path: path.to_owned(),
        source,
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), PrerenderError> {
    let mut args = std::env::args_os().skip(1);
    let (Some(dist), None) = (args.next(), args.next()) else {
        return Err(PrerenderError::Usage);
    };
    let dist = PathBuf::from(dist);
    let started = Instant::now();
    let shell = dist.join("404.html");
    let template = Template::new(&fs::read_to_string(&shell).map_err(io_error(&shell))?)?;
    write_home(&template, &dist)?;
    let titles = dist.join("catalog").join("titles");
    let pages = dist.join("title");
    fs::create_dir_all(&pages).map_err(io_error(&pages))?;
    let mut written = 0usize;
    for entry in fs::read_dir(&titles).map_err(io_error(&titles))? {
        let path = entry.map_err(io_error(&titles))?.path();
        if path.extension().is_some_and(|e| e == "json") {
            write_page(&template, &path, &pages)?;
            written += 1;
        }
    }
    eprintln!(
        "prerender: index.html and {written} title pages in {} ({:.1} s)",
        pages.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Writes `<dist>/index.html`, the home page, from `catalog/front.json`.
fn write_home(template: &Template, dist: &Path) -> Result<(), PrerenderError> {
    let front = read_json(&dist.join("catalog").join("front.json"))?;
    let out = dist.join("index.html");
    fs::write(&out, template.home_page(front)).map_err(io_error(&out))
}

/// Writes `<pages>/<id>.html` for the title in the catalog file `path`.
fn write_page(template: &Template, path: &Path, pages: &Path) -> Result<(), PrerenderError> {
    let title: Title = read_json(path)?;
    let out = pages.join(format!("{}.html", title.id));
    fs::write(&out, template.title_page(title)).map_err(io_error(&out))
}

/// The catalog file at `path`, decoded.
fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, PrerenderError> {
    let text = fs::read_to_string(path).map_err(io_error(path))?;
    serde_json::from_str(&text).map_err(|source| PrerenderError::Decode {
        path: path.to_owned(),
        source,
    })
}
