//! The person page: who they are, what they are known for, and every credit
//! by role, newest first, with this browser's own ratings beside them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::{fetch_person, fetch_person_credits};
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::library_switch::{LibrarySwitch, use_seen_titles, watchlist_now};
use crate::components::poster::Poster;
use crate::components::watchlist_button::WatchlistButton;
use crate::i18n::{CATALOG_LANG, Loadable, use_texts};
use crate::model::library::FilmFacts;
use crate::model::people::{PersonCredit, PersonFile, RoleCredits};
use crate::model::user_data::TitleFilter;
use crate::navigation::{HistoryStep, use_app_navigate};
use crate::storage::UserStore;

/// The page at `/name/:id`.
#[component]
pub fn PersonPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let person = LocalResource::new(move || fetch_person(id.get()));
    view! { <div class="page person-page">{async_view(person, Loadable::Person, person_view)}</div> }
}

/// A person's page once their file is here: name, known for, and a
/// section per role (the page's body, which the component tests mount).
#[component]
pub fn PersonView(person: PersonFile) -> impl IntoView {
    person_view(person)
}

fn person_view(person: PersonFile) -> impl IntoView {
    let t = use_texts();
    let doc_title = format!("{} · Marquee", person.name);
    // Every credit shown so far, first pages and those loaded with "Show more".
    let shown: RwSignal<Vec<String>> = RwSignal::new(
        person
            .roles
            .iter()
            .flat_map(|r| r.credits.iter().map(|c| c.id.clone()))
            .collect(),
    );
    let rated = move || {
        let store = use_context::<UserStore>()?;
        let ids = shown.read();
        let (rated, of) = store
            .data()
            .read()
            .rated_among(ids.iter().map(String::as_str));
        Some((t.you_rated_of)(rated, of))
    };
    let id = person.id.clone();
    let query = use_query_map();
    let hide_seen = Memo::new(move |_| query.read().get("hide").as_deref() == Some("seen"));
    let only_watchlist =
        Memo::new(move |_| query.read().get("only").as_deref() == Some("watchlist"));
    // The films to hide, gathered once per change rather than per row: the
    // seen set followed, the watchlist read when its switch changes.
    let seen_titles = use_seen_titles(hide_seen.into());
    let hidden = Memo::new(move |_| {
        let only = only_watchlist.get().then(watchlist_now);
        TitleFilter::new(seen_titles.get(), only)
    });
    let path = format!("/name/{id}");
    let on_hide_seen = {
        let path = path.clone();
        switch_url(move |hide| (path.clone(), hide, only_watchlist.get_untracked()))
    };
    let on_only_watchlist = switch_url(move |only| (path.clone(), hide_seen.get_untracked(), only));
    // Said (politely) when the switches leave every credit loaded out.
    let none_shown = move || {
        let filter = hidden.read();
        let on = hide_seen.get() || only_watchlist.get();
        (on && shown.read().iter().all(|id| filter.hides(id))).then_some(t.no_credits_shown)
    };
    view! {
        <DocumentTitle text=doc_title />
        <header class="person-header">
            <h1 lang=CATALOG_LANG>{person.name.clone()}</h1>
            <p class="lead">{rated}</p>
            <div class="person-switches">
                <LibrarySwitch
                    id="person-hide-seen"
                    label=t.hide_seen
                    checked=hide_seen
                    on_toggle=on_hide_seen
                />
                <LibrarySwitch
                    id="person-only-watchlist"
                    label=t.only_watchlist
                    checked=only_watchlist
                    on_toggle=on_only_watchlist
                />
            </div>
            <p class="person-none-shown" role="status">{none_shown}</p>
        </header>
        {(!person.known_for.is_empty())
            .then(|| view! { <KnownFor titles=person.known_for.clone() /> })}
        {person
            .roles
            .into_iter()
            .map(|role| view! { <RoleSection person=id.clone() role shown hidden /> })
            .collect_view()}
    }
}

