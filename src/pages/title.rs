//! The title page: everything about one film, section by section.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_params_map;

use crate::api::fetch_title;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::cast_list::CastList;
use crate::components::poster::Poster;
use crate::components::rating_badge::RatingBadge;
use crate::components::rating_stars::RatingStars;
use crate::components::recently_viewed::RecentlyViewedList;
use crate::components::related_carousel::RelatedCarousel;
use crate::components::review_card::ReviewCard;
use crate::model::catalog::{CastCredit, Details, PersonRef, Title};
use crate::model::format::{
    awards_line, best_offer, compact_count, long_date, runtime, watch_line,
};
use crate::model::recent::RecentEntry;
use crate::storage::UserStore;

/// The page at `/title/:id`.
#[component]
pub fn TitlePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let title = LocalResource::new(move || fetch_title(id.get()));
    // A related-film click keeps this component and swaps its data, so the
    // view has to go back to the top itself.
    Effect::new(move |_| {
        id.track();
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    view! { <div class="page title-page">{async_view(title, "this title", title_view)}</div> }
}

fn title_view(title: Title) -> impl IntoView {
    if let Some(store) = use_context::<UserStore>() {
        let entry = RecentEntry::from(&title);
        store.update(|d| d.recent.visit(entry));
    }
    let doc_title = format!("{} ({}) · Marquee", title.title, title.year);
    let id = title.id.clone();
    view! {
        <DocumentTitle text=doc_title />
        <TitleHeader title=title.clone() />
        <TopCast id=id.clone() cast=title.top_cast.clone() total=title.cast_total />
        {(!title.related.is_empty()).then(|| view! { <RelatedCarousel cards=title.related.clone() /> })}
        <Storyline title=title.clone() />
        <DetailsSection details=title.details.clone() release=title.release.clone() />
        <DidYouKnow title=title.clone() />
        <FaqSection title=title.clone() />
        <FeaturedReview title=title.clone() />
        <RecentlyViewedList current=id />
    }
}

fn people_links(people: &[PersonRef]) -> impl IntoView + use<> {
    let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
    names.join(", ")
}

/// Name, year, certification, runtime, genres, release, ratings, review
/// counts, plot, principal credits, where to watch and awards.
#[component]
fn TitleHeader(title: Title) -> impl IntoView {
    let reviews_href = app_path(&format!("/title/{}/reviews", title.id));
    let facts = [
        Some(title.year.to_string()),
        title.certification.clone(),
        title.details.tech.runtime_minutes.map(runtime),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let offer = best_offer(&title.watch).map(watch_line);
    view! {
        <header class="title-header">
            <Poster id=title.id.clone() title=title.title.clone() year=title.year class="poster-large" />
            <div class="title-main">
                <h1 class="title-name">
                    {title.title.clone()}
                    " "
                    <span class="year">{format!("({})", title.year)}</span>
                </h1>
                {title
                    .original_title
                    .clone()
                    .map(|o| view! { <p class="original-title">{format!("Original title: {o}")}</p> })}
                <p class="title-facts">{facts}</p>
                <ul class="genre-chips" aria-label="Genres">
                    {title.genres.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}
                </ul>
                {title
                    .release
                    .clone()
                    .map(|r| {
                        view! {
                            <p class="release">
                                <span class="label">"Release date "</span>
                                {format!("{} ({})", long_date(&r.date), r.country)}
                            </p>
                        }
                    })}
                <p class="plot">{title.plot.clone()}</p>
                <dl class="principal-credits">
                    <div>
                        <dt>{if title.directors.len() == 1 { "Director" } else { "Directors" }}</dt>
                        <dd>{people_links(&title.directors)}</dd>
                    </div>
                    {(!title.writers.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{if title.writers.len() == 1 { "Writer" } else { "Writers" }}</dt>
                                    <dd>{people_links(&title.writers)}</dd>
                                </div>
                            }
                        })}
                    {(!title.stars.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>"Stars"</dt>
                                    <dd>{people_links(&title.stars)}</dd>
                                </div>
                            }
                        })}
                </dl>
            </div>
            <aside class="title-side" aria-label="Ratings and where to watch">
                <div class="score-block">
                    <p class="score-label">"User rating"</p>
                    <RatingBadge rating=title.rating />
                </div>
                <div class="score-block">
                    <p class="score-label">"Your rating"</p>
                    <RatingStars id=title.id.clone() title=title.title.clone() year=title.year />
                </div>
                <p class="review-counts">
                    <a href=reviews_href>
                        <strong>{compact_count(title.user_reviews)}</strong>
                        {if title.user_reviews == 1 { " user review" } else { " user reviews" }}
                    </a>
                    {title
                        .critic_reviews
                        .map(|n| {
                            view! {
                                <span>
                                    <strong>{compact_count(n)}</strong>
                                    {if n == 1 { " critic review" } else { " critic reviews" }}
                                </span>
                            }
                        })}
                </p>
                <div class="watch-block">
                    <h2 class="mini-title">"Where to watch"</h2>
                    {match offer {
                        Some(line) => view! { <p class="watch-line">{line}</p> }.into_any(),
                        None => view! { <p class="empty-state">"No streaming or rental offers known."</p> }.into_any(),
                    }}
                </div>
                {title
                    .awards
                    .clone()
                    .map(|a| {
                        view! {
                            <div class="awards-block">
                                <h2 class="mini-title">"Awards"</h2>
                                <p class="awards-line">{awards_line(&a)}</p>
                                {(!a.highlights.is_empty())
                                    .then(|| {
                                        view! {
                                            <ul>
                                                {a.highlights.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}
                                            </ul>
                                        }
                                    })}
                            </div>
                        }
                    })}
            </aside>
        </header>
    }
}

