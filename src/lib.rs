//! A film title site that runs entirely in the browser: a Leptos single-page
//! app reading a static JSON catalog.
//!
//! `model` is pure Rust and tested natively; `api` fetches catalog files;
//! `storage` keeps this browser's own data; `pages` and `components` are the
//! views.

pub mod api;
pub mod base_path;
pub mod components;
pub mod model;
pub mod pages;
pub mod storage;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::connection_banner::ConnectionBanner;
use crate::components::site_chrome::{SiteFooter, SiteHeader};
use crate::components::storage_notice::StorageNoticeBanner;
use crate::pages::{CastPage, HomePage, NotFoundPage, ReviewsPage, TitlePage, YourDataPage};
use crate::storage::UserStore;

/// The whole site: header, routed page, footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(UserStore::load());

    view! {
        <Router base=base_path::base()>
            <a class="skip-link" href="#main">"Skip to main content"</a>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <ConnectionBanner />
                <StorageNoticeBanner />
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/title/:id") view=TitlePage />
                    <Route path=path!("/title/:id/cast") view=CastPage />
                    <Route path=path!("/title/:id/reviews") view=ReviewsPage />
                    <Route path=path!("/your-data") view=YourDataPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
