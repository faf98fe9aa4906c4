//! The aggregate user rating: a star, "7.7/10" and the vote count.

use leptos::prelude::*;

use crate::i18n::format::{compact_count, rating_value};
use crate::i18n::{use_lang, use_texts};
use crate::model::catalog::Rating;

/// "★ 7.7/10 · 1.1K", read out as "Rated 7.7 out of 10 by 1100 users".
#[component]
pub fn RatingBadge(rating: Option<Rating>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    match rating {
        None => {
            view! { <span class="rating-badge rating-none">{t.not_yet_rated}</span> }.into_any()
        }
        Some(r) => {
            let value = rating_value(r.average, lang);
            let label = match r.votes {
                Some(v) => (t.rated_by)(&value, v),
                None => (t.rated)(&value),
            };
            view! {
                <span class="rating-badge" role="img" aria-label=label>
                    <span class="star" aria-hidden="true">"★"</span>
                    <span aria-hidden="true">
                        <strong>{value}</strong>
                        "/10"
                        {r
                            .votes
                            .map(|v| {
                                view! { <span class="votes">{compact_count(v, lang)}</span> }
                            })}
                    </span>
                </span>
            }
            .into_any()
        }
    }
}
