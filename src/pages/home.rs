//! The home page: a front for a catalog of any size, from one small file
//! (`catalog/front.json`): the featured film and its circle, the top rated,
//! what this browser viewed recently, the newest, and the way to the full
//! list.

use leptos::prelude::*;
use leptos_meta::Title as DocumentTitle;

use crate::api::fetch_front;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::lazy_code::in_a_later_task;
use crate::components::poster::Poster;
use crate::components::rating_badge::RatingBadge;
use crate::components::recently_viewed::RecentlyViewedList;
use crate::components::related_carousel::RelatedCarousel;
use crate::components::source_credit::SourceCredit;
use crate::i18n::format::name_list;
use crate::i18n::{CATALOG_LANG, Loadable, use_lang, use_texts};
use crate::model::catalog::TitleCard;
use crate::model::front::FrontPage;

/// The front of the site.
#[component]
pub fn HomePage() -> impl IntoView {
    let front = LocalResource::new(fetch_front);
    let t = use_texts();
    view! {
        <DocumentTitle text=t.home_doc_title />
        <div class="page home">
            {async_view(front, Loadable::FilmList, front_page)}
        </div>
    }
}

fn front_page(front: FrontPage) -> impl IntoView {
    let FrontPage {
        featured,
        circle,
        top_rated,
        popular,
        newest,
        total,
        sources,
    } = front;
    let t = use_texts();
    let circle_heading = (t.more_like)(&featured.title);
    crate::first_screen::reveal_once_drawn();
    // Under the first screen, each carousel is built in a task of its own
    // on the visit's first page (see `in_a_later_task`): in one piece, the
    // page took one long task.
    view! {
        {first_screen(featured, total)}
        {in_a_later_task(move || {
            (!circle.is_empty())
                .then(|| {
                    view! {
                        <RelatedCarousel
                            cards=circle.clone()
                            heading=circle_heading.clone()
                            name="circle"
                        />
                    }
                })
        })}
        {in_a_later_task(move || {
            (!top_rated.is_empty())
                .then(|| view! { <RelatedCarousel cards=top_rated.clone() heading=t.top_rated name="top" /> })
        })}
        {in_a_later_task(move || {
            (!popular.is_empty())
                .then(|| {
                    view! { <RelatedCarousel cards=popular.clone() heading=t.popular_films name="popular" /> }
                })
        })}
        {in_a_later_task(move || {
            view! {
                <RecentlyViewedList />
                <RelatedCarousel cards=newest.clone() heading=t.newest_films name="newest" />
                <p class="browse-all">
                    <a class="button" href=app_path("/browse")>{(t.browse_all_count)(total)}</a>
                </p>
                {sources
                    .iter()
                    .map(|count| view! { <SourceCredit source=count.source.clone() titles=count.titles /> })
                    .collect_view()}
            }
        })}
    }
}

/// The heading, the catalog's size and the featured film: what a phone
/// shows before any scrolling, and the part written ahead of time as HTML
/// (`crate::prerender`), so that copy is this very markup.
pub fn first_screen(featured: TitleCard, total: u32) -> impl IntoView + use<> {
    let t = use_texts();
    view! {
        <h1>{t.home_heading}</h1>
        <p class="lead">
            {(t.films_in_catalog)(total)} " · "
            <a href=app_path("/browse")>{t.browse_all_films}</a>
        </p>
        <FeaturedFilm card=featured />
    }
}

/// The film the home page opens with: a large poster beside its name,
/// year, genres, rating, summary and directors.
#[component]
fn FeaturedFilm(card: TitleCard) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let href = app_path(&format!("/title/{}", card.id));
    let directors = card.directors.clone();
    let director_count = directors.len();
    view! {
        <section class="featured section" aria-labelledby="featured-heading">
            <h2 id="featured-heading" class="section-title">{t.featured_film}</h2>
            <article class="featured-film">
                <a href=href.clone() class="featured-poster-link" tabindex="-1" aria-hidden="true">
                    <Poster id=card.id.clone() title=card.title.clone() year=card.year />
                </a>
                <div class="featured-body">
                    <h3 class="featured-title">
                        <a href=href>{card.title.clone()}</a>
                        " "
                        <span class="year">{format!("({})", card.year)}</span>
                    </h3>
                    <p class="genres" lang=CATALOG_LANG>{card.genres.join(" · ")}</p>
                    {card.rating.map(|rating| view! { <RatingBadge rating=Some(rating) /> })}
                    {(!card.summary.is_empty())
                        .then(|| view! { <p class="summary" lang=CATALOG_LANG>{card.summary.clone()}</p> })}
                    {(director_count > 0)
                        .then(|| {
                            view! {
                                <p class="credit-line">
                                    <span class="label">{(t.directors)(director_count)}</span>
                                    " "
                                    {name_list(&directors, lang)}
                                </p>
                            }
                        })}
                </div>
            </article>
        </section>
    }
}
