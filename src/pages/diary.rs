//! `/diary`: every logged viewing, grouped by month, newest first, with
//! each entry's rewatch mark, stars and tags, and ways to edit or delete it.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_query_map;

use crate::base_path::app_path;
use crate::components::export_reminder::ExportReminder;
use crate::components::film_row::{RowHeading, RowPoster, RowTitle};
use crate::components::focus::focus_by_id;
use crate::components::log_watch::{LogWatchForm, WatchToLog, entry_dom_id};
use crate::components::pager::numbered_pager;
use crate::components::shelf::LibraryTabs;
use crate::i18n::format::long_date;
use crate::i18n::library::use_library_texts;
use crate::i18n::use_lang;
use crate::model::date::Date;
use crate::model::library::{DiaryEntry, DiaryId, DiaryMonth, diary_months};
use crate::storage::UserStore;

/// Your diary, a few months per page (`?page=2`).
#[component]
pub fn DiaryPage() -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let lt = use_library_texts();
    let url = use_query_map();
    let page = Memo::new(move |_| {
        url.read()
            .get("page")
            .and_then(|p| p.parse::<usize>().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
    });
    // Memos compare: a change elsewhere (a rating) rebuilds no row.
    let shown = Memo::new(move |_| store.data().with(|d| diary_months(d, page.get())));
    let count = Memo::new(move |_| store.data().read().diary.len());
    let href = |n: usize| {
        app_path(&if n > 1 {
            format!("/diary?page={n}")
        } else {
            "/diary".into()
        })
    };
    let pager =
        move || shown.with(|p| (p.pages > 1).then(|| numbered_pager(p.page, p.pages, href)));
    view! {
        <DocumentTitle text=format!("{} · Marquee", lt.diary_heading) />
        <div class="page library">
            <h1 id=HEADING_ID tabindex="-1">{lt.diary_heading}</h1>
            <LibraryTabs />
            <ExportReminder />
            <Show
                when=move || { count.get() > 0 }
                fallback=move || view! { <p class="empty-state">{lt.diary_empty}</p> }
            >
                <p class="lead">{move || (lt.diary_count)(count.get())}</p>
                {move || {
                    shown
                        .get()
                        .months
                        .into_iter()
                        .map(|month| view! { <MonthSection month /> })
                        .collect_view()
                }}
                {pager}
            </Show>
        </div>
    }
    .into_any()
}

/// The page's heading, which takes the focus when the entry that had it
/// is deleted.
const HEADING_ID: &str = "diary-heading";

/// Focuses the element with `id` once the page has been redrawn (the
/// diary rows are rebuilt after a save or a delete).
fn focus_after_render(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}

/// One month's heading and its entries.
#[component]
fn MonthSection(month: DiaryMonth) -> impl IntoView {
    let lt = use_library_texts();
    let heading = Date::parse(&format!("{}-01", month.month))
        .map(|d| (lt.month_heading)(d.year, d.month))
        .unwrap_or_else(|| month.month.clone());
    let heading_id = format!("month-{}", month.month);
    view! {
        <section class="section diary-month" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone() class="section-title">{heading}</h2>
            <ul class="shelf-list">
                {month
                    .entries
                    .into_iter()
                    .map(|(key, entry)| view! { <DiaryRow key entry /> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// One viewing, with Edit (the diary form in place) and Delete.
#[component]
fn DiaryRow(key: DiaryId, entry: DiaryEntry) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let lt = use_library_texts();
    let lang = use_lang();
    let editing = RwSignal::new(false);
    let date = long_date(&entry.watched_on, lang);
    let title = entry.film.title.clone();
    // The question, the form and its callback are made when used, not for
    // each of the page's 50 rows as it is drawn.
    let delete = {
        let (key, date, title) = (key.clone(), date.clone(), title.clone());
        move |_| {
            let question = (lt.delete_confirm)(&date, &title);
            if window().confirm_with_message(&question).unwrap_or(false) {
                let key = key.clone();
                store.update(move |d| {
                    d.diary.remove(&key);
                });
                focus_after_render(HEADING_ID.to_owned());
            }
        }
    };
    let edit_id = edit_button_id(&key);
    let edit_form = {
        let (edit_id, entry) = (edit_id.clone(), entry.clone());
        move || {
            let what = WatchToLog::Edit {
                key: key.clone(),
                entry: entry.clone(),
            };
            // Back to the entry's Edit button, wherever a new date moved it.
            let edit_id = edit_id.clone();
            let on_done = Callback::new(move |saved: Option<DiaryId>| {
                editing.set(false);
                focus_after_render(saved.map_or_else(|| edit_id.clone(), |k| edit_button_id(&k)));
            });
            view! { <LogWatchForm what on_done /> }
        }
    };
    view! {
        <li class="shelf-row diary-row">
            <RowPoster id=entry.title_id.clone() title=title.clone() year=entry.film.year />
            <div class="shelf-body">
                <RowTitle id=entry.title_id.clone() title=title.clone() year=entry.film.year level=RowHeading::H3 />
                <p class="shelf-meta">
                    <time datetime=entry.watched_on.clone()>{date.clone()}</time>
                    {entry.rewatch.then(|| view! { " · " <span class="rewatch">{lt.rewatch}</span> })}
                    {entry.stars.map(|s| view! {
                        " · "
                        <span aria-hidden="true">"★ "{s.get()}</span>
                        <span class="visually-hidden">{(lt.your_stars)(s.get())}</span>
                    })}
                </p>
                {(!entry.tags.is_empty()).then(|| view! { <p class="shelf-meta">{(lt.tags_line)(&entry.tags.join(", "))}</p> })}
                <div class="row-actions">
                    <button
                        type="button"
                        id=edit_id
                        class="link-button"
                        aria-expanded=move || editing.get().to_string()
                        aria-label=(lt.edit_entry)(&date, &title)
                        on:click=move |_| editing.update(|e| *e = !*e)
                    >
                        {lt.edit}
                    </button>
                    <button
                        type="button"
                        class="link-button"
                        aria-label=(lt.delete_entry)(&date, &title)
                        on:click=delete
                    >
                        {lt.delete}
                    </button>
                </div>
                {move || editing.get().then(edit_form.clone())}
            </div>
        </li>
    }
    .into_any()
}

/// The id of an entry's Edit button.
fn edit_button_id(key: &str) -> String {
    format!("edit-{}", entry_dom_id(key))
}
