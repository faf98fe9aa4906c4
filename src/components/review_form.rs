//! "Review this title": the form, with inline validation and a draft that is
//! saved as it is typed.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;

use super::rating_stars::RatingStars;
use crate::i18n::{Texts, use_texts};
use crate::model::library::FilmFacts;
use crate::model::user_data::{
    BODY_MAX, BODY_MIN, HEADLINE_MAX, ReviewDraft, ReviewProblem, UserReview, validate_review,
    visible_len,
};
use crate::storage::{UserStore, today};

/// The message for one field, if it has a problem.
fn problem_for(problems: &[ReviewProblem], field: Field, t: &Texts) -> Option<String> {
    problems
        .iter()
        .find(|p| field_of(p) == field)
        .map(|p| t.review_problem(p))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Rating,
    Headline,
    Body,
}

fn field_of(problem: &ReviewProblem) -> Field {
    match problem {
        ReviewProblem::NoRating => Field::Rating,
        ReviewProblem::HeadlineEmpty | ReviewProblem::HeadlineTooLong(_) => Field::Headline,
        ReviewProblem::BodyTooShort(_) | ReviewProblem::BodyTooLong(_) => Field::Body,
    }
}

/// The review form for one title. It starts from the saved draft, else from
/// this device's review of the title (editing), else empty. Nothing is saved
/// as a review until every field is valid.
#[component]
pub fn ReviewForm(
    #[prop(into)] id: String,
    #[prop(into)] title: String,
    year: u16,
    /// Runs when the form is closed or its review saved.
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let (initial, editing) = store.data().with_untracked(|d| {
        let existing = d.reviews.get(&id);
        let draft = d.drafts.get(&id).cloned().or_else(|| {
            existing.map(|r| ReviewDraft {
                stars: Some(r.stars),
                headline: r.headline.clone(),
                body: r.body.clone(),
                spoilers: r.spoilers,
            })
        });
        (draft.unwrap_or_default(), existing.is_some())
    });
    let t = use_texts();
    let headline = RwSignal::new(initial.headline);
    let body = RwSignal::new(initial.body);
    let spoilers = RwSignal::new(initial.spoilers);
    let attempted = RwSignal::new(false);
    let rating = {
        let id = id.clone();
        Memo::new(move |_| store.data().read().ratings.get(&id).map(|r| r.stars))
    };
    let draft = move || ReviewDraft {
        stars: rating.get(),
        headline: headline.get(),
        body: body.get(),
        spoilers: spoilers.get(),
    };
    let problems = Memo::new(move |_| validate_review(&draft()).err().unwrap_or_default());
    let shown = move |field: Field| {
        if attempted.get() {
            problems.with(|p| problem_for(p, field, t))
        } else {
            None
        }
    };
    let save_draft = {
        let id = id.clone();
        move || {
            let draft = draft();
            let id = id.clone();
            store.update(move |d| {
                d.drafts.insert(id, draft);
            });
        }
    };
    let headline_ref = NodeRef::<Input>::new();
    let body_ref = NodeRef::<Textarea>::new();
    let submit = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            attempted.set(true);
            match validate_review(&draft()) {
                Ok((stars, headline_text, body_text)) => {
                    let id = id.clone();
                    let spoilers = spoilers.get_untracked();
                    store.update(move |d| {
                        let written_on = d
                            .reviews
                            .get(&id)
                            .map_or_else(today, |r| r.written_on.clone());
                        let edited_on = d.reviews.contains_key(&id).then(today);
                        d.reviews.insert(
                            id.clone(),
                            UserReview {
                                stars,
                                headline: headline_text,
                                body: body_text,
                                spoilers,
                                written_on,
                                edited_on,
                            },
                        );
                        d.drafts.remove(&id);
                    });
                    on_close.run(());
                }
                Err(problems) => {
                    // Take the person to the first field that needs them.
                    let first = problems.first().map(field_of);
                    let focused = match first {
                        Some(Field::Headline) => headline_ref.get().map(|el| el.focus()),
                        Some(Field::Body) => body_ref.get().map(|el| el.focus()),
                        _ => None,
                    };
                    if focused.is_none()
                        && let Some(el) = document().get_element_by_id(&format!("review-{id}-1"))
                        && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
                    {
                        let _ = el.focus();
                    }
                }
            }
        }
    };
    let discard = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            store.update(move |d| {
                d.drafts.remove(&id);
            });
            on_close.run(());
        }
    };
    let on_headline = {
        let save = save_draft.clone();
        move |ev| {
            headline.set(event_target_value(&ev));
            save();
        }
    };
    let on_body = {
        let save = save_draft.clone();
        move |ev| {
            body.set(event_target_value(&ev));
            save();
        }
    };
    let on_spoilers = move |ev| {
        spoilers.set(event_target_checked(&ev));
        save_draft();
    };
    let error_view = move |field: Field, error_id: &'static str| {
        move || {
            shown(field).map(|message| {
                view! {
                    <p id=error_id class="field-error" role="alert">
                        {message}
                    </p>
                }
            })
        }
    };
    let heading_title = title.clone();
    view! {
        <form id="review-form" class="review-form section" novalidate on:submit=submit>
            <h2 class="section-title">
                {if editing {
                    (t.review_form_edit)(&heading_title)
                } else {
                    (t.review_form_new)(&heading_title)
                }}
            </h2>
            <p class="hint">{t.review_form_hint}</p>
            <div class="field">
                <span class="field-label">{t.your_rating}</span>
                <RatingStars id=id.clone() film=FilmFacts::named(title.clone(), year) group="review" />
                {error_view(Field::Rating, "review-rating-error")}
            </div>
            <div class="field">
                <label for="review-headline" class="field-label">{t.headline}</label>
                <input
                    id="review-headline"
                    type="text"
                    node_ref=headline_ref
                    autocomplete="off"
                    prop:value=move || headline.get()
                    aria-invalid=move || shown(Field::Headline).is_some().to_string()
                    aria-describedby="review-headline-count review-headline-error"
                    on:input=on_headline
                />
                <p id="review-headline-count" class="counter">
                    {move || (t.headline_counter)(headline.with(|h| visible_len(h.trim())), HEADLINE_MAX)}
                </p>
                {error_view(Field::Headline, "review-headline-error")}
            </div>
            <div class="field">
                <label for="review-body" class="field-label">{t.your_review}</label>
                <textarea
                    id="review-body"
                    rows="10"
                    node_ref=body_ref
                    prop:value=move || body.get()
                    aria-invalid=move || shown(Field::Body).is_some().to_string()
                    aria-describedby="review-body-count review-body-error"
                    on:input=on_body
                ></textarea>
                <p id="review-body-count" class="counter">
                    {move || (t.body_counter)(body.with(|b| visible_len(b.trim())), BODY_MIN, BODY_MAX)}
                </p>
                {error_view(Field::Body, "review-body-error")}
            </div>
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || spoilers.get() on:change=on_spoilers />
                {t.contains_spoilers}
            </label>
            <div class="form-actions">
                <button type="submit" class="button">
                    {if editing { t.save_changes } else { t.submit_review }}
                </button>
                <button type="button" class="link-button" on:click=move |_| on_close.run(())>
                    {t.close_keep_draft}
                </button>
                <button type="button" class="link-button" on:click=discard>
                    {t.discard_draft}
                </button>
            </div>
        </form>
    }
    .into_any()
}
