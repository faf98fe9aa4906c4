//! "Import": one place that takes a file by picker or drop: this site's own
//! JSON export, a Letterboxd export (the zip or its CSV files) or an IMDb
//! ratings or list export. Letterboxd and IMDb files are matched to the
//! catalog through its match index and shown as a preview (found, to
//! choose, not in this catalog) before anything is written; then all of it
//! is saved at once, or nothing is.

use std::sync::Arc;

use leptos::prelude::*;

use super::focus::focus_by_id;
use crate::api::fetch_match_lookup;
use crate::i18n::library::{LibraryTexts, use_library_texts};
use crate::i18n::{Texts, use_texts};
use crate::model::history_import::{
    ImportFilm, ImportPreview, group_films, missing_csv, preview, to_user_data,
};
use crate::model::matching::{Candidate, Wanted};
use crate::model::user_data::{DecodeError, UserData};
use crate::storage::{UserStore, today};

/// Where an import is.
#[derive(Clone, Debug)]
enum ImportState {
    Idle,
    Reading,
    Matching(usize, usize),
    Preview(Arc<ImportPreview>, usize),
    /// This many entries were added or updated.
    Merged(usize),
    /// Nothing was imported, and why (worded when shown).
    Refused(Refusal),
}

/// Why nothing was imported.
#[derive(Clone, Debug)]
enum Refusal {
    Unreadable,
    Json(DecodeError),
    Export(film_imports::ExportError),
    Catalog(crate::api::FetchError),
    NotSaved,
}

fn refusal_text(t: &Texts, lt: &LibraryTexts, why: &Refusal) -> String {
    use film_imports::ExportError as E;
    let reason = match why {
        Refusal::Unreadable => t.file_unreadable.to_owned(),
        Refusal::Json(error) => t.decode_error(error),
        Refusal::Catalog(error) => t.fetch_error(error),
        Refusal::NotSaved => return lt.import_not_saved.to_owned(),
        Refusal::Export(E::Empty { .. }) => lt.file_empty.to_owned(),
        Refusal::Export(E::NotAnExport { .. }) => lt.file_not_export.to_owned(),
        Refusal::Export(E::NoExportFiles) => lt.zip_no_exports.to_owned(),
        Refusal::Export(E::MissingColumn { file, column }) => {
            (lt.file_missing_column)(file, column)
        }
        Refusal::Export(E::TooLarge { limit, .. }) => (lt.file_too_large)(limit / (1024 * 1024)),
        Refusal::Export(E::Csv { message, .. }) => (lt.file_damaged)(message),
        Refusal::Export(E::Zip(message)) => (lt.file_damaged)(message),
    };
    (t.import_refused)(&reason)
}

/// The file's bytes, or `None` if the browser could not read it.
async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Whether the bytes are this site's JSON export rather than a CSV or zip.
fn is_json(name: &str, bytes: &[u8]) -> bool {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    name.to_lowercase().ends_with(".json") || matches!(first, Some(b'{' | b'['))
}

/// Reads, matches and previews `file`, or merges it at once if it is this
/// site's JSON (which needs no matching). Everything it has to say goes
/// through `report`, which drops it once another file has been chosen.
async fn read_file(store: UserStore, file: web_sys::File, report: impl Fn(ImportState) + Copy) {
    report(ImportState::Reading);
    let Some(bytes) = file_bytes(&file).await else {
        report(ImportState::Refused(Refusal::Unreadable));
        return;
    };
    let name = file.name();
    if is_json(&name, &bytes) {
        let text = String::from_utf8_lossy(&bytes);
        report(match UserData::decode(&text) {
            Err(error) => ImportState::Refused(Refusal::Json(error)),
            Ok(data) => match store.merge_all(data).await {
                Some(n) => ImportState::Merged(n),
                None => ImportState::Refused(Refusal::NotSaved),
            },
        });
        return;
    }
    let export = match film_imports::read_export(&name, &bytes) {
        Ok(export) => export,
        Err(error) => {
            report(ImportState::Refused(Refusal::Export(error)));
            return;
        }
    };
    let problems = export.problems.len();
    let films = group_films(export);
    let wanted: Vec<Wanted> = films.iter().map(|f| f.wanted.clone()).collect();
    let progress = move |done, total| report(ImportState::Matching(done, total));
    match fetch_match_lookup(&wanted, progress).await {
        Err(error) => report(ImportState::Refused(Refusal::Catalog(error))),
        Ok(lookup) => {
            let shown = preview(films, |w| lookup.decide(w));
            report(ImportState::Preview(Arc::new(shown), problems));
        }
    }
}

