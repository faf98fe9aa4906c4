//! A person's film library: the facts kept about each film they rated,
//! watchlisted or logged, the watchlist and diary entries, and the lists
//! the library pages show (sorted, filtered and paged, all from the URL).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::browse::decade_label;
use super::catalog::{Title, TitleCard, TitleId};
use super::user_data::{Stars, UserData, UserRating};

/// What is kept about a film with each entry, so that lists, filters,
/// stats and exports need no catalog fetch. Older entries have only the
/// title and year.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilmFacts {
    pub title: String,
    pub year: u16,
    /// IMDb's id, for exports other sites can match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imdb_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub genres: Vec<String>,
    /// Directors' names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directors: Vec<String>,
}

impl From<&Title> for FilmFacts {
    fn from(t: &Title) -> Self {
        FilmFacts {
            title: t.title.clone(),
            year: t.year,
            imdb_id: t.imdb_id.clone(),
            genres: t.genres.clone(),
            directors: t.directors.iter().map(|d| d.name.clone()).collect(),
        }
    }
}

impl From<&TitleCard> for FilmFacts {
    fn from(card: &TitleCard) -> Self {
        FilmFacts {
            title: card.title.clone(),
            year: card.year,
            imdb_id: None,
            genres: card.genres.clone(),
            directors: card.directors.clone(),
        }
    }
}

impl FilmFacts {
    /// Title and year alone, as pages that know no more give them.
    pub fn named(title: impl Into<String>, year: u16) -> FilmFacts {
        FilmFacts {
            title: title.into(),
            year,
            ..FilmFacts::default()
        }
    }

    /// These facts, with what they lack taken from `known` (facts kept
    /// earlier about the same film).
    pub fn or_known(mut self, known: FilmFacts) -> FilmFacts {
        if self.imdb_id.is_none() {
            self.imdb_id = known.imdb_id;
        }
        if self.genres.is_empty() {
            self.genres = known.genres;
        }
        if self.directors.is_empty() {
            self.directors = known.directors;
        }
        self
    }
}

/// A film on one of your lists of films: the watchlist, or the films
/// marked seen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredEntry", into = "StoredEntry")]
pub struct ListedFilm {
    pub film: FilmFacts,
    /// ISO date it was added.
    pub added_on: String,
}

/// The lists of films a toggle puts a title on or takes it off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilmList {
    /// Films this person wants to see.
    Watchlist,
    /// Films this person has seen, with or without a dated viewing in
    /// the diary (Letterboxd's "watched" films).
    Seen,
}

impl FilmList {
    /// The list's entries in `data`.
    pub fn of(self, data: &UserData) -> &BTreeMap<TitleId, ListedFilm> {
        match self {
            FilmList::Watchlist => &data.watchlist,
            FilmList::Seen => &data.seen,
        }
    }

    /// The list's entries in `data`, to change.
    fn of_mut(self, data: &mut UserData) -> &mut BTreeMap<TitleId, ListedFilm> {
        match self {
            FilmList::Watchlist => &mut data.watchlist,
            FilmList::Seen => &mut data.seen,
        }
    }

    /// Puts the film `id` on the list (added `today`), or takes it off if
    /// it is there.
    pub fn toggle(self, data: &mut UserData, id: &str, film: FilmFacts, today: String) {
        let list = self.of_mut(data);
        if list.remove(id).is_none() {
            let entry = ListedFilm {
                film,
                added_on: today,
            };
            list.insert(id.to_owned(), entry);
        }
    }
}

/// The key of a diary entry: `{watched_on}/{title id}/{n}`, n counting the
/// viewings of that film on that day from 1. Keys sort by date, and the
/// same viewing imported twice gets the same key, so nothing is doubled.
pub type DiaryId = String;

/// One viewing of a film.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredEntry", into = "StoredEntry")]
pub struct DiaryEntry {
    pub title_id: TitleId,
    pub film: FilmFacts,
    /// ISO date of the viewing.
    pub watched_on: String,
    /// Seen before this viewing.
    pub rewatch: bool,
    /// The rating given with this viewing, if any.
    pub stars: Option<Stars>,
    pub tags: Vec<String>,
    /// ISO date of the last change; on import the later change wins.
    pub changed_on: String,
}

/// How ratings, watchlist entries and viewings are stored: one flat object,
/// the film's facts beside the entry's own fields. One shape for the three
/// (rather than `#[serde(flatten)]`, which buffers every object and weighs
/// on the code every page loads); each type takes the fields it needs and
/// refuses an object that lacks one.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct StoredEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title_id: Option<TitleId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stars: Option<Stars>,
    title: String,
    year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    imdb_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    genres: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    directors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rated_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    added_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    watched_on: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    rewatch: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    changed_on: Option<String>,
}

