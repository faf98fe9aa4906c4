//! The switches that narrow a list of films to this browser's own film
//! life: "Hide films I've rated, logged or reviewed" (`hide=seen`) and
//! "Only films on my watchlist" (`only=watchlist`), the same on the browse
//! page and on person pages, each keeping its state in the URL.

use leptos::prelude::*;

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
