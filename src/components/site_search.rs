//! The search box in the site header: titles and people by name as you type.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::{preload_search, search};
use crate::i18n::use_texts;
use crate::model::search::{PersonHit, SearchHit, SearchResults};
use crate::navigation::{HistoryStep, use_app_navigate};

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

/// The app path of result `index`, counting the titles first and then the
/// people, as the list shows them.
fn result_path(found: &SearchResults, index: usize) -> Option<String> {
    match found.titles.get(index) {
        Some(title) => Some(format!("/title/{}", title.id)),
        None => found
            .people
            .get(index - found.titles.len())
            .map(|person| format!("/name/{}", person.id)),
    }
}

/// The app path of the search results page.
const SEARCH_PAGE: &str = "/search";

/// The address of the search results page for `query`.
fn search_page_path(query: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(query).into();
    format!("{SEARCH_PAGE}?q={encoded}")
}

/// A search box following the W3C ARIA combobox pattern with a grouped
/// listbox popup: titles, then people, appear as you type (accents and case
/// ignored); ArrowDown and ArrowUp move through both groups, Enter opens the
/// highlighted result, or with none highlighted the results page
/// (`/search?q=`), Escape closes the list and then clears the box. A polite
/// live region says how many were found.
#[component]
pub fn SiteSearch(
    /// The input of the [`SiteSearchStandIn`] this box replaces, if any:
    /// what was typed into it, and its focus, carry over.
    #[prop(optional)]
    stand_in: Option<NodeRef<leptos::html::Input>>,
) -> impl IntoView {
    let t = use_texts();
    let navigate = use_app_navigate();
    let carried = stand_in
        .and_then(|input| input.get_untracked())
        .map(|input| Carried::from(&input))
        .unwrap_or_default();
    let keep_typed = !carried.text.is_empty();
    let query = RwSignal::new(carried.text);
    let open = RwSignal::new(carried.focused);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    if carried.focused {
        Effect::new(move |_| {
            if let Some(input) = input_ref.get() {
                let _ = input.focus();
            }
        });
    }
    let active = RwSignal::new(None::<usize>);
    let results = LocalResource::new(move || search(query.get()));
    let found = Memo::new(move |_| results.get().and_then(Result::ok).unwrap_or_default());
    let failed = move || matches!(results.get(), Some(Err(_)));
    let typed = move || !query.read().trim().is_empty();
    let expanded = move || open.get() && typed() && !found.read().is_empty();

    // A deep link to the results page, or Back to one, shows its query in
    // the box, as Enter leaves it there. The shards are cached, so the box's
    // own search costs no second fetch.
    // Text typed into the stand-in wins over the address once: it is newer.
    let location = use_location();
    Effect::new(move |ran_before: Option<()>| {
        let on_results_page = location.pathname.read().ends_with(SEARCH_PAGE);
        let shown = location.query.read().get("q").unwrap_or_default();
        if !on_results_page || (ran_before.is_none() && keep_typed) {
            return;
        }
        if query.get_untracked() != shown {
            query.set(shown);
        }
    });

    let go = move |index: usize| {
        let Some(path) = found.with_untracked(|f| result_path(f, index)) else {
            return;
        };
        open.set(false);
        active.set(None);
        query.set(String::new());
        navigate(&path, HistoryStep::Push);
    };

    let search_all = {
        let navigate = use_app_navigate();
        move || {
            let typed = query.get_untracked().trim().to_owned();
            if typed.is_empty() {
                return;
            }
            open.set(false);
            active.set(None);
            navigate(&search_page_path(&typed), HistoryStep::Push);
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
                    found.read().len(),
                    ev.key() == "ArrowDown",
                ));
            }
            // A chosen suggestion opens; otherwise Enter searches, as a
            // search form would: the results page lists everything found.
            "Enter" => {
                ev.prevent_default();
                match active.get().filter(|_| expanded()) {
                    Some(index) => go(index),
                    None => search_all(),
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

    let option = move |index: usize, body: AnyView| {
        let go = go.clone();
        view! {
            <li
                id=option_id(index)
                role="option"
                aria-selected=move || (active.get() == Some(index)).to_string()
                // Keeps the focus in the box, so the click is not lost to blur.
                on:mousedown=|ev| ev.prevent_default()
                on:click=move |_| go(index)
            >
                {body}
            </li>
        }
    };
    let title_option = {
        let option = option.clone();
        move |(index, hit): (usize, SearchHit)| {
            option(index, view! { <TitleResult hit /> }.into_any())
        }
    };
    let person_option = move |(index, hit): (usize, PersonHit)| {
        option(index, view! { <PersonResult hit /> }.into_any())
    };

    view! {
        <div class="site-search" role="search">
            <label for=INPUT_ID class="visually-hidden">
                {t.search_label}
            </label>
            <input
                node_ref=input_ref
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
                on:focus=move |_| {
                    open.set(true);
                    leptos::task::spawn_local(preload_search());
                }
                on:pointerenter=move |_| leptos::task::spawn_local(preload_search())
                // Closing waits for a click on a result to land first.
                on:blur=move |_| {
                    set_timeout(move || open.set(false), std::time::Duration::from_millis(150))
                }
            />
            <div id=LIST_ID role="listbox" aria-label=t.search_label hidden=move || !expanded()>
                <Show when=move || !found.read().titles.is_empty()>
                    <ul role="group" aria-labelledby="site-search-titles">
                        <li role="presentation" id="site-search-titles" class="search-group">
                            {t.search_titles_group}
                        </li>
                        <For
                            each=move || found.get().titles.into_iter().enumerate()
                            key=|(index, hit)| (*index, hit.id.clone())
                            children=title_option.clone()
                        />
                    </ul>
                </Show>
                <Show when=move || !found.read().people.is_empty()>
                    <ul role="group" aria-labelledby="site-search-people">
                        <li role="presentation" id="site-search-people" class="search-group">
                            {t.search_people_group}
                        </li>
                        <For
                            each=move || {
                                let found = found.get();
                                let first = found.titles.len();
                                found.people.into_iter().enumerate().map(move |(i, hit)| (first + i, hit))
                            }
                            key=|(index, hit)| (*index, hit.id.clone())
                            children=person_option.clone()
                        />
                    </ul>
                </Show>
            </div>
            <p class="visually-hidden" role="status">
                {move || {
                    if !typed() || !open.get() {
                        String::new()
                    } else if failed() {
                        t.search_failed.to_owned()
                    } else if results.get().is_none() {
                        t.searching.to_owned()
                    } else {
                        found.with(|f| (t.search_results)(f.titles.len(), f.people.len()))
                    }
                }}
            </p>
        </div>
    }
}

/// The search box as drawn before its code has run: the markup
/// [`SiteSearch`] starts with (closed, empty), with nothing behind it. The
/// header shows it while the first page is being built; [`SiteSearch`],
/// given the same `input`, takes over what was typed into it meanwhile.
#[component]
pub fn SiteSearchStandIn(
    /// Its input, for the box that replaces it.
    input: NodeRef<leptos::html::Input>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="site-search" role="search">
            <label for=INPUT_ID class="visually-hidden">
                {t.search_label}
            </label>
            <input
                node_ref=input
                id=INPUT_ID
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=LIST_ID
                aria-expanded="false"
                placeholder=t.search_placeholder
            />
            <div id=LIST_ID role="listbox" aria-label=t.search_label hidden></div>
            <p class="visually-hidden" role="status"></p>
        </div>
    }
}