impl StoredEntry {
    fn film(&self) -> FilmFacts {
        FilmFacts {
            title: self.title.clone(),
            year: self.year,
            imdb_id: self.imdb_id.clone(),
            genres: self.genres.clone(),
            directors: self.directors.clone(),
        }
    }

    fn of(film: FilmFacts) -> StoredEntry {
        StoredEntry {
            title: film.title,
            year: film.year,
            imdb_id: film.imdb_id,
            genres: film.genres,
            directors: film.directors,
            ..StoredEntry::default()
        }
    }
}

/// "missing field `rated_on`", as serde words it.
fn missing(field: &str) -> String {
    format!("missing field `{field}`")
}

impl TryFrom<StoredEntry> for UserRating {
    type Error = String;
    fn try_from(e: StoredEntry) -> Result<Self, String> {
        let film = e.film();
        Ok(UserRating {
            stars: e.stars.ok_or_else(|| missing("stars"))?,
            film,
            rated_on: e.rated_on.ok_or_else(|| missing("rated_on"))?,
        })
    }
}

impl From<UserRating> for StoredEntry {
    fn from(r: UserRating) -> Self {
        StoredEntry {
            stars: Some(r.stars),
            rated_on: Some(r.rated_on),
            ..StoredEntry::of(r.film)
        }
    }
}

impl TryFrom<StoredEntry> for ListedFilm {
    type Error = String;
    fn try_from(e: StoredEntry) -> Result<Self, String> {
        let film = e.film();
        Ok(ListedFilm {
            film,
            added_on: e.added_on.ok_or_else(|| missing("added_on"))?,
        })
    }
}

impl From<ListedFilm> for StoredEntry {
    fn from(w: ListedFilm) -> Self {
        StoredEntry {
            added_on: Some(w.added_on),
            ..StoredEntry::of(w.film)
        }
    }
}

impl TryFrom<StoredEntry> for DiaryEntry {
    type Error = String;
    fn try_from(e: StoredEntry) -> Result<Self, String> {
        let film = e.film();
        Ok(DiaryEntry {
            title_id: e.title_id.ok_or_else(|| missing("title_id"))?,
            film,
            watched_on: e.watched_on.ok_or_else(|| missing("watched_on"))?,
            rewatch: e.rewatch,
            stars: e.stars,
            tags: e.tags,
            changed_on: e.changed_on.ok_or_else(|| missing("changed_on"))?,
        })
    }
}

impl From<DiaryEntry> for StoredEntry {
    fn from(d: DiaryEntry) -> Self {
        StoredEntry {
            title_id: Some(d.title_id),
            stars: d.stars,
            watched_on: Some(d.watched_on),
            rewatch: d.rewatch,
            tags: d.tags,
            changed_on: Some(d.changed_on),
            ..StoredEntry::of(d.film)
        }
    }
}

/// The key of the `n`th viewing of `title_id` on `watched_on`.
pub fn diary_id(watched_on: &str, title_id: &str, n: u32) -> DiaryId {
    format!("{watched_on}/{title_id}/{n}")
}

/// Whether `text` is an ISO calendar date `YYYY-MM-DD` (checked with the
/// month's length, leap years included).
pub fn is_iso_date(text: &str) -> bool {
    super::date::Date::parse(text).is_some()
}

/// Whether `date` can be a viewing's date: a real calendar date, not
/// after `today` (both ISO, so they compare as text).
pub fn valid_watch_date(date: &str, today: &str) -> bool {
    is_iso_date(date) && date <= today
}

/// Tags as typed: split at commas, trimmed, with empty ones and repeats
/// (ignoring case) dropped, in the order given.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

impl UserData {
    /// Logs a viewing under the next free key for that film and day, and
    /// takes the film off the watchlist if asked. Returns the new key.
    pub fn log_watch(&mut self, entry: DiaryEntry, off_watchlist: bool) -> DiaryId {
        let mut n = 1;
        while self
            .diary
            .contains_key(&diary_id(&entry.watched_on, &entry.title_id, n))
        {
            n += 1;
        }
        let id = diary_id(&entry.watched_on, &entry.title_id, n);
        if off_watchlist {
            self.watchlist.remove(&entry.title_id);
        }
        self.diary.insert(id.clone(), entry);
        id
    }

    /// Rates a film, keeping what an earlier rating knew of it that `film`
    /// lacks (a card or a diary entry knows less than the title page).
    pub fn rate(&mut self, id: &str, stars: Stars, film: FilmFacts, rated_on: String) {
        let film = match self.ratings.remove(id) {
            Some(old) => film.or_known(old.film),
            None => film,
        };
        let rating = UserRating {
            stars,
            film,
            rated_on,
        };
        self.ratings.insert(id.to_owned(), rating);
    }

