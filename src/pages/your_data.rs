//! "Your data": what this browser keeps, and export and import of it.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::user_data::UserData;
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

/// The outcome of an import, for the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
enum ImportResult {
    Merged(usize),
    Refused(String),
}

/// The page at `/your-data`.
#[component]
pub fn YourDataPage() -> impl IntoView {
    let store = use_context::<UserStore>();
    let result = RwSignal::new(None::<ImportResult>);
    let export_failed = RwSignal::new(false);
    let counts = move || {
        store.map(|s| {
            s.data().with(|d| {
                [
                    ("Ratings", d.ratings.len()),
                    ("Reviews", d.reviews.len()),
                    ("Review drafts", d.drafts.len()),
                    ("Helpfulness votes", d.votes.len()),
                    ("Reports", d.reports.len()),
                    ("Recently viewed", d.recent.entries().len()),
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
                None => ImportResult::Refused("the file could not be read".into()),
                Some(Err(error)) => ImportResult::Refused(error.to_string()),
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
        <DocumentTitle text="Your data · Marquee" />
        <div class="page your-data">
            <h1>"Your data"</h1>
            <p class="lead">
                "Your ratings, reviews, drafts, votes, reports and history are kept only in this browser. Export them to keep a copy or move them to another browser."
            </p>
            <section class="section" aria-labelledby="kept-heading">
                <h2 id="kept-heading" class="section-title">"Kept in this browser"</h2>
                <dl class="facts">
                    {move || {
                        counts()
                            .unwrap_or_default()
                            .into_iter()
                            .map(|(label, n)| {
                                view! {
                                    <div>
                                        <dt>{label}</dt>
                                        <dd>{n}</dd>
                                    </div>
                                }
                            })
                            .collect_view()
                    }}
                </dl>
            </section>
            <section class="section" aria-labelledby="export-heading">
                <h2 id="export-heading" class="section-title">"Export"</h2>
                <div class="form-actions">
                    <button type="button" class="button" on:click=export_json>
                        "Export everything (JSON)"
                    </button>
                    <button type="button" class="button" on:click=export_csv>
                        "Export ratings for Letterboxd (CSV)"
                    </button>
                </div>
                <Show when=move || export_failed.get()>
                    <p class="field-error" role="alert">"The browser did not allow the download."</p>
                </Show>
            </section>
            <section class="section" aria-labelledby="import-heading">
                <h2 id="import-heading" class="section-title">"Import"</h2>
                <p class="hint">
                    "Importing adds what the file has and this browser lacks; where both have the same title, the later change wins. Importing the same file twice changes nothing."
                </p>
                <label for="import-file" class="field-label">"Import a Marquee export (JSON)"</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=import />
                {move || {
                    result
                        .get()
                        .map(|r| match r {
                            ImportResult::Merged(n) => {
                                view! {
                                    <p class="import-result" role="status">
                                        {format!(
                                            "Import complete: {n} {} added or updated.",
                                            if n == 1 { "entry" } else { "entries" },
                                        )}
                                    </p>
                                }
                                    .into_any()
                            }
                            ImportResult::Refused(why) => {
                                view! {
                                    <p class="field-error" role="alert">
                                        {format!("Nothing was imported: {why}.")}
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
