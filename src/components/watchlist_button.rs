//! The toggles that put a film on one of your lists: the watchlist (on a
//! title page and on film cards) and the films you have seen (on a title
//! page). Each is a button with `aria-pressed` (the W3C toggle-button
//! pattern), so its name stays the same and assistive technology says
//! whether the film is on the list.

use leptos::prelude::*;

use crate::i18n::use_texts;
use crate::model::library::{FilmFacts, FilmList};
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
    let t = use_texts();
    let name = compact.then(|| (t.watchlist_for)(&film.title));
    view! { <ListToggle list=FilmList::Watchlist id film compact name label=t.watchlist /> }
}

/// Marks the film seen in this browser (Letterboxd's "watched"), with no
/// viewing to date, or takes the mark off. Logged viewings keep their own
/// place in the diary either way.
#[component]
pub fn SeenButton(#[prop(into)] id: String, film: FilmFacts) -> impl IntoView {
    let t = use_texts();
    view! { <ListToggle list=FilmList::Seen id film compact=false name=None label=t.seen /> }
}

/// A toggle of `list` for one film: "✓" when it is on it, "+" when not.
#[component]
fn ListToggle(
    list: FilmList,
    id: String,
    film: FilmFacts,
    compact: bool,
    /// The accessible name, when the visible `label` does not say which film.
    name: Option<String>,
    label: &'static str,
) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let on_list = {
        let id = id.clone();
        Memo::new(move |_| list.of(&store.data().read()).contains_key(&id))
    };
    let toggle = move |_| {
        let (id, film) = (id.clone(), film.clone());
        store.update(move |d| list.toggle(d, &id, film, today()));
    };
    view! {
        <button
            type="button"
            class="list-toggle"
            class:watchlist-button=list == FilmList::Watchlist
            class:seen-button=list == FilmList::Seen
            class:compact=compact
            aria-pressed=move || on_list.get().to_string()
            aria-label=name
            on:click=toggle
        >
            <span aria-hidden="true">{move || if on_list.get() { "✓" } else { "+" }}</span>
            " "
            {label}
        </button>
    }
    .into_any()
}
