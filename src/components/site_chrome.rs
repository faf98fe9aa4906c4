//! The header and footer around every page.

use leptos::prelude::*;

use crate::base_path::app_path;
use crate::i18n::use_texts;

/// Site name linking home, and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_texts();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a href=app_path("/") class="site-name">
                    <span class="site-logo" aria-hidden="true">"▶"</span>
                    "Marquee"
                </a>
                <nav aria-label=move || t().nav_label>
                    <a href=app_path("/")>{move || t().browse_films}</a>
                    <a href=app_path("/your-data")>{move || t().your_data}</a>
                </nav>
            </div>
        </header>
    }
}

/// Where the data comes from, and what stays on this device.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_texts();
    view! {
        <footer class="site-footer">
            <p>{move || t().footer}</p>
        </footer>
    }
}
