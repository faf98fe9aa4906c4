//! `/stats`: your film life in charts: viewings per year, how you rate,
//! the directors and genres you watch most, and a year in review
//! (`?year=2025`, the latest logged year by default).

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_query_map;

use crate::base_path::app_path;
use crate::components::bar_chart::{Bar, BarChart, BarDirection};
use crate::components::export_reminder::ExportReminder;
use crate::components::poster::Poster;
use crate::components::shelf::LibraryTabs;
use crate::i18n::CATALOG_LANG;
use crate::i18n::library::{LibraryTexts, use_library_texts};
use crate::model::stats::{Favourite, FilmStats, YearInReview};
use crate::navigation::{HistoryStep, use_app_navigate};
use crate::storage::UserStore;

/// Your stats, recomputed whenever your library changes.
#[component]
pub fn StatsPage() -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let lt = use_library_texts();
    let stats = Memo::new(move |_| store.data().with(FilmStats::of));
    view! {
        <DocumentTitle text=format!("{} · Marquee", lt.stats_heading) />
        <div class="page library stats-page">
            <h1>{lt.stats_heading}</h1>
            <LibraryTabs />
            <ExportReminder />
            <Show
                when=move || !stats.read().is_empty()
                fallback=move || view! { <p class="empty-state">{lt.stats_empty}</p> }
            >
                <p class="lead">{move || stats.with(|s| (lt.stats_lead)(s.films, s.viewings))}</p>
                {move || stats.with(|s| overall_charts(s, lt))}
                <YearReview stats />
            </Show>
        </div>
    }
    .into_any()
}

/// The charts of the whole library, each only when it has something to show.
fn overall_charts(stats: &FilmStats, lt: &'static LibraryTexts) -> impl IntoView + use<> {
    let per_year = stats.busiest_year().map(|(busiest, most)| {
        let first = stats.per_year.first().map_or(busiest, |(y, _)| *y);
        let last = stats.per_year.last().map_or(busiest, |(y, _)| *y);
        let bars = stats.per_year.iter().map(|(y, n)| Bar {
            label: y.to_string(),
            value: *n,
        });
        view! {
            <BarChart
                id="per-year"
                heading=lt.per_year_heading.to_owned()
                summary=(lt.per_year_summary)(stats.viewings, first, last, busiest, most)
                columns=(lt.col_year, lt.col_viewings)
                bars=bars.collect()
                direction=BarDirection::Columns
            />
        }
    });
    let rated: usize = stats.ratings.iter().sum();
    let spread = stats
        .mean_tenths
        .zip(stats.usual_stars())
        .map(|(mean, usual)| {
            let bars = (1..=10u8).zip(stats.ratings).map(|(s, n)| Bar {
                label: s.to_string(),
                value: n,
            });
            view! {
                <BarChart
                    id="rating-spread"
                    heading=lt.rating_spread_heading.to_owned()
                    summary=(lt.rating_summary)(rated, mean, usual)
                    columns=(lt.col_stars, lt.col_films)
                    bars=bars.collect()
                    direction=BarDirection::Columns
                />
            }
        });
    let directors = ranking(
        "directors",
        lt.directors_heading,
        lt.col_director,
        &stats.directors,
        lt,
    );
    let genres = ranking("genres", lt.genres_heading, lt.col_genre, &stats.genres, lt);
    view! { {per_year} {spread} {directors} {genres} }
}

/// A "watched most" chart of names (directors, genres), if there are any.
fn ranking(
    id: &'static str,
    heading: &'static str,
    column: &'static str,
    ranked: &[(String, usize)],
    lt: &'static LibraryTexts,
) -> Option<impl IntoView + use<>> {
    let (first, most) = ranked.first()?;
    let bars = ranked.iter().map(|(name, n)| Bar {
        label: name.clone(),
        value: *n,
    });
    Some(view! {
        <BarChart
            id
            heading=heading.to_owned()
            summary=(lt.top_summary)(first, *most)
            columns=(column, lt.col_films)
            bars=bars.collect()
            direction=BarDirection::Rows
        />
    })
}

