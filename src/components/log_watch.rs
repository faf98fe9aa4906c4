//! The diary form: log a viewing of a film (date, rewatch, an optional
//! rating and tags), or edit one already logged. Used on the title page,
//! where its code is a chunk loaded when the form is first opened, and on
//! the diary page.

use leptos::prelude::*;

use crate::i18n::library::use_library_texts;
use crate::i18n::use_texts;
use crate::model::library::{DiaryEntry, DiaryId, FilmFacts, parse_tags, valid_watch_date};
use crate::model::user_data::{Stars, UserData};
use crate::storage::{UserStore, today};

/// What the form starts from: a new viewing of a film, or an entry to edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WatchToLog {
    New { id: String, film: FilmFacts },
    Edit { key: DiaryId, entry: DiaryEntry },
}

impl WatchToLog {
    fn title_id(&self) -> &str {
        match self {
            WatchToLog::New { id, .. } => id,
            WatchToLog::Edit { entry, .. } => &entry.title_id,
        }
    }

    fn film(&self) -> &FilmFacts {
        match self {
            WatchToLog::New { film, .. } => film,
            WatchToLog::Edit { entry, .. } => &entry.film,
        }
    }
}

/// The form's fields, as typed.
#[derive(Clone, Debug)]
struct WatchFields {
    date: String,
    rewatch: bool,
    stars: Option<Stars>,
    tags: String,
    off_watchlist: bool,
}

/// The form's starting values: today and "seen before" if the diary has
/// the film already, or the entry being edited.
fn initial_fields(data: &UserData, what: &WatchToLog) -> WatchFields {
    match what {
        WatchToLog::New { id, .. } => WatchFields {
            date: today(),
            rewatch: data.watches_of(id).0 > 0,
            stars: None,
            tags: String::new(),
            off_watchlist: true,
        },
        WatchToLog::Edit { entry, .. } => WatchFields {
            date: entry.watched_on.clone(),
            rewatch: entry.rewatch,
            stars: entry.stars,
            tags: entry.tags.join(", "),
            off_watchlist: false,
        },
    }
}

/// Saves the viewing (see [`UserData::save_watch`] for its rating) and
/// returns its key.
fn save(store: UserStore, what: &WatchToLog, fields: WatchFields) -> Option<DiaryId> {
    let entry = DiaryEntry {
        title_id: what.title_id().to_owned(),
        film: what.film().clone(),
        watched_on: fields.date,
        rewatch: fields.rewatch,
        stars: fields.stars,
        tags: parse_tags(&fields.tags),
        changed_on: today(),
    };
    let replacing = match what {
        WatchToLog::New { .. } => None,
        WatchToLog::Edit { key, .. } => Some(key.clone()),
    };
    let mut saved = None;
    store.update(|d| {
        let key = d.save_watch(replacing.as_deref(), entry, fields.off_watchlist, &today());
        saved = Some(key);
    });
    saved
}

/// A diary key as an id's part: `2026-03-01/canoa-1976/1` →
/// `2026-03-01-canoa-1976-1`.
pub fn entry_dom_id(key: &str) -> String {
    key.replace('/', "-")
}

