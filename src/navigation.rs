//! Moving to another address of the app from code, as a link would.

use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::base_path::app_path;

/// What a move does to the history and to the scroll position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// A new history entry, scrolled to the top: as following a link.
    Push,
    /// A new history entry, the scroll kept: another sort, filter or page
    /// of the list in view, which Back undoes.
    PushInPlace,
    /// The current entry replaced, the scroll kept.
    ReplaceInPlace,
}

/// A function that goes to `path`, an address of the app without the
/// mount path (`/browse?sort=year`). Call it in a component, and the
/// function anywhere in it.
pub fn use_app_navigate() -> impl Fn(&str, HistoryStep) + Clone + 'static {
    let navigate = use_navigate();
    move |path: &str, step: HistoryStep| {
        navigate(
            &app_path(path),
            NavigateOptions {
                // `app_path` already carries the mount path.
                resolve: false,
                replace: step == HistoryStep::ReplaceInPlace,
                scroll: step == HistoryStep::Push,
                ..Default::default()
            },
        );
    }
}
