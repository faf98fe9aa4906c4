//! The links between the pages of a list whose pages are addresses.

use leptos::prelude::*;

use crate::i18n::use_texts;

/// Previous, where you are ("Page 2 of 5"), Next: links, so each page can
/// be opened in a new tab, bookmarked and reached by Back.
#[component]
pub fn Pager(previous: Option<String>, here: String, next: Option<String>) -> impl IntoView {
    let t = use_texts();
    view! {
        <nav class="pager" aria-label=t.pages_label>
            {previous.map(|href| view! { <a href=href rel="prev">{t.previous}</a> })}
            <span aria-current="page">{here}</span>
            {next.map(|href| view! { <a href=href rel="next">{t.next}</a> })}
        </nav>
    }
}

/// A [`Pager`] for page `here` of `pages`, `href` giving each page's address.
pub fn numbered_pager(here: usize, pages: usize, href: impl Fn(usize) -> String) -> impl IntoView {
    let t = use_texts();
    let previous = (here > 1).then(|| href(here - 1));
    let next = (here < pages).then(|| href(here + 1));
    let here = (t.page_of)(
        u32::try_from(here).unwrap_or(u32::MAX),
        u32::try_from(pages).unwrap_or(u32::MAX),
    );
    view! { <Pager previous here next /> }
}
