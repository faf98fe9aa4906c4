//! Bringing a film history in from Letterboxd or IMDb: the rows
//! `film-imports` read, grouped by film, matched to catalog titles through
//! the catalog's match index ([`crate::model::matching`]), shown as a
//! preview, and turned into [`UserData`] to merge with the usual rules.
//!
//! What each row becomes:
//! - a rating (ratings.csv, IMDb ratings) is the film's rating, the latest
//!   dated one if the file has several;
//! - a diary row is a diary entry keyed by its date, so importing the same
//!   file again adds nothing;
//! - a review is your review of the film, with its first line as the
//!   headline; a review with no rating anywhere in the import is left out
//!   (a review here always has stars);
//! - a watchlist row (Letterboxd watchlist, any IMDb list) is on the
//!   watchlist;
//! - a row of Letterboxd's watched.csv marks the film seen: the file says
//!   only that it was seen, not when (its date is the day Letterboxd
//!   recorded it), so it adds no diary entry.

use std::collections::BTreeMap;

use film_imports::{ExportKind, HistoryEvent, HistoryRow, ParsedExport};

use super::library::{DiaryEntry, FilmFacts, ListedFilm, diary_id, parse_tags};
use super::matching::{
    Candidate, ImdbShard, MatchDecision, MatchIndex, NameShard, Wanted, fold_name, match_row,
    normalize_imdb_id,
};
use super::user_data::{HEADLINE_MAX, Stars, UserData, UserRating, UserReview, csv_field};

/// One film an import names, with every row about it and the kind of
/// file each came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFilm {
    pub wanted: Wanted,
    pub rows: Vec<(ExportKind, HistoryRow)>,
}

/// Groups an export's rows by film: the same IMDb id, else the same folded
/// title and year. Films keep the order their first rows had.
pub fn group_films(export: ParsedExport) -> Vec<ImportFilm> {
    let kinds: BTreeMap<String, ExportKind> = export.files.into_iter().collect();
    let mut films: Vec<ImportFilm> = Vec::new();
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for row in export.rows {
        let Some(&kind) = kinds.get(&row.file) else {
            continue;
        };
        let film = &row.film;
        let key = match film.imdb_id.as_deref().and_then(normalize_imdb_id) {
            Some(id) => id,
            // The year written out, not through `Debug`, which a build
            // may compile out (`-Zfmt-debug=none`).
            None => match film.year {
                Some(year) => format!("{}|{year}", fold_name(&film.title)),
                None => format!("{}|", fold_name(&film.title)),
            },
        };
        match by_key.get(&key) {
            Some(&i) => films[i].rows.push((kind, row)),
            None => {
                by_key.insert(key, films.len());
                let wanted = Wanted {
                    title: film.title.clone(),
                    original_title: film.original_title.clone(),
                    year: film.year,
                    imdb_id: film.imdb_id.clone(),
                };
                films.push(ImportFilm {
                    wanted,
                    rows: vec![(kind, row)],
                });
            }
        }
    }
    films
}

/// The catalog's match index and the shards fetched for one import.
#[derive(Clone, Debug, Default)]
pub struct MatchLookup {
    pub index: MatchIndex,
    pub names: BTreeMap<u32, NameShard>,
    pub imdb: BTreeMap<u32, ImdbShard>,
}

impl MatchLookup {
    /// The decision for one film, from the shards fetched.
    pub fn decide(&self, wanted: &Wanted) -> MatchDecision {
        match_row(
            &self.index,
            wanted,
            |k| self.names.get(&k),
            |k| self.imdb.get(&k),
        )
    }
}

/// What an import would do, before anything is written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Films found in the catalog.
    pub matched: Vec<(ImportFilm, Candidate)>,
    /// Films that could be any of several titles: the person chooses.
    pub ambiguous: Vec<(ImportFilm, Vec<Candidate>)>,
    /// Films this catalog does not have.
    pub missing: Vec<ImportFilm>,
}

/// Sorts the films by what `decide` (the match index) says of each.
pub fn preview(films: Vec<ImportFilm>, decide: impl Fn(&Wanted) -> MatchDecision) -> ImportPreview {
    let mut out = ImportPreview::default();
    for film in films {
        match decide(&film.wanted) {
            MatchDecision::Matched(title) => out.matched.push((film, title)),
            MatchDecision::Ambiguous(choices) => out.ambiguous.push((film, choices)),
            MatchDecision::NotFound => out.missing.push(film),
        }
    }
    out
}

