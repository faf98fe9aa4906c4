//! "More Like This", computed for the films that have no hand-written list.
//!
//! Two films are tied by the people they share (director, writers, cast),
//! their genres, decade, countries and languages. Each film gets the
//! [`RELATED`] films it is most tied to, each card saying the strongest tie
//! ("Same director"). The result depends only on the catalog: scores, then
//! nearness in years, then ids decide every order, so a rebuild gives the
//! same lists.

use std::collections::HashMap;

use film_catalog::catalog::{RelatedBecause, TitleCard};

use crate::assemble::TitleFiles;

/// Related films on a title page, as on the seed page.
pub const RELATED: usize = 12;
/// Cast members of a film that tie it to others: the first-billed.
const CAST_TIES: usize = 15;
/// A person in more films than this (a prolific character actor) ties too
/// many films to be worth finding candidates by.
const HUB: usize = 150;
/// Films of the same first genre and decade considered for each film, the
/// most popular first, when people alone find too few.
const BUCKET: usize = 40;

/// How one film is tied to another.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Ties {
    directors: u32,
    writers: u32,
    cast: u32,
}

/// What a film is, for comparing it with others.
struct Profile<'a> {
    year: u16,
    genres: &'a [String],
    countries: &'a [String],
    languages: &'a [String],
    /// Votes or critic reviews: breaks ties between equally close films.
    popularity: u32,
}

/// Fills in `related` for every title that has none; returns how many.
pub fn compute_related(titles: &mut [TitleFiles]) -> usize {
    let people = people_index(titles);
    let buckets = bucket_index(titles);
    let cards: Vec<TitleCard> = titles.iter().map(|f| f.title.card()).collect();
    let lists: Vec<Option<Vec<TitleCard>>> = (0..titles.len())
        .map(|i| {
            titles[i].title.related.is_empty().then(|| {
                let candidates = candidates(i, titles, &people, &buckets);
                best(i, candidates, titles, &cards)
            })
        })
        .collect();
    let mut filled = 0;
    for (files, list) in titles.iter_mut().zip(lists) {
        if let Some(list) = list.filter(|l| !l.is_empty()) {
            files.title.related = list;
            filled += 1;
        }
    }
    filled
}

/// The kinds of tie a person makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Director,
    Writer,
    Cast,
}

/// The people of a film, with the kind of each credit.
fn credits(files: &TitleFiles) -> impl Iterator<Item = (&str, Kind)> {
    let title = &files.title;
    let directors = title
        .directors
        .iter()
        .map(|p| (p.id.as_str(), Kind::Director));
    let writers = title.writers.iter().map(|p| (p.id.as_str(), Kind::Writer));
    let cast = files
        .credits
        .cast
        .iter()
        .take(CAST_TIES)
        .map(|c| (c.person.id.as_str(), Kind::Cast));
    directors.chain(writers).chain(cast)
}

/// `(person, kind)` → the films with that credit, in catalog order.
fn people_index(titles: &[TitleFiles]) -> HashMap<(&str, Kind), Vec<u32>> {
    let mut index: HashMap<(&str, Kind), Vec<u32>> = HashMap::new();
    for (i, files) in titles.iter().enumerate() {
        for key in credits(files) {
            let films = index.entry(key).or_default();
            if films.last() != Some(&(i as u32)) {
                films.push(i as u32);
            }
        }
    }
    index
}

fn profile(files: &TitleFiles) -> Profile<'_> {
    let title = &files.title;
    Profile {
        year: title.year,
        genres: &title.genres,
        countries: &title.details.countries,
        languages: &title.details.languages,
        popularity: title
            .rating
            .and_then(|r| r.votes)
            .or(title.critic_reviews)
            .unwrap_or(0),
    }
}

/// `(first genre, decade)` → its films, the most popular first.
fn bucket_index(titles: &[TitleFiles]) -> HashMap<(&str, u16), Vec<u32>> {
    let mut index: HashMap<(&str, u16), Vec<u32>> = HashMap::new();
    for (i, files) in titles.iter().enumerate() {
        if let Some(genre) = files.title.genres.first() {
            index
                .entry((genre.as_str(), files.title.year / 10))
                .or_default()
                .push(i as u32);
        }
    }
    for films in index.values_mut() {
        films.sort_by_key(|&j| {
            let title = &titles[j as usize].title;
            (
                std::cmp::Reverse(profile(&titles[j as usize]).popularity),
                title.id.as_str(),
            )
        });
    }
    index
}

/// The films tied to film `i` by people, and the most popular of its genre
/// and decade, with the people ties counted.
fn candidates(
    i: usize,
    titles: &[TitleFiles],
    people: &HashMap<(&str, Kind), Vec<u32>>,
    buckets: &HashMap<(&str, u16), Vec<u32>>,
) -> HashMap<u32, Ties> {
    let mut found: HashMap<u32, Ties> = HashMap::new();
    for key in credits(&titles[i]) {
        let Some(films) = people.get(&key).filter(|f| f.len() <= HUB) else {
            continue;
        };
        for &j in films.iter().filter(|&&j| j as usize != i) {
            let ties = found.entry(j).or_default();
            match key.1 {
                Kind::Director => ties.directors += 1,
                Kind::Writer => ties.writers += 1,
                Kind::Cast => ties.cast += 1,
            }
        }
    }
    let title = &titles[i].title;
    if let Some(genre) = title.genres.first()
        && let Some(films) = buckets.get(&(genre.as_str(), title.year / 10))
    {
        for &j in films.iter().filter(|&&j| j as usize != i).take(BUCKET) {
            found.entry(j).or_default();
        }
    }
    found
}

