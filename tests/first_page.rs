//! The visit's first page ends when the visitor leaves it, however far it
//! got (`end_the_first_page_on_leaving`). A test binary of its own: the
//! first page comes once per start of the app, and the tests in
//! `components.rs` end it. Run with `wasm-bindgen-test-runner` (see README,
//! "Tests").
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;

use film_site::components::lazy_code::{
    end_the_first_page_on_leaving, in_a_later_task_with_more_to_come,
};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::Router;
use leptos_router::hooks::use_navigate;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{count, mount, sleep, write_first_screen_copy};

/// The router's navigation to a path.
type Navigate = Box<dyn Fn(&str)>;

thread_local! {
    /// The router's navigation, handed out of the mounted page to the test.
    static NAVIGATE: RefCell<Option<Navigate>> = const { RefCell::new(None) };
}

/// A first page whose one piece leaves the first page going, as the title
/// page's lower sections do, so only leaving can end it.
#[component]
fn FirstPage() -> impl IntoView {
    end_the_first_page_on_leaving();
    let navigate = use_navigate();
    NAVIGATE.set(Some(Box::new(move |path| {
        navigate(path, NavigateOptions::default())
    })));
    in_a_later_task_with_more_to_come(|| view! { <p class="piece">"first"</p> })
}

#[wasm_bindgen_test]
async fn leaving_the_first_page_ends_it_and_puts_the_app_in_place_of_the_copy() {
    let written = write_first_screen_copy();

    let page = mount(|| view! { <Router><FirstPage /></Router> });
    assert_eq!(
        count(&page, ".piece"),
        0,
        "the first page: a piece waits for a task"
    );
    sleep(10).await;
    assert_eq!(count(&page, ".piece"), 1);
    let staying = mount(|| in_a_later_task_with_more_to_come(|| view! { <p class="piece" /> }));
    assert_eq!(
        count(&staying, ".piece"),
        0,
        "still on the first page: still in pieces"
    );
    assert!(
        written.is_connected(),
        "the copy stays until the app is drawn"
    );

    NAVIGATE.with_borrow(|navigate| navigate.as_ref().expect("the page is mounted")("/elsewhere"));
    sleep(10).await;
    assert!(
        !written.is_connected(),
        "leaving the first page takes the written copy away"
    );
    let next = mount(|| in_a_later_task_with_more_to_come(|| view! { <p class="piece" /> }));
    assert_eq!(count(&next, ".piece"), 1, "the next page is built at once");
}