/// The first-billed cast, with a link to the full cast and crew.
#[component]
fn TopCast(id: String, cast: Vec<CastCredit>, total: u32) -> impl IntoView {
    let href = app_path(&format!("/title/{id}/cast"));
    let shown = cast.len();
    view! {
        <section class="section" aria-labelledby="cast-heading">
            <div class="section-head">
                <h2 id="cast-heading" class="section-title">"Top cast"</h2>
                <a href=href>
                    {if total as usize > shown {
                        format!("See full cast & crew ({total})")
                    } else {
                        "Cast & crew".to_owned()
                    }}
                </a>
            </div>
            {if cast.is_empty() {
                view! { <p class="empty-state">"No cast is listed for this title."</p> }.into_any()
            } else {
                view! { <CastList cast /> }.into_any()
            }}
        </section>
    }
}

/// The longer plot, genres and certification.
#[component]
fn Storyline(title: Title) -> impl IntoView {
    view! {
        <section class="section" aria-labelledby="storyline-heading">
            <h2 id="storyline-heading" class="section-title">"Storyline"</h2>
            <p class="storyline">{title.storyline.clone()}</p>
            <dl class="facts">
                <div>
                    <dt>"Genres"</dt>
                    <dd>{title.genres.join(", ")}</dd>
                </div>
                {title
                    .certification
                    .clone()
                    .map(|c| {
                        view! {
                            <div>
                                <dt>"Certificate"</dt>
                                <dd>{c}</dd>
                            </div>
                        }
                    })}
            </dl>
        </section>
    }
}

fn fact_row(label: &'static str, values: Vec<String>) -> Option<impl IntoView + use<>> {
    (!values.is_empty()).then(|| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>{values.join(" · ")}</dd>
            </div>
        }
    })
}

