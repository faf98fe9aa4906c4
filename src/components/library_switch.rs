//! The switches that narrow a list of films to this browser's own film
//! life: "Hide films I've rated, logged or reviewed" (`hide=seen`) and
//! "Only films on my watchlist" (`only=watchlist`), the same on the browse
//! page and on person pages, each keeping its state in the URL.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::model::catalog::TitleId;
use crate::model::user_data::UserData;
use crate::storage::UserStore;

/// The films this browser has seen, followed while `hide_seen` is on (and
/// empty while it is off). A memo: it tells its readers only when the set
/// itself changes, so a watchlist click redraws no list.
pub fn use_seen_titles(hide_seen: Signal<bool>) -> Memo<HashSet<TitleId>> {
    let store = use_context::<UserStore>();
    Memo::new(move |_| match store {
        Some(store) if hide_seen.get() => store.data().with(UserData::seen_titles),
        _ => HashSet::new(),
    })
}

/// The ids on the watchlist now, read without following it: a film taken
/// off the watchlist from a filtered list stays shown, its button ready to
/// put it back, until the filter is applied again.
pub fn watchlist_now() -> HashSet<TitleId> {
    use_context::<UserStore>()
        .map(|store| {
            store
                .data()
                .with_untracked(|d| d.watchlist.keys().cloned().collect())
        })
        .unwrap_or_default()
}

/// A labelled checkbox; `on_toggle` gets the new state and changes the URL,
/// from which `checked` follows.
#[component]
pub fn LibrarySwitch(
    /// The checkbox's id, unique on the page.
    id: &'static str,
    /// Its label, in the interface language.
    label: &'static str,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_toggle: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="browse-check">
            <input
                type="checkbox"
                id=id
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
                prop:checked=move || checked.get()
            />
            <label for=id>{label}</label>
        </div>
    }
}
