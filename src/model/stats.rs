//! The numbers the stats page draws: viewings per year and per month, the
//! spread of your ratings, the directors and genres you watch most, and a
//! year in review. Everything comes from the library alone (each entry
//! keeps its film's facts), so the page fetches nothing.

use std::collections::{BTreeMap, HashMap};

use super::catalog::TitleId;
use super::date::Date;
use super::library::FilmFacts;
use super::user_data::{Stars, UserData};

/// How many directors and genres the "most watched" charts list.
pub const TOP: usize = 10;

/// How many favourites a year in review lists.
pub const FAVOURITES: usize = 5;

/// What the stats page shows about a whole film life.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilmStats {
    /// Films rated or logged, each counted once.
    pub films: usize,
    /// Diary entries.
    pub viewings: usize,
    /// Viewings per calendar year, every year from the first logged to the
    /// last (years without a viewing count 0, so the chart shows the gap).
    pub per_year: Vec<(u16, usize)>,
    /// How many films you gave 1, 2, … 10 stars (index 0 holds 1 star).
    pub ratings: [usize; 10],
    /// The mean of your ratings in tenths of a star (73 is 7.3), if any.
    pub mean_tenths: Option<u32>,
    /// The directors of the most films you have seen, most first.
    pub directors: Vec<(String, usize)>,
    /// The genres of the most films you have seen, most first.
    pub genres: Vec<(String, usize)>,
}

/// One year of the diary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearInReview {
    pub year: u16,
    /// Viewings that year.
    pub viewings: usize,
    /// Films watched that year, each counted once.
    pub films: usize,
    /// Viewings of films seen before.
    pub rewatches: usize,
    /// Viewings in January, February, … December.
    pub per_month: [usize; 12],
    /// The best-rated films watched that year, best first.
    pub favourites: Vec<Favourite>,
}

/// A film in a year's favourites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Favourite {
    pub id: TitleId,
    pub film: FilmFacts,
    pub stars: Stars,
}

impl FilmStats {
    /// The stats of this browser's library.
    pub fn of(data: &UserData) -> FilmStats {
        let mut ratings = [0; 10];
        for rating in data.ratings.values() {
            if let Some(n) = ratings.get_mut(usize::from(rating.stars.get()) - 1) {
                *n += 1;
            }
        }
        let seen = films_seen(data);
        FilmStats {
            films: seen.len(),
            viewings: data.diary.len(),
            per_year: per_year(data),
            ratings,
            mean_tenths: mean_tenths(&ratings),
            directors: most_common(seen.values().flat_map(|f| &f.directors)),
            genres: most_common(seen.values().flat_map(|f| &f.genres)),
        }
    }

    /// Whether there is anything to draw.
    pub fn is_empty(&self) -> bool {
        self.films == 0
    }

    /// The years with at least one viewing, newest first: the years a
    /// year in review can show.
    pub fn logged_years(&self) -> Vec<u16> {
        let years = self.per_year.iter().filter(|(_, n)| *n > 0);
        years.map(|(y, _)| *y).rev().collect()
    }

    /// The year with the most viewings (the latest of equals) and its count.
    pub fn busiest_year(&self) -> Option<(u16, usize)> {
        busiest(self.per_year.iter().copied())
    }

    /// The number of stars you give most often (the higher of equals).
    pub fn usual_stars(&self) -> Option<u8> {
        let most = self.ratings.iter().copied().max().filter(|n| *n > 0)?;
        let index = self.ratings.iter().rposition(|n| *n == most)?;
        u8::try_from(index + 1).ok()
    }
}

impl YearInReview {
    /// `year` in this browser's diary.
    pub fn of(data: &UserData, year: u16) -> YearInReview {
        let mut review = YearInReview {
            year,
            ..YearInReview::default()
        };
        // Per film: its best stars that year, and when it was last watched.
        let mut films: HashMap<&str, (Option<Stars>, &str, &FilmFacts)> = HashMap::new();
        for entry in data.diary.values() {
            let Some(date) = Date::parse(&entry.watched_on).filter(|d| d.year == year) else {
                continue;
            };
            review.viewings += 1;
            review.rewatches += usize::from(entry.rewatch);
            if let Some(n) = review.per_month.get_mut(usize::from(date.month) - 1) {
                *n += 1;
            }
            let film = films
                .entry(&entry.title_id)
                .or_insert((None, "", &entry.film));
            film.0 = film.0.max(entry.stars);
            film.1 = film.1.max(&entry.watched_on);
        }
        review.films = films.len();
        review.favourites = favourites(data, films);
        review
    }

    /// The month with the most viewings (1–12, the latest of equals) and
    /// its count.
    pub fn busiest_month(&self) -> Option<(u8, usize)> {
        let months = (1..=12u8).zip(self.per_month);
        busiest(months)
    }
}