/// Release, countries, languages, other titles, locations, companies and
/// technical specifications.
#[component]
fn DetailsSection(
    details: Details,
    release: Option<crate::model::catalog::Release>,
) -> impl IntoView {
    let release = release
        .map(|r| vec![format!("{} ({})", long_date(&r.date), r.country)])
        .unwrap_or_default();
    let akas = details
        .also_known_as
        .iter()
        .map(|a| match &a.region {
            Some(region) => format!("{} ({region})", a.title),
            None => a.title.clone(),
        })
        .collect();
    let tech = &details.tech;
    view! {
        <section class="section" aria-labelledby="details-heading">
            <h2 id="details-heading" class="section-title">"Details"</h2>
            <dl class="facts">
                {fact_row("Release date", release)}
                {fact_row("Countries of origin", details.countries.clone())}
                {fact_row("Languages", details.languages.clone())}
                {fact_row("Also known as", akas)}
                {fact_row("Filming locations", details.filming_locations.clone())}
                {fact_row("Production companies", details.companies.clone())}
            </dl>
            <h3 class="sub-title">"Technical specs"</h3>
            <dl class="facts">
                {fact_row("Runtime", tech.runtime_minutes.map(runtime).into_iter().collect())}
                {fact_row("Color", tech.color.clone().into_iter().collect())}
                {fact_row("Sound mix", tech.sound_mix.clone())}
                {fact_row("Aspect ratio", tech.aspect_ratio.clone().into_iter().collect())}
            </dl>
        </section>
    }
}

/// Quotes and trivia.
#[component]
fn DidYouKnow(title: Title) -> impl IntoView {
    let empty = title.quotes.is_empty() && title.trivia.is_empty();
    view! {
        <section class="section" aria-labelledby="dyk-heading">
            <h2 id="dyk-heading" class="section-title">"Did you know"</h2>
            {empty.then(|| view! { <p class="empty-state">"No quotes or trivia for this title yet."</p> })}
            {(!title.quotes.is_empty())
                .then(|| {
                    view! {
                        <h3 class="sub-title">"Quotes"</h3>
                        {title
                            .quotes
                            .iter()
                            .map(|q| {
                                view! {
                                    <figure class="quote">
                                        <blockquote>{q.text.clone()}</blockquote>
                                        <figcaption>{q.character.clone()}</figcaption>
                                    </figure>
                                }
                            })
                            .collect_view()}
                    }
                })}
            {(!title.trivia.is_empty())
                .then(|| {
                    view! {
                        <h3 class="sub-title">"Trivia"</h3>
                        <ul class="trivia">
                            {title.trivia.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </section>
    }
}

/// Frequently asked questions, or a plain statement that there are none.
#[component]
fn FaqSection(title: Title) -> impl IntoView {
    view! {
        <section class="section" aria-labelledby="faq-heading">
            <h2 id="faq-heading" class="section-title">"Frequently asked questions"</h2>
            {if title.faq.is_empty() {
                view! { <p class="empty-state">"No questions have been asked about this title yet."</p> }
                    .into_any()
            } else {
                title
                    .faq
                    .iter()
                    .map(|f| {
                        view! {
                            <details class="faq">
                                <summary>{f.question.clone()}</summary>
                                <p>{f.answer.clone()}</p>
                            </details>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}

/// This device's review (if any), the featured user review, and links to
/// write one and to read them all.
#[component]
fn FeaturedReview(title: Title) -> impl IntoView {
    let href = app_path(&format!("/title/{}/reviews", title.id));
    let write_href = app_path(&format!("/title/{}/reviews?write=1", title.id));
    let count = title.user_reviews;
    let id = title.id.clone();
    let mine = use_context::<UserStore>().map(|store| {
        Memo::new(move |_| {
            store
                .data()
                .read()
                .reviews
                .get(&id)
                .map(|r| r.as_review(&id))
        })
    });
    view! {
        <section class="section" aria-labelledby="reviews-heading">
            <div class="section-head">
                <h2 id="reviews-heading" class="section-title">"User reviews"</h2>
                <a href=href>
                    {match count {
                        0 => "Reviews".to_owned(),
                        1 => "See the user review".to_owned(),
                        n => format!("See all {n} user reviews"),
                    }}
                </a>
            </div>
            {move || {
                mine.and_then(|m| m.get())
                    .map(|review| view! { <ReviewCard review mine=true /> })
            }}
            {match title.featured_review.clone() {
                Some(review) => view! { <ReviewCard review /> }.into_any(),
                None => view! { <p class="empty-state">"No one has reviewed this title yet."</p> }.into_any(),
            }}
            <p>
                <a href=write_href class="button">
                    {move || {
                        if mine.is_some_and(|m| m.read().is_some()) {
                            "Edit your review"
                        } else {
                            "Review this title"
                        }
                    }}
                </a>
            </p>
        </section>
    }
}
