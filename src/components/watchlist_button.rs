//! The watchlist toggle of a title page and of film cards: a button with
//! `aria-pressed` (the W3C toggle-button pattern), so its name stays the
//! same and assistive technology says whether the film is on the list.

use leptos::prelude::*;

use crate::i18n::use_texts;
use crate::model::library::{FilmFacts, WatchlistEntry};
use crate::storage::{UserStore, today};

/// Adds the film to this browser's watchlist, or takes it off. `compact`
/// is the card form: a smaller button named for its film ("Watchlist:
/// Canoa"), since a grid holds many.
#[component]
pub fn WatchlistButton(
    #[prop(into)] id: String,
    film: FilmFacts,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let t = use_texts();
    let on_list = {
        let id = id.clone();
        Memo::new(move |_| store.data().read().watchlist.contains_key(&id))
    };
    let name = compact.then(|| (t.watchlist_for)(&film.title));
    let toggle = move |_| {
        let (id, film) = (id.clone(), film.clone());
        store.update(move |d| {
            if d.watchlist.remove(&id).is_none() {
                let added_on = today();
                d.watchlist.insert(id, WatchlistEntry { film, added_on });
            }
        });
    };
    view! {
        <button
            type="button"
            class="watchlist-button"
            class:compact=compact
            aria-pressed=move || on_list.get().to_string()
            aria-label=name
            on:click=toggle
        >
            <span aria-hidden="true">{move || if on_list.get() { "✓" } else { "+" }}</span>
            " "
            {t.watchlist}
        </button>
    }
    .into_any()
}
