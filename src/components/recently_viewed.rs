//! "Recently viewed": the last titles this browser opened.

use leptos::prelude::*;

use crate::base_path::app_path;
use crate::i18n::use_texts;
use crate::storage::UserStore;

/// Links to the titles opened here before, newest first, leaving out the one
/// being viewed. The list lives only in this browser.
#[component]
pub fn RecentlyViewedList(
    /// Id of the title on screen, left out of the list.
    #[prop(optional, into)]
    current: Option<String>,
) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let t = use_texts();
    let current = current.unwrap_or_default();
    let entries = Memo::new(move |_| {
        store
            .data()
            .read()
            .recent
            .excluding(&current)
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <section class="section recently-viewed" aria-labelledby="recent-heading">
            <div class="section-head">
                <h2 id="recent-heading" class="section-title">{t.recently_viewed}</h2>
                <Show when=move || !entries.read().is_empty()>
                    <button type="button" class="link-button" on:click=move |_| store.update(|d| d.recent.clear())>
                        {t.clear_history}
                    </button>
                </Show>
            </div>
            <Show
                when=move || !entries.read().is_empty()
                fallback=move || view! { <p class="empty-state">{t.recent_empty}</p> }
            >
                <ul class="recent-list">
                    <For
                        each=move || entries.get()
                        key=|entry| entry.id.clone()
                        children=|entry| {
                            view! {
                                <li>
                                    <a href=app_path(&format!("/title/{}", entry.id))>{entry.title}</a>
                                    " "
                                    <span class="year">{format!("({})", entry.year)}</span>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
    .into_any()
}