/// What a stand-in's input holds as [`SiteSearch`] replaces it: its text,
/// and whether it has the focus, so a visitor who started typing before
/// the box's code ran loses neither.
#[derive(Default)]
struct Carried {
    text: String,
    focused: bool,
}

impl From<&web_sys::HtmlInputElement> for Carried {
    fn from(input: &web_sys::HtmlInputElement) -> Self {
        let focused = input
            .owner_document()
            .and_then(|document| document.active_element())
            .is_some_and(|active| active == ***input);
        Carried {
            text: input.value(),
            focused,
        }
    }
}

/// A film in the search results: its title and year.
#[component]
fn TitleResult(hit: SearchHit) -> impl IntoView {
    view! {
        <span class="search-title">{hit.title}</span>
        " "
        <span class="search-year">{format!("({})", hit.year)}</span>
    }
}

/// A person in the search results: their name, then the role they are
/// best known in and the film they are best known for.
#[component]
fn PersonResult(hit: PersonHit) -> impl IntoView {
    let t = use_texts();
    view! {
        <span class="search-title">{hit.name}</span>
        " "
        <span class="search-detail">
            {(t.search_person_detail)(hit.role, &hit.known_for, hit.year)}
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::{moved, result_path};
    use crate::model::people::Role;
    use crate::model::search::{PersonHit, SearchHit, SearchResults};

    #[test]
    fn arrows_wrap_around_the_results() {
        assert_eq!(moved(None, 0, true), None);
        assert_eq!(moved(None, 3, true), Some(0));
        assert_eq!(moved(None, 3, false), Some(2));
        assert_eq!(moved(Some(2), 3, true), Some(0));
        assert_eq!(moved(Some(0), 3, false), Some(2));
        assert_eq!(moved(Some(1), 3, true), Some(2));
    }

    #[test]
    fn results_count_titles_first_then_people() {
        let found = SearchResults {
            titles: vec![SearchHit {
                id: "memento-2000".into(),
                title: "Memento".into(),
                year: 2000,
                votes: 1,
            }],
            people: vec![PersonHit {
                id: "christopher-nolan".into(),
                name: "Christopher Nolan".into(),
                role: Role::Director,
                known_for: "Memento".into(),
                year: 2000,
                weight: 1,
            }],
        };
        assert_eq!(
            result_path(&found, 0).as_deref(),
            Some("/title/memento-2000")
        );
        assert_eq!(
            result_path(&found, 1).as_deref(),
            Some("/name/christopher-nolan")
        );
        assert_eq!(result_path(&found, 2), None);
    }
}