    /// Logs a new viewing (`replacing` none) or edits one, and takes the
    /// viewing's stars as the film's rating too, as Letterboxd does, but
    /// only when no later viewing of the film exists: editing an old
    /// viewing must not undo a rating given since. Returns the entry's key.
    pub fn save_watch(
        &mut self,
        replacing: Option<&str>,
        entry: DiaryEntry,
        off_watchlist: bool,
        today: &str,
    ) -> DiaryId {
        let later = self.diary.iter().any(|(key, e)| {
            Some(key.as_str()) != replacing
                && e.title_id == entry.title_id
                && e.watched_on > entry.watched_on
        });
        if let (Some(stars), false) = (entry.stars, later) {
            self.rate(&entry.title_id, stars, entry.film.clone(), today.to_owned());
        }
        match replacing {
            None => self.log_watch(entry, off_watchlist),
            Some(key) => self.edit_watch(key, entry),
        }
    }

    /// Replaces an entry; a changed date moves it to a key of that day.
    pub fn edit_watch(&mut self, id: &str, entry: DiaryEntry) -> DiaryId {
        let same_day = id.starts_with(&format!("{}/{}/", entry.watched_on, entry.title_id));
        if same_day && self.diary.contains_key(id) {
            self.diary.insert(id.to_owned(), entry);
            return id.to_owned();
        }
        self.diary.remove(id);
        self.log_watch(entry, false)
    }

    /// How many times the film was logged, and the latest viewing's date.
    pub fn watches_of(&self, title_id: &str) -> (usize, Option<&str>) {
        self.diary
            .values()
            .filter(|e| e.title_id == title_id)
            .fold((0, None), |(n, last), e| {
                let latest = match last {
                    Some(d) if d >= e.watched_on.as_str() => Some(d),
                    _ => Some(e.watched_on.as_str()),
                };
                (n + 1, latest)
            })
    }
}

/// Which library list a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shelf {
    Ratings,
    Watchlist,
}

/// How a library list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ShelfSort {
    /// The date rated or added, newest first.
    #[default]
    Recent,
    /// Your stars, highest first.
    Rating,
    /// Release year, newest first.
    Newest,
    /// Release year, oldest first.
    Oldest,
    /// Title, A to Z.
    Title,
}

impl ShelfSort {
    /// Every order, as the sort menu lists them.
    pub const ALL: [ShelfSort; 5] = [
        ShelfSort::Recent,
        ShelfSort::Rating,
        ShelfSort::Newest,
        ShelfSort::Oldest,
        ShelfSort::Title,
    ];

    /// The value in the URL (`sort=rating`).
    pub fn key(self) -> &'static str {
        match self {
            ShelfSort::Recent => "recent",
            ShelfSort::Rating => "rating",
            ShelfSort::Newest => "newest",
            ShelfSort::Oldest => "oldest",
            ShelfSort::Title => "title",
        }
    }

    fn from_key(key: &str) -> Option<ShelfSort> {
        ShelfSort::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Films per library page.
pub const SHELF_PAGE: usize = 50;

/// A library page's choices, read from and written to the URL:
/// `?sort=rating&stars=8&decade=1970s&genre=drama&page=2`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShelfQuery {
    pub sort: ShelfSort,
    /// Only films with exactly these stars.
    pub stars: Option<u8>,
    /// Only films of this decade (its first year).
    pub decade: Option<u16>,
    /// Only films of this genre (as slug).
    pub genre: Option<String>,
    /// 1-based.
    pub page: usize,
}

impl ShelfQuery {
    /// Reads the query string's pairs; unknown or malformed values are
    /// ignored, so an edited URL still shows a page.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ShelfQuery {
        let mut query = ShelfQuery {
            page: 1,
            ..ShelfQuery::default()
        };
        for (key, value) in pairs {
            match key {
                "sort" => query.sort = ShelfSort::from_key(value).unwrap_or_default(),
                "stars" => {
                    query.stars = value.parse().ok().filter(|s| (1..=10).contains(s));
                }
                "decade" => query.decade = parse_decade(value),
                "genre" if super::browse::is_slug(value) => query.genre = Some(value.to_owned()),
                "page" => query.page = value.parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                _ => {}
            }
        }
        query
    }

    /// The query string, without defaults: `""` or `"?sort=rating&page=2"`.
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if self.sort != ShelfSort::Recent {
            pairs.push(format!("sort={}", self.sort.key()));
        }
        if let Some(stars) = self.stars {
            pairs.push(format!("stars={stars}"));
        }
        if let Some(decade) = self.decade {
            pairs.push(format!("decade={}", decade_label(decade)));
        }
        if let Some(genre) = &self.genre {
            pairs.push(format!("genre={genre}"));
        }
        if self.page > 1 {
            pairs.push(format!("page={}", self.page));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// Whether a film passes the filters.
    fn keeps(&self, item: &ShelfRef) -> bool {
        self.stars
            .is_none_or(|s| item.stars.map(Stars::get) == Some(s))
            && self.decade.is_none_or(|d| item.film.year / 10 * 10 == d)
            && self.genre.as_ref().is_none_or(|g| {
                item.film
                    .genres
                    .iter()
                    .any(|x| &super::browse::slug(x) == g)
            })
    }
}

