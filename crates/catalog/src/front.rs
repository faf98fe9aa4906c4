//! The home page's file (`catalog/front.json`): a featured film and its
//! circle, the top rated and the newest films, so that the front of a
//! catalog of any size is one small file.
//!
//! The catalog tool picks the featured film (the deployer's choice, kept
//! from one build to the next) and ranks the rest here.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use super::catalog::{DropRepeats, SourceCount, Title, TitleCard, described, keep_first};
use super::search::fold;

/// The file's path under the catalog root.
pub const FRONT_FILE: &str = "front.json";
/// Films in each row of the home page.
pub const FRONT_ROW: usize = 12;
/// Rated films a catalog needs for a "Top rated" row: fewer is no chart.
pub const MIN_RATED: usize = 6;

/// Everything the home page shows from the catalog.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrontPage {
    /// The film the home page opens with.
    pub featured: TitleCard,
    /// The featured film's related films, as its title page lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub circle: Vec<TitleCard>,
    /// The best rated films, by [`weighted_ratings`]; empty when the
    /// catalog has fewer than [`MIN_RATED`] rated films (imported records
    /// often have no rating), where [`FrontPage::popular`] stands instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top_rated: Vec<TitleCard>,
    /// The most popular films: most votes, else most critic reviews.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub popular: Vec<TitleCard>,
    /// The newest films, in the order of the full list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub newest: Vec<TitleCard>,
    /// Titles in the whole catalog.
    pub total: u32,
    /// Who the catalog's records come from, as the list pages credit them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceCount>,
}

impl DropRepeats for FrontPage {
    fn drop_repeats(&mut self) -> Vec<String> {
        let mut dropped = Vec::new();
        for (what, row) in [
            ("circle", &mut self.circle),
            ("top rated", &mut self.top_rated),
            ("popular", &mut self.popular),
            ("newest", &mut self.newest),
        ] {
            dropped.extend(described(what, keep_first(row, |c| &c.id)));
        }
        dropped
    }
}

/// The order of the full list: newest year first, then by folded title,
/// then id.
pub fn list_order(card: &TitleCard) -> (Reverse<u16>, String, String) {
    (Reverse(card.year), fold(&card.title), card.id.clone())
}

/// Each rated card's weighted rating, as IMDb's charts rank: a film's
/// average pulled towards the catalog's mean by as many votes as the median
/// rated film has, `(v·R + m·C) / (v + m)`. So a 9.5 from a dozen votes does
/// not outrank an 8.6 from a million. Cards without votes get none.
pub fn weighted_ratings(cards: &[TitleCard]) -> Vec<Option<f64>> {
    let rated: Vec<(f64, f64)> = cards
        .iter()
        .filter_map(|c| {
            let r = c.rating?;
            Some((f64::from(r.average), f64::from(r.votes.filter(|&v| v > 0)?)))
        })
        .collect();
    if rated.is_empty() {
        return vec![None; cards.len()];
    }
    let mean = rated.iter().map(|(r, _)| r).sum::<f64>() / rated.len() as f64;
    let mut votes: Vec<f64> = rated.iter().map(|(_, v)| *v).collect();
    votes.sort_by(f64::total_cmp);
    let m = votes[votes.len() / 2];
    cards
        .iter()
        .map(|c| {
            let r = c.rating?;
            let v = f64::from(r.votes.filter(|&v| v > 0)?);
            Some((v * f64::from(r.average) + m * mean) / (v + m))
        })
        .collect()
}

/// The `n` best cards by [`weighted_ratings`], best first; ties go to more
/// votes, then to the id.
pub fn top_rated(cards: &[TitleCard], n: usize) -> Vec<TitleCard> {
    let scores = weighted_ratings(cards);
    let mut ranked: Vec<(f64, u32, &TitleCard)> = cards
        .iter()
        .zip(scores)
        .filter_map(|(card, score)| {
            let votes = card.rating.and_then(|r| r.votes).unwrap_or(0);
            Some((score?, votes, card))
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then_with(|| a.2.id.cmp(&b.2.id))
    });
    ranked
        .into_iter()
        .take(n)
        .map(|(_, _, card)| card.clone())
        .collect()
}

/// The featured film's id: `wanted` when the catalog has it, else the best
/// rated film, else the first in list order. `None` for an empty catalog.
pub fn featured_id<'a>(cards: &'a [TitleCard], wanted: Option<&str>) -> Option<&'a str> {
    if let Some(card) = wanted.and_then(|w| cards.iter().find(|c| c.id == w)) {
        return Some(&card.id);
    }
    let best = top_rated(cards, 1).into_iter().next().map(|c| c.id);
    let first = cards.iter().min_by_key(|c| list_order(c));
    match best {
        Some(id) => cards.iter().find(|c| c.id == id).map(|c| c.id.as_str()),
        None => first.map(|c| c.id.as_str()),
    }
}

