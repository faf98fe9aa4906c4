//! The browse page (`/browse`) and its landing pages (`/genre/drama`,
//! `/decade/1990s`, `/year/1994`, `/country/chile`, `/language/spanish`,
//! `/certificate/pg-13`): the catalog filtered by facet, sorted five ways,
//! a page of films at a time. Every choice lives in the URL
//! ([`BrowseQuery`]), so a reload, a shared link and Back show the same
//! films; the files it reads are described in [`crate::model::browse`].

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::{BrowseOutcome, FetchError, browse_catalog, browse_watchlist};
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::library_switch::{LibrarySwitch, use_seen_titles, watchlist_now};
use crate::components::pager::Pager;
use crate::components::title_card::TitleTile;
use crate::i18n::{Loadable, Texts, use_texts};
use crate::model::browse::{
    BROWSE_PAGE, BrowseQuery, BrowseSort, Facet, MatchCount, is_slug, menu_values, shown_count,
};
use crate::navigation::{HistoryStep, use_app_navigate};
use crate::pages::NotFoundPage;
use crate::scroll_memory;

/// URL parameters the browse page reads.
const QUERY_KEYS: [&str; 10] = [
    "genre",
    "decade",
    "year",
    "country",
    "language",
    "certificate",
    "sort",
    "page",
    "hide",
    "only",
];

/// The facet and value a landing page's path names (`/genre/drama`).
type Landing = Option<(Facet, String)>;

/// Lists the catalog by the filters, sort and page in the URL; on a
/// landing page, one filter comes from the path.
#[component]
pub fn BrowsePage() -> impl IntoView {
    let params = use_params_map();
    let url_query = use_query_map();
    let landing = Memo::new(move |_| {
        let params = params.read();
        Facet::ALL.into_iter().find_map(|facet| {
            let value = params.get(facet.key()).filter(|v| is_slug(v))?;
            Some((facet, value))
        })
    });
    let query = Memo::new(move |_| {
        let url = url_query.read();
        let pairs: Vec<(&str, String)> = QUERY_KEYS
            .iter()
            .filter_map(|key| Some((*key, url.get(key)?)))
            .collect();
        let mut query = BrowseQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        if let Some((facet, value)) = landing.get() {
            query.filters.insert(facet, value);
        }
        query
    });
    // Only a query that hides seen films follows this browser's data, and
    // only its seen set: rating a film elsewhere does not reload every
    // browse page, and a watchlist click here reloads none.
    let seen_titles = use_seen_titles(Signal::derive(move || query.read().hide_seen));
    let results = LocalResource::new(move || {
        let query = query.get();
        let seen = seen_titles.get();
        let watchlist = query
            .only_watchlist
            .then(|| watchlist_now().into_iter().collect::<Vec<_>>());
        async move {
            let seen = move |id: &str| seen.contains(id);
            match watchlist {
                Some(ids) => browse_watchlist(query, ids, seen).await,
                None => browse_catalog(query, seen).await,
            }
        }
    });
    // The menus count from the last results that arrived, so they stay
    // (and keep focus) while the next ones load.
    let last = RwSignal::new(None::<BrowseOutcome>);
    Effect::new(move |_| {
        if let Some(Ok(outcome)) = results.get() {
            last.set(Some(outcome));
            scroll_memory::restore();
        }
    });
    let not_found = Memo::new(move |_| matches!(results.get(), Some(Err(FetchError::NotFound))));
    let t = use_texts();
    let heading = Memo::new(move |_| match landing.get() {
        None => t.browse_films.to_owned(),
        Some((facet, value)) => {
            let label = last
                .read()
                .as_ref()
                .and_then(|o| o.all.label(facet, &value).map(str::to_owned))
                .unwrap_or(value);
            (t.landing_heading)(facet, &label)
        }
    });
    view! {
        <DocumentTitle text=move || match landing.get() {
            None => t.browse_doc_title.to_owned(),
            Some(_) => (t.landing_doc_title)(&heading.get()),
        } />
        // A page past the end is not found, like any address with nothing
        // at it; the layout is kept while the answer is on its way.
        <Show when=move || !not_found.get() fallback=NotFoundPage>
            <div class="page browse">
                <h1>{heading}</h1>
                <BrowseCount results=last />
                <div class="browse-layout">
                    <BrowseFilters query landing last />
                    <div class="browse-results">
                        {async_view(results, Loadable::FilmList, move |outcome| {
                            results_view(outcome, query.get_untracked(), landing.get_untracked())
                        })}
                    </div>
                </div>
            </div>
        </Show>
    }
}

