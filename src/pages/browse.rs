//! The full film list (`/browse`): every title of the catalog, newest
//! first, one page of the list at a time.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_query_map;

use crate::api::fetch_index_page;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::recently_viewed::RecentlyViewedList;
use crate::components::source_credit::SourceCredit;
use crate::components::title_card::TitleTile;
use crate::i18n::{Loadable, use_texts};
use crate::model::catalog::IndexPage;

/// Lists the catalog, paged by `?page=N`.
#[component]
pub fn BrowsePage() -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .filter(|&p| p >= 1)
            .unwrap_or(1)
    });
    let list = LocalResource::new(move || fetch_index_page(page.get()));
    let t = use_texts();
    view! {
        <DocumentTitle text=t.browse_doc_title />
        <div class="page browse">
            // Recently viewed comes with the list (catalog_page), so nothing
            // painted below the loading notice moves when the list arrives.
            {async_view(list, Loadable::FilmList, catalog_page)}
        </div>
    }
}

fn catalog_page(list: IndexPage) -> impl IntoView {
    let IndexPage {
        page,
        pages,
        total,
        titles,
        sources,
    } = list;
    let t = use_texts();
    view! {
        <h1>{t.browse_films}</h1>
        <p class="lead">{(t.films_in_catalog)(total)}</p>
        <ul class="title-grid">
            {titles
                .into_iter()
                .map(|card| view! { <li><TitleTile card /></li> })
                .collect_view()}
        </ul>
        {(pages > 1)
            .then(|| {
                view! {
                    <nav class="pager" aria-label=t.pages_label>
                        {(page > 1)
                            .then(|| {
                                view! {
                                    <a href=app_path(&format!("/browse?page={}", page - 1)) rel="prev">
                                        {t.previous}
                                    </a>
                                }
                            })}
                        <span aria-current="page">{(t.page_of)(page, pages)}</span>
                        {(page < pages)
                            .then(|| {
                                view! {
                                    <a href=app_path(&format!("/browse?page={}", page + 1)) rel="next">
                                        {t.next}
                                    </a>
                                }
                            })}
                    </nav>
                }
            })}
        <RecentlyViewedList />
        {sources
            .into_iter()
            .map(|count| view! { <SourceCredit source=count.source titles=count.titles /> })
            .collect_view()}
    }
}
