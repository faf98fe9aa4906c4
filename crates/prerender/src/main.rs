//! `prerender <dist>`: writes `title/<id>.html` in a built `dist/` for every
//! title in its catalog: the site's `index.html` with the title's first
//! screen already in it (see the site's `src/prerender.rs`). Static hosts
//! answer `/title/<id>` with it (GitHub Pages and Netlify look for
//! `<path>.html`; nginx with `try_files $uri $uri.html`), so a phone paints
//! the film's heading and plot before the app has arrived.
//!
//! Run after the catalog is in `dist/catalog` (trunk's post-build step does,
//! scripts/finish-dist.mjs); run again after replacing the catalog.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use std::{fs, io};

use film_site::model::catalog::Title;
use film_site::prerender::{Template, TemplateError};
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
    let index = dist.join("index.html");
    let template = Template::new(&fs::read_to_string(&index).map_err(io_error(&index))?)?;
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
        "prerender: {written} title pages in {} ({:.1} s)",
        pages.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Writes `<pages>/<id>.html` for the title in the catalog file `path`.
fn write_page(template: &Template, path: &Path, pages: &Path) -> Result<(), PrerenderError> {
    let text = fs::read_to_string(path).map_err(io_error(path))?;
    let title: Title = serde_json::from_str(&text).map_err(|source| PrerenderError::Decode {
        path: path.to_owned(),
        source,
    })?;
    let out = pages.join(format!("{}.html", title.id));
    fs::write(&out, template.title_page(title)).map_err(io_error(&out))
}