/// "1970s" → 1970.
fn parse_decade(text: &str) -> Option<u16> {
    let year: u16 = text.strip_suffix('s')?.parse().ok()?;
    year.is_multiple_of(10).then_some(year)
}

/// One film of a library list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShelfItem {
    pub id: TitleId,
    pub film: FilmFacts,
    /// Your stars (on the watchlist, if you rated it too).
    pub stars: Option<Stars>,
    /// The date rated or added.
    pub on: String,
}

/// One page of a library list, and what its menus offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShelfPage {
    pub items: Vec<ShelfItem>,
    /// Films that pass the filters, over all pages.
    pub matching: usize,
    /// Films on the shelf, filters aside.
    pub total: usize,
    /// The page shown: the one asked for, or the last when it asked past
    /// the end (after removals, or an edited URL).
    pub page: usize,
    /// Pages of matching films (at least 1).
    pub pages: usize,
    /// Decades and genres (label, slug) present on the shelf, for the menus.
    pub decades: Vec<u16>,
    pub genres: Vec<(String, String)>,
}

/// A film on a shelf, borrowed from the library: sorting and filtering
/// 10,000 of them copies nothing; only the page shown is copied.
struct ShelfRef<'a> {
    id: &'a TitleId,
    film: &'a FilmFacts,
    stars: Option<Stars>,
    on: &'a str,
}

impl ShelfRef<'_> {
    fn to_item(&self) -> ShelfItem {
        ShelfItem {
            id: self.id.clone(),
            film: self.film.clone(),
            stars: self.stars,
            on: self.on.to_owned(),
        }
    }
}

/// The films on a shelf, unordered.
fn shelf_refs(data: &UserData, shelf: Shelf) -> Vec<ShelfRef<'_>> {
    match shelf {
        Shelf::Ratings => data
            .ratings
            .iter()
            .map(|(id, r)| ShelfRef {
                id,
                film: &r.film,
                stars: Some(r.stars),
                on: &r.rated_on,
            })
            .collect(),
        Shelf::Watchlist => data
            .watchlist
            .iter()
            .map(|(id, w)| ShelfRef {
                id,
                film: &w.film,
                stars: data.ratings.get(id).map(|r| r.stars),
                on: &w.added_on,
            })
            .collect(),
    }
}

/// Orders items; ties fall back to the title, then the id, so a page
/// never shuffles between renders.
fn sort_items<'a>(items: Vec<ShelfRef<'a>>, sort: ShelfSort) -> Vec<ShelfRef<'a>> {
    use std::cmp::Reverse;
    // Each title is folded once, not at every comparison: at 10,000
    // ratings that is the difference between a few and a hundred ms.
    let mut keyed: Vec<(String, ShelfRef)> = items
        .into_iter()
        .map(|item| (super::search::fold(&item.film.title), item))
        .collect();
    let by_title =
        |a: &(String, ShelfRef), b: &(String, ShelfRef)| (&a.0, a.1.id).cmp(&(&b.0, b.1.id));
    match sort {
        ShelfSort::Recent => keyed.sort_by(|a, b| b.1.on.cmp(a.1.on).then_with(|| by_title(a, b))),
        ShelfSort::Rating => keyed.sort_by(|a, b| {
            Reverse(a.1.stars)
                .cmp(&Reverse(b.1.stars))
                .then_with(|| by_title(a, b))
        }),
        ShelfSort::Newest => keyed.sort_by(|a, b| {
            b.1.film
                .year
                .cmp(&a.1.film.year)
                .then_with(|| by_title(a, b))
        }),
        ShelfSort::Oldest => keyed.sort_by(|a, b| {
            a.1.film
                .year
                .cmp(&b.1.film.year)
                .then_with(|| by_title(a, b))
        }),
        ShelfSort::Title => keyed.sort_by(by_title),
    }
    keyed.into_iter().map(|(_, item)| item).collect()
}

