//! A page's first screen written as HTML ahead of time, and the app taking
//! its place.
//!
//! `crates/prerender` writes the home page (`index.html`) and every title
//! (`title/<id>.html`) into `dist/`: the site's shell with the page's first
//! screen, rendered by the same components the app uses
//! ([`crate::prerender`]), inside an inert [`FIRST_SCREEN_ID`] element. The
//! browser paints the heading and the text before any wasm has arrived,
//! instead of a blank page for the seconds a phone takes to fetch and start
//! the app.
//!
//! The app then builds the page out of the document, in an element of its
//! own, and [`reveal`] puts that element in the written copy's place in one
//! step once the page is drawn (or, should the page's file be slow, once the
//! app has waited [`PATIENCE`] for it): nothing painted moves (the app's
//! elements are new ones, not shifted ones), and the document never holds
//! two copies of the page (two search boxes, two `id="main"`). The written
//! copy is `inert` meanwhile, so no click or keystroke goes to a control
//! that does nothing yet.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::{Effect, set_timeout};
use wasm_bindgen::JsCast;

/// The element around the first screen written ahead of time.
pub const FIRST_SCREEN_ID: &str = "first-screen";

thread_local! {
    /// The app's element while the written copy shows, out of the document.
    static APP_ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether the page still shows the first screen written ahead of time.
pub fn is_shown() -> bool {
    document().is_some_and(|d| d.get_element_by_id(FIRST_SCREEN_ID).is_some())
}

/// Where to mount the app when the page came with a first screen written
/// ahead of time: an element outside the document, which [`reveal`] puts
/// in. `None` for a page without one: the app then mounts on the body.
pub fn detached_mount_point() -> Option<web_sys::HtmlElement> {
    let document = document()?;
    document.get_element_by_id(FIRST_SCREEN_ID)?;
    let root = document
        .create_element("div")
        .ok()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    APP_ROOT.set(Some(root.clone().into()));
    Some(root)
}

/// Puts the app in place of the first screen written ahead of time, if the
/// page has one; called once the app has drawn the page (or an error, or
/// another page). One DOM operation, so the browser never paints the two
/// together or neither.
pub fn reveal() {
    let Some(written) = document().and_then(|d| d.get_element_by_id(FIRST_SCREEN_ID)) else {
        return;
    };
    match APP_ROOT.take() {
        Some(root) => {
            let _ = written.replace_with_with_node_1(&root);
        }
        // The app mounted on the body: only the copy has to go.
        None => written.remove(),
    }
}

/// How long the app, once mounted, waits for the page to be drawn before it
/// shows itself anyway, with its loading notice and a header that works:
/// the copy is inert, so a title file that is slow to come would otherwise
/// leave the visitor nothing to use. The file usually comes with the wasm
/// (`boot.js` fetches it alongside), well inside this.
const PATIENCE: Duration = Duration::from_millis(500);

/// [`reveal`] after [`PATIENCE`], whatever the page has drawn by then:
/// called once the app is mounted.
pub fn reveal_before_long() {
    set_timeout(reveal, PATIENCE);
}

/// [`reveal`] once the view being built is on the page: called by the
/// views that take the first screen's place (the home and title pages, the
/// error panel, the not-found page).
pub fn reveal_once_drawn() {
    Effect::new(|_| reveal());
}
