//! Banners about the connection and the app itself: offline, and a new
//! release waiting to take over.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::i18n::use_texts;

/// Fired on `window` by `boot.js` when a new service worker has installed
/// behind the one serving this page.
const UPDATE_READY_EVENT: &str = "marquee:update-ready";
/// Asks `boot.js` to let the waiting worker take over and reload the page.
const APPLY_UPDATE_EVENT: &str = "marquee:apply-update";
/// Set by `boot.js` too, for an update found before this component mounted.
const UPDATE_READY_FLAG: &str = "marqueeUpdateReady";

fn browser_is_online() -> bool {
    window().navigator().on_line()
}

fn update_already_found() -> bool {
    js_sys::Reflect::get(&window(), &JsValue::from_str(UPDATE_READY_FLAG))
        .is_ok_and(|flag| flag.is_truthy())
}

/// Says when the browser is offline (visited titles still open from the
/// service worker's cache) and when a new release is ready, with a Reload
/// button. Both are polite live regions, so a screen reader hears the change.
#[component]
pub fn ConnectionBanner() -> impl IntoView {
    let t = use_texts();
    let online = RwSignal::new(browser_is_online());
    let update_ready = RwSignal::new(update_already_found());
    let listeners = [
        window_event_listener(leptos::ev::online, move |_| online.set(true)),
        window_event_listener(leptos::ev::offline, move |_| online.set(false)),
        window_event_listener_untyped(UPDATE_READY_EVENT, move |_| update_ready.set(true)),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));

    let apply_update = move |_| {
        if let Ok(event) = web_sys::Event::new(APPLY_UPDATE_EVENT) {
            // Nothing to report if it fails: the button simply does nothing.
            let _ = window().dispatch_event(&event);
        }
    };

    view! {
        <div class="connection-banners" role="status">
            <Show when=move || !online.get()>
                <p class="connection-banner offline-banner">
                    {t.offline_notice}
                </p>
            </Show>
            <Show when=move || update_ready.get()>
                <p class="connection-banner update-banner">
                    {t.update_ready}
                    <button type="button" class="button" on:click=apply_update>
                        {t.reload}
                    </button>
                </p>
            </Show>
        </div>
    }
}
