//! A reminder to export, for a library that lives only in this browser
//! and has not been exported lately (see [`needs_export`]).

use leptos::prelude::*;

use crate::base_path::app_path;
use crate::i18n::library::use_library_texts;
use crate::model::backup::{REMIND_AFTER_DAYS, entries, needs_export};
use crate::storage::{UserStore, today};

/// "You keep 340 entries only in this browser…", with a link to the
/// export buttons unless they are on this page (`here`).
#[component]
pub fn ExportReminder(#[prop(optional)] here: bool) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let lt = use_library_texts();
    let count = Memo::new(move |_| store.data().with(entries));
    let shown = move || {
        let last = store.last_export().get();
        needs_export(count.get(), last.as_deref(), &today())
    };
    view! {
        <Show when=shown>
            <div class="export-reminder">
                <p>{move || (lt.export_reminder)(count.get(), REMIND_AFTER_DAYS as u32)}</p>
                {(!here).then(|| view! {
                    <a href=app_path("/your-data#export-heading")>{lt.export_now}</a>
                })}
            </div>
        </Show>
    }
    .into_any()
}
