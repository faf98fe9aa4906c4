//! A generated poster: the catalog ships no images, so each title gets a
//! colour field derived from its id, with its name set in type.

use leptos::prelude::*;

/// How many hues posters come in, one class each (`poster-hue-0` to
/// `poster-hue-35` in style.css, 10° apart).
const HUES: u32 = 36;

/// FNV-1a, so the same id always gets the same colour on every device.
fn hue_of(id: &str) -> u32 {
    let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash % HUES
}

/// Decorative poster for a title; hidden from screen readers because the
/// title is always written next to it.
#[component]
pub fn Poster(
    #[prop(into)] id: String,
    #[prop(into)] title: String,
    year: u16,
    /// Extra class for size: `poster-large` or `poster-small`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    // A class, not a `style` attribute: the Content-Security-Policy
    // (`style-src 'self'`) forbids inline styles in the HTML of a page
    // written ahead of time (src/prerender.rs), where the CSSOM is no way
    // round it.
    let hue = hue_of(&id);
    view! {
        <div class=format!("poster poster-hue-{hue} {class}") aria-hidden="true">
            <span class="poster-title">{title}</span>
            <span class="poster-year">{year}</span>
        </div>
    }
}
