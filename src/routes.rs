//! The routed pages as the router takes them, and loading a page's code
//! before the person goes there.
//!
//! With the `split` feature (on by default, so in every trunk build) each page
//! but the title page is a lazily loaded route. Its code is a wasm chunk of
//! its own, `split_<page>_page.wasm`, cut out of the app by
//! `scripts/split-wasm.mjs` and downloaded the first time the page is shown
//! or prefetched, so the code a visitor downloads before a page appears is
//! the app's shell (router, header, texts, storage, catalog fetching, the
//! title page's first screen) and that one page. `boot.js` downloads the
//! chunk of the page a deep link opens, beside the main wasm.
//!
//! Without it (the wasm component tests, `--no-default-features`: nothing
//! splits a test binary) the same pages are plain views. Natively the split
//! points are plain function calls.

use leptos_router::ChooseView;

use crate::model::route::Page;

#[cfg(feature = "split")]
mod split {
    use leptos::prelude::*;
    use leptos_router::LazyRoute;
    use wasm_split_helpers::wasm_split;

    use crate::components::lazy_code::{CodeUnavailable, LazyCode};
    use crate::i18n::Loadable;
    use crate::pages;

    // One split point per page: `#[wasm_split(name)]` puts the function, and
    // all the code only it reaches, into `split_<name>.wasm`. `fallible`
    // makes a failed download an `Err` (shown with Retry by `LazyCode`)
    // instead of a panic.

    #[wasm_split(home_page, fallible, preload(preload_home_page))]
    fn home_page() -> Result<AnyView, CodeUnavailable> {
        Ok(view! { <pages::HomePage /> }.into_any())
    }

    /// The pages that find films (browse, search results): one chunk, as
    /// they share their cards and the catalog's lists.
    #[derive(Clone, Copy)]
    pub enum FindView {
        Browse,
        Search,
    }

    #[wasm_split(browse_page, fallible, preload(preload_browse_page))]
    fn browse_page(which: FindView) -> Result<AnyView, CodeUnavailable> {
        Ok(match which {
            FindView::Browse => view! { <pages::BrowsePage /> }.into_any(),
            FindView::Search => view! { <pages::SearchPage /> }.into_any(),
        })
    }

    async fn browse_view() -> Result<AnyView, CodeUnavailable> {
        browse_page(FindView::Browse).await
    }

    async fn search_view() -> Result<AnyView, CodeUnavailable> {
        browse_page(FindView::Search).await
    }

    #[wasm_split(cast_page, fallible, preload(preload_cast_page))]
    fn cast_page() -> Result<AnyView, CodeUnavailable> {
        Ok(view! { <pages::CastPage /> }.into_any())
    }

    #[wasm_split(reviews_page, fallible, preload(preload_reviews_page))]
    fn reviews_page() -> Result<AnyView, CodeUnavailable> {
        Ok(view! { <pages::ReviewsPage /> }.into_any())
    }

    #[wasm_split(person_page, fallible, preload(preload_person_page))]
    fn person_page() -> Result<AnyView, CodeUnavailable> {
        Ok(view! { <pages::PersonPage /> }.into_any())
    }

    #[wasm_split(your_data_page, fallible, preload(preload_your_data_page))]
    fn your_data_page() -> Result<AnyView, CodeUnavailable> {
        Ok(view! { <pages::YourDataPage /> }.into_any())
    }

    /// The library's pages (ratings, watchlist, diary, stats): one chunk,
    /// as they share their code and texts.
    #[derive(Clone, Copy)]
    pub enum LibraryView {
        Ratings,
        Watchlist,
        Diary,
        Stats,
    }

    #[wasm_split(library_page, fallible, preload(preload_library_page))]
    fn library_page(which: LibraryView) -> Result<AnyView, CodeUnavailable> {
        Ok(match which {
            LibraryView::Ratings => view! { <pages::RatingsPage /> }.into_any(),
            LibraryView::Watchlist => view! { <pages::WatchlistPage /> }.into_any(),
            LibraryView::Diary => view! { <pages::DiaryPage /> }.into_any(),
            LibraryView::Stats => view! { <pages::StatsPage /> }.into_any(),
        })
    }

    async fn ratings_page() -> Result<AnyView, CodeUnavailable> {
        library_page(LibraryView::Ratings).await
    }

    async fn watchlist_page() -> Result<AnyView, CodeUnavailable> {
        library_page(LibraryView::Watchlist).await
    }

    async fn diary_page() -> Result<AnyView, CodeUnavailable> {
        library_page(LibraryView::Diary).await
    }