/// The id of the import's one live region, which takes the focus when the
/// preview's buttons go.
const STATUS_ID: &str = "import-status";

/// What the live region says in each state (empty when the state speaks
/// otherwise: an alert, or nothing).
fn status_text(t: &Texts, lt: &LibraryTexts, state: &ImportState) -> String {
    match state {
        ImportState::Reading => lt.import_reading.to_owned(),
        ImportState::Matching(done, total) => (lt.import_matching)(*done, *total),
        ImportState::Preview(shown, problems) => {
            let summary = (lt.preview_summary)(
                shown.matched.len(),
                shown.ambiguous.len(),
                shown.missing.len(),
            );
            if *problems > 0 {
                format!("{summary} {}", (lt.rows_left_out)(*problems))
            } else {
                summary
            }
        }
        ImportState::Merged(n) => (t.import_complete)(*n),
        ImportState::Idle | ImportState::Refused(_) => String::new(),
    }
}

/// The import section's controls and whatever the import has to say.
#[component]
pub fn HistoryImport() -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let (t, lt) = (use_texts(), use_library_texts());
    let state = RwSignal::new(ImportState::Idle);
    // Each file gets a number; a slow first file's news is dropped once a
    // second has been chosen.
    let generation = StoredValue::new(0u64);
    let start = move |file: web_sys::File| {
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        let report = move |next: ImportState| {
            if generation.get_value() == mine {
                state.set(next);
            }
        };
        leptos::task::spawn_local(read_file(store, file, report));
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            input.set_value("");
            start(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            start(file);
        }
    };
    // The rest of what an import shows; its words go to the live region.
    let details = move || match state.get() {
        ImportState::Matching(done, total) => view! {
            <progress max=total value=done aria-hidden="true"></progress>
        }
        .into_any(),
        ImportState::Preview(shown, _) => view! { <ImportPreviewView shown state /> }.into_any(),
        ImportState::Refused(why) => {
            view! { <p class="field-error" role="alert">{refusal_text(t, lt, &why)}</p> }.into_any()
        }
        ImportState::Idle | ImportState::Reading | ImportState::Merged(_) => ().into_any(),
    };
    view! {
        <div class="drop-zone" on:dragover=|ev| ev.prevent_default() on:drop=on_drop>
            <label for="import-file" class="field-label">{t.import_label}</label>
            <input
                id="import-file"
                type="file"
                accept=".json,.csv,.zip,application/json,text/csv,application/zip"
                on:change=on_change
            />
        </div>
        <p id=STATUS_ID class="import-status" role="status" tabindex="-1">
            {move || state.with(|s| status_text(t, lt, s))}
        </p>
        {details}
    }
    .into_any()
}

