//! A view whose code is downloaded when it is first shown: a wasm chunk of
//! its own (see `src/routes.rs`).

use std::cell::Cell;
use std::future::Future;

use leptos::either::Either;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::async_view::{ErrorPanel, LoadingNotice};
use crate::i18n::{Loadable, use_texts};

thread_local! {
    /// Whether the visit's first page is still being built (see
    /// [`in_a_later_task`]).
    static FIRST_PAGE: Cell<bool> = const { Cell::new(true) };
}

/// Ends the visit's first page when the visitor leaves it, whatever it was
/// and however far it got: a page opened later is built at once (see
/// [`in_a_later_task`]). Without this, a first page that never asked for a
/// piece (the home page, say), or whose pieces never came (its chunk failed,
/// or the visitor left first), left the next title page to be built in
/// pieces. Called once, under the router.
pub fn end_the_first_page_on_leaving() {
    let location = leptos_router::hooks::use_location();
    let first = location.pathname.get_untracked();
    Effect::new(move |_| {
        if location.pathname.with(|path| *path != first) {
            FIRST_PAGE.set(false);
            crate::first_screen::reveal();
        }
    });
}

/// Builds `build`'s view in a task of its own after the current one, on the
/// visit's first page: that page is built while the app starts and its
/// code is compiled as it first runs, and in one piece it would block the
/// browser in one long task; in pieces the browser paints and answers
/// input between them. Later pages (a related film, say) are built at once:
/// their code is warm and the whole page takes well under one long task,
/// so pieces would only add a layout each.
///
/// The first of these pieces to be built ends the first page: pieces asked
/// for after it are built at once. (The pieces of
/// [`in_a_later_task_with_more_to_come`] and
/// [`in_a_later_task_standing_in`] do not end it.)
pub fn in_a_later_task<V>(build: impl Fn() -> V + Send + Sync + 'static) -> impl IntoView
where
    V: IntoView + 'static,
{
    later_on_the_first_page(build, || (), true)
}

/// [`in_a_later_task`] for a piece whose own view brings more pieces of the
/// first page (the title page's sections below the first screen, a chunk
/// whose sections are built in pieces again): building it leaves the first
/// page going, so those are still built apart.
pub fn in_a_later_task_with_more_to_come<V>(
    build: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    later_on_the_first_page(build, || (), false)
}

/// [`in_a_later_task`] for a piece of the site's frame on every page (the
/// header's search box), with `stand_in` shown until it is built: the same
/// markup without the code behind it, so nothing moves when the piece takes
/// its place, and the page written ahead of time (`crate::prerender`), a
/// snapshot of the first build, shows the stand-in. It leaves the first page
/// going: the page's own pieces are still built apart.
pub fn in_a_later_task_standing_in<V, S>(
    build: impl Fn() -> V + Send + Sync + 'static,
    stand_in: impl Fn() -> S + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
    S: IntoView + 'static,
{
    later_on_the_first_page(build, stand_in, false)
}

/// [`in_a_later_task`] for a part of the first page that the first screen
/// written ahead of time stands in for (the routed page under the header,
/// the title's header): while that copy shows, the app builds out of the
/// document (see `crate::first_screen`), so the part can come in a task of
/// its own with nothing painted in between. A part that the copy's removal
/// waits for calls `reveal_once_drawn` itself. Without a written copy (a
/// deep link to browse, say) the part is built at once: the header and
/// footer painted without it would move when it came. It leaves the first
/// page going.
pub fn in_a_later_task_behind_the_copy<V>(
    build: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    if !crate::first_screen::is_shown() {
        return Either::Left(build());
    }
    Either::Right(later_on_the_first_page(build, || (), false))
}

fn later_on_the_first_page<V, S>(
    build: impl Fn() -> V + Send + Sync + 'static,
    stand_in: impl Fn() -> S + Send + Sync + 'static,
    #[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))] ends_the_first_page: bool,
) -> impl IntoView
where
    V: IntoView + 'static,
    S: IntoView + 'static,
{
    if !FIRST_PAGE.get() {
        return Either::Left(build());
    }
    let ready = RwSignal::new(false);
    // Natively (a page written ahead of time) there are no tasks to come:
    // the first build is the page.
    #[cfg(target_arch = "wasm32")]
    set_timeout(
        move || {
            if ends_the_first_page {
                FIRST_PAGE.set(false);
            }
            // The page may be gone by then (a quick click elsewhere).
            let _ = ready.try_set(true);
        },
        std::time::Duration::ZERO,
    );
    Either::Right(move || {
        if ready.get() {
            // Only `ready` may rebuild the piece: a signal its build reads
            // on the way (a component's props, say) must not.
            Either::Left(untrack(&build))
        } else {
            Either::Right(stand_in())
        }
    })
}

/// The code of a view could not be downloaded (offline, or the host lost
/// the file); the view is not there to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the code for this part of the site could not be downloaded")]
pub struct CodeUnavailable;

/// What a `fallible` split point returns when its chunk fails to load, so a
/// split function can return `Result<AnyView, CodeUnavailable>` itself.
impl From<wasm_split_helpers::SplitLoaderError> for CodeUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        CodeUnavailable
    }
}

/// Shows the view `load` builds once its code is there: at once when it was
/// loaded before (hovered, prefetched or visited), a loading notice while it
/// downloads, and an error panel with Retry when the download fails, so a
/// lost connection never leaves a blank page or a crashed app.
#[component]
pub fn LazyCode<F, Fut>(
    /// What is loading, named in the notice and the error heading.
    what: Loadable,
    /// Downloads the code (once per visit) and builds the view with it.
    load: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, CodeUnavailable>> + 'static,
{
    let t = use_texts();
    let attempt = RwSignal::new(0_u32);
    let on_retry = move || attempt.update(|n| *n += 1);
    view! {
        <Suspense fallback=move || view! { <LoadingNotice what /> }>
            {move || {
                attempt.track();
                let load = load.clone();
                // The app runs on the browser's one thread, which is all a
                // `Suspend` needs of the future's `Send`.
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(view) => view,
                        Err(CodeUnavailable) => {
                            view! { <ErrorPanel what message=t.code_unavailable on_retry /> }
                                .into_any()
                        }
                    }
                }))
            }}
        </Suspense>
    }
}
