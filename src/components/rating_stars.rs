//! "Your rating": a 1–10 star control, following the W3C ARIA rating
//! radio-group pattern with native radio buttons, so that arrow keys move
//! the choice and only the chosen star is in the tab order.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_texts;
use crate::model::library::FilmFacts;
use crate::model::user_data::Stars;
use crate::storage::{UserStore, today};

/// Ten stars to rate a title, and a "Clear rating" button once rated.
/// The rating is saved on this device at once.
#[component]
pub fn RatingStars(
    #[prop(into)] id: String,
    /// What the rating keeps about the film (lists filter on it).
    film: FilmFacts,
    /// Distinguishes two controls for the same title on one page.
    #[prop(default = "rate".into(), into)]
    group: String,
) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let t = use_texts();
    let name = format!("{group}-{id}");
    let current = {
        let id = id.clone();
        Memo::new(move |_| store.data().read().ratings.get(&id).map(|r| r.stars))
    };
    let title = film.title.clone();
    let set = {
        let id = id.clone();
        move |stars: Stars| {
            let (id, film) = (id.clone(), film.clone());
            store.update(move |d| d.rate(&id, stars, film, today()));
        }
    };
    let stars_group = NodeRef::<leptos::html::Fieldset>::new();
    let clear = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            store.update(move |d| {
                d.ratings.remove(&id);
            });
            // "Clear rating" goes away with the rating; the focus would fall
            // to the page's start, so it moves to the first star instead.
            let first_star = stars_group
                .get_untracked()
                .and_then(|group| group.query_selector("input").ok().flatten())
                .and_then(|input| input.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(input) = first_star {
                let _ = input.focus();
            }
        }
    };
    let radios = (1..=10u8)
        .filter_map(|n| Stars::try_from(n).ok())
        .map(|stars| {
            let n = stars.get();
            let set = set.clone();
            let input_id = format!("{name}-{n}");
            view! {
                <input
                    type="radio"
                    class="visually-hidden"
                    id=input_id.clone()
                    name=name.clone()
                    value=n
                    prop:checked=move || current.get() == Some(stars)
                    on:change=move |_| set(stars)
                />
                <label for=input_id class:on=move || current.get().is_some_and(|c| c >= stars)>
                    <span class="visually-hidden">{(t.star_n)(n)}</span>
                    <span aria-hidden="true">"★"</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="rating-stars">
            <fieldset
                class="stars"
                role="radiogroup"
                aria-label=(t.your_rating_of)(&title)
                node_ref=stars_group
            >
                {radios}
            </fieldset>
            <p class="your-rating" aria-live="polite">
                {move || match current.get() {
                    Some(s) => (t.your_rating_is)(s.get()),
                    None => t.not_rated_by_you.to_owned(),
                }}
            </p>
            <Show when=move || current.get().is_some()>
                <button type="button" class="link-button clear-rating" on:click=clear.clone()>
                    {t.clear_rating}
                </button>
            </Show>
        </div>
    }
    .into_any()
}