/// The page of `shelf` that `query` asks for, or its last page when it
/// asks past the end.
pub fn shelf_page(data: &UserData, shelf: Shelf, query: &ShelfQuery) -> ShelfPage {
    let all = shelf_refs(data, shelf);
    let total = all.len();
    let mut decades: Vec<u16> = all.iter().map(|i| i.film.year / 10 * 10).collect();
    decades.sort_unstable_by(|a, b| b.cmp(a));
    decades.dedup();
    let mut genres: BTreeMap<String, String> = BTreeMap::new();
    for genre in all.iter().flat_map(|i| &i.film.genres) {
        genres
            .entry(super::browse::slug(genre))
            .or_insert_with(|| genre.clone());
    }
    // Your stars are no filter of the watchlist, whatever the URL says.
    let query = match shelf {
        Shelf::Ratings => query.clone(),
        Shelf::Watchlist => ShelfQuery {
            stars: None,
            ..query.clone()
        },
    };
    let kept: Vec<ShelfRef> = all.into_iter().filter(|i| query.keeps(i)).collect();
    let matching = kept.len();
    let pages = matching.div_ceil(SHELF_PAGE).max(1);
    let page = query.page.clamp(1, pages);
    let start = (page - 1) * SHELF_PAGE;
    let sorted = sort_items(kept, query.sort);
    let items = sorted.iter().skip(start).take(SHELF_PAGE);
    ShelfPage {
        items: items.map(ShelfRef::to_item).collect(),
        matching,
        total,
        page,
        pages,
        decades,
        genres: genres
            .into_iter()
            .map(|(slug, label)| (label, slug))
            .collect(),
    }
}

/// The diary's entries of one month, newest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub entries: Vec<(DiaryId, DiaryEntry)>,
}

/// Diary entries per page, as Letterboxd shows them.
pub const DIARY_PAGE: usize = 50;

/// One page of the diary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryPage {
    pub months: Vec<DiaryMonth>,
    /// The page shown: the one asked for, or the last when it asked past
    /// the end (after deletions, or an edited URL).
    pub page: usize,
    /// How many pages there are (at least 1).
    pub pages: usize,
}