/// Each film rated or logged, once, with the facts kept about it: the
/// rating's, else the latest viewing's.
fn films_seen(data: &UserData) -> BTreeMap<&str, &FilmFacts> {
    let mut seen: BTreeMap<&str, &FilmFacts> = BTreeMap::new();
    // Diary keys sort by date, so later viewings overwrite earlier ones.
    for entry in data.diary.values() {
        seen.insert(&entry.title_id, &entry.film);
    }
    for (id, rating) in &data.ratings {
        seen.insert(id, &rating.film);
    }
    seen
}

/// Viewings per year, with the years between filled in.
fn per_year(data: &UserData) -> Vec<(u16, usize)> {
    let mut counts: BTreeMap<u16, usize> = BTreeMap::new();
    for entry in data.diary.values() {
        if let Some(date) = Date::parse(&entry.watched_on) {
            *counts.entry(date.year).or_default() += 1;
        }
    }
    let (Some(&first), Some(&last)) = (counts.keys().next(), counts.keys().next_back()) else {
        return Vec::new();
    };
    (first..=last)
        .map(|y| (y, counts.get(&y).copied().unwrap_or(0)))
        .collect()
}

/// The mean of a ratings histogram in tenths, rounded half up.
fn mean_tenths(ratings: &[usize; 10]) -> Option<u32> {
    let count: usize = ratings.iter().sum();
    let stars: usize = (1..=10).zip(ratings).map(|(s, n)| s * n).sum();
    let tenths = (stars * 10 + count / 2).checked_div(count)?;
    u32::try_from(tenths).ok()
}

/// The `TOP` most frequent names, most first, equals by name.
fn most_common<'a>(names: impl Iterator<Item = &'a String>) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in names.filter(|n| !n.trim().is_empty()) {
        *counts.entry(name).or_default() += 1;
    }
    let mut ranked: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(name, n)| (name.to_owned(), n))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(TOP);
    ranked
}

/// The (key, count) with the highest count, the last of equals; none when
/// every count is 0.
fn busiest<K>(counts: impl Iterator<Item = (K, usize)>) -> Option<(K, usize)> {
    counts
        .filter(|(_, n)| *n > 0)
        .reduce(|best, next| if next.1 >= best.1 { next } else { best })
}

