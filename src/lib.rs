//! A film title site that runs entirely in the browser: a Leptos single-page
//! app reading a static JSON catalog.
//!
//! `model` is pure Rust and tested natively; `api` fetches catalog files;
//! `storage` keeps this browser's own data; `i18n` holds every interface
//! string in English, Spanish and French; `pages` and `components` are the
//! views.

// Rendering to HTML (native only, tachys' `ssr`) nests deeper types.
#![cfg_attr(not(target_arch = "wasm32"), recursion_limit = "256")]

#[cfg(all(feature = "alloc-stats", target_arch = "wasm32"))]
pub mod alloc_stats;
pub mod api;
pub mod base_path;
pub mod components;
pub mod first_screen;
pub mod i18n;
pub mod idle;
pub mod model;
pub mod navigation;
pub mod pages;
pub mod prefetch;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routes;
pub mod scroll_memory;
pub mod storage;

use leptos::prelude::*;
use leptos_meta::{Html, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::JsCast;

use crate::components::connection_banner::ConnectionBanner;
use crate::components::site_chrome::{SiteFooter, SiteHeader};
use crate::components::storage_notice::StorageNoticeBanner;
use crate::i18n::{Locale, Localized};
use crate::pages::NotFoundPage;
use crate::storage::{Stored, UserStore};

fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

/// Every page of the site, by address.
#[component]
fn SiteRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFoundPage>
            // Keep src/model/route.rs and assets/boot.js in step.
            <Route path=path!("/") view=routes::home() />
            <Route path=path!("/browse") view=routes::browse() />
            <Route path=path!("/search") view=routes::search() />
            // Landing pages: the browse page with one filter in the path.
            <Route path=path!("/genre/:genre") view=routes::browse() />
            <Route path=path!("/decade/:decade") view=routes::browse() />
            <Route path=path!("/year/:year") view=routes::browse() />
            <Route path=path!("/country/:country") view=routes::browse() />
            <Route path=path!("/language/:language") view=routes::browse() />
            <Route path=path!("/certificate/:certificate") view=routes::browse() />
            <Route path=path!("/title/:id") view=routes::title() />
            <Route path=path!("/title/:id/cast") view=routes::cast() />
            <Route path=path!("/title/:id/reviews") view=routes::reviews() />
            <Route path=path!("/name/:id") view=routes::person() />
            <Route path=path!("/your-data") view=routes::your_data() />
            <Route path=path!("/ratings") view=routes::ratings() />
            <Route path=path!("/watchlist") view=routes::watchlist() />
            <Route path=path!("/diary") view=routes::diary() />
            <Route path=path!("/stats") view=routes::stats() />
        </Routes>
    }
}

/// Everything under the router, built in the current interface language
/// (and built again when it changes: see [`Localized`]).
#[component]
fn SiteBody() -> impl IntoView {
    let t = crate::i18n::use_texts();
    components::lazy_code::end_the_first_page_on_leaving();
    view! {
        // Handled here: with <base href> set, "#main" would resolve to the
        // site root and the router would navigate there.
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {t.skip_link}
        </a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            <ConnectionBanner />
            <StorageNoticeBanner />
            // Behind a first screen written ahead of time, the page is
            // built in a task after the header's: one long task less.
            {components::lazy_code::in_a_later_task_behind_the_copy(|| view! { <SiteRoutes /> })}
        </main>
        <SiteFooter />
    }
}

/// The whole site: header, routed page, footer, in the interface language
/// the person chose before, else the one their browser prefers, over the
/// library `stored` in this browser.
#[component]
pub fn App(stored: Stored) -> impl IntoView {
    provide_meta_context();
    let locale = Locale::detect();
    provide_context(locale);
    provide_context(UserStore::new(stored));
    prefetch::on_hover_and_focus();
    scroll_memory::watch();

    view! {
        // Screen readers, hyphenation and spell-checkers follow <html lang>.
        <Html {..} lang=move || locale.get().code() />
        <Router base=base_path::base()>
            <Localized>
                <SiteBody />
            </Localized>
        </Router>
    }
}
