//! One user review.

use leptos::prelude::*;

use crate::i18n::format::long_date;
use crate::i18n::{CATALOG_LANG, use_lang, use_texts};
use crate::model::catalog::Review;

/// Headline, author, date, rating, body (collapsed when it has spoilers) and
/// how many people found it helpful. Text is rendered as text, never as HTML.
/// A catalog review's headline and body are marked as English (the catalog's
/// language); a review written on this device is in whatever language its
/// author wrote it, so it is left unmarked.
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
    let t = use_texts();
    let lang = use_lang();
    let text_lang = (!mine).then_some(CATALOG_LANG);
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
                <summary>{t.spoiler_warning}</summary>
                <div class="review-body" lang=text_lang>{paragraphs}</div>
            </details>
        }
        .into_any()
    } else {
        view! { <div class="review-body" lang=text_lang>{paragraphs}</div> }.into_any()
    };
    let headline = review.headline.clone();
    let heading = if level == 2 {
        view! { <h2 class="review-headline" lang=text_lang>{headline}</h2> }.into_any()
    } else {
        view! { <h3 class="review-headline" lang=text_lang>{headline}</h3> }.into_any()
    };
    // This device's review is by "You", worded for the interface language.
    let author = review.author.clone();
    let author = move || {
        if mine {
            t.by_you.to_owned()
        } else {
            author.clone()
        }
    };
    let date = review.date.clone();
    view! {
        <article class="review-card" class:mine=mine>
            {mine.then(|| view! { <p class="mine-badge">{t.your_review_badge}</p> })}
            {review
                .rating
                .map(|r| {
                    view! {
                        <p class="review-rating" role="img" aria-label=(t.review_rated)(r)>
                            <span class="star" aria-hidden="true">"★"</span>
                            <span aria-hidden="true"><strong>{r}</strong>"/10"</span>
                        </p>
                    }
                })}
            {heading}
            <p class="review-meta">
                <time datetime=review.date.clone()>{long_date(&date, lang)}</time>
                " · "
                {t.by}
                " "
                <span class="review-author">{author}</span>
            </p>
            {body}
            {(!mine)
                .then(|| {
                    view! {
                        <p class="review-helpful">
                            {move || {
                                let (yes, total) = helpful.get();
                                (t.found_helpful)(yes, total)
                            }}
                        </p>
                    }
                })}
        </article>
    }
}
