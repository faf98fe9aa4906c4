//! What a person sees when the app panics: a banner saying something went
//! wrong, with a way to reload, instead of a page that silently stops
//! responding.
//!
//! Built with plain DOM calls, not Leptos: after a panic the reactive system
//! may be mid-update, and in a release build (`panic = "abort"`) the wasm
//! instance traps right after the hook returns.

use wasm_bindgen::JsCast;

use crate::i18n::Lang;

/// The banner's element id; at most one is shown.
pub const PANIC_BANNER_ID: &str = "panic-banner";

/// Installs the panic hook: the panic is logged to the console with its
/// message and location (by `console_error_panic_hook`), then the banner is
/// shown.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_banner();
    }));
}

/// Shows the banner in the page's current interface language (from
/// `<html lang>`, which the app keeps up to date). Does nothing if it is
/// already shown or there is no document.
pub fn show_panic_banner() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(PANIC_BANNER_ID).is_some() {
        return;
    }
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::En);
    let texts = lang.texts();
    let Some(body) = document.body() else {
        return;
    };
    let build = || -> Result<(web_sys::Element, web_sys::Element), wasm_bindgen::JsValue> {
        let banner = document.create_element("div")?;
        banner.set_id(PANIC_BANNER_ID);
        banner.set_class_name("panic-banner");
        banner.set_attribute("role", "alert")?;
        banner.set_attribute("lang", lang.code())?;
        let message = document.create_element("p")?;
        message.set_text_content(Some(texts.app_panic));
        // A real link, not a button: it reloads by plain navigation, with no
        // code of the crashed app involved. `rel="external"` keeps the
        // router from treating it as an in-app link.
        let reload = document.create_element("a")?;
        let here = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        reload.set_attribute("href", &here)?;
        reload.set_attribute("rel", "external")?;
        reload.set_class_name("button");
        reload.set_text_content(Some(texts.reload));
        banner.append_child(&message)?;
        banner.append_child(&reload)?;
        body.prepend_with_node_1(&banner)?;
        Ok((banner, reload))
    };
    // Focus the way out, so keyboard and screen-reader users land on it.
    if let Ok((_, reload)) = build()
        && let Some(link) = reload.dyn_ref::<web_sys::HtmlElement>()
    {
        let _ = link.focus();
    }
}