/// The films an import left out, as a CSV a person can keep or fix:
/// `Title,Year,imdbID,Rows`.
pub fn missing_csv(missing: &[ImportFilm]) -> String {
    let mut out = String::from("Title,Year,imdbID,Rows\n");
    for film in missing {
        let w = &film.wanted;
        let year = w.year.map(|y| y.to_string()).unwrap_or_default();
        let imdb = w.imdb_id.clone().unwrap_or_default();
        out.push_str(&format!(
            "{},{},{},{}\n",
            csv_field(&w.title),
            year,
            csv_field(&imdb),
            film.rows.len()
        ));
    }
    out
}

/// The facts kept with each entry of a matched film.
fn facts(title: &Candidate) -> FilmFacts {
    FilmFacts {
        imdb_id: title.imdb_id.clone(),
        ..FilmFacts::named(title.title.clone(), title.year)
    }
}

/// A review's headline: its first line, cut at a word to fit.
fn headline_of(review: &str) -> String {
    let first = review
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    if first.chars().count() <= HEADLINE_MAX {
        return first.to_owned();
    }
    let cut: String = first.chars().take(HEADLINE_MAX - 1).collect();
    let words = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", words.trim_end())
}

/// Ratings and dates of one film's rows, taken apart.
#[derive(Default)]
struct FilmHistory {
    rating: Option<(u8, String)>,
    any_rating: Option<u8>,
    watches: Vec<(String, bool, Option<u8>, Vec<String>)>,
    review: Option<(String, String, bool)>,
    watchlisted: Option<String>,
    /// The day a watched.csv row recorded it.
    marked_seen: Option<String>,
}

fn history(film: &ImportFilm, today: &str) -> FilmHistory {
    let mut h = FilmHistory::default();
    for (kind, row) in &film.rows {
        match &row.event {
            HistoryEvent::Rated { rating, on } => {
                let on = on.clone().unwrap_or_else(|| today.to_owned());
                if h.rating.as_ref().is_none_or(|(_, old)| *old <= on) {
                    h.rating = Some((*rating, on));
                }
            }
            HistoryEvent::Watched {
                on,
                rewatch,
                rating,
                tags,
            } => {
                h.any_rating = h.any_rating.or(*rating);
                match (kind, on) {
                    (ExportKind::LetterboxdDiary, Some(on)) => {
                        h.watches
                            .push((on.clone(), *rewatch, *rating, tags.clone()));
                    }
                    (ExportKind::LetterboxdWatched, on) => {
                        let on = on.clone().unwrap_or_else(|| today.to_owned());
                        // The first day it was recorded, as merging keeps.
                        if h.marked_seen.as_ref().is_none_or(|old| on < *old) {
                            h.marked_seen = Some(on);
                        }
                    }
                    _ => {}
                }
            }
            HistoryEvent::Reviewed {
                review,
                rating,
                watched_on,
                written_on,
                rewatch,
                ..
            } => {
                let on = written_on.clone().or_else(|| watched_on.clone());
                h.review = Some((
                    review.clone(),
                    on.unwrap_or_else(|| today.to_owned()),
                    *rewatch,
                ));
                h.any_rating = h.any_rating.or(*rating);
            }
            HistoryEvent::Watchlisted { on } => {
                h.watchlisted = Some(on.clone().unwrap_or_else(|| today.to_owned()));
            }
        }
    }
    h
}

/// What the matched films (and the ambiguous ones the person chose a
/// title for) add to this browser: merge it with [`UserData::merge`].
/// `today` dates rows the file left undated.
pub fn to_user_data<'a>(
    chosen: impl IntoIterator<Item = (&'a ImportFilm, &'a Candidate)>,
    today: &str,
) -> UserData {
    let mut data = UserData::default();
    for (film, title) in chosen {
        add_film(&mut data, film, title, today);
    }
    data
}

