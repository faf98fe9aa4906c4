//! The header and footer around every page, and the language switcher.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::lazy_code::in_a_later_task_standing_in;
use super::site_search::{SiteSearch, SiteSearchStandIn};
use crate::base_path::app_path;
use crate::i18n::{Lang, Locale, use_lang, use_texts};

/// Site name linking home, the main navigation, the search box and the
/// language switcher.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_texts();
    let stand_in = NodeRef::new();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a href=app_path("/") class="site-name">
                    <span class="site-logo" aria-hidden="true">"▶"</span>
                    "Marquee"
                </a>
                <nav aria-label=t.nav_label>
                    <a href=app_path("/browse")>{t.browse_films}</a>
                    <a href=app_path("/ratings")>{t.your_films}</a>
                    <a href=app_path("/your-data")>{t.your_data}</a>
                </nav>
                // The box's code is the largest part of the header's: on
                // the first page it runs in a task of its own, apart from
                // the page's first build, so that is not one long task.
                {in_a_later_task_standing_in(
                    move || view! { <SiteSearch stand_in /> },
                    move || view! { <SiteSearchStandIn input=stand_in /> },
                )}
                <LanguageSwitcher />
            </div>
        </header>
    }
}

/// A labelled native `<select>` of the interface languages, each written in
/// itself (and marked with its own `lang`, so a screen reader says
/// "Français" the French way). Choosing one switches the page in place and
/// is remembered for the next visit; the page is then built again in the
/// new language, and the focus comes back to the new switcher. Renders
/// nothing without a [`Locale`].
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let Some(locale) = use_context::<Locale>() else {
        return ().into_any();
    };
    let t = use_texts();
    let current = use_lang();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
            locale.choose(lang);
            // The rebuild replaces this select; a keyboard user stays on it.
            request_animation_frame(|| {
                if let Some(select) = document().get_element_by_id("lang-select")
                    && let Ok(select) = select.dyn_into::<web_sys::HtmlElement>()
                {
                    let _ = select.focus();
                }
            });
        }
    };
    view! {
        <div class="lang-switch">
            <label for="lang-select" class="visually-hidden">
                {t.language}
            </label>
            <select id="lang-select" on:change=on_change>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option
                                value=lang.code()
                                lang=lang.code()
                                selected=current == lang
                            >
                                {lang.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// Where the data comes from, and what stays on this device.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_texts();
    view! {
        <footer class="site-footer">
            <p>{t.footer}</p>
        </footer>
    }
}
