//! The full cast and crew of one title.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_params_map;

use crate::api::fetch_credits;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::cast_list::CastList;
use crate::components::person_link::PersonLink;
use crate::i18n::{CATALOG_LANG, Loadable, use_texts};
use crate::model::catalog::Credits;

/// The page at `/title/:id/cast`.
#[component]
pub fn CastPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let credits = LocalResource::new(move || fetch_credits(id.get()));
    view! { <div class="page cast-page">{async_view(credits, Loadable::Cast, credits_view)}</div> }
}

fn credits_view(credits: Credits) -> impl IntoView {
    let t = use_texts();
    let back = app_path(&format!("/title/{}", credits.title_id));
    let name = format!("{} ({})", credits.title, credits.year);
    let doc_title = format!("{name} · {} · Marquee", t.full_cast_crew);
    let cast_count = credits.cast.len();
    view! {
        <DocumentTitle text=doc_title />
        <p class="breadcrumb">
            <a href=back>{format!("← {name}")}</a>
        </p>
        <h1>{t.full_cast_crew}</h1>
        {credits
            .crew
            .iter()
            .enumerate()
            .map(|(i, group)| {
                // Department names ("Directed by") and jobs are catalog
                // text, in English; the people's names are left unmarked.
                let heading_id = format!("crew-{i}");
                let labelled_by = heading_id.clone();
                view! {
                    <section class="section" aria-labelledby=labelled_by>
                        <h2 id=heading_id class="section-title" lang=CATALOG_LANG>
                            {group.department.clone()}
                        </h2>
                        <ul class="crew-list">
                            {group
                                .people
                                .iter()
                                .map(|c| {
                                    view! {
                                        <li>
                                            <PersonLink person=c.person.clone() />
                                            {c
                                                .job
                                                .clone()
                                                .map(|j| {
                                                    view! {
                                                        <span class="cast-role" lang=CATALOG_LANG>
                                                            {format!(" ({j})")}
                                                        </span>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
        <section class="section" aria-labelledby="full-cast-heading">
            <h2 id="full-cast-heading" class="section-title">
                {(t.cast_count)(cast_count)}
            </h2>
            {credits
                .cast_alphabetical
                .then(|| view! { <p class="section-note">{t.cast_alphabetical}</p> })}
            {if credits.cast.is_empty() {
                view! { <p class="empty-state">{t.no_cast}</p> }.into_any()
            } else {
                view! { <CastList cast=credits.cast.clone() /> }.into_any()
            }}
        </section>
    }
}
