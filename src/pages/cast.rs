//! The full cast and crew of one title.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_params_map;

use crate::api::fetch_credits;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::cast_list::CastList;
use crate::model::catalog::Credits;

/// The page at `/title/:id/cast`.
#[component]
pub fn CastPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let credits = LocalResource::new(move || fetch_credits(id.get()));
    view! { <div class="page cast-page">{async_view(credits, "the cast", credits_view)}</div> }
}

fn credits_view(credits: Credits) -> impl IntoView {
    let back = app_path(&format!("/title/{}", credits.title_id));
    view! {
        <DocumentTitle text=format!("{} ({}) · Full cast & crew · Marquee", credits.title, credits.year) />
        <p class="breadcrumb">
            <a href=back>{format!("← {} ({})", credits.title, credits.year)}</a>
        </p>
        <h1>"Full cast & crew"</h1>
        {credits
            .crew
            .iter()
            .map(|group| {
                view! {
                    <section class="section" aria-label=group.department.clone()>
                        <h2 class="section-title">{group.department.clone()}</h2>
                        <ul class="crew-list">
                            {group
                                .people
                                .iter()
                                .map(|c| {
                                    view! {
                                        <li>
                                            {c.person.name.clone()}
                                            {c.job.clone().map(|j| view! { <span class="cast-role">{format!(" ({j})")}</span> })}
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
                {format!("Cast ({})", credits.cast.len())}
            </h2>
            {if credits.cast.is_empty() {
                view! { <p class="empty-state">"No cast is listed for this title."</p> }.into_any()
            } else {
                view! { <CastList cast=credits.cast.clone() /> }.into_any()
            }}
        </section>
    }
}
