//! Back and Forward return to where the person was on a page whose content
//! arrives after the URL changes (the browse page): the browser restores the
//! scroll position at once, before the results are there to scroll to, so
//! the page keeps each address's position itself and scrolls back once its
//! content is drawn.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::prelude::*;

thread_local! {
    /// The last scroll position seen at each address (path and query).
    static POSITIONS: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    /// Whether the current address was reached by Back or Forward.
    static TRAVERSED: Cell<bool> = const { Cell::new(false) };
}

/// The address as the browser shows it: path and query.
fn address() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}",
        location.pathname().ok()?,
        location.search().ok()?
    ))
}

/// Remembers scroll positions and history traversals for the whole visit.
/// Called once, by the app.
pub fn watch() {
    let scroll = window_event_listener(leptos::ev::scroll, |_| {
        if let Some(key) = address() {
            let y = window().scroll_y().unwrap_or_default();
            POSITIONS.with_borrow_mut(|p| p.insert(key, y));
        }
    });
    let popstate = window_event_listener(leptos::ev::popstate, |_| TRAVERSED.set(true));
    // The app lives as long as the page: the listeners are never removed.
    std::mem::forget((scroll, popstate));
}

/// Called by a page once its content is drawn: after Back or Forward,
/// scrolls to where the person was at this address; after a link, nothing.
pub fn restore() {
    if !TRAVERSED.replace(false) {
        return;
    }
    let Some(y) = address().and_then(|key| POSITIONS.with_borrow(|p| p.get(&key).copied())) else {
        return;
    };
    // After the frame that lays out the new content.
    request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
}
