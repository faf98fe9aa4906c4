//! One user review.

use leptos::prelude::*;

use crate::model::catalog::Review;
use crate::model::format::long_date;

/// Headline, author, date, rating, body (collapsed when it has spoilers) and
/// how many people found it helpful. Text is rendered as text, never as HTML.
#[component]
pub fn ReviewCard(
    review: Review,
    /// Heading level of the headline: 3 inside a section, 2 on the reviews page.
    #[prop(default = 3)]
    level: u8,
    /// Helpful votes with this device's vote counted in; the catalog's
    /// figures when not given.
    #[prop(optional, into)]
    helpful: Option<Signal<(u32, u32)>>,
    /// Marks a review written on this device.
    #[prop(optional)]
    mine: bool,
) -> impl IntoView {
    let helpful =
        helpful.unwrap_or_else(|| Signal::stored((review.helpful_yes, review.helpful_total)));
    let paragraphs = review
        .body
        .split("\n\n")
        .map(|p| view! { <p>{p.to_owned()}</p> })
        .collect_view();
    let body = if review.spoilers {
        view! {
            <details class="spoiler">
                <summary>"Warning: contains spoilers. Show the review"</summary>
                <div class="review-body">{paragraphs}</div>
            </details>
        }
        .into_any()
    } else {
        view! { <div class="review-body">{paragraphs}</div> }.into_any()
    };
    let headline = review.headline.clone();
    let heading = if level == 2 {
        view! { <h2 class="review-headline">{headline}</h2> }.into_any()
    } else {
        view! { <h3 class="review-headline">{headline}</h3> }.into_any()
    };
    view! {
        <article class="review-card" class:mine=mine>
            {mine.then(|| view! { <p class="mine-badge">"Your review · kept on this device"</p> })}
            {review
                .rating
                .map(|r| {
                    view! {
                        <p class="review-rating" aria-label=format!("Rated {r} out of 10")>
                            <span class="star" aria-hidden="true">"★"</span>
                            <span aria-hidden="true"><strong>{r}</strong>"/10"</span>
                        </p>
                    }
                })}
            {heading}
            <p class="review-meta">
                <time datetime=review.date.clone()>{long_date(&review.date)}</time>
                " · by "
                <span class="review-author">{review.author.clone()}</span>
            </p>
            {body}
            {(!mine)
                .then(|| {
                    view! {
                        <p class="review-helpful">
                            {move || {
                                let (yes, total) = helpful.get();
                                format!("{yes} of {total} people found this review helpful")
                            }}
                        </p>
                    }
                })}
        </article>
    }
}
