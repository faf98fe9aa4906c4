//! "Was this review helpful? Yes / No" and "Report", kept on this device.

use leptos::prelude::*;

use crate::i18n::use_texts;
use crate::model::user_data::{ReportReason, Vote};
use crate::storage::UserStore;

/// Helpfulness vote and report controls for one catalog review. One vote per
/// review on this device, changeable; pressing the chosen answer again
/// takes the vote back.
#[component]
pub fn ReviewFeedback(#[prop(into)] review_id: String) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let vote = {
        let id = review_id.clone();
        Memo::new(move |_| store.data().read().votes.get(&id).copied())
    };
    let report = {
        let id = review_id.clone();
        Memo::new(move |_| store.data().read().reports.get(&id).copied())
    };
    let t = use_texts();
    let reporting = RwSignal::new(false);
    let reason = RwSignal::new(ReportReason::Spoilers);
    let cast = {
        let id = review_id.clone();
        move |choice: Vote| {
            let id = id.clone();
            store.update(move |d| {
                if d.votes.get(&id) == Some(&choice) {
                    d.votes.remove(&id);
                } else {
                    d.votes.insert(id, choice);
                }
            });
        }
    };
    let send_report = {
        let id = review_id.clone();
        move |_| {
            let id = id.clone();
            let chosen = reason.get_untracked();
            store.update(move |d| {
                d.reports.insert(id, chosen);
            });
            reporting.set(false);
        }
    };
    let undo_report = {
        let id = review_id.clone();
        move |_| {
            let id = id.clone();
            store.update(move |d| {
                d.reports.remove(&id);
            });
        }
    };
    let question_id = format!("helpful-{review_id}");
    let (yes, no) = (cast.clone(), cast);
    view! {
        <div class="review-feedback">
            <span id=question_id.clone()>{t.was_helpful}</span>
            <button
                type="button"
                class="chip-button"
                aria-describedby=question_id.clone()
                aria-pressed=move || (vote.get() == Some(Vote::Helpful)).to_string()
                on:click=move |_| yes(Vote::Helpful)
            >
                {t.yes}
            </button>
            <button
                type="button"
                class="chip-button"
                aria-describedby=question_id
                aria-pressed=move || (vote.get() == Some(Vote::NotHelpful)).to_string()
                on:click=move |_| no(Vote::NotHelpful)
            >
                {t.no}
            </button>
            {move || match report.get() {
                Some(r) => {
                    view! {
                        <span class="reported">
                            {(t.you_reported)((t.report_reason)(r))}
                            " "
                            <button type="button" class="link-button" on:click=undo_report.clone()>
                                {t.undo_report}
                            </button>
                        </span>
                    }
                        .into_any()
                }
                None if reporting.get() => {
                    view! {
                        <span class="report-form">
                            <label>
                                {t.reason}
                                " "
                                <select on:change=move |ev| {
                                    let i = event_target_value(&ev).parse::<usize>().unwrap_or(0);
                                    reason.set(ReportReason::ALL.get(i).copied().unwrap_or(ReportReason::Spoilers));
                                }>
                                    {ReportReason::ALL
                                        .iter()
                                        .enumerate()
                                        .map(|(i, &r)| {
                                            view! { <option value=i>{(t.report_reason)(r)}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <button type="button" class="chip-button" on:click=send_report.clone()>
                                {t.send_report}
                            </button>
                            <button type="button" class="link-button" on:click=move |_| reporting.set(false)>
                                {t.cancel}
                            </button>
                        </span>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <button type="button" class="link-button" on:click=move |_| reporting.set(true)>
                            {t.report}
                        </button>
                    }
                        .into_any()
                }
            }}
        </div>
    }
    .into_any()
}