/// "8,926 films", announced politely as filters change.
#[component]
fn BrowseCount(results: RwSignal<Option<BrowseOutcome>>) -> impl IntoView {
    let t = use_texts();
    let text = move || {
        let outcome = results.read();
        let outcome = outcome.as_ref()?;
        Some(match shown_count(outcome.count, &outcome.page) {
            MatchCount::Exact(n) => (t.browse_count)(n),
            MatchCount::AtMost(n) => (t.browse_count_at_most)(n),
        })
    };
    view! {
        <p class="lead browse-count" role="status" aria-live="polite">
            {text}
        </p>
    }
}

/// The filter menus, the sort and the hide-seen switch: each change is a
/// new URL (a history entry, so Back undoes it). A panel that starts
/// closed on a phone.
#[component]
fn BrowseFilters(
    query: Memo<BrowseQuery>,
    landing: Memo<Landing>,
    last: RwSignal<Option<BrowseOutcome>>,
) -> impl IntoView {
    let t = use_texts();
    let navigate = use_app_navigate();
    let go = move |next: BrowseQuery| {
        let landing = landing.get_untracked();
        let path = next.path(landing.as_ref().map(|(f, v)| (*f, v.as_str())));
        navigate(&path, HistoryStep::PushInPlace);
    };
    let on_sort = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let sort = BrowseSort::from_key(&event_target_value(&ev)).unwrap_or_default();
            go(query.get_untracked().with_sort(sort));
        }
    };
    let on_hide = {
        let go = go.clone();
        move |hide: bool| go(query.get_untracked().with_hide_seen(hide))
    };
    let on_only_watchlist = {
        let go = go.clone();
        move |only: bool| go(query.get_untracked().with_only_watchlist(only))
    };
    let clear = {
        let go = go.clone();
        move |_| go(BrowseQuery::from_pairs([]))
    };
    let menus = Facet::ALL
        .into_iter()
        .map(|facet| view! { <FacetMenu facet query last go=go.clone() /> })
        .collect_view();
    view! {
        <details class="browse-panel" open=panel_starts_open()>
            <summary>{t.browse_filters}</summary>
            <form class="browse-filters" on:submit=|ev| ev.prevent_default()>
                {menus}
                <div class="browse-field">
                    <label for="browse-sort">{t.sort_by}</label>
                    <select
                        id="browse-sort"
                        on:change=on_sort
                        prop:value=move || query.read().sort.key()
                    >
                        {BrowseSort::ALL
                            .into_iter()
                            .map(|sort| {
                                view! {
                                    <option
                                        value=sort.key()
                                        selected=move || query.read().sort == sort
                                    >
                                        {sort_label(t, sort)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <LibrarySwitch
                    id="browse-hide-seen"
                    label=t.hide_seen
                    checked=Signal::derive(move || query.read().hide_seen)
                    on_toggle=on_hide
                />
                <LibrarySwitch
                    id="browse-only-watchlist"
                    label=t.only_watchlist
                    checked=Signal::derive(move || query.read().only_watchlist)
                    on_toggle=on_only_watchlist
                />
                <Show when=move || { query.read() != BrowseQuery::from_pairs([]) }>
                    <button type="button" class="button" on:click=clear.clone()>
                        {t.clear_filters}
                    </button>
                </Show>
            </form>
        </details>
    }
}

/// One facet's menu: "Any", then each value with its count.
#[component]
fn FacetMenu<F>(
    facet: Facet,
    query: Memo<BrowseQuery>,
    last: RwSignal<Option<BrowseOutcome>>,
    go: F,
) -> impl IntoView
where
    F: Fn(BrowseQuery) + Clone + 'static,
{
    let t = use_texts();
    let id = format!("browse-{}", facet.key());
    let chosen = move || query.read().filters.get(&facet).cloned();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let value = (!value.is_empty()).then_some(value);
        go(query.get_untracked().with_filter(facet, value.as_deref()));
    };
    let options = move || {
        let last = last.read();
        let values = last
            .as_ref()
            .map(|o| menu_values(facet, &query.read(), &o.all, &o.lists))
            .unwrap_or_default();
        let chosen = chosen();
        values
            .into_iter()
            .map(|value| {
                let selected = chosen.as_deref() == Some(value.slug.as_str());
                let text = (t.facet_option)(&value.label, value.count);
                view! {
                    <option value=value.slug selected=selected>
                        {text}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="browse-field">
            <label for=id.clone()>{facet_label(t, facet)}</label>
            // The options carry `selected` as they are drawn, and the value
            // is set again when the URL changes without redrawing them.
            <select id=id on:change=on_change prop:value=move || chosen().unwrap_or_default()>
                <option value="" selected=move || chosen().is_none()>
                    {t.facet_any}
                </option>
                {options}
            </select>
        </div>
    }
}

/// The grid of one page of films, or why there is none, and the pager.
fn results_view(outcome: BrowseOutcome, query: BrowseQuery, landing: Landing) -> impl IntoView {
    let t = use_texts();
    let page = outcome.page;
    if page.rows.is_empty() {
        let empty = if query.only_watchlist {
            t.no_watchlist_matches
        } else {
            t.no_matches
        };
        return view! { <p class="browse-empty">{empty}</p> }.into_any();
    }
    let pages = match shown_count(outcome.count, &page) {
        MatchCount::Exact(n) => Some((n as usize).div_ceil(BROWSE_PAGE).max(1) as u32),
        MatchCount::AtMost(_) => None,
    };
    let landing = landing.as_ref().map(|(f, v)| (*f, v.as_str()));
    let href = |p: u32| app_path(&query.at_page(p).path(landing));
    let previous = (query.page > 1).then(|| href(query.page - 1));
    let next = page.more.then(|| href(query.page + 1));
    let here = match pages {
        Some(pages) => (t.page_of)(query.page, pages),
        None => (t.page_number)(query.page),
    };
    view! {
        <ul class="title-grid">
            {page
                .rows
                .into_iter()
                .map(|row| view! { <li><TitleTile card=row.card() /></li> })
                .collect_view()}
        </ul>
        <Pager previous here next />
    }
    .into_any()
}

fn facet_label(t: &Texts, facet: Facet) -> &'static str {
    match facet {
        Facet::Genre => t.facet_genre,
        Facet::Decade => t.facet_decade,
        Facet::Year => t.facet_year,
        Facet::Country => t.facet_country,
        Facet::Language => t.facet_language,
        Facet::Certificate => t.facet_certificate,
    }
}

fn sort_label(t: &Texts, sort: BrowseSort) -> &'static str {
    match sort {
        BrowseSort::Popular => t.browse_sort_popular,
        BrowseSort::Rating => t.browse_sort_rating,
        BrowseSort::Newest => t.browse_sort_newest,
        BrowseSort::Oldest => t.browse_sort_oldest,
        BrowseSort::Title => t.browse_sort_title,
    }
}

/// The filter panel is open where there is room beside the films, and a
/// closed disclosure on a phone, so the films come first there.
fn panel_starts_open() -> bool {
    window()
        .match_media("(min-width: 48rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}
