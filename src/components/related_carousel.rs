//! "More Like This": a horizontally scrolling strip of related films,
//! following the W3C ARIA carousel pattern (no auto-rotation).

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollToOptions};

use super::poster::Poster;
use super::rating_badge::RatingBadge;
use super::rating_stars::RatingStars;
use super::watchlist_button::WatchlistButton;
use crate::base_path::app_path;
use crate::i18n::format::{name_list, truncate_words};
use crate::i18n::{CATALOG_LANG, use_lang, use_texts};
use crate::model::catalog::TitleCard;
use crate::model::library::FilmFacts;
use crate::storage::UserStore;

/// Summaries longer than this get a "See full summary" disclosure.
const SUMMARY_PREVIEW_CHARS: usize = 120;

/// Where the track is scrolled to, so the buttons can say they have nowhere to go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ScrollEdges {
    at_start: bool,
    at_end: bool,
}

impl ScrollEdges {
    fn of(track: &web_sys::Element) -> Self {
        let left = track.scroll_left();
        let max = track.scroll_width() - track.client_width();
        // A pixel of slack absorbs sub-pixel scroll positions.
        ScrollEdges {
            at_start: left <= 1,
            at_end: left >= max - 1,
        }
    }
}

/// A carousel of film cards ("More like this" on a title page, the rows of
/// the home page), with previous/next buttons, keyboard and touch scrolling.
#[component]
pub fn RelatedCarousel(
    cards: Vec<TitleCard>,
    /// The heading; "More like this" when not given.
    #[prop(optional, into)]
    heading: Option<String>,
    /// Makes the ids inside unique when a page has more than one carousel:
    /// `{name}-heading`, `{name}-track`, and the cards' own ids.
    #[prop(default = "related")]
    name: &'static str,
) -> impl IntoView {
    let t = use_texts();
    let heading = heading.unwrap_or_else(|| t.more_like_this.to_owned());
    let heading_id = format!("{name}-heading");
    let labelled_by = heading_id.clone();
    let track_id = format!("{name}-track");
    let (previous_controls, next_controls) = (track_id.clone(), track_id.clone());
    let track = NodeRef::<Div>::new();
    let edges = RwSignal::new(ScrollEdges {
        at_start: true,
        at_end: false,
    });
    let measure = move || {
        // The idle callback (or a resize) may come after the carousel is
        // gone, when a quick click has already opened another film: then
        // there is nothing left to measure.
        if let Some(el) = track.try_get_untracked().flatten() {
            let _ = edges.try_set(ScrollEdges::of(&el));
        }
    };
    // The first layout happens after mount, so measure once the browser has
    // drawn the page and is idle: reading a scroll position before that
    // (in the next animation frame, say) forces the whole new page's layout
    // inside this script's task. Again whenever the window (and so the
    // track) changes width.
    Effect::new(move |_| {
        if track.get().is_some() {
            crate::idle::when_idle(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let scroll_page = move |direction: f64| {
        if let Some(el) = track.get_untracked() {
            let options = ScrollToOptions::new();
            options.set_left(direction * f64::from(el.client_width()) * 0.9);
            // `Auto` follows the CSS scroll-behavior, which honours reduced motion.
            options.set_behavior(ScrollBehavior::Auto);
            el.scroll_by_with_scroll_to_options(&options);
        }
    };
    let count = cards.len();
    let slides = cards
        .into_iter()
        .enumerate()
        .map(|(i, card)| view! { <RelatedSlide card position=i + 1 count name /> })
        .collect_view();

    view! {
        <section
            class="carousel section"
            aria-roledescription="carousel"
            aria-labelledby=labelled_by
        >
            <div class="section-head">
                <h2 id=heading_id class="section-title">{heading}</h2>
                <div class="carousel-controls">
                    <button
                        type="button"
                        class="icon-button"
                        aria-controls=previous_controls
                        aria-label=t.previous_films
                        aria-disabled=move || edges.get().at_start.to_string()
                        on:click=move |_| scroll_page(-1.0)
                    >
                        <span aria-hidden="true">"‹"</span>
                    </button>
                    <button
                        type="button"
                        class="icon-button"
                        aria-controls=next_controls
                        aria-label=t.next_films
                        aria-disabled=move || edges.get().at_end.to_string()
                        on:click=move |_| scroll_page(1.0)
                    >
                        <span aria-hidden="true">"›"</span>
                    </button>
                </div>
            </div>
            <div
                id=track_id
                class="carousel-track"
                node_ref=track
                tabindex="0"
                role="group"
                aria-label=(t.carousel_track)(count)
                aria-live="polite"
                on:scroll=move |_| measure()
            >
                {slides}
            </div>
        </section>
    }
}

/// One related film: poster, title, year, genres, rating, summary with a
/// disclosure, director and stars, linking to its own page.
#[component]
fn RelatedSlide(
    card: TitleCard,
    position: usize,
    count: usize,
    /// The carousel's name: the title page's ids stay as they were.
    name: &'static str,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let href = app_path(&format!("/title/{}", card.id));
    let prefix = if name == "related" {
        String::new()
    } else {
        format!("{name}-")
    };
    let summary_id = format!("{prefix}summary-{}", card.id);
    let preview = truncate_words(&card.summary, SUMMARY_PREVIEW_CHARS);
    let expanded = RwSignal::new(false);
    let full = card.summary.clone();
    let summary = match preview {
        None if full.is_empty() => ().into_any(),
        None => view! { <p class="summary" id=summary_id lang=CATALOG_LANG>{full}</p> }.into_any(),
        Some(short) => view! {
            <p class="summary" id=summary_id.clone() lang=CATALOG_LANG>
                {move || if expanded.get() { full.clone() } else { short.clone() }}
            </p>
            <button
                type="button"
                class="link-button"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=summary_id
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {move || if expanded.get() { t.show_less } else { t.see_full_summary }}
            </button>
        }
        .into_any(),
    };
    let directors = card.directors.clone();
    let director_count = directors.len();
    let slide_title = card.title.clone();
    let film = FilmFacts::from(&card);
    view! {
        <div
            class="carousel-slide"
            role="group"
            aria-roledescription="slide"
            aria-label=(t.slide_label)(position, count, &slide_title)
        >
            <a href=href.clone() class="slide-poster-link" tabindex="-1" aria-hidden="true">
                <Poster id=card.id.clone() title=card.title.clone() year=card.year class="poster-small" />
            </a>
            <h3 class="slide-title">
                <a href=href>{card.title.clone()}</a>
                " "
                <span class="year">{format!("({})", card.year)}</span>
            </h3>
            <p class="genres" lang=CATALOG_LANG>{card.genres.join(" · ")}</p>
            {card.because.map(|because| view! { <p class="because">{(t.related_because)(because)}</p> })}
            {card.rating.map(|rating| view! { <RatingBadge rating=Some(rating) /> })}
            <CardRating id=card.id.clone() film=film.clone() prefix />
            <WatchlistButton id=card.id.clone() film compact=true />
            {summary}
            {(director_count > 0)
                .then(|| {
                    view! {
                        <p class="credit-line">
                            <span class="label">
                                {(t.label_colon)((t.directors)(director_count))}
                            </span>
                            {name_list(&directors, lang)}
                        </p>
                    }
                })}
            {(!card.stars.is_empty())
                .then(|| {
                    view! {
                        <p class="credit-line">
                            <span class="label">{(t.label_colon)(t.stars_label)}</span>
                            {card.stars.join(", ")}
                        </p>
                    }
                })}
        </div>
    }
}

/// A card's rating, as IMDb's cards show it: one "Rate" button (or the
/// rating given, "★ 7") that opens the card's star control below it, the
/// W3C disclosure pattern. Ten radios per card would put up to a hundred
/// and twenty inputs into every title page, which showed in the time a
/// related film takes to appear; most visitors never rate from the carousel.
#[component]
fn CardRating(
    id: String,
    film: FilmFacts,
    /// Goes before the ids inside, which must be unique on the page.
    #[prop(optional)]
    prefix: String,
) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let t = use_texts();
    let open = RwSignal::new(false);
    let panel_id = format!("{prefix}rate-panel-{id}");
    let group = format!("{prefix}rate-card");
    let current = {
        let id = id.clone();
        Memo::new(move |_| store.data().read().ratings.get(&id).map(|r| r.stars.get()))
    };
    let label = {
        let title = film.title.clone();
        move || match current.get() {
            Some(n) => (t.your_rating_of_is)(&title, n),
            None => (t.rate_title)(&title),
        }
    };
    view! {
        // The track is a live region (for Previous/Next); opening the stars
        // must not read all ten of them out. The stars' own "Your rating"
        // line is a live region of its own and still speaks.
        <div class="card-rating" aria-live="off">
            <button
                type="button"
                class="rate-button"
                class:rated=move || current.get().is_some()
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                aria-label=label
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || match current.get() {
                    Some(n) => view! { <span aria-hidden="true">"★"</span> " " {n} }.into_any(),
                    None => view! { <span aria-hidden="true">"☆"</span> " " {t.rate} }.into_any(),
                }}
            </button>
            <div id=panel_id hidden=move || !open.get()>
                {move || {
                    open.get()
                        .then(|| {
                            view! {
                                <RatingStars id=id.clone() film=film.clone() group=group.clone() />
                            }
                        })
                }}
            </div>
        </div>
    }
    .into_any()
}
