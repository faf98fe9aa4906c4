//! All user reviews of one title, in an order kept in the URL.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::api::fetch_reviews;
use crate::components::async_view::async_view;
use crate::components::review_card::ReviewCard;
use crate::model::catalog::ReviewsFile;
use crate::model::reviews::{ReviewSort, sort_reviews};

/// The page at `/title/:id/reviews?sort=helpful|date|rating`.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let reviews = LocalResource::new(move || fetch_reviews(id.get()));
    view! { <div class="page reviews-page">{async_view(reviews, "the reviews", reviews_view)}</div> }
}

fn reviews_view(file: ReviewsFile) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let order = Memo::new(move |_| ReviewSort::from_query(query.read().get("sort").as_deref()));
    let back = format!("/title/{}", file.title_id);
    let path = format!("/title/{}/reviews", file.title_id);
    let count = file.reviews.len();
    let all = file.reviews;
    let sorted = Memo::new(move |_| {
        let mut list = all.clone();
        sort_reviews(&mut list, order.get());
        list
    });
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let sort = ReviewSort::from_query(Some(&value));
        navigate(
            &format!("{path}?sort={}", sort.as_query()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <DocumentTitle text=format!("{} ({}) · User reviews · Marquee", file.title, file.year) />
        <p class="breadcrumb">
            <a href=back>{format!("← {} ({})", file.title, file.year)}</a>
        </p>
        <h1>"User reviews"</h1>
        <div class="review-toolbar">
            <p>{format!("{count} {}", if count == 1 { "review" } else { "reviews" })}</p>
            <label>
                "Sort by "
                <select on:change=on_change prop:value=move || order.get().as_query()>
                    {ReviewSort::ALL
                        .iter()
                        .map(|s| view! { <option value=s.as_query()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </label>
        </div>
        {if count == 0 {
            view! { <p class="empty-state">"No one has reviewed this title yet."</p> }.into_any()
        } else {
            view! {
                <ol class="review-list">
                    <For
                        each=move || sorted.get()
                        key=|review| review.id.clone()
                        children=|review| view! { <li><ReviewCard review level=2 /></li> }
                    />
                </ol>
            }
            .into_any()
        }}
    }
}