    async fn stats_page() -> Result<AnyView, CodeUnavailable> {
        library_page(LibraryView::Stats).await
    }

    /// A lazily loaded route: `$load` builds the page once its chunk is
    /// there, `$preload` only downloads the chunk.
    macro_rules! lazy_route {
        ($(#[$doc:meta])* $route:ident, $what:expr, $load:ident, $preload:ident) => {
            $(#[$doc])*
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    view! { <LazyCode what=$what load=$load /> }.into_any()
                }

                async fn preload() {
                    // A failed prefetch costs nothing: the visit retries.
                    let _ = $preload().await;
                }
            }
        };
    }

    lazy_route!(
        /// `/`: the front page.
        HomeRoute, Loadable::FilmList, home_page, preload_home_page
    );
    lazy_route!(
        /// `/browse`: the full film list.
        BrowseRoute, Loadable::FilmList, browse_view, preload_browse_page
    );
    lazy_route!(
        /// `/search?q=`: what a query finds.
        SearchRoute, Loadable::FilmList, search_view, preload_browse_page
    );
    lazy_route!(
        /// `/title/:id/cast`.
        CastRoute, Loadable::Cast, cast_page, preload_cast_page
    );
    lazy_route!(
        /// `/title/:id/reviews`.
        ReviewsRoute, Loadable::Reviews, reviews_page, preload_reviews_page
    );
    lazy_route!(
        /// `/name/:id`.
        PersonRoute, Loadable::Person, person_page, preload_person_page
    );
    lazy_route!(
        /// `/your-data`.
        YourDataRoute, Loadable::Page, your_data_page, preload_your_data_page
    );
    lazy_route!(
        /// `/ratings`.
        RatingsRoute, Loadable::Page, ratings_page, preload_library_page
    );
    lazy_route!(
        /// `/watchlist`.
        WatchlistRoute, Loadable::Page, watchlist_page, preload_library_page
    );
    lazy_route!(
        /// `/diary`.
        DiaryRoute, Loadable::Page, diary_page, preload_library_page
    );
    lazy_route!(
        /// `/stats`.
        StatsRoute, Loadable::Page, stats_page, preload_library_page
    );
}

/// The view of `/`.
pub fn home() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::HomeRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::HomePage;
}

/// The view of `/title/:id`: in the main wasm, as the page most visits
/// start on (every link to a film, every search result). Its sections below
/// the first screen are a chunk of their own (`src/pages/title.rs`).
pub fn title() -> impl ChooseView {
    crate::pages::TitlePage
}

/// The view of `/browse`.
pub fn browse() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::BrowseRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::BrowsePage;
}

/// The view of `/search`.
pub fn search() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::SearchRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::SearchPage;
}

/// The view of `/title/:id/cast`.
pub fn cast() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::CastRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::CastPage;
}

/// The view of `/title/:id/reviews`.
pub fn reviews() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::ReviewsRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::ReviewsPage;
}

/// The view of `/name/:id`.
pub fn person() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::PersonRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::PersonPage;
}

/// The view of `/your-data`.
pub fn your_data() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::YourDataRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::YourDataPage;
}

/// The view of `/ratings`.
pub fn ratings() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::RatingsRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::RatingsPage;
}

/// The view of `/watchlist`.
pub fn watchlist() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::WatchlistRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::WatchlistPage;
}

/// The view of `/diary`.
pub fn diary() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::DiaryRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::DiaryPage;
}

/// The view of `/stats`.
pub fn stats() -> impl ChooseView {
    #[cfg(feature = "split")]
    return leptos_router::Lazy::<split::StatsRoute>::new();
    #[cfg(not(feature = "split"))]
    return crate::pages::StatsPage;
}

/// Downloads the code of `page` if it has a chunk of its own and it is not
/// loaded yet; does nothing in a build without chunks.
pub async fn preload(page: Page) {
    #[cfg(feature = "split")]
    {
        use leptos_router::LazyRoute;
        match page {
            Page::Home => split::HomeRoute::preload().await,
            Page::Browse => split::BrowseRoute::preload().await,
            // The page is in the main wasm; its lower sections and forms
            // are a chunk.
            Page::Title => crate::pages::preload_title_parts_chunk().await,
            Page::Cast => split::CastRoute::preload().await,
            Page::Reviews => split::ReviewsRoute::preload().await,
            Page::Person => split::PersonRoute::preload().await,
            Page::YourData => split::YourDataRoute::preload().await,
            // One chunk for the three.
            Page::Library => split::RatingsRoute::preload().await,
        }
    }
    #[cfg(not(feature = "split"))]
    let _ = page;
}
