//! The page for an address that names nothing.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;

use crate::base_path::app_path;

/// "Page not found", with a way back to the catalog.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <DocumentTitle text="Page not found · Marquee" />
        <section class="not-found page">
            <h1>"Page not found"</h1>
            <p>"There is no film or page at this address. It may have been mistyped or removed."</p>
            <p>
                <a href=app_path("/") class="button">"Browse all films"</a>
            </p>
        </section>
    }
}