/// The form; `on_done` runs after a save (with the entry's key) or on
/// Cancel (with none).
#[component]
pub fn LogWatchForm(
    what: WatchToLog,
    #[prop(into)] on_done: Callback<Option<DiaryId>>,
    /// Where the review form can follow: given, the form offers "Write a
    /// review of it next" and runs this after saving when it is ticked.
    #[prop(optional)]
    on_review: Option<Callback<()>>,
) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let (t, lt) = (use_texts(), use_library_texts());
    let start = store.data().with_untracked(|d| initial_fields(d, &what));
    let on_watchlist = store
        .data()
        .with_untracked(|d| d.watchlist.contains_key(what.title_id()));
    let is_new = matches!(what, WatchToLog::New { .. });
    let date = RwSignal::new(start.date);
    let rewatch = RwSignal::new(start.rewatch);
    let stars = RwSignal::new(start.stars);
    let tags = RwSignal::new(start.tags);
    let off_watchlist = RwSignal::new(start.off_watchlist);
    let review_next = RwSignal::new(false);
    let date_error = RwSignal::new(false);
    // Two forms may be open for one film (two viewings being edited).
    let prefix = match &what {
        WatchToLog::New { id, .. } => format!("log-{id}"),
        WatchToLog::Edit { key, .. } => format!("edit-form-{}", entry_dom_id(key)),
    };
    let ids = ["date", "rewatch", "stars", "tags", "off", "error", "review"]
        .map(|f| format!("{prefix}-{f}"));
    let name = (lt.log_watch_of)(&what.film().title);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !valid_watch_date(&date.get_untracked(), &today()) {
            date_error.set(true);
            return;
        }
        let fields = WatchFields {
            date: date.get_untracked(),
            rewatch: rewatch.get_untracked(),
            stars: stars.get_untracked(),
            tags: tags.get_untracked(),
            off_watchlist: on_watchlist && off_watchlist.get_untracked(),
        };
        on_done.run(save(store, &what, fields));
        if let Some(review) = on_review.filter(|_| review_next.get_untracked()) {
            review.run(());
        }
    };
    let star_options = (1..=10u8)
        .filter_map(|n| Stars::try_from(n).ok())
        .map(|s| {
            view! {
                <option value=s.get() selected=move || stars.get() == Some(s)>
                    {(lt.stars_option)(s.get())}
                </option>
            }
        })
        .collect_view();
    let [
        date_id,
        rewatch_id,
        stars_id,
        tags_id,
        off_id,
        error_id,
        review_id,
    ] = ids;
    view! {
        <form class="log-watch" aria-label=name novalidate on:submit=submit>
            <div class="field">
                <label for=date_id.clone() class="field-label">{lt.watched_on_label}</label>
                <input
                    id=date_id
                    type="date"
                    required
                    max=today()
                    prop:value=move || date.get()
                    on:input=move |ev| {
                        date.set(event_target_value(&ev));
                        date_error.set(false);
                    }
                    aria-invalid=move || date_error.get().to_string()
                    aria-describedby=error_id.clone()
                />
                <p id=error_id class="field-error" role="alert">
                    {move || date_error.get().then_some(lt.watched_on_invalid)}
                </p>
            </div>
            <CheckField id=rewatch_id label=lt.rewatch_label checked=rewatch />
            <div class="field">
                <label for=stars_id.clone() class="field-label">{lt.watch_rating_label}</label>
                <select
                    id=stars_id
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<u8>().ok();
                        stars.set(value.and_then(|n| Stars::try_from(n).ok()));
                    }
                >
                    <option value="" selected=move || stars.get().is_none()>
                        {lt.no_rating}
                    </option>
                    {star_options}
                </select>
            </div>
            <div class="field">
                <label for=tags_id.clone() class="field-label">{lt.tags_label}</label>
                <input
                    id=tags_id
                    type="text"
                    maxlength="500"
                    prop:value=move || tags.get()
                    on:input=move |ev| tags.set(event_target_value(&ev))
                />
            </div>
            {(is_new && on_watchlist).then(|| {
                view! { <CheckField id=off_id label=lt.off_watchlist_label checked=off_watchlist /> }
            })}
            {on_review.map(|_| {
                view! { <CheckField id=review_id label=lt.review_next_label checked=review_next /> }
            })}
            <div class="form-actions">
                <button type="submit" class="button primary">{lt.save}</button>
                <button type="button" class="button" on:click=move |_| on_done.run(None)>
                    {t.cancel}
                </button>
            </div>
        </form>
    }
    .into_any()
}

/// A labelled checkbox of the form, bound to `checked`.
#[component]
fn CheckField(id: String, label: &'static str, checked: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="field check">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}
