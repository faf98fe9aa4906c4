//! What this browser remembers between visits, in `localStorage`.

use leptos::prelude::*;

use crate::model::recent::{RecentEntry, RecentlyViewed};

/// Key of the recently-viewed list; the suffix is the format version.
const RECENT_KEY: &str = "film-site/recently-viewed/v1";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read_recent() -> RecentlyViewed {
    let stored = local_storage().and_then(|s| s.get_item(RECENT_KEY).ok().flatten());
    // An unreadable value gives an empty history: it is a convenience, not
    // worth failing the page for.
    stored
        .and_then(|text| serde_json::from_str::<Vec<RecentEntry>>(&text).ok())
        .map(RecentlyViewed::from_entries)
        .unwrap_or_default()
}

fn write_recent(list: &RecentlyViewed) {
    let Some(storage) = local_storage() else {
        return;
    };
    if let Ok(text) = serde_json::to_string(list.entries()) {
        // A full or disabled storage only costs the history, never the page.
        if storage.set_item(RECENT_KEY, &text).is_err() {
            leptos::logging::warn!("could not save the recently viewed list");
        }
    }
}

/// The recently-viewed list, shared through context and saved on change.
#[derive(Clone, Copy)]
pub struct RecentStore(RwSignal<RecentlyViewed>);

impl RecentStore {
    /// Reads the stored list once, at start-up.
    pub fn load() -> Self {
        RecentStore(RwSignal::new(read_recent()))
    }

    /// Records that `entry` was opened and saves the list.
    pub fn visit(self, entry: RecentEntry) {
        self.0.update(|list| list.visit(entry));
        self.0.with_untracked(write_recent);
    }

    /// Forgets every title and saves the empty list.
    pub fn clear(self) {
        self.0.update(RecentlyViewed::clear);
        self.0.with_untracked(write_recent);
    }

    /// The list, tracked.
    pub fn list(self) -> ReadSignal<RecentlyViewed> {
        self.0.read_only()
    }
}
