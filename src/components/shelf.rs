//! What the library pages share: their tabs, and the list of rated or
//! watchlisted films with its sort, filters and pages, all in the URL.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use super::pager::numbered_pager;
use super::watchlist_button::WatchlistButton;
use crate::base_path::app_path;
use crate::components::film_row::{RowHeading, RowPoster, RowTitle};
use crate::i18n::format::long_date;
use crate::i18n::library::{LibraryTexts, use_library_texts};
use crate::i18n::{CATALOG_LANG, use_lang, use_texts};
use crate::model::browse::decade_label;
use crate::model::library::{Shelf, ShelfItem, ShelfQuery, ShelfSort, shelf_page};
use crate::navigation::{HistoryStep, use_app_navigate};
use crate::storage::UserStore;

/// Where a tab's name is in the library texts.
type TabName = fn(&LibraryTexts) -> &'static str;

/// The library's pages, as the tabs list them: (path, name).
const TABS: [(&str, TabName); 4] = [
    ("/ratings", |t| t.ratings_tab),
    ("/watchlist", |t| t.watchlist_tab),
    ("/diary", |t| t.diary_tab),
    ("/stats", |t| t.stats_tab),
];

/// Links between the library's pages, the current one marked.
#[component]
pub fn LibraryTabs() -> impl IntoView {
    let lt = use_library_texts();
    let location = use_location();
    let links = TABS
        .into_iter()
        .map(|(path, name)| {
            let current = move || location.pathname.read().ends_with(path).then_some("page");
            view! {
                <a href=app_path(path) aria-current=current>
                    {name(lt)}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="library-tabs" aria-label=lt.library_nav>
            {links}
        </nav>
    }
}

/// The ratings or the watchlist: count, menus, one page of films, pager.
#[component]
pub fn ShelfView(shelf: Shelf, path: &'static str) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let url = use_query_map();
    let query = Memo::new(move |_| {
        let url = url.read();
        let keys = ["sort", "stars", "decade", "genre", "page"];
        let pairs: Vec<(&str, String)> = keys
            .iter()
            .filter_map(|k| Some((*k, url.get(k)?)))
            .collect();
        ShelfQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    });
    let page = Memo::new(move |_| store.data().with(|d| shelf_page(d, shelf, &query.read())));
    let lt = use_library_texts();
    let empty = match shelf {
        Shelf::Ratings => lt.ratings_empty,
        Shelf::Watchlist => lt.watchlist_empty,
    };
    view! {
        <Show
            when=move || { page.read().total > 0 }
            fallback=move || view! { <p class="empty-state">{empty}</p> }
        >
            <p class="lead" role="status" aria-live="polite">
                {move || page.with(|p| (lt.shelf_count)(p.matching, p.total))}
            </p>
            <ShelfMenus shelf path query page />
            <ShelfList shelf path query page />
        </Show>
    }
    .into_any()
}

/// Sort, stars (on ratings), decade and genre.
#[component]
fn ShelfMenus(
    shelf: Shelf,
    path: &'static str,
    query: Memo<ShelfQuery>,
    page: Memo<crate::model::library::ShelfPage>,
) -> impl IntoView {
    let (t, lt) = (use_texts(), use_library_texts());
    let navigate = use_app_navigate();
    let change = move |edit: fn(&mut ShelfQuery, String)| {
        let navigate = navigate.clone();
        move |ev: leptos::ev::Event| {
            let mut next = query.get_untracked();
            edit(&mut next, event_target_value(&ev));
            next.page = 1;
            navigate(
                &format!("{path}{}", next.to_query()),
                HistoryStep::PushInPlace,
            );
        }
    };
    let ratings = shelf == Shelf::Ratings;
    let sorts = ShelfSort::ALL.into_iter().map(move |sort| {
        view! {
            <option value=sort.key() selected=move || query.read().sort == sort>
                {(lt.shelf_sort)(sort, ratings)}
            </option>
        }
    });
    let stars = (1..=10u8).rev().map(move |n| {
        view! {
            <option value=n selected=move || query.read().stars == Some(n)>
                {(lt.stars_option)(n)}
            </option>
        }
    });
    let decades =
        move || {
            page.read().decades.iter().map(|&d| {
            view! {
                <option value=decade_label(d) selected=move || query.read().decade == Some(d)>
                    {decade_label(d)}
                </option>
            }
        }).collect_view()
        };
    let genres = move || {
        page.read().genres.iter().map(|(label, slug)| {
            let chosen = slug.clone();
            view! {
                <option value=slug.clone() selected=move || query.read().genre.as_ref() == Some(&chosen)>
                    {label.clone()}
                </option>
            }
        }).collect_view()
    };
    let any = move |set: fn(&ShelfQuery) -> bool| {
        view! { <option value="" selected=move || !set(&query.read())>{t.facet_any}</option> }
    };
    view! {
        <form class="shelf-menus" on:submit=|ev| ev.prevent_default()>
            <div class="browse-field">
                <label for="shelf-sort">{t.sort_by}</label>
                <select id="shelf-sort" on:change=change(|q, v| q.sort = ShelfQuery::from_pairs([("sort", v.as_str())]).sort)>
                    {sorts.collect_view()}
                </select>
            </div>
            {ratings.then(|| view! {
                <div class="browse-field">
                    <label for="shelf-stars">{lt.stars_filter}</label>
                    <select id="shelf-stars" on:change=change(|q, v| q.stars = v.parse().ok())>
                        {any(|q| q.stars.is_some())}
                        {stars.collect_view()}
                    </select>
                </div>
            })}
            <div class="browse-field">
                <label for="shelf-decade">{t.facet_decade}</label>
                <select id="shelf-decade" on:change=change(|q, v| q.decade = ShelfQuery::from_pairs([("decade", v.as_str())]).decade)>
                    {any(|q| q.decade.is_some())}
                    {decades}
                </select>
            </div>
            <div class="browse-field">
                <label for="shelf-genre">{t.facet_genre}</label>
                <select id="shelf-genre" on:change=change(|q, v| q.genre = (!v.is_empty()).then_some(v))>
                    {any(|q| q.genre.is_some())}
                    {genres}
                </select>
            </div>
        </form>
    }
}

/// One page of films and the pager.
#[component]
fn ShelfList(
    shelf: Shelf,
    path: &'static str,
    query: Memo<ShelfQuery>,
    page: Memo<crate::model::library::ShelfPage>,
) -> impl IntoView {
    let t = use_texts();
    let href = move |n: usize| {
        let mut q = query.get_untracked();
        q.page = n;
        app_path(&format!("{path}{}", q.to_query()))
    };
    let pager = move || page.with(|p| numbered_pager(p.page, p.pages, href));
    view! {
        {move || {
            page.with(|p| {
                if p.items.is_empty() {
                    return view! { <p class="browse-empty">{t.no_matches}</p> }.into_any();
                }
                let items = p.items.iter().cloned().map(|item| view! { <ShelfRow shelf item /> });
                view! { <ul class="shelf-list">{items.collect_view()}</ul> }.into_any()
            })
        }}
        {pager}
    }
}

/// One film: poster, name and year, genres, your stars, the date.
#[component]
fn ShelfRow(shelf: Shelf, item: ShelfItem) -> impl IntoView {
    let lt = use_library_texts();
    let lang = use_lang();
    let date = long_date(&item.on, lang);
    let when = match shelf {
        Shelf::Ratings => (lt.rated_on)(&date),
        Shelf::Watchlist => (lt.added_on)(&date),
    };
    let film = item.film.clone();
    view! {
        <li class="shelf-row">
            <RowPoster id=item.id.clone() title=film.title.clone() year=film.year />
            <div class="shelf-body">
                <RowTitle id=item.id.clone() title=film.title.clone() year=film.year level=RowHeading::H2 />
                {(!film.genres.is_empty()).then(|| view! { <p class="genres" lang=CATALOG_LANG>{film.genres.join(" · ")}</p> })}
                <p class="shelf-meta">
                    {item.stars.map(|s| view! {
                        <span class="shelf-stars">
                            <span aria-hidden="true">"★ "{s.get()}</span>
                            <span class="visually-hidden">{(lt.your_stars)(s.get())}</span>
                        </span>
                        " · "
                    })}
                    {when}
                </p>
            </div>
            {(shelf == Shelf::Watchlist).then(|| view! { <WatchlistButton id=item.id.clone() film compact=true /> })}
        </li>
    }
}