fn add_film(data: &mut UserData, film: &ImportFilm, title: &Candidate, today: &str) {
    let h = history(film, today);
    let stars = |n: u8| Stars::try_from(n).ok();
    if let Some((n, on)) = &h.rating
        && let Some(stars) = stars(*n)
    {
        let rating = UserRating {
            stars,
            film: facts(title),
            rated_on: on.clone(),
        };
        data.ratings.insert(title.id.clone(), rating);
    }
    let mut per_day: BTreeMap<String, u32> = BTreeMap::new();
    for (on, rewatch, rating, tags) in h.watches {
        let n = per_day.entry(on.clone()).or_default();
        *n += 1;
        let entry = DiaryEntry {
            title_id: title.id.clone(),
            film: facts(title),
            watched_on: on.clone(),
            rewatch,
            stars: rating.and_then(stars),
            tags: parse_tags(&tags.join(",")),
            changed_on: on.clone(),
        };
        data.diary.insert(diary_id(&on, &title.id, *n), entry);
    }
    let review_stars = h
        .rating
        .as_ref()
        .map(|(n, _)| *n)
        .or(h.any_rating)
        .and_then(stars);
    if let (Some((text, on, _)), Some(stars)) = (h.review, review_stars) {
        let review = UserReview {
            stars,
            headline: headline_of(&text),
            body: text,
            spoilers: false,
            written_on: on,
            edited_on: None,
        };
        data.reviews.insert(title.id.clone(), review);
    }
    let listed = |added_on| ListedFilm {
        film: facts(title),
        added_on,
    };
    if let Some(added_on) = h.watchlisted {
        data.watchlist.insert(title.id.clone(), listed(added_on));
    }
    if let Some(added_on) = h.marked_seen {
        data.seen.insert(title.id.clone(), listed(added_on));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use film_imports::read_export;

    const TODAY: &str = "2026-11-28";

    fn candidate(id: &str, title: &str, year: u16) -> Candidate {
        Candidate {
            id: id.into(),
            title: title.into(),
            year,
            imdb_id: None,
        }
    }

    fn read(name: &str, text: &str) -> ParsedExport {
        read_export(name, text.as_bytes()).expect("a valid export")
    }

    /// Several exports read as one, as a zip of them would be.
    fn together(exports: impl IntoIterator<Item = ParsedExport>) -> ParsedExport {
        let mut all = ParsedExport::default();
        for e in exports {
            all.files.extend(e.files);
            all.rows.extend(e.rows);
        }
        all
    }

    #[test]
    fn rows_of_one_film_are_grouped_by_imdb_id_or_title_and_year() {
        let rows = together([
            read(
                "ratings.csv",
                "Date,Name,Year,Letterboxd URI,Rating\n2026-01-02,Canoa,1976,,4.5\n2026-01-03,canoa,1976,,3\n2026-01-04,Canoa,1977,,3\n",
            ),
            read(
                "imdb.csv",
                "Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\ntt0209144,8,2026-02-01,Memento,,movie,8.4,113,2000,,1,,\ntt0209144,9,2026-02-05,Memento (2000),,movie,8.4,113,2000,,1,,\n",
            ),
        ]);
        let films = group_films(rows);
        let sizes: Vec<(&str, usize)> = films
            .iter()
            .map(|f| (f.wanted.title.as_str(), f.rows.len()))
            .collect();
        assert_eq!(sizes, [("Canoa", 2), ("Canoa", 1), ("Memento", 2)]);
    }

    #[test]
    fn the_preview_sorts_films_by_the_decision() {
        let rows = read(
            "watchlist.csv",
            "Date,Name,Year,Letterboxd URI\n2026-01-01,A,2000,\n2026-01-01,B,2000,\n2026-01-01,C,2000,\n",
        );
        let out = preview(group_films(rows), |w| match w.title.as_str() {
            "A" => MatchDecision::Matched(candidate("a-2000", "A", 2000)),
            "B" => MatchDecision::Ambiguous(vec![
                candidate("b-2000", "B", 2000),
                candidate("b-2001", "B", 2001),
            ]),
            _ => MatchDecision::NotFound,
        });
        assert_eq!(
            (out.matched.len(), out.ambiguous.len(), out.missing.len()),
            (1, 1, 1)
        );
        assert_eq!(
            missing_csv(&out.missing),
            "Title,Year,imdbID,Rows\nC,2000,,1\n"
        );
    }

    #[test]
    fn a_letterboxd_export_becomes_ratings_diary_reviews_watchlist_and_seen() {
        let rows = together([
            read(
                "ratings.csv",
                "Date,Name,Year,Letterboxd URI,Rating\n2026-01-02,Canoa,1976,,4.5\n",
            ),
            read(
                "diary.csv",
                "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2026-01-02,Canoa,1976,,4.5,,\"cinema, mexico\",2026-01-01\n2026-01-03,Canoa,1976,,4,Yes,,2026-01-01\n",
            ),
            read(
                "reviews.csv",
                "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n2026-01-02,Canoa,1976,,4.5,,\"A village turns on strangers.<br/>Hard to watch, harder to forget.\",,2026-01-01\n",
            ),
            read(
                "watchlist.csv",
                "Date,Name,Year,Letterboxd URI\n2025-12-01,Canoa,1976,\n",
            ),
            read(
                "watched.csv",
                "Date,Name,Year,Letterboxd URI\n2025-12-01,Canoa,1976,\n",
            ),
        ]);
        let films = group_films(rows);
        assert_eq!(films.len(), 1);
        let canoa = candidate("canoa-1976", "Canoa", 1976);
        let data = to_user_data([(&films[0], &canoa)], TODAY);
        let rating = &data.ratings["canoa-1976"];
        assert_eq!(
            (rating.stars.get(), rating.rated_on.as_str()),
            (9, "2026-01-02"),
            "half stars ×2"
        );
        let keys: Vec<&str> = data.diary.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["2026-01-01/canoa-1976/1", "2026-01-01/canoa-1976/2"],
            "two watches that day, from the diary only"
        );
        let first = &data.diary["2026-01-01/canoa-1976/1"];
        assert_eq!(
            (first.stars.map(Stars::get), first.tags.clone()),
            (Some(9), vec!["cinema".to_owned(), "mexico".to_owned()])
        );
        assert!(data.diary["2026-01-01/canoa-1976/2"].rewatch);
        let review = &data.reviews["canoa-1976"];
        assert_eq!(review.headline, "A village turns on strangers.");
        assert!(review.body.contains("Hard to watch") && !review.body.contains('<'));
        assert_eq!(data.watchlist["canoa-1976"].added_on, "2025-12-01");
        assert_eq!(data.seen["canoa-1976"].added_on, "2025-12-01");
    }

    #[test]
    fn watched_films_are_marked_seen_with_no_viewing_invented() {
        let rows = read(
            "watched.csv",
            "Date,Name,Year,Letterboxd URI\n2024-03-09,Canoa,1976,\n2023-01-01,Canoa,1976,\n,Memento,2000,\n",
        );
        let films = group_films(rows);
        let canoa = candidate("canoa-1976", "Canoa", 1976);
        let memento = candidate("memento-2000", "Memento", 2000);
        let data = to_user_data([(&films[0], &canoa), (&films[1], &memento)], TODAY);
        assert_eq!(
            data.seen["canoa-1976"].added_on, "2023-01-01",
            "the first day recorded"
        );
        assert_eq!(data.seen["memento-2000"].added_on, TODAY, "undated: today");
        assert!(data.diary.is_empty() && data.ratings.is_empty() && data.watchlist.is_empty());
        assert_eq!(data.seen_titles().len(), 2);
    }

    #[test]
    fn importing_the_same_file_twice_adds_nothing_the_second_time() {
        let rows = read(
            "diary.csv",
            "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2026-01-02,Canoa,1976,,4.5,,,2026-01-01\n",
        );
        let films = group_films(rows);
        let canoa = candidate("canoa-1976", "Canoa", 1976);
        let once = to_user_data([(&films[0], &canoa)], TODAY);
        let mut mine = UserData::default();
        mine.merge(once.clone());
        let before = mine.clone();
        mine.merge(once);
        assert_eq!(mine.differences(&before), 0);
    }

    #[test]
    fn a_review_without_any_rating_is_left_out_and_long_first_lines_are_cut() {
        let rows = read(
            "reviews.csv",
            "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n2026-01-02,Canoa,1976,,,,Fine.,,\n",
        );
        let films = group_films(rows);
        let data = to_user_data(
            [(&films[0], &candidate("canoa-1976", "Canoa", 1976))],
            TODAY,
        );
        assert!(data.reviews.is_empty());
        let long = format!("{} end", "word ".repeat(40));
        let headline = headline_of(&long);
        assert!(
            headline.chars().count() <= HEADLINE_MAX && headline.ends_with("word…"),
            "{headline}"
        );
    }

    #[test]
    fn undated_rows_are_dated_today() {
        let rows = read(
            "imdb-list.csv",
            "Position,Const,Created,Modified,Description,Title,URL,Title Type\n1,tt0209144,,,,Memento,,movie\n",
        );
        let films = group_films(rows);
        let data = to_user_data(
            [(&films[0], &candidate("memento-2000", "Memento", 2000))],
            TODAY,
        );
        assert_eq!(data.watchlist["memento-2000"].added_on, TODAY);
    }
}
