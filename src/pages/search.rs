//! `/search?q=…`: everything the search box finds for a query, as a page
//! (what Enter opens when no suggestion is chosen): titles with their
//! watchlist toggle, then people, best first, from the same search shards
//! the box reads (one or a few small files, whatever the catalog's size).

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_query_map;

use crate::api::search;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::film_row::{RowHeading, RowPoster, RowTitle};
use crate::components::watchlist_button::WatchlistButton;
use crate::i18n::{CATALOG_LANG, Loadable, use_texts};
use crate::model::library::FilmFacts;
use crate::model::search::{PersonHit, SearchHit, SearchResults};

/// The query of the address, trimmed; empty when there is none.
fn query_of(raw: Option<String>) -> String {
    raw.unwrap_or_default().trim().to_owned()
}

/// The search results page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let t = use_texts();
    let url = use_query_map();
    let query = Memo::new(move |_| query_of(url.read().get("q")));
    let results = LocalResource::new(move || search(query.get()));
    let heading = move || {
        let q = query.get();
        if q.is_empty() {
            t.search_label.to_owned()
        } else {
            (t.search_page_heading)(&q)
        }
    };
    view! {
        <DocumentTitle text=move || format!("{} · Marquee", heading()) />
        <div class="page search-page">
            <h1>{heading}</h1>
            {move || {
                if query.read().is_empty() {
                    view! { <p class="empty-state">{t.search_page_prompt}</p> }.into_any()
                } else {
                    async_view(results, Loadable::FilmList, move |found| {
                        view! { <SearchResultsView found query=query.get_untracked() /> }
                    })
                    .into_any()
                }
            }}
        </div>
    }
}

/// What one query found: a count, then titles and people.
#[component]
fn SearchResultsView(found: SearchResults, query: String) -> impl IntoView {
    let t = use_texts();
    if found.is_empty() {
        return view! { <p class="empty-state">{(t.search_page_none)(&query)}</p> }.into_any();
    }
    let count = (t.search_results)(found.titles.len(), found.people.len());
    let titles = (!found.titles.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby="search-titles-heading">
                <h2 id="search-titles-heading" class="section-title">{t.search_titles_group}</h2>
                <ul class="shelf-list">
                    {found.titles.into_iter().map(|hit| view! { <TitleRow hit /> }).collect_view()}
                </ul>
            </section>
        }
    });
    let people = (!found.people.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby="search-people-heading">
                <h2 id="search-people-heading" class="section-title">{t.search_people_group}</h2>
                <ul class="search-people">
                    {found.people.into_iter().map(|hit| view! { <PersonRow hit /> }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <p class="lead">{count}</p>
        {titles}
        {people}
    }
    .into_any()
}

/// A film found: poster, title and year linked, and its watchlist toggle.
#[component]
fn TitleRow(hit: SearchHit) -> impl IntoView {
    let film = FilmFacts::named(hit.title.clone(), hit.year);
    view! {
        <li class="shelf-row">
            <RowPoster id=hit.id.clone() title=hit.title.clone() year=hit.year />
            <div class="shelf-body">
                <RowTitle id=hit.id.clone() title=hit.title year=hit.year level=RowHeading::H3 />
                <div class="row-actions">
                    <WatchlistButton id=hit.id film compact=true />
                </div>
            </div>
        </li>
    }
}

/// A person found: their name linked, and what they are known as and for.
#[component]
fn PersonRow(hit: PersonHit) -> impl IntoView {
    let t = use_texts();
    let href = app_path(&format!("/name/{}", hit.id));
    view! {
        <li>
            <a href=href lang=CATALOG_LANG>{hit.name}</a>
            " "
            <span class="search-detail">{(t.search_person_detail)(hit.role, &hit.known_for, hit.year)}</span>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::query_of;

    #[test]
    fn the_query_is_trimmed_and_may_be_missing() {
        assert_eq!(query_of(Some("  memento ".into())), "memento");
        assert_eq!(query_of(None), "");
    }
}
