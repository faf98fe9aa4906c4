//! The aggregate user rating: a star, "7.7/10" and the vote count.

use leptos::prelude::*;

use crate::model::catalog::Rating;
use crate::model::format::{compact_count, rating_value};

/// "★ 7.7/10 · 1.1K", read out as "Rated 7.7 out of 10 by 1100 users".
#[component]
pub fn RatingBadge(rating: Option<Rating>) -> impl IntoView {
    match rating {
        None => view! { <span class="rating-badge rating-none">"Not yet rated"</span> }.into_any(),
        Some(r) => {
            let value = rating_value(r.average);
            let label = match r.votes {
                Some(v) => format!("Rated {value} out of 10 by {v} users"),
                None => format!("Rated {value} out of 10"),
            };
            view! {
                <span class="rating-badge" role="img" aria-label=label>
                    <span class="star" aria-hidden="true">"★"</span>
                    <span aria-hidden="true">
                        <strong>{value}</strong>
                        "/10"
                        {r.votes.map(|v| view! { <span class="votes">{compact_count(v)}</span> })}
                    </span>
                </span>
            }
            .into_any()
        }
    }
}