/// One year of the diary: a menu of the logged years, the year's numbers,
/// its viewings per month and its best-rated films.
#[component]
fn YearReview(stats: Memo<FilmStats>) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let lt = use_library_texts();
    let url = use_query_map();
    let years = Memo::new(move |_| stats.read().logged_years());
    // The year asked for in the URL if it was logged, else the latest.
    let year = Memo::new(move |_| {
        let asked = url.read().get("year").and_then(|y| y.parse::<u16>().ok());
        let years = years.read();
        asked
            .filter(|y| years.contains(y))
            .or_else(|| years.first().copied())
    });
    let review = Memo::new(move |_| {
        let year = year.get()?;
        Some(store.data().with(|d| YearInReview::of(d, year)))
    });
    let body = move || match review.get() {
        None => view! { <p class="empty-state">{lt.no_year_review}</p> }.into_any(),
        Some(review) => view! {
            <section class="section year-review" aria-labelledby="year-review-heading">
                <YearReviewBody review years />
            </section>
        }
        .into_any(),
    };
    body.into_any()
}

/// The heading, menu and contents of one year in review.
#[component]
fn YearReviewBody(review: YearInReview, years: Memo<Vec<u16>>) -> impl IntoView {
    let lt = use_library_texts();
    let navigate = use_app_navigate();
    let shown = review.year;
    let choose = move |ev: leptos::ev::Event| {
        let year = event_target_value(&ev);
        navigate(&format!("/stats?year={year}"), HistoryStep::PushInPlace);
    };
    let options = move || {
        years
            .get()
            .into_iter()
            .map(|y| view! { <option value=y selected=y == shown>{y}</option> })
            .collect_view()
    };
    let months = (1..=12u8).zip(review.per_month).map(|(m, n)| Bar {
        label: (lt.short_month)(m).to_owned(),
        value: n,
    });
    let busiest = review
        .busiest_month()
        .map(|(m, n)| (lt.per_month_summary)(m, n));
    view! {
        <div class="year-review-head">
            <h2 id="year-review-heading" class="section-title">{(lt.year_review_heading)(shown)}</h2>
            <div class="browse-field">
                <label for="review-year">{lt.col_year}</label>
                <select id="review-year" on:change=choose>{options}</select>
            </div>
        </div>
        <p>{(lt.year_summary)(shown, review.viewings, review.films, review.rewatches)}</p>
        <BarChart
            id="per-month"
            heading=(lt.per_month_heading)(shown)
            summary=busiest.unwrap_or_default()
            columns=(lt.col_month, lt.col_viewings)
            bars=months.collect()
            direction=BarDirection::Columns
            subsection=true
        />
        <Favourites favourites=review.favourites />
    }
}

/// A year's best-rated films, best first.
#[component]
fn Favourites(favourites: Vec<Favourite>) -> impl IntoView {
    let lt = use_library_texts();
    (!favourites.is_empty()).then(|| {
        let items = favourites.into_iter().map(|f| {
            let href = app_path(&format!("/title/{}", f.id));
            view! {
                <li class="favourite">
                    <a href=href.clone() tabindex="-1" aria-hidden="true">
                        <Poster id=f.id.clone() title=f.film.title.clone() year=f.film.year class="poster-small" />
                    </a>
                    <a href=href class="tile-title" lang=CATALOG_LANG>{f.film.title.clone()}</a>
                    <span class="year">{f.film.year}</span>
                    <span class="shelf-stars">
                        <span aria-hidden="true">"★ "{f.stars.get()}</span>
                        <span class="visually-hidden">{(lt.your_stars)(f.stars.get())}</span>
                    </span>
                </li>
            }
        });
        view! {
            <section class="section" aria-labelledby="favourites-heading">
                <h3 id="favourites-heading" class="section-title">{lt.favourites_heading}</h3>
                <ol class="favourites">{items.collect_view()}</ol>
            </section>
        }
    })
}
