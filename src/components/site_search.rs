//! The search box in the site header: titles by name as you type.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::api::search_titles;
use crate::base_path::app_path;
use crate::i18n::use_texts;
use crate::model::search::SearchHit;

const INPUT_ID: &str = "site-search";
const LIST_ID: &str = "site-search-results";

fn option_id(index: usize) -> String {
    format!("{LIST_ID}-{index}")
}

/// Where the keyboard's highlight goes for ArrowDown/ArrowUp among `len`
/// results: wrapping, starting from the first or last.
fn moved(active: Option<usize>, len: usize, down: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(match (active, down) {
        (None, true) => 0,
        (None, false) => len - 1,
        (Some(i), true) => (i + 1) % len,
        (Some(i), false) => (i + len - 1) % len,
    })
}

/// A search box following the W3C ARIA combobox pattern with a listbox
/// popup: results appear as you type (accents and case ignored), ArrowDown
/// and ArrowUp move through them, Enter opens the highlighted (or first)
/// film, Escape closes the list and then clears the box. A polite live
/// region says how many films were found.
#[component]
pub fn SiteSearch() -> impl IntoView {
    let t = use_texts();
    let navigate = use_navigate();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let results = LocalResource::new(move || search_titles(query.get()));
    let hits = Memo::new(move |_| results.get().and_then(Result::ok).unwrap_or_default());
    let failed = move || matches!(results.get(), Some(Err(_)));
    let typed = move || !query.read().trim().is_empty();
    let expanded = move || open.get() && typed() && !hits.read().is_empty();

    let go = {
        let navigate = navigate.clone();
        move |hit: &SearchHit| {
            open.set(false);
            active.set(None);
            query.set(String::new());
            navigate(
                &app_path(&format!("/title/{}", hit.id)),
                NavigateOptions {
                    // Already a full path under the mount path.
                    resolve: false,
                    ..Default::default()
                },
            );
        }
    };

    let on_input = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        active.set(None);
        open.set(true);
    };
    let on_keydown = {
        let go = go.clone();
        move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                ev.prevent_default();
                open.set(true);
                active.set(moved(
                    active.get(),
                    hits.read().len(),
                    ev.key() == "ArrowDown",
                ));
            }
            "Enter" => {
                let chosen = hits.with(|h| h.get(active.get().unwrap_or(0)).cloned());
                if let Some(hit) = chosen {
                    ev.prevent_default();
                    go(&hit);
                }
            }
            "Escape" => {
                // A search input clears itself on Escape; the first press
                // should only close the list, as the pattern asks.
                ev.prevent_default();
                if expanded() {
                    open.set(false);
                    active.set(None);
                } else {
                    query.set(String::new());
                }
            }
            _ => {}
        }
    };

    view! {
        <div class="site-search" role="search">
            <label for=INPUT_ID class="visually-hidden">
                {t.search_label}
            </label>
            <input
                id=INPUT_ID
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=LIST_ID
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                placeholder=t.search_placeholder
                prop:value=move || query.get()
                on:input=on_input
                on:keydown=on_keydown
                on:focus=move |_| open.set(true)
                // Closing waits for a click on a result to land first.
                on:blur=move |_| {
                    set_timeout(move || open.set(false), std::time::Duration::from_millis(150))
                }
            />
            <ul id=LIST_ID role="listbox" aria-label=t.search_label hidden=move || !expanded()>
                <For
                    each=move || hits.get().into_iter().enumerate()
                    key=|(index, hit)| (*index, hit.id.clone())
                    children=move |(index, hit)| {
                        let go = go.clone();
                        let chosen = hit.clone();
                        view! {
                            <li
                                id=option_id(index)
                                role="option"
                                aria-selected=move || (active.get() == Some(index)).to_string()
                                // Keeps the focus in the box, so the click is not lost to blur.
                                on:mousedown=|ev| ev.prevent_default()
                                on:click=move |_| go(&chosen)
                            >
                                <span class="search-title">{hit.title.clone()}</span>
                                " "
                                <span class="search-year">{format!("({})", hit.year)}</span>
                            </li>
                        }
                    }
                />
            </ul>
            <p class="visually-hidden" role="status">
                {move || {
                    if !typed() || !open.get() {
                        String::new()
                    } else if failed() {
                        t.search_failed.to_owned()
                    } else if results.get().is_none() {
                        t.searching.to_owned()
                    } else {
                        (t.search_results)(hits.read().len())
                    }
                }}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::moved;

    #[test]
    fn arrows_wrap_around_the_results() {
        assert_eq!(moved(None, 0, true), None);
        assert_eq!(moved(None, 3, true), Some(0));
        assert_eq!(moved(None, 3, false), Some(2));
        assert_eq!(moved(Some(2), 3, true), Some(0));
        assert_eq!(moved(Some(0), 3, false), Some(2));
        assert_eq!(moved(Some(1), 3, true), Some(2));
    }
}