/// How many items two lists share.
fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

/// A candidate's score, in hundredths, and the strongest tie.
fn score(me: &Profile<'_>, other: &Profile<'_>, ties: Ties) -> (u32, Option<RelatedBecause>) {
    let genres = shared(me.genres, other.genres) as u32;
    let union = (me.genres.len() + other.genres.len()) as u32 - genres;
    let same_decade = me.year / 10 == other.year / 10;
    let countries = shared(me.countries, other.countries) > 0;
    let languages = shared(me.languages, other.languages) > 0;
    let score = 800 * ties.directors.min(2)
        + 500 * ties.writers.min(2)
        + 300 * ties.cast.min(3)
        + (200 * genres).checked_div(union).unwrap_or(0)
        + if same_decade { 100 } else { 0 }
        + if countries { 75 } else { 0 }
        + if languages { 50 } else { 0 };
    let because = if ties.directors > 0 {
        Some(RelatedBecause::SameDirector)
    } else if ties.writers > 0 {
        Some(RelatedBecause::SameWriter)
    } else if ties.cast > 0 {
        Some(RelatedBecause::SharedCast)
    } else if genres > 0 {
        Some(RelatedBecause::SameGenres)
    } else if countries {
        Some(RelatedBecause::SameCountry)
    } else if languages {
        Some(RelatedBecause::SameLanguage)
    } else if same_decade {
        Some(RelatedBecause::SameDecade)
    } else {
        None
    };
    (score, because)
}

/// The [`RELATED`] best candidates of film `i` as cards: highest score,
/// then nearest in years, then most popular, then by id.
fn best(
    i: usize,
    candidates: HashMap<u32, Ties>,
    titles: &[TitleFiles],
    cards: &[TitleCard],
) -> Vec<TitleCard> {
    let me = profile(&titles[i]);
    let mut scored: Vec<(u32, u16, u32, &str, RelatedBecause, usize)> = candidates
        .into_iter()
        .filter_map(|(j, ties)| {
            let j = j as usize;
            let other = profile(&titles[j]);
            let (score, because) = score(&me, &other, ties);
            let because = because?;
            let distance = me.year.abs_diff(other.year);
            Some((
                score,
                distance,
                other.popularity,
                titles[j].title.id.as_str(),
                because,
                j,
            ))
        })
        .collect();
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.cmp(&b.1))
            .then(b.2.cmp(&a.2))
            .then(a.3.cmp(b.3))
    });
    scored
        .into_iter()
        .take(RELATED)
        .map(|(.., because, j)| TitleCard {
            because: Some(because),
            ..cards[j].clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assemble::title_files;
    use crate::import::{CastMember, FilmRecord, PersonName};

    fn film(id: &str, year: u16, genres: &[&str], director: &str, cast: &[&str]) -> TitleFiles {
        title_files(
            id.into(),
            FilmRecord {
                title: id.into(),
                year,
                genres: genres.iter().map(|g| (*g).into()).collect(),
                directors: vec![PersonName::named(director)],
                cast: cast
                    .iter()
                    .map(|name| CastMember {
                        name: (*name).into(),
                        ..CastMember::default()
                    })
                    .collect(),
                ..FilmRecord::default()
            },
            None,
        )
    }

    fn related(titles: &[TitleFiles], id: &str) -> Vec<(String, RelatedBecause)> {
        let files = titles.iter().find(|f| f.title.id == id).unwrap();
        files
            .title
            .related
            .iter()
            .map(|c| (c.id.clone(), c.because.unwrap()))
            .collect()
    }

    #[test]
    fn the_strongest_tie_ranks_first_and_is_named() {
        let mut titles = vec![
            film("memento", 2000, &["Thriller"], "Nolan", &["Pearce"]),
            film("insomnia", 2002, &["Thriller"], "Nolan", &["Pacino"]),
            film("la-confidential", 1997, &["Crime"], "Hanson", &["Pearce"]),
            film("seven", 2004, &["Thriller"], "Fincher", &["Pitt"]),
            film("western", 1950, &["Western"], "Ford", &["Wayne"]),
        ];
        assert_eq!(compute_related(&mut titles), 4);
        let memento = related(&titles, "memento");
        assert_eq!(
            memento,
            [
                ("insomnia".into(), RelatedBecause::SameDirector),
                ("la-confidential".into(), RelatedBecause::SharedCast),
                ("seven".into(), RelatedBecause::SameGenres),
            ]
        );
        assert!(
            related(&titles, "western").is_empty(),
            "nothing in common, no card"
        );
        let card = &titles[0].title.related[0];
        assert_eq!(card.without_reason(), titles[1].title.card());
    }

    #[test]
    fn a_hand_written_list_is_kept_and_lists_are_stable() {
        let make = || {
            let mut titles: Vec<TitleFiles> = (0..30)
                .map(|n| film(&format!("f-{n}"), 1990 + n % 7, &["Drama"], "D", &[]))
                .collect();
            titles[0].title.related = vec![titles[5].title.card()];
            titles
        };
        let mut first = make();
        compute_related(&mut first);
        assert_eq!(first[0].title.related.len(), 1, "hand-written stays");
        assert_eq!(first[1].title.related.len(), RELATED);
        assert!(first[1].title.related.iter().all(|c| c.id != "f-1"));
        let mut again = make();
        compute_related(&mut again);
        assert_eq!(first, again);
    }
}
