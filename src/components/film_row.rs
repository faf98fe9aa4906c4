//! The two parts every row of a film list starts with (your ratings and
//! watchlist, the diary, search results): the poster and the film's name.

use leptos::prelude::*;

use crate::base_path::app_path;
use crate::components::poster::Poster;
use crate::i18n::CATALOG_LANG;

/// The level of a row's heading: under the page's `h1`, or under a
/// section's `h2` (a diary month, a group of results).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowHeading {
    H2,
    H3,
}

/// A row's poster, linked to the title page. The link is hidden from
/// assistive technology and the tab order: the name beside it links to the
/// same page, and one stop per film is enough.
#[component]
pub fn RowPoster(id: String, title: String, year: u16) -> impl IntoView {
    let href = app_path(&format!("/title/{id}"));
    view! {
        <a href=href class="shelf-poster" tabindex="-1" aria-hidden="true">
            <Poster id title year class="poster-small" />
        </a>
    }
}

/// A row's heading: the film's name, in the catalog's language and linked
/// to its title page, and its year.
#[component]
pub fn RowTitle(id: String, title: String, year: u16, level: RowHeading) -> impl IntoView {
    let href = app_path(&format!("/title/{id}"));
    let name = view! {
        <a href=href lang=CATALOG_LANG>{title}</a>
        " "
        <span class="year">{format!("({year})")}</span>
    };
    match level {
        RowHeading::H2 => view! { <h2 class="tile-title">{name}</h2> }.into_any(),
        RowHeading::H3 => view! { <h3 class="tile-title">{name}</h3> }.into_any(),
    }
}
