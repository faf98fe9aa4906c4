//! `/watchlist`: the films this browser wants to see.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;

use crate::components::export_reminder::ExportReminder;
use crate::components::shelf::{LibraryTabs, ShelfView};
use crate::i18n::library::use_library_texts;
use crate::model::library::Shelf;

/// Your watchlist, with the same sorts and filters as your ratings.
#[component]
pub fn WatchlistPage() -> impl IntoView {
    let lt = use_library_texts();
    view! {
        <DocumentTitle text=format!("{} · Marquee", lt.watchlist_heading) />
        <div class="page library">
            <h1>{lt.watchlist_heading}</h1>
            <LibraryTabs />
            <ExportReminder />
            <ShelfView shelf=Shelf::Watchlist path="/watchlist" />
        </div>
    }
}