/// A person's best-known titles, as posters.
#[component]
fn KnownFor(titles: Vec<PersonCredit>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="section" aria-labelledby="known-for-heading">
            <h2 id="known-for-heading" class="section-title">{t.known_for}</h2>
            <ul class="known-for">
                {titles
                    .into_iter()
                    .map(|c| {
                        let href = app_path(&format!("/title/{}", c.id));
                        view! {
                            <li>
                                <a href=href>
                                    <Poster id=c.id.clone() title=c.title.clone() year=c.year class="poster-small" />
                                    <span class="known-title" lang=CATALOG_LANG>{c.title.clone()}</span>
                                    " "
                                    <span class="year">{format!("({})", c.year)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// One role's credits, newest first, with "Show more" while pages remain.
#[component]
fn RoleSection(
    person: String,
    role: RoleCredits,
    shown: RwSignal<Vec<String>>,
    hidden: Memo<TitleFilter>,
) -> impl IntoView {
    let t = use_texts();
    let heading_id = format!("role-{}", role.role.slug());
    let labelled_by = heading_id.clone();
    let later: RwSignal<Vec<PersonCredit>> = RwSignal::new(Vec::new());
    let next_page = RwSignal::new(2u32);
    let failed = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let (kind, pages, total) = (role.role, role.pages, role.total);
    let first_count = role.credits.len() as u32;
    let show_more = move |_| {
        if loading.get_untracked() {
            return;
        }
        loading.set(true);
        let (person, page) = (person.clone(), next_page.get_untracked());
        spawn_local(async move {
            match fetch_person_credits(person, kind, page).await {
                Ok(more) => {
                    shown.update(|ids| ids.extend(more.credits.iter().map(|c| c.id.clone())));
                    later.update(|l| l.extend(more.credits));
                    next_page.set(page + 1);
                    failed.set(None);
                }
                Err(error) => failed.set(Some(t.fetch_error(&error))),
            }
            loading.set(false);
        });
    };
    let remaining = move || total.saturating_sub(first_count + later.read().len() as u32);
    // A role none of whose films pass the switches is left out, unless
    // more of them can still be loaded.
    let first_ids: Vec<String> = role.credits.iter().map(|c| c.id.clone()).collect();
    let all_hidden = move || {
        let filter = hidden.read();
        next_page.get() > pages
            && first_ids
                .iter()
                .chain(later.read().iter().map(|c| &c.id))
                .all(|id| filter.hides(id))
    };
    view! {
        <section class="section" aria-labelledby=labelled_by hidden=all_hidden>
            <h2 id=heading_id class="section-title">{(t.role_heading)(kind, total)}</h2>
            <ol class="filmography">
                {role
                    .credits
                    .into_iter()
                    .map(|c| view! { <CreditRow credit=c hidden /> })
                    .collect_view()}
                <For each=move || later.get() key=|c| (c.id.clone(), c.character.clone(), c.department.clone()) let:credit>
                    <CreditRow credit hidden />
                </For>
            </ol>
            <Show when=move || failed.read().is_some()>
                <p class="error-message" role="alert">{move || failed.get().unwrap_or_default()}</p>
            </Show>
            <Show when=move || { next_page.get() <= pages }>
                <button type="button" class="button" on:click=show_more.clone() aria-busy=move || loading.get().to_string()>
                    {move || (t.show_more_credits)(remaining())}
                </button>
            </Show>
        </section>
    }
}

/// One credit: year, title (linked), the part or job, this browser's
/// rating of the title when there is one, and its watchlist toggle.
#[component]
fn CreditRow(credit: PersonCredit, hidden: Memo<TitleFilter>) -> impl IntoView {
    let t = use_texts();
    let href = app_path(&format!("/title/{}", credit.id));
    let id = credit.id.clone();
    let hidden = {
        let id = credit.id.clone();
        move || hidden.read().hides(&id)
    };
    let mine = move || {
        let store = use_context::<UserStore>()?;
        let stars = store
            .data()
            .read()
            .ratings
            .get(&id)
            .map(|r| r.stars.get())?;
        Some(view! {
            <span class="mine" role="img" aria-label=(t.your_rating_is)(stars)>
                <span aria-hidden="true">{format!("★ {stars}")}</span>
            </span>
        })
    };
    let role = [
        credit.department.clone(),
        Some(credit.character.clone()).filter(|c| !c.is_empty()),
        Some(credit.notes.join(", ")).filter(|n| !n.is_empty()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li hidden=hidden>
            <span class="year">{credit.year}</span>
            <span class="credit-title">
                <a href=href lang=CATALOG_LANG>{credit.title.clone()}</a>
                {(!role.is_empty()).then(|| view! { <span class="credit-role" lang=CATALOG_LANG>{role}</span> })}
            </span>
            {mine}
            <WatchlistButton id=credit.id.clone() film=FilmFacts::named(credit.title, credit.year) compact=true />
        </li>
    }
}

/// A switch's handler: `state` gives the page's path and both switches'
/// states once this one is `on`, and the URL says them, as a history
/// entry like the browse page's switches.
fn switch_url(
    state: impl Fn(bool) -> (String, bool, bool) + Send + Sync + 'static,
) -> impl Fn(bool) + Send + Sync + 'static {
    let navigate = use_app_navigate();
    move |on: bool| {
        let (path, hide_seen, only_watchlist) = state(on);
        navigate(
            &person_url(&path, hide_seen, only_watchlist),
            HistoryStep::PushInPlace,
        );
    }
}

/// The person page at `path` with its switches in the query:
/// `/name/x?hide=seen&only=watchlist`, the order the browse page uses.
fn person_url(path: &str, hide_seen: bool, only_watchlist: bool) -> String {
    let params: Vec<&str> = [
        hide_seen.then_some("hide=seen"),
        only_watchlist.then_some("only=watchlist"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if params.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", params.join("&"))
    }
}
