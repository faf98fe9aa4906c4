//! Which page an address inside the site shows, without the router: used to
//! load a page's code before the person goes there (hovering or focusing a
//! link, or idle time after a page is shown).
//!
//! Mirrors the routes in `src/lib.rs`; `tests/e2e/split.test.mjs` fails if
//! the two drift apart (a linked page whose chunk is not prefetched).

/// A page of the site whose code can be loaded on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// `/`: the front page.
    Home,
    /// `/browse`, and its landing pages `/genre/:genre`, `/decade/:decade`,
    /// `/year/:year`, `/country/:country`, `/language/:language`,
    /// `/certificate/:certificate`; and `/search`, whose code is the same chunk.
    Browse,
    /// `/title/:id`.
    Title,
    /// `/title/:id/cast`.
    Cast,
    /// `/title/:id/reviews`.
    Reviews,
    /// `/name/:id`.
    Person,
    /// `/your-data`.
    YourData,
    /// `/ratings`, `/watchlist`, `/diary` and `/stats`: your film library.
    Library,
}

impl Page {
    /// Every page, for prefetching and tests.
    pub const ALL: [Page; 8] = [
        Page::Home,
        Page::Browse,
        Page::Title,
        Page::Cast,
        Page::Reviews,
        Page::Person,
        Page::YourData,
        Page::Library,
    ];

    /// The page at `path`, a path inside the site (after its mount path, so
    /// `/title/x` whether the site is at `/` or `/film/`), with or without a
    /// query or fragment. `None` for an address no route matches (the
    /// not-found page, whose code every page has).
    pub fn of_path(path: &str) -> Option<Page> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        let segments: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
        match segments.as_slice() {
            [""] => Some(Page::Home),
            // The search results page shares the browse page's chunk.
            ["browse"] | ["search"] => Some(Page::Browse),
            [facet, value]
                if !value.is_empty() && crate::model::browse::Facet::from_key(facet).is_some() =>
            {
                Some(Page::Browse)
            }
            ["your-data"] => Some(Page::YourData),
            ["ratings" | "watchlist" | "diary" | "stats"] => Some(Page::Library),
            ["title", id] if !id.is_empty() => Some(Page::Title),
            ["title", id, "cast"] if !id.is_empty() => Some(Page::Cast),
            ["title", id, "reviews"] if !id.is_empty() => Some(Page::Reviews),
            ["name", id] if !id.is_empty() => Some(Page::Person),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_recognised() {
        let cases = [
            ("/", Page::Home),
            ("/?page=3", Page::Home),
            ("/browse", Page::Browse),
            ("/browse?page=3", Page::Browse),
            ("/search?q=memento", Page::Browse),
            ("/genre/drama", Page::Browse),
            ("/decade/1990s?sort=rating", Page::Browse),
            ("/year/1994", Page::Browse),
            ("/country/chile", Page::Browse),
            ("/language/spanish", Page::Browse),
            ("/certificate/pg-13", Page::Browse),
            ("/your-data", Page::YourData),
            ("/your-data/", Page::YourData),
            ("/title/canoa-1976", Page::Title),
            ("/title/canoa-1976#top", Page::Title),
            ("/title/canoa-1976/cast", Page::Cast),
            ("/title/canoa-1976/reviews?sort=date&stars=7", Page::Reviews),
            ("/name/patricio-guzman", Page::Person),
            ("/ratings?sort=rating&page=2", Page::Library),
            ("/watchlist", Page::Library),
            ("/diary/", Page::Library),
            ("/stats?year=2025", Page::Library),
        ];
        for (path, page) in cases {
            assert_eq!(Page::of_path(path), Some(page), "{path}");
        }
    }

    #[test]
    fn other_addresses_are_no_page() {
        for path in [
            "",
            "title/x",
            "/title",
            "/title/",
            "/title//cast",
            "/title/x/crew",
            "/title/x/cast/more",
            "/your-data/export",
            "/browse/drama",
            "/name",
            "/name/x/credits",
            "/catalog/titles/x.json",
            "/diary/2026",
        ] {
            assert_eq!(Page::of_path(path), None, "{path}");
        }
    }
}
