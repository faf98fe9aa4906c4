//! Showing data that is still on its way: a loading notice, the page once it
//! arrives, or a message with a Retry button in the section that failed.

use leptos::either::Either;
use leptos::prelude::*;

use crate::api::FetchError;
use crate::i18n::{Loadable, use_texts};
use crate::pages::NotFoundPage;

/// A polite loading line for screen readers and sighted users alike.
#[component]
pub fn LoadingNotice(
    /// What is loading, named in the line.
    what: Loadable,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {(t.loading)(what)}
        </div>
    }
}

/// The message shown where a section failed to load, with a Retry button.
#[component]
pub fn ErrorPanel(
    /// What failed, named in the heading.
    what: Loadable,
    /// The reason, for the person reading it.
    #[prop(into)]
    message: Signal<String>,
    /// Runs when Retry is pressed.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let t = use_texts();
    crate::first_screen::reveal_once_drawn();
    view! {
        <div class="error-panel" role="alert">
            <h2 class="error-title">{(t.couldnt_load)(what)}</h2>
            <p class="error-message">{message}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {t.retry}
            </button>
        </div>
    }
}

/// Renders `resource` once it resolves: `render` for data, the not-found page
/// for a missing file, and an [`ErrorPanel`] with Retry for anything else.
/// Previous content stays up while a new value loads (a `Transition`).
pub fn async_view<T, V>(
    resource: LocalResource<Result<T, FetchError>>,
    what: Loadable,
    render: impl Fn(T) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    let t = use_texts();
    let fallback = move |errors: ArcRwSignal<Errors>| {
        // The boundary holds type-erased errors: ours are `FetchError`s,
        // worded in the interface language; anything else keeps its own text.
        let message = Signal::derive(move || {
            errors
                .read()
                .iter()
                .next()
                .map(|(_, e)| match e.downcast_ref::<FetchError>() {
                    Some(error) => t.fetch_error(error),
                    None => e.to_string(),
                })
                .unwrap_or_default()
        });
        view! { <ErrorPanel what message on_retry=move || resource.refetch() /> }
    };
    view! {
        <Transition fallback=move || view! { <LoadingNotice what /> }>
            <ErrorBoundary fallback>
                {move || Suspend::new(async move {
                    match resource.await {
                        Ok(value) => {
                            // The content's links are on screen from now on.
                            crate::prefetch::links_when_idle();
                            Ok(Either::Left(render(value)))
                        }
                        Err(FetchError::NotFound) => Ok(Either::Right(view! { <NotFoundPage /> })),
                        Err(error) => Err(error),
                    }
                })}
            </ErrorBoundary>
        </Transition>
    }
}