/// One page of the diary (1-based), newest first, `DIARY_PAGE` entries
/// grouped by month (a month may go on over the next page). Only the shown
/// entries are copied.
pub fn diary_months(data: &UserData, page: usize) -> DiaryPage {
    let pages = data.diary.len().div_ceil(DIARY_PAGE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * DIARY_PAGE;
    let mut months: Vec<DiaryMonth> = Vec::new();
    for (id, entry) in data.diary.iter().rev().skip(start).take(DIARY_PAGE) {
        let month: String = entry.watched_on.chars().take(7).collect();
        match months.last_mut() {
            Some(last) if last.month == month => last.entries.push((id.clone(), entry.clone())),
            _ => months.push(DiaryMonth {
                month,
                entries: vec![(id.clone(), entry.clone())],
            }),
        }
    }
    DiaryPage {
        months,
        page,
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stars(n: u8) -> Stars {
        Stars::try_from(n).expect("1..=10")
    }

    fn film(title: &str, year: u16, genres: &[&str]) -> FilmFacts {
        FilmFacts {
            genres: genres.iter().map(|g| (*g).to_owned()).collect(),
            ..FilmFacts::named(title, year)
        }
    }

    fn rate(data: &mut UserData, id: &str, film: FilmFacts, n: u8, on: &str) {
        let rating = UserRating {
            stars: stars(n),
            film,
            rated_on: on.into(),
        };
        data.ratings.insert(id.into(), rating);
    }

    fn watch(id: &str, on: &str) -> DiaryEntry {
        DiaryEntry {
            title_id: id.into(),
            film: FilmFacts::named(id, 2000),
            watched_on: on.into(),
            rewatch: false,
            stars: None,
            tags: Vec::new(),
            changed_on: on.into(),
        }
    }

    fn library() -> UserData {
        let mut data = UserData::default();
        rate(
            &mut data,
            "canoa-1976",
            film("Canoa", 1976, &["Drama"]),
            9,
            "2026-03-01",
        );
        rate(
            &mut data,
            "emitai-1971",
            film("Emitaï", 1971, &["Drama", "War"]),
            7,
            "2026-05-01",
        );
        rate(
            &mut data,
            "memento-2000",
            film("Memento", 2000, &["Mystery"]),
            9,
            "2026-04-01",
        );
        rate(
            &mut data,
            "alien-1979",
            film("Alien", 1979, &["Sci-Fi"]),
            10,
            "2026-01-01",
        );
        data
    }

    fn ids(page: &ShelfPage) -> Vec<&str> {
        page.items.iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn each_sort_orders_the_ratings_with_title_as_tie_break() {
        let data = library();
        let order = |sort| {
            let query = ShelfQuery {
                sort,
                page: 1,
                ..ShelfQuery::default()
            };
            ids(&shelf_page(&data, Shelf::Ratings, &query)).join(" ")
        };
        assert_eq!(
            order(ShelfSort::Recent),
            "emitai-1971 memento-2000 canoa-1976 alien-1979"
        );
        assert_eq!(
            order(ShelfSort::Rating),
            "alien-1979 canoa-1976 memento-2000 emitai-1971"
        );
        assert_eq!(
            order(ShelfSort::Newest),
            "memento-2000 alien-1979 canoa-1976 emitai-1971"
        );
        assert_eq!(
            order(ShelfSort::Oldest),
            "emitai-1971 canoa-1976 alien-1979 memento-2000"
        );
        assert_eq!(
            order(ShelfSort::Title),
            "alien-1979 canoa-1976 emitai-1971 memento-2000"
        );
    }

    #[test]
    fn filters_combine_and_menus_list_what_the_shelf_has() {
        let data = library();
        let query = ShelfQuery::from_pairs([("decade", "1970s"), ("genre", "drama")]);
        let page = shelf_page(&data, Shelf::Ratings, &query);
        assert_eq!(ids(&page), ["emitai-1971", "canoa-1976"]);
        assert_eq!((page.matching, page.total, page.pages), (2, 4, 1));
        assert_eq!(page.decades, [2000, 1970]);
        let genres: Vec<&str> = page.genres.iter().map(|(_, slug)| slug.as_str()).collect();
        assert_eq!(genres, ["drama", "mystery", "sci-fi", "war"]);
        let nines = ShelfQuery::from_pairs([("stars", "9")]);
        assert_eq!(shelf_page(&data, Shelf::Ratings, &nines).matching, 2);
    }

    #[test]
    fn the_query_round_trips_and_ignores_what_it_cannot_read() {
        let query = ShelfQuery::from_pairs([
            ("sort", "oldest"),
            ("stars", "8"),
            ("decade", "1990s"),
            ("genre", "sci-fi"),
            ("page", "3"),
        ]);
        assert_eq!(
            query.to_query(),
            "?sort=oldest&stars=8&decade=1990s&genre=sci-fi&page=3"
        );
        let bad = ShelfQuery::from_pairs([
            ("sort", "best"),
            ("stars", "11"),
            ("decade", "1995s"),
            ("genre", "Sci Fi"),
            ("page", "0"),
        ]);
        assert_eq!(
            bad,
            ShelfQuery {
                page: 1,
                ..ShelfQuery::default()
            }
        );
        assert_eq!(bad.to_query(), "");
    }

    #[test]
    fn pages_hold_fifty_and_a_page_past_the_end_is_empty() {
        let mut data = UserData::default();
        for i in 0..120u16 {
            rate(
                &mut data,
                &format!("t{i:03}"),
                film("T", 1900 + i, &[]),
                5,
                "2026-01-01",
            );
        }
        let page = |n| {
            shelf_page(
                &data,
                Shelf::Ratings,
                &ShelfQuery {
                    page: n,
                    ..ShelfQuery::default()
                },
            )
        };
        assert_eq!(
            (page(1).items.len(), page(3).items.len(), page(3).pages),
            (50, 20, 3)
        );
        assert_eq!(page(4), page(3), "past the end: the last page");
    }

    #[test]
    fn the_watchlist_shows_your_stars_where_you_rated_too() {
        let mut data = library();
        for (id, on) in [("canoa-1976", "2026-06-01"), ("stalker-1979", "2026-06-02")] {
            let entry = ListedFilm {
                film: FilmFacts::named(id, 1979),
                added_on: on.into(),
            };
            data.watchlist.insert(id.into(), entry);
        }
        let page = shelf_page(&data, Shelf::Watchlist, &ShelfQuery::from_pairs([]));
        assert_eq!(ids(&page), ["stalker-1979", "canoa-1976"]);
        assert_eq!(page.items[1].stars, Some(stars(9)));
        assert_eq!(page.items[0].stars, None);
    }

    #[test]
    fn logging_counts_viewings_per_day_and_can_clear_the_watchlist() {
        let mut data = UserData::default();
        let entry = ListedFilm {
            film: FilmFacts::named("Canoa", 1976),
            added_on: "2026-01-01".into(),
        };
        data.watchlist.insert("canoa-1976".into(), entry);
        let first = data.log_watch(watch("canoa-1976", "2026-02-01"), false);
        let second = data.log_watch(watch("canoa-1976", "2026-02-01"), true);
        assert_eq!(
            (first.as_str(), second.as_str()),
            ("2026-02-01/canoa-1976/1", "2026-02-01/canoa-1976/2")
        );
        assert!(data.watchlist.is_empty());
        data.log_watch(watch("canoa-1976", "2026-03-05"), false);
        assert_eq!(data.watches_of("canoa-1976"), (3, Some("2026-03-05")));
        assert_eq!(data.watches_of("memento-2000"), (0, None));
        assert!(data.seen_titles().contains("canoa-1976"));
        assert!(!data.seen_titles().contains("memento-2000"));
        rate(
            &mut data,
            "alien-1979",
            FilmFacts::named("Alien", 1979),
            8,
            "2026-03-06",
        );
        let seen = data.seen_titles();
        assert_eq!(seen.len(), 2);
        assert!(seen.contains("alien-1979"));
    }

    #[test]
    fn editing_a_viewing_keeps_its_key_unless_the_day_changes() {
        let mut data = UserData::default();
        let id = data.log_watch(watch("canoa-1976", "2026-02-01"), false);
        let rewatch = DiaryEntry {
            rewatch: true,
            ..watch("canoa-1976", "2026-02-01")
        };
        assert_eq!(data.edit_watch(&id, rewatch), id);
        assert!(data.diary[&id].rewatch);
        let moved = data.edit_watch(&id, watch("canoa-1976", "2026-02-03"));
        assert_eq!(moved, "2026-02-03/canoa-1976/1");
        assert_eq!(data.diary.len(), 1);
    }

    #[test]
    fn rating_again_from_a_card_keeps_what_the_title_page_knew() {
        let mut data = UserData::default();
        data.rate(
            "canoa-1976",
            stars(6),
            film("Canoa", 1976, &["Drama"]),
            "2026-01-01".into(),
        );
        data.rate(
            "canoa-1976",
            stars(8),
            FilmFacts::named("Canoa", 1976),
            "2026-02-01".into(),
        );
        let kept = &data.ratings["canoa-1976"];
        assert_eq!(
            (kept.stars, kept.rated_on.as_str()),
            (stars(8), "2026-02-01")
        );
        assert_eq!(kept.film.genres, ["Drama"]);
    }

    #[test]
    fn watch_dates_are_real_days_up_to_today() {
        assert!(valid_watch_date("2026-02-28", "2026-11-28"));
        assert!(valid_watch_date("2026-11-28", "2026-11-28"));
        assert!(!valid_watch_date("2026-11-29", "2026-11-28"));
        assert!(!valid_watch_date("2026-02-30", "2026-11-28"));
        assert!(!valid_watch_date("", "2026-11-28"));
        assert!(!valid_watch_date("28/11/2026", "2026-11-28"));
    }

    #[test]
    fn tags_are_trimmed_and_kept_once() {
        assert_eq!(
            parse_tags(" cinema, Home ,,home, festival "),
            ["cinema", "Home", "festival"]
        );
        assert!(parse_tags(" , ").is_empty());
    }

    #[test]
    fn the_diary_groups_months_newest_first_and_pages_them() {
        let mut data = UserData::default();
        for (id, on) in [
            ("a", "2026-01-05"),
            ("b", "2026-01-20"),
            ("c", "2025-12-31"),
            ("d", "2026-03-01"),
        ] {
            data.log_watch(watch(id, on), false);
        }
        let DiaryPage { months, pages, .. } = diary_months(&data, 1);
        let shown: Vec<(&str, Vec<&str>)> = months
            .iter()
            .map(|m| {
                (
                    m.month.as_str(),
                    m.entries.iter().map(|(_, e)| e.title_id.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                ("2026-03", vec!["d"]),
                ("2026-01", vec!["b", "a"]),
                ("2025-12", vec!["c"])
            ]
        );
        assert_eq!(pages, 1);
        for n in 0..100 {
            data.log_watch(
                watch("e", &format!("2024-{:02}-{:02}", 1 + n / 28, 1 + n % 28)),
                false,
            );
        }
        let last = diary_months(&data, 3);
        assert_eq!(last.pages, 3, "104 entries, 50 a page");
        let shown: usize = last.months.iter().map(|m| m.entries.len()).sum();
        assert_eq!(shown, 4);
        assert_eq!(
            last.months.last().map(|m| m.month.as_str()),
            Some("2024-01")
        );
        assert_eq!(diary_months(&data, 4), last, "past the end: the last page");
        assert_eq!(diary_months(&data, 0).page, 1);
    }

    #[test]
    fn merging_keeps_the_first_add_and_the_latest_diary_change() {
        let mut mine = UserData::default();
        let early = ListedFilm {
            film: FilmFacts::named("Canoa", 1976),
            added_on: "2026-01-01".into(),
        };
        mine.watchlist.insert("canoa-1976".into(), early.clone());
        let id = mine.log_watch(watch("memento-2000", "2026-02-01"), false);
        let mut theirs = UserData::default();
        let late = ListedFilm {
            added_on: "2026-05-01".into(),
            ..early.clone()
        };
        theirs.watchlist.insert("canoa-1976".into(), late);
        let edited = DiaryEntry {
            rewatch: true,
            changed_on: "2026-02-09".into(),
            ..watch("memento-2000", "2026-02-01")
        };
        theirs.diary.insert(id.clone(), edited);
        mine.merge(theirs.clone());
        assert_eq!(mine.watchlist["canoa-1976"], early);
        assert!(mine.diary[&id].rewatch);
        let once = mine.clone();
        mine.merge(theirs);
        assert_eq!(mine, once);
    }

    #[test]
    fn entries_are_stored_flat_and_refused_without_their_fields() {
        let mut data = library();
        let entry = ListedFilm {
            film: FilmFacts::named("Stalker", 1979),
            added_on: "2026-06-02".into(),
        };
        data.watchlist.insert("stalker-1979".into(), entry);
        data.log_watch(watch("canoa-1976", "2026-02-01"), false);
        let text = data.encode();
        assert!(text.contains(r#""alien-1979":{"stars":10,"title":"Alien","year":1979,"genres":["Sci-Fi"],"rated_on":"2026-01-01"}"#), "{text}");
        assert!(
            text.contains(
                r#""stalker-1979":{"title":"Stalker","year":1979,"added_on":"2026-06-02"}"#
            ),
            "{text}"
        );
        assert_eq!(UserData::decode(&text), Ok(data));
        let no_date = r#"{"version":3,"ratings":{"x":{"stars":8,"title":"X","year":2000}}}"#;
        assert!(
            matches!(UserData::decode(no_date), Err(crate::model::user_data::DecodeError::Shape(m)) if m.contains("rated_on"))
        );
        let no_day = r#"{"version":3,"diary":{"k":{"title_id":"x","title":"X","year":2000,"changed_on":"2026-01-01"}}}"#;
        assert!(UserData::decode(no_day).is_err());
    }

    #[test]
    fn version_two_documents_read_as_an_empty_library() {
        let v2 = r#"{"version":2,"ratings":{"canoa-1976":{"stars":8,"title":"Canoa","year":1976,"rated_on":"2024-01-02"}}}"#;
        let data = UserData::decode(v2).expect("version 2 is readable");
        assert!(data.watchlist.is_empty() && data.diary.is_empty());
        assert_eq!(
            data.ratings["canoa-1976"].film,
            FilmFacts::named("Canoa", 1976)
        );
        assert_eq!(UserData::decode(&data.encode()), Ok(data));
    }

    #[test]
    fn a_viewings_stars_rate_the_film_unless_a_later_viewing_exists() {
        let mut data = UserData::default();
        let rated = |n: u8, on: &str| DiaryEntry {
            stars: Some(stars(n)),
            ..watch("canoa-1976", on)
        };
        let first = data.save_watch(None, rated(6, "2026-01-01"), false, "2026-01-01");
        data.save_watch(None, rated(9, "2026-03-01"), false, "2026-03-01");
        assert_eq!(data.ratings["canoa-1976"].stars, stars(9));
        // Editing the older viewing's stars leaves the later rating alone.
        data.save_watch(Some(&first), rated(4, "2026-01-01"), false, "2026-04-01");
        assert_eq!(data.ratings["canoa-1976"].stars, stars(9));
        assert_eq!(data.diary[&first].stars, Some(stars(4)));
        // Moved after the other, it is the latest: its stars count.
        data.save_watch(Some(&first), rated(5, "2026-05-01"), false, "2026-05-01");
        let rating = &data.ratings["canoa-1976"];
        assert_eq!(
            (rating.stars, rating.rated_on.as_str()),
            (stars(5), "2026-05-01")
        );
        assert_eq!(data.diary.len(), 2);
    }

    #[test]
    fn the_watchlist_ignores_a_stars_filter_and_a_page_past_the_end_shows_the_last() {
        let mut data = library();
        for (id, title) in [("alien-1979", "Alien"), ("stalker-1979", "Stalker")] {
            let entry = ListedFilm {
                film: FilmFacts::named(title, 1979),
                added_on: "2026-06-02".into(),
            };
            data.watchlist.insert(id.into(), entry);
        }
        let query = ShelfQuery::from_pairs([("stars", "3"), ("page", "7")]);
        let page = shelf_page(&data, Shelf::Watchlist, &query);
        assert_eq!((page.matching, page.page, page.pages), (2, 1, 1));
        assert_eq!(page.items.len(), 2);
        let rated = shelf_page(&data, Shelf::Ratings, &query);
        assert_eq!((rated.matching, rated.items.len()), (0, 0));
    }
}
