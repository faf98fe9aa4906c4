//! A title as a tile in the home page grid.

use leptos::prelude::*;

use super::poster::Poster;
use super::rating_badge::RatingBadge;
use super::watchlist_button::WatchlistButton;
use crate::base_path::app_path;
use crate::i18n::format::name_list;
use crate::i18n::{CATALOG_LANG, use_lang, use_texts};
use crate::model::catalog::TitleCard;
use crate::model::library::FilmFacts;

/// Poster, linked name, year, genres, rating and director of one title,
/// and its watchlist toggle.
#[component]
pub fn TitleTile(card: TitleCard) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let href = app_path(&format!("/title/{}", card.id));
    let directors = card.directors.clone();
    let director_count = directors.len();
    let film = FilmFacts::from(&card);
    view! {
        <article class="title-tile">
            <a href=href.clone() class="tile-poster-link" tabindex="-1" aria-hidden="true">
                <Poster id=card.id.clone() title=card.title.clone() year=card.year />
            </a>
            <div class="tile-body">
                <h2 class="tile-title">
                    <a href=href>{card.title.clone()}</a>
                    " "
                    <span class="year">{format!("({})", card.year)}</span>
                </h2>
                <p class="genres" lang=CATALOG_LANG>{card.genres.join(" · ")}</p>
                // A card without a rating says nothing about it: "Not yet
                // rated" on every imported film would drown the grid.
                {card.rating.map(|rating| view! { <RatingBadge rating=Some(rating) /> })}
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
                <WatchlistButton id=card.id.clone() film compact=true />
            </div>
        </article>
    }
}