/// A year's best-rated films: the best stars of a viewing that year, else
/// the film's rating; higher stars first, then the later viewing.
fn favourites(
    data: &UserData,
    films: HashMap<&str, (Option<Stars>, &str, &FilmFacts)>,
) -> Vec<Favourite> {
    let mut rated: Vec<(Stars, &str, &str, &FilmFacts)> = films
        .into_iter()
        .filter_map(|(id, (stars, last, film))| {
            let stars = stars.or_else(|| data.ratings.get(id).map(|r| r.stars))?;
            Some((stars, last, id, film))
        })
        .collect();
    rated.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(a.1)).then(a.2.cmp(b.2)));
    rated
        .into_iter()
        .take(FAVOURITES)
        .map(|(stars, _, id, film)| Favourite {
            id: id.to_owned(),
            film: film.clone(),
            stars,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::library::DiaryEntry;
    use crate::model::user_data::UserRating;

    fn film(title: &str, directors: &[&str], genres: &[&str]) -> FilmFacts {
        FilmFacts {
            directors: directors.iter().map(|d| d.to_string()).collect(),
            genres: genres.iter().map(|g| g.to_string()).collect(),
            ..FilmFacts::named(title, 1976)
        }
    }

    fn stars(n: u8) -> Stars {
        Stars::try_from(n).expect("1 to 10")
    }

    fn rate(data: &mut UserData, id: &str, n: u8, facts: FilmFacts) {
        let rating = UserRating {
            stars: stars(n),
            film: facts,
            rated_on: "2026-01-01".into(),
        };
        data.ratings.insert(id.into(), rating);
    }

    fn log(data: &mut UserData, id: &str, on: &str, n: Option<u8>, facts: FilmFacts) {
        let entry = DiaryEntry {
            title_id: id.into(),
            film: facts,
            watched_on: on.into(),
            rewatch: data.diary.values().any(|e| e.title_id == id),
            stars: n.map(stars),
            tags: Vec::new(),
            changed_on: on.into(),
        };
        data.log_watch(entry, false);
    }

    fn library() -> UserData {
        let mut data = UserData::default();
        let canoa = film("Canoa", &["Felipe Cazals"], &["Drama", "History"]);
        let allende = film("Allende", &["Patricio Guzmán"], &["Documentary"]);
        let chile = film(
            "The Battle of Chile",
            &["Patricio Guzmán"],
            &["Documentary", "History"],
        );
        rate(&mut data, "canoa", 9, canoa.clone());
        rate(&mut data, "allende", 8, allende.clone());
        rate(&mut data, "chile", 8, chile);
        log(&mut data, "canoa", "2023-03-04", None, canoa.clone());
        log(&mut data, "canoa", "2025-03-09", Some(10), canoa);
        log(&mut data, "allende", "2025-11-02", None, allende.clone());
        log(&mut data, "allende", "2025-12-24", Some(7), allende);
        data
    }

    #[test]
    fn counts_films_once_and_every_viewing() {
        let stats = FilmStats::of(&library());
        assert_eq!(stats.films, 3);
        assert_eq!(stats.viewings, 4);
        assert!(!stats.is_empty());
        assert!(FilmStats::of(&UserData::default()).is_empty());
    }

    #[test]
    fn years_between_viewings_are_kept_as_zero() {
        let stats = FilmStats::of(&library());
        assert_eq!(stats.per_year, vec![(2023, 1), (2024, 0), (2025, 3)]);
        assert_eq!(stats.logged_years(), vec![2025, 2023]);
        assert_eq!(stats.busiest_year(), Some((2025, 3)));
        assert_eq!(FilmStats::of(&UserData::default()).busiest_year(), None);
    }

    #[test]
    fn ratings_histogram_mean_and_usual_stars() {
        let stats = FilmStats::of(&library());
        assert_eq!(stats.ratings, [0, 0, 0, 0, 0, 0, 0, 2, 1, 0]);
        // (9 + 8 + 8) / 3 = 8.33…
        assert_eq!(stats.mean_tenths, Some(83));
        assert_eq!(stats.usual_stars(), Some(8));
        let none = FilmStats::of(&UserData::default());
        assert_eq!((none.mean_tenths, none.usual_stars()), (None, None));
    }

    #[test]
    fn the_mean_rounds_half_up_and_equal_counts_prefer_higher_stars() {
        let mut ratings = [0; 10];
        ratings[6] = 1; // 7
        ratings[7] = 1; // 8
        assert_eq!(mean_tenths(&ratings), Some(75));
        let stats = FilmStats {
            ratings,
            ..FilmStats::default()
        };
        assert_eq!(stats.usual_stars(), Some(8));
    }

    #[test]
    fn directors_and_genres_count_films_not_viewings() {
        let stats = FilmStats::of(&library());
        assert_eq!(
            stats.directors,
            vec![("Patricio Guzmán".into(), 2), ("Felipe Cazals".into(), 1)]
        );
        assert_eq!(
            stats.genres,
            vec![
                ("Documentary".into(), 2),
                ("History".into(), 2),
                ("Drama".into(), 1)
            ]
        );
    }

    #[test]
    fn only_the_top_names_are_kept() {
        let names: Vec<String> = (0..25).map(|i| format!("Director {i:02}")).collect();
        let ranked = most_common(names.iter().chain(&names[..3]));
        assert_eq!(ranked.len(), TOP);
        assert_eq!(ranked[0], ("Director 00".into(), 2));
        assert_eq!(ranked[3], ("Director 03".into(), 1));
    }

    #[test]
    fn a_year_in_review_counts_its_months_films_and_rewatches() {
        let review = YearInReview::of(&library(), 2025);
        assert_eq!(review.viewings, 3);
        assert_eq!(review.films, 2);
        assert_eq!(review.rewatches, 2);
        assert_eq!(review.per_month, [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
        assert_eq!(review.busiest_month(), Some((12, 1)));
        let empty = YearInReview::of(&library(), 2024);
        assert_eq!((empty.viewings, empty.busiest_month()), (0, None));
    }

    #[test]
    fn favourites_take_the_years_best_stars_then_the_rating() {
        let mut data = library();
        let anima = film("Anima", &[], &[]);
        rate(&mut data, "anima", 9, anima.clone());
        log(&mut data, "anima", "2025-06-01", None, anima);
        let review = YearInReview::of(&data, 2025);
        let best: Vec<(&str, u8)> = review
            .favourites
            .iter()
            .map(|f| (f.id.as_str(), f.stars.get()))
            .collect();
        // Canoa got 10 that year; Anima only its rating, 9; Allende's best
        // viewing that year was 7, though rated 8.
        assert_eq!(best, vec![("canoa", 10), ("anima", 9), ("allende", 7)]);
    }

    #[test]
    fn a_viewing_with_a_bad_date_is_left_out_of_the_years() {
        let mut data = library();
        let entry = DiaryEntry {
            watched_on: "2025-02-30".into(),
            ..data.diary.values().next().cloned().expect("a viewing")
        };
        data.diary.insert("bad".into(), entry);
        let stats = FilmStats::of(&data);
        assert_eq!(stats.viewings, 5);
        assert_eq!(stats.per_year.iter().map(|(_, n)| n).sum::<usize>(), 4);
    }
}