/// The `n` most popular of `cards`, given each card's
/// [`Title::popularity`]: most first, then newest, then by id; none of
/// popularity 0.
pub fn most_popular(cards: &[TitleCard], popularity: &[u32], n: usize) -> Vec<TitleCard> {
    let mut ranked: Vec<(u32, &TitleCard)> = popularity
        .iter()
        .copied()
        .zip(cards)
        .filter(|(p, _)| *p > 0)
        .collect();
    ranked.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.year.cmp(&a.1.year))
            .then_with(|| a.1.id.cmp(&b.1.id))
    });
    ranked
        .into_iter()
        .take(n)
        .map(|(_, card)| card.clone())
        .collect()
}

/// The front page of a catalog whose cards are `cards` (with each one's
/// [`Title::popularity`] in `popularity`), featuring `featured` (one of
/// them, with its related films).
pub fn front_page(
    cards: &[TitleCard],
    popularity: &[u32],
    featured: &Title,
    sources: &[SourceCount],
) -> FrontPage {
    let mut newest: Vec<&TitleCard> = cards.iter().collect();
    newest.sort_by_cached_key(|c| list_order(c));
    let rated = weighted_ratings(cards).iter().flatten().count();
    FrontPage {
        featured: featured.card(),
        circle: featured.related.clone(),
        top_rated: if rated >= MIN_RATED {
            top_rated(cards, FRONT_ROW)
        } else {
            Vec::new()
        },
        popular: most_popular(cards, popularity, FRONT_ROW),
        newest: newest.into_iter().take(FRONT_ROW).cloned().collect(),
        total: cards.len() as u32,
        sources: sources.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Rating;

    fn card(id: &str, year: u16, rating: Option<(f32, u32)>) -> TitleCard {
        TitleCard {
            id: id.into(),
            title: id.to_uppercase(),
            year,
            genres: Vec::new(),
            rating: rating.map(|(average, votes)| Rating {
                average,
                votes: Some(votes),
            }),
            summary: String::new(),
            directors: Vec::new(),
            stars: Vec::new(),
            because: None,
        }
    }

    #[test]
    fn a_few_votes_do_not_outrank_many() {
        let cards = [
            card("cult", 2001, Some((9.6, 12))),
            card("classic", 1999, Some((8.6, 1_000_000))),
            card("fine", 2005, Some((7.0, 50_000))),
            card("unrated", 2020, None),
        ];
        let ids: Vec<String> = top_rated(&cards, 10).into_iter().map(|c| c.id).collect();
        // The cult film is pulled to the mean (8.4), still above a 7.0.
        assert_eq!(ids, ["classic", "cult", "fine"]);
        assert_eq!(top_rated(&cards, 1)[0].id, "classic");
        assert!(weighted_ratings(&cards)[3].is_none());
    }

    #[test]
    fn equal_scores_go_to_more_votes_then_id() {
        let cards = [
            card("b", 2000, Some((8.0, 100))),
            card("a", 2000, Some((8.0, 100))),
            card("c", 2000, Some((8.0, 200))),
        ];
        let ids: Vec<String> = top_rated(&cards, 3).into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["c", "a", "b"]);
    }

    #[test]
    fn popular_is_by_popularity_then_newest_and_skips_unknown() {
        let cards = [
            card("a", 2000, None),
            card("b", 2010, None),
            card("c", 2005, None),
            card("d", 2001, None),
        ];
        let ids: Vec<String> = most_popular(&cards, &[50, 50, 900, 0], 10)
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids, ["c", "b", "a"]);
    }

    #[test]
    fn the_featured_film_is_the_wanted_one_when_there() {
        let cards = [
            card("old", 1950, None),
            card("best", 1990, Some((9.0, 5000))),
            card("new", 2020, Some((6.0, 5000))),
        ];
        assert_eq!(featured_id(&cards, Some("new")), Some("new"));
        assert_eq!(featured_id(&cards, Some("gone")), Some("best"));
        assert_eq!(featured_id(&cards, None), Some("best"));
        let unrated = [card("old", 1950, None), card("new", 2020, None)];
        assert_eq!(featured_id(&unrated, None), Some("new"));
        assert_eq!(featured_id(&[], Some("x")), None);
    }
}
