//! "Your data": what this browser keeps, and export and import of it.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;

use crate::components::download::download;
use crate::components::export_reminder::ExportReminder;
use crate::components::history_import::HistoryImport;
use crate::i18n::format::grouped;
use crate::i18n::library::use_library_texts;
use crate::i18n::{use_lang, use_texts};
use crate::model::user_data::UserData;
use crate::storage::{UserStore, today};

/// The Your data page's rows: what is counted, and how many.
type CountRow = (&'static str, usize);

/// The page at `/your-data`.
#[component]
pub fn YourDataPage() -> impl IntoView {
    let store = use_context::<UserStore>();
    let export_failed = RwSignal::new(false);
    let t = use_texts();
    let lt = use_library_texts();
    let lang = use_lang();
    let counts = move || {
        store.map(|s| {
            s.data().with(|d| -> [CountRow; 9] {
                [
                    (t.count_ratings, d.ratings.len()),
                    (t.count_reviews, d.reviews.len()),
                    (lt.watchlist_tab, d.watchlist.len()),
                    (lt.diary_tab, d.diary.len()),
                    (lt.seen_count_label, d.seen.len()),
                    (t.count_drafts, d.drafts.len()),
                    (t.count_votes, d.votes.len()),
                    (t.count_reports, d.reports.len()),
                    (t.recently_viewed, d.recent.entries().len()),
                ]
            })
        })
    };
    // A download that started quiets the export reminder.
    let saved = move |store: UserStore, result: Result<(), wasm_bindgen::JsValue>| {
        export_failed.set(result.is_err());
        if result.is_ok() {
            store.exported();
        }
    };
    let export_json = move |_| {
        if let Some(store) = store {
            let text = store.data().with_untracked(UserData::encode);
            let name = format!("marquee-data-{}.json", today());
            saved(store, download(&name, "application/json", &text));
        }
    };
    let export_csv = move |_| {
        if let Some(store) = store {
            let text = store.data().with_untracked(UserData::letterboxd_csv);
            let name = format!("marquee-letterboxd-{}.csv", today());
            saved(store, download(&name, "text/csv", &text));
        }
    };
    let export_imdb = move |_| {
        if let Some(store) = store {
            let text = store.data().with_untracked(UserData::imdb_ratings_csv);
            let name = format!("marquee-imdb-ratings-{}.csv", today());
            saved(store, download(&name, "text/csv", &text));
        }
    };
    view! {
        <DocumentTitle text=format!("{} · Marquee", t.your_data) />
        <div class="page your-data">
            <h1>{t.your_data}</h1>
            <p class="lead">{t.your_data_lead}</p>
            <section class="section" aria-labelledby="kept-heading">
                <h2 id="kept-heading" class="section-title">{t.kept_in_browser}</h2>
                <dl class="facts">
                    {move || {
                        counts()
                            .into_iter()
                            .flatten()
                            .map(|(label, n)| {
                                view! {
                                    <div>
                                        <dt>{label}</dt>
                                        <dd>{grouped(n, lang)}</dd>
                                    </div>
                                }
                            })
                            .collect_view()
                    }}
                </dl>
            </section>
            <section class="section" aria-labelledby="export-heading">
                <h2 id="export-heading" class="section-title">{t.export}</h2>
                <ExportReminder here=true />
                <div class="form-actions">
                    <button type="button" class="button" on:click=export_json>
                        {t.export_json}
                    </button>
                    <button type="button" class="button" on:click=export_csv>
                        {t.export_csv}
                    </button>
                    <button type="button" class="button" on:click=export_imdb>
                        {lt.export_imdb_csv}
                    </button>
                </div>
                <Show when=move || export_failed.get()>
                    <p class="field-error" role="alert">{t.download_blocked}</p>
                </Show>
            </section>
            <section class="section" aria-labelledby="import-heading">
                <h2 id="import-heading" class="section-title">{t.import}</h2>
                <p class="hint">{t.import_hint}</p>
                <HistoryImport />
            </section>
        </div>
    }
}
