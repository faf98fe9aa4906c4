//! All user reviews of one title: this device's review and form, then the
//! catalog's reviews, sorted and filtered by the URL query.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::fetch_reviews;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::review_card::ReviewCard;
use crate::components::review_feedback::ReviewFeedback;
use crate::components::review_form::ReviewForm;
use crate::i18n::{Loadable, Texts, use_texts};
use crate::model::catalog::ReviewsFile;
use crate::model::reviews::{
    REVIEWS_PAGE_SIZE, ReviewSort, filtered_sorted, helpful_with_vote, stars_filter_from_query,
};
use crate::navigation::{HistoryStep, use_app_navigate};
use crate::storage::UserStore;

/// The page at `/title/:id/reviews?sort=helpful|date|rating&stars=1..10`;
/// `write=1` opens the review form.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let reviews = LocalResource::new(move || fetch_reviews(id.get()));
    view! { <div class="page reviews-page">{async_view(reviews, Loadable::Reviews, reviews_view)}</div> }
}

fn reviews_view(file: ReviewsFile) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_app_navigate();
    let store = use_context::<UserStore>();
    let t = use_texts();
    let order = Memo::new(move |_| ReviewSort::from_query(query.read().get("sort").as_deref()));
    let stars = Memo::new(move |_| stars_filter_from_query(query.read().get("stars").as_deref()));
    let writing = RwSignal::new(query.read_untracked().get("write").as_deref() == Some("1"));
    let shown = RwSignal::new(REVIEWS_PAGE_SIZE);
    let ReviewsFile {
        title_id,
        title,
        year,
        reviews: all,
    } = file;
    let back = app_path(&format!("/title/{title_id}"));
    let path = format!("/title/{title_id}/reviews");
    let count = all.len();
    let all = StoredValue::new(all);
    let list =
        Memo::new(move |_| all.with_value(|all| filtered_sorted(all, order.get(), stars.get())));
    // A new order or filter starts again from the first page.
    Effect::new(move |_| {
        order.track();
        stars.track();
        shown.set(REVIEWS_PAGE_SIZE);
    });

    let set_query = move |sort: ReviewSort, filter: Option<u8>| {
        let mut url = format!("{path}?sort={}", sort.as_query());
        if let Some(n) = filter {
            url.push_str(&format!("&stars={n}"));
        }
        navigate(&url, HistoryStep::ReplaceInPlace);
    };
    let on_sort = {
        let set_query = set_query.clone();
        move |ev: leptos::ev::Event| {
            set_query(
                ReviewSort::from_query(Some(&event_target_value(&ev))),
                stars.get_untracked(),
            );
        }
    };
    let on_filter = move |ev: leptos::ev::Event| {
        set_query(
            order.get_untracked(),
            stars_filter_from_query(Some(&event_target_value(&ev))),
        );
    };

    let my_review = {
        let id = title_id.clone();
        Memo::new(move |_| {
            store.and_then(|s| s.data().read().reviews.get(&id).map(|r| r.as_review(&id)))
        })
    };
    let delete_mine = {
        let id = title_id.clone();
        move |_| {
            if let Some(store) = store {
                let id = id.clone();
                store.update(move |d| {
                    d.reviews.remove(&id);
                });
            }
        }
    };
    let open_form = move |label: fn(&Texts) -> &'static str| {
        view! {
            <button
                type="button"
                class="button"
                aria-expanded=move || writing.get().to_string()
                aria-controls="review-form"
                on:click=move |_| writing.set(true)
            >
                {label(t)}
            </button>
        }
    };
    let (form_id, form_title) = (title_id.clone(), title.clone());
    let form = move || {
        writing.get().then(|| {
            view! {
                <ReviewForm
                    id=form_id.clone()
                    title=form_title.clone()
                    year
                    on_close=move || writing.set(false)
                />
            }
        })
    };

    let name = format!("{title} ({year})");
    let doc_title = format!("{name} · {} · Marquee", t.user_reviews);
    view! {
        <DocumentTitle text=doc_title />
        <p class="breadcrumb">
            <a href=back>{format!("← {name}")}</a>
        </p>
        <h1>{t.user_reviews}</h1>
        <section class="section your-review" aria-labelledby="your-review-heading">
            <h2 id="your-review-heading" class="section-title">{t.your_review}</h2>
            {move || match my_review.get() {
                Some(review) => {
                    view! {
                        <ReviewCard review mine=true />
                        <div class="form-actions">
                            {open_form(|t| t.edit_your_review)}
                            <button type="button" class="link-button" on:click=delete_mine.clone()>
                                {t.delete_your_review}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p class="hint">{t.reviews_kept_hint}</p>
                        {open_form(|t| t.review_this_title)}
                    }
                        .into_any()
                }
            }}
        </section>
        {form}
        <div class="review-toolbar">
            <p aria-live="polite">
                {move || {
                    let matching = list.read().len();
                    match stars.get() {
                        None => (t.reviews_count)(count),
                        Some(n) => (t.reviews_rated)(matching, count, n),
                    }
                }}
            </p>
            <span class="toolbar-field">
                <label for="review-sort">{t.sort_by}</label>
                <select id="review-sort" on:change=on_sort prop:value=move || order.get().as_query()>
                    {ReviewSort::ALL
                        .iter()
                        .map(|&s| {
                            view! { <option value=s.as_query()>{(t.sort_label)(s)}</option> }
                        })
                        .collect_view()}
                </select>
            </span>
            <span class="toolbar-field">
                <label for="review-stars">{t.filter_by_rating}</label>
                <select
                    id="review-stars"
                    on:change=on_filter
                    prop:value=move || stars.get().map(|n| n.to_string()).unwrap_or_default()
                >
                    <option value="">{t.all_ratings}</option>
                    {(1..=10u8)
                        .rev()
                        .map(|n| view! { <option value=n.to_string()>{format!("{n}/10")}</option> })
                        .collect_view()}
                </select>
            </span>
        </div>
        <p class="hint">{t.votes_stay_hint}</p>
        <Show
            when=move || !list.read().is_empty()
            fallback=move || {
                view! {
                    <p class="empty-state">
                        {if count == 0 { t.no_reviews_yet } else { t.no_reviews_with_rating }}
                    </p>
                }
            }
        >
            <ol class="review-list">
                <For
                    each=move || {
                        let shown = shown.get();
                        all.with_value(|all| {
                            list.with(|positions| {
                                positions
                                    .iter()
                                    .take(shown)
                                    .filter_map(|&i| all.get(i).cloned())
                                    .collect::<Vec<_>>()
                            })
                        })
                    }
                    key=|review| review.id.clone()
                    children=move |review| {
                        let id = review.id.clone();
                        let counted = review.clone();
                        let helpful = Signal::derive(move || {
                            let vote = store.and_then(|s| s.data().read().votes.get(&id).copied());
                            helpful_with_vote(&counted, vote)
                        });
                        let review_id = review.id.clone();
                        view! {
                            <li>
                                <ReviewCard review level=2 helpful />
                                <ReviewFeedback review_id />
                            </li>
                        }
                    }
                />
            </ol>
            <Show when=move || { list.read().len() > shown.get() }>
                <button
                    type="button"
                    class="button load-more"
                    on:click=move |_| shown.update(|n| *n += REVIEWS_PAGE_SIZE)
                >
                    {move || (t.load_more)(list.read().len().saturating_sub(shown.get()))}
                </button>
            </Show>
        </Show>
    }
}
