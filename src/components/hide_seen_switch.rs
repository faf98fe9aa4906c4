//! "Hide films I've rated or reviewed": the same switch on the browse page
//! and on person pages, each keeping its state in the URL (`hide=seen`).

use leptos::prelude::*;

use crate::i18n::use_texts;

/// A labelled checkbox; `on_toggle` gets the new state and changes the URL,
/// from which `checked` follows.
#[component]
pub fn HideSeenSwitch(
    /// The checkbox's id, unique on the page.
    id: &'static str,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_toggle: Callback<bool>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="browse-check">
            <input
                type="checkbox"
                id=id
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
                prop:checked=move || checked.get()
            />
            <label for=id>{t.hide_seen}</label>
        </div>
    }
}
