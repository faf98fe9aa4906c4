//! What the browser test binaries share (`components.rs`, `first_page.rs`):
//! mounting a view, reading the DOM, waiting for tasks. Each binary uses
//! only some of it, hence `dead_code` allowed.
#![allow(dead_code)]

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The site's real stylesheet, so that layout-dependent behaviour (the
/// carousel's scroll track) is tested as it is shipped.
pub fn ensure_stylesheet(document: &web_sys::Document) {
    if document.get_element_by_id("site-css").is_none() {
        let style = document
            .create_element("style")
            .expect("create a style element");
        style.set_id("site-css");
        style.set_text_content(Some(include_str!("../../assets/style.css")));
        document
            .head()
            .expect("a head")
            .append_child(&style)
            .expect("append");
    }
}

/// Mounts `view` in a fresh container and returns the container.
pub fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = document();
    ensure_stylesheet(&document);
    let container = document
        .create_element("div")
        .expect("create a container")
        .unchecked_into::<HtmlElement>();
    // Wide enough that the carousel track overflows the way it does on a page.
    container
        .set_attribute("style", "width: 600px")
        .expect("style");
    document
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("append");
    let handle = mount_to(container.clone(), view);
    // The test reads the DOM after the component would normally unmount.
    handle.forget();
    container
}

pub fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("{selector} is rendered"))
        .unchecked_into()
}

pub fn count(root: &HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .expect("a valid selector")
        .length()
}

/// Waits for timers and animation frames to run.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("the timer fires");
}

/// Puts a stand-in for the first screen written ahead of time into the
/// document, as a page written ahead of time comes with one.
pub fn write_first_screen_copy() -> web_sys::Element {
    let written = document()
        .create_element("div")
        .expect("create the written copy");
    written.set_id(film_site::first_screen::FIRST_SCREEN_ID);
    document()
        .body()
        .expect("a body")
        .append_child(&written)
        .expect("append");
    written
}
