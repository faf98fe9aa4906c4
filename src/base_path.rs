//! Where the site is mounted: `/` or a sub-path such as `/film/`.
//!
//! Trunk writes the build's `--public-url` into `<base href>` in
//! `index.html` (and so into `404.html`, its copy). The app reads it once at
//! start, so the same wasm serves whichever path the `dist/` folder was built
//! for, and every link and catalog fetch goes through [`app_path`].

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The mount path without its trailing slash: `""` for the site root,
/// `"/film"` for a sub-path. Accepts what a `<base href>` may hold: a path or
/// a full URL, with or without the trailing slash.
pub fn base_from_href(href: &str) -> String {
    let path = match href.split_once("://") {
        // Drop scheme and host: `https://host/film/` → `/film/`.
        Some((_, rest)) => rest.find('/').map_or("", |at| &rest[at..]),
        None => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_owned()
    } else {
        format!("/{trimmed}")
    }
}

/// The mount path of this page (see [`base_from_href`]); `""` outside a
/// browser or when the document has no `<base href>`.
pub fn base() -> &'static str {
    BASE.get_or_init(|| {
        #[cfg(target_arch = "wasm32")]
        {
            let href = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("base[href]").ok().flatten())
                .and_then(|base| base.get_attribute("href"));
            base_from_href(href.as_deref().unwrap_or_default())
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            String::new()
        }
    })
}

/// Sets the mount path from a `<base href>` outside a browser, where
/// [`base`] cannot read one: the HTML written ahead of time for a title
/// (`crate::prerender`) links under the path its `dist/` was built for.
/// Returns false when the path was already set to another value.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_for_rendering(href: &str) -> bool {
    let wanted = base_from_href(href);
    BASE.get_or_init(|| wanted.clone()) == &wanted
}

/// An in-site address (`/title/x`) as the browser must see it under the
/// mount path (`/film/title/x`).
pub fn app_path(path: &str) -> String {
    join(base(), path)
}

/// The in-site address of a full path the browser shows (`/film/title/x` →
/// `/title/x`), or `None` for a path outside the site's mount path.
pub fn site_path(pathname: &str) -> Option<&str> {
    strip_base(base(), pathname)
}

fn strip_base<'a>(base: &str, pathname: &'a str) -> Option<&'a str> {
    let rest = pathname.strip_prefix(base)?;
    match rest {
        "" => Some("/"),
        rest if rest.starts_with('/') => Some(rest),
        // `/filmography` is not under `/film`.
        _ => None,
    }
}

fn join(base: &str, path: &str) -> String {
    let path = path.trim_start_matches('/');
    format!("{base}/{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_accepts_paths_and_urls() {
        assert_eq!(base_from_href(""), "");
        assert_eq!(base_from_href("/"), "");
        assert_eq!(base_from_href("/film/"), "/film");
        assert_eq!(base_from_href("/film"), "/film");
        assert_eq!(base_from_href("film/"), "/film");
        assert_eq!(base_from_href("/a/b/"), "/a/b");
        assert_eq!(base_from_href("https://example.org/film/"), "/film");
        assert_eq!(base_from_href("https://example.org"), "");
        assert_eq!(base_from_href("/film/?x=1#top"), "/film");
    }

    #[test]
    fn paths_under_the_base_lose_it() {
        assert_eq!(strip_base("", "/title/x"), Some("/title/x"));
        assert_eq!(strip_base("", "/"), Some("/"));
        assert_eq!(strip_base("/film", "/film"), Some("/"));
        assert_eq!(strip_base("/film", "/film/"), Some("/"));
        assert_eq!(strip_base("/film", "/film/title/x"), Some("/title/x"));
        assert_eq!(strip_base("/film", "/filmography"), None);
        assert_eq!(strip_base("/film", "/other/title/x"), None);
    }

    #[test]
    fn paths_join_under_the_base() {
        assert_eq!(join("", "/"), "/");
        assert_eq!(join("", "/title/x"), "/title/x");
        assert_eq!(join("/film", "/"), "/film/");
        assert_eq!(join("/film", "/title/x?write=1"), "/film/title/x?write=1");
        assert_eq!(
            join("/film", "catalog/list/1.json"),
            "/film/catalog/list/1.json"
        );
    }
}
