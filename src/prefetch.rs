//! Loading the code of the pages a person may go to next, before they go:
//! the pages the links on screen lead to, once the browser is idle, and the
//! page of a link as soon as it is hovered or focused. A first visit to a
//! page then finds its chunk already there (see `src/routes.rs`).

use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::base_path::site_path;
use crate::model::route::Page;
use crate::routes;

thread_local! {
    /// Pages whose code was asked for this visit: each is asked for once.
    static REQUESTED: RefCell<HashSet<Page>> = RefCell::new(HashSet::new());
}

/// Loads the code of `page` unless it was asked for already; says whether
/// it was asked for now.
fn request(page: Page) -> bool {
    let new = REQUESTED.with_borrow_mut(|requested| requested.insert(page));
    if new {
        leptos::task::spawn_local(routes::preload(page));
    }
    new
}

/// The page an in-site link leads to.
fn page_of_link(link: &web_sys::HtmlAnchorElement) -> Option<Page> {
    let same_site = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .is_some_and(|origin| origin == link.origin());
    if !same_site {
        return None;
    }
    Page::of_path(site_path(&link.pathname())?)
}

/// The pages the document's links lead to, each once, in document order.
fn pages_linked_from_the_document() -> VecDeque<Page> {
    let mut pages = VecDeque::new();
    let Ok(links) = document().query_selector_all("a[href]") else {
        return pages;
    };
    for index in 0..links.length() {
        let link = links.item(index).and_then(|node| node.dyn_into().ok());
        if let Some(page) = link.as_ref().and_then(page_of_link)
            && !pages.contains(&page)
        {
            pages.push_back(page);
        }
    }
    pages
}

/// Once the browser is idle, loads the code of every page the links in the
/// document lead to. Called when a page has drawn its content.
pub fn links_when_idle() {
    request_idle_callback(|| one_per_idle_period(pages_linked_from_the_document()));
}

/// Asks for the code of the first page not asked for yet, and for the rest
/// in later idle periods, one page each: asking starts a request for each of
/// the page's files (a page's chunk and the code it shares, up to forty
/// files), and all pages at once made one task of about 100 ms on this
/// machine, a long task a tap would wait behind.
fn one_per_idle_period(mut pages: VecDeque<Page>) {
    while let Some(page) = pages.pop_front() {
        if request(page) {
            break;
        }
    }
    if pages.is_empty() {
        return;
    }
    let rest = Cell::new(Some(pages));
    request_idle_callback(move || {
        if let Some(pages) = rest.take() {
            one_per_idle_period(pages);
        }
    });
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
        if let Some(page) = link.as_ref().and_then(page_of_link) {
            request(page);
        }
    });
    for kind in ["pointerover", "focusin"] {
        let _ = document().add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    // Listens for the life of the page.
    handler.forget();
}
