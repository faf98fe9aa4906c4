//! Loading the code of the pages a person may go to next, before they go:
//! the pages the links on screen lead to, once the browser is idle, and the
//! page of a link as soon as it is hovered or focused. A first visit to a
//! page then finds its chunk already there (see `src/routes.rs`).

use std::cell::RefCell;
use std::collections::HashSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::base_path::site_path;
use crate::idle::when_idle;
use crate::model::route::Page;
use crate::routes;

thread_local! {
    /// Pages whose code was asked for this visit: each is asked for once.
    static REQUESTED: RefCell<HashSet<Page>> = RefCell::new(HashSet::new());
}

/// Loads the code of `page` unless it was asked for already.
fn request(page: Page) {
    if REQUESTED.with_borrow_mut(|requested| requested.insert(page)) {
        leptos::task::spawn_local(routes::preload(page));
    }
}

/// The page an in-site link leads to; `origin` is this page's.
fn page_of_link(link: &web_sys::HtmlAnchorElement, origin: &str) -> Option<Page> {
    if link.origin() != origin {
        return None;
    }
    Page::of_path(site_path(&link.pathname())?)
}

/// This page's origin, which in-site links share.
fn origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// The first page a link in the document leads to whose code was not asked
/// for yet, in document order. Stops there: a title page has a hundred
/// links or more, mostly to a few pages, and each is read from the DOM.
fn first_page_not_asked_for() -> Option<Page> {
    let origin = origin()?;
    let links = document().query_selector_all("a[href]").ok()?;
    (0..links.length())
        .filter_map(|index| links.item(index)?.dyn_into().ok())
        .filter_map(|link: web_sys::HtmlAnchorElement| page_of_link(&link, &origin))
        .find(|page| !REQUESTED.with_borrow(|requested| requested.contains(page)))
}

/// Once the browser is idle, loads the code of every page the links in the
/// document lead to, one page per idle period. Called when a page has drawn
/// its content.
pub fn links_when_idle() {
    when_idle(one_linked_page);
}

/// Asks for the code of the first page the document links to that was not
/// asked for yet, then comes back in the next idle period for the next:
/// asking starts a request for each of the page's files (its chunk and the
/// code it shares, up to forty files), and all pages at once made one task
/// of about 100 ms on this machine, a long task a tap would wait behind.
/// The document is read again each time, so links drawn since (a title's
/// lower sections) count too; it stops once every linked page was asked for.
fn one_linked_page() {
    if let Some(page) = first_page_not_asked_for() {
        request(page);
        when_idle(one_linked_page);
    }
}

/// Loads a link's page code when the pointer enters it or it gets the
/// focus, a few hundred milliseconds before the click. Installed once, on
/// the document.
pub fn on_hover_and_focus() {
    let handler = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|link| link.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(link) = link
            && let Some(origin) = origin()
            && let Some(page) = page_of_link(&link, &origin)
        {
            request(page);
        }
    });
    for kind in ["pointerover", "focusin"] {
        let _ = document().add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    // Listens for the life of the page.
    handler.forget();
}
