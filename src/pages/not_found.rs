//! The page for an address that names nothing.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;

use crate::base_path::app_path;
use crate::i18n::use_texts;

/// "Page not found", with a way back to the catalog.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_texts();
    crate::first_screen::reveal_once_drawn();
    view! {
        <DocumentTitle text=format!("{} · Marquee", t.not_found) />
        <section class="not-found page">
            <h1>{t.not_found}</h1>
            <p>{t.not_found_body}</p>
            <p>
                <a href=app_path("/browse") class="button">{t.browse_all_films}</a>
            </p>
        </section>
    }
}
