//! Moving the focus to an element by id, for when the control that had it
//! is removed (a closed form, a deleted row).

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses the element with `id`, if it is there.
pub fn focus_by_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id)
        && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = element.focus();
    }
}
