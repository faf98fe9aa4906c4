//! "Your data": what this browser keeps, and export and import of it.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::format::grouped;
use crate::i18n::{Texts, use_lang, use_texts};
use crate::model::user_data::{DecodeError, UserData};
use crate::storage::{UserStore, today};

/// Offers `text` as a file download named `name`.
fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The outcome of an import, for the status line (worded when shown, so it
/// follows a change of language).
#[derive(Clone, Debug, PartialEq, Eq)]
enum ImportResult {
    /// This many entries were added or updated.
    Merged(usize),
    /// Nothing was imported: the file is not an export this build can read,
    /// or (`None`) the browser could not read the file at all.
    Refused(Option<DecodeError>),
}

/// The Your data page's rows: what is counted, and where its name is.
type CountRow = (fn(&Texts) -> &'static str, usize);

/// The page at `/your-data`.
#[component]
pub fn YourDataPage() -> impl IntoView {
    let store = use_context::<UserStore>();
    let result = RwSignal::new(None::<ImportResult>);
    let export_failed = RwSignal::new(false);
    let t = use_texts();
    let lang = use_lang();
    let counts = move || {
        store.map(|s| {
            s.data().with(|d| -> [CountRow; 6] {
                [
                    (|t| t.count_ratings, d.ratings.len()),
                    (|t| t.count_reviews, d.reviews.len()),
                    (|t| t.count_drafts, d.drafts.len()),
                    (|t| t.count_votes, d.votes.len()),
                    (|t| t.count_reports, d.reports.len()),
                    (|t| t.recently_viewed, d.recent.entries().len()),
                ]
            })
        })
    };
    let export_json = move |_| {
        if let Some(store) = store {
            let text = store.data().with_untracked(UserData::encode);
            let name = format!("marquee-data-{}.json", today());
            export_failed.set(download(&name, "application/json", &text).is_err());
        }
    };
    let export_csv = move |_| {
        if let Some(store) = store {
            let text = store.data().with_untracked(UserData::ratings_csv);
            let name = format!("marquee-ratings-{}.csv", today());
            export_failed.set(download(&name, "text/csv", &text).is_err());
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(store) = store else { return };
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let outcome = match text.map(|t| UserData::decode(&t)) {
                None => ImportResult::Refused(None),
                Some(Err(error)) => ImportResult::Refused(Some(error)),
                Some(Ok(imported)) => {
                    let before = store.data().get_untracked();
                    store.update(|d| d.merge(imported));
                    ImportResult::Merged(store.data().with_untracked(|d| d.differences(&before)))
                }
            };
            result.set(Some(outcome));
        });
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
                                        <dt>{label(t)}</dt>
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
                <div class="form-actions">
                    <button type="button" class="button" on:click=export_json>
                        {t.export_json}
                    </button>
                    <button type="button" class="button" on:click=export_csv>
                        {t.export_csv}
                    </button>
                </div>
                <Show when=move || export_failed.get()>
                    <p class="field-error" role="alert">{t.download_blocked}</p>
                </Show>
            </section>
            <section class="section" aria-labelledby="import-heading">
                <h2 id="import-heading" class="section-title">{t.import}</h2>
                <p class="hint">{t.import_hint}</p>
                <label for="import-file" class="field-label">{t.import_label}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=import />
                {move || {
                    result
                        .get()
                        .map(|r| match r {
                            ImportResult::Merged(n) => {
                                view! {
                                    <p class="import-result" role="status">
                                        {(t.import_complete)(n)}
                                    </p>
                                }
                                    .into_any()
                            }
                            ImportResult::Refused(error) => {
                                let why = match &error {
                                    Some(error) => t.decode_error(error),
                                    None => t.file_unreadable.to_owned(),
                                };
                                view! {
                                    <p class="field-error" role="alert">
                                        {(t.import_refused)(&why)}
                                    </p>
                                }
                                    .into_any()
                            }
                        })
                }}
            </section>
        </div>
    }
}
