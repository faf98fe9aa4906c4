//! The header and footer around every page.

use leptos::prelude::*;

use crate::base_path::app_path;

/// Site name linking home, and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a href=app_path("/") class="site-name">
                    <span class="site-logo" aria-hidden="true">"▶"</span>
                    "Marquee"
                </a>
                <nav aria-label="Main">
                    <a href=app_path("/")>"Browse films"</a>
                    <a href=app_path("/your-data")>"Your data"</a>
                </nav>
            </div>
        </header>
    }
}

/// Where the data comes from, and what stays on this device.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Marquee runs entirely in your browser from a static catalog. "
                "Anything you keep here, like your recently viewed titles, stays on this device."
            </p>
        </footer>
    }
}