/// The preview: what was found, the films to choose, those left out, and
/// the button that saves it all.
#[component]
fn ImportPreviewView(shown: Arc<ImportPreview>, state: RwSignal<ImportState>) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let (t, lt) = (use_texts(), use_library_texts());
    // The title chosen for each ambiguous film; the likeliest to start with.
    let choices: Vec<RwSignal<Option<usize>>> = shown
        .ambiguous
        .iter()
        .map(|_| RwSignal::new(Some(0)))
        .collect();
    let picked = {
        let choices = choices.clone();
        move || choices.iter().filter(|c| c.get().is_some()).count()
    };
    let matched = shown.matched.len();
    let apply = {
        let (shown, choices) = (shown.clone(), choices.clone());
        move |_| {
            let chosen = shown.matched.iter().map(|(f, c)| (f, c)).chain(
                shown
                    .ambiguous
                    .iter()
                    .zip(&choices)
                    .filter_map(|((film, options), choice)| {
                        Some((film, options.get(choice.get_untracked()?)?))
                    }),
            );
            let imported = to_user_data(chosen, &today());
            leptos::task::spawn_local(async move {
                // The preview's buttons go: the focus moves to what happened.
                match store.merge_all(imported).await {
                    Some(n) => {
                        state.set(ImportState::Merged(n));
                        focus_by_id(STATUS_ID);
                    }
                    None => {
                        state.set(ImportState::Refused(Refusal::NotSaved));
                        focus_by_id("import-file");
                    }
                }
            });
        }
    };
    let missing_file = missing_csv(&shown.missing);
    let download = move |_| {
        let name = format!("marquee-not-in-catalog-{}.csv", today());
        let _ = super::download::download(&name, "text/csv", &missing_file);
    };
    let ambiguous = shown
        .ambiguous
        .iter()
        .zip(choices)
        .enumerate()
        .map(|(i, ((film, options), choice))| view! { <ChooseFilm i film=film.clone() options=options.clone() choice /> })
        .collect_view();
    let missing = shown
        .missing
        .iter()
        .map(|f| view! { <li>{film_name(lt, f)}</li> })
        .collect_view();
    view! {
        <section class="import-preview" aria-labelledby="preview-heading">
            <h3 id="preview-heading">{lt.preview_heading}</h3>
            {(!shown.ambiguous.is_empty())
                .then(|| view! { <h4>{lt.choose_heading}</h4> <div class="choose-films">{ambiguous}</div> })}
            {(!shown.missing.is_empty())
                .then(|| {
                    view! {
                        <details class="missing-films">
                            <summary>{format!("{} ({})", lt.missing_heading, shown.missing.len())}</summary>
                            <ul>{missing}</ul>
                            <button type="button" class="link-button" on:click=download>
                                {lt.download_missing}
                            </button>
                        </details>
                    }
                })}
            <div class="form-actions">
                <button type="button" class="button" on:click=apply>
                    {move || (lt.import_films)(matched + picked())}
                </button>
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| {
                        state.set(ImportState::Idle);
                        focus_by_id("import-file");
                    }
                >
                    {t.cancel}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// "Canoa (1976)" as the file names it.
fn film_name(lt: &LibraryTexts, film: &ImportFilm) -> String {
    let year = film.wanted.year.map(|y| y.to_string()).unwrap_or_default();
    (lt.film_named)(&film.wanted.title, &year)
}

/// One ambiguous film: a radio group of its possible titles, and "none".
#[component]
fn ChooseFilm(
    i: usize,
    film: ImportFilm,
    options: Vec<Candidate>,
    choice: RwSignal<Option<usize>>,
) -> impl IntoView {
    let lt = use_library_texts();
    let name = format!("choose-{i}");
    let radio = move |value: Option<usize>, label: String| {
        let id = format!(
            "{name}-{}",
            value.map_or("none".to_owned(), |v| v.to_string())
        );
        view! {
            <div class="check">
                <input
                    type="radio"
                    id=id.clone()
                    name=name.clone()
                    prop:checked=move || choice.get() == value
                    on:change=move |_| choice.set(value)
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    let radios = options
        .iter()
        .enumerate()
        .map(|(k, c)| radio(Some(k), (lt.film_named)(&c.title, &c.year.to_string())))
        .collect_view();
    view! {
        <fieldset class="choose-film">
            <legend>{film_name(lt, &film)}</legend>
            {radios}
            {radio(None, lt.choose_none.to_owned())}
        </fieldset>
    }
}
