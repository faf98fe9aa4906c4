//! `/ratings`: every film this browser rated, sorted and filtered from the URL.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;

use crate::components::export_reminder::ExportReminder;
use crate::components::shelf::{LibraryTabs, ShelfView};
use crate::i18n::library::use_library_texts;
use crate::model::library::Shelf;

/// Your ratings: poster, year, stars and date rated of each film.
#[component]
pub fn RatingsPage() -> impl IntoView {
    let lt = use_library_texts();
    view! {
        <DocumentTitle text=format!("{} · Marquee", lt.ratings_heading) />
        <div class="page library">
            <h1>{lt.ratings_heading}</h1>
            <LibraryTabs />
            <ExportReminder />
            <ShelfView shelf=Shelf::Ratings path="/ratings" />
        </div>
    }
}
