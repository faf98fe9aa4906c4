//! What a read export holds.

use crate::error::{ExportError, RowError};

/// Which export a CSV file is, decided from its header row (and, for
/// Letterboxd's watched and watchlist files, which share one header, from
/// its name).
///
/// The rules, in order: a `Const` column makes an IMDb file, a list
/// ([`ImdbList`](Self::ImdbList)) when it has `Position` or no `Your Rating`,
/// else the ratings ([`ImdbRatings`](Self::ImdbRatings)). A `Letterboxd URI`
/// column, or `Name` with `Date`, makes a Letterboxd file: with `Review` the
/// reviews, else with `Watched Date` or `Rewatch` the diary, else with
/// `Rating` the ratings, else the watched films or the watchlist by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportKind {
    /// Letterboxd's `ratings.csv`: one [`HistoryEvent::Rated`] a row.
    LetterboxdRatings,
    /// Letterboxd's `diary.csv`: one [`HistoryEvent::Watched`] a row.
    LetterboxdDiary,
    /// Letterboxd's `watchlist.csv`: one [`HistoryEvent::Watchlisted`] a row.
    LetterboxdWatchlist,
    /// Letterboxd's `watched.csv`: one [`HistoryEvent::Watched`] a row.
    LetterboxdWatched,
    /// Letterboxd's `reviews.csv`: one [`HistoryEvent::Reviewed`] a row.
    LetterboxdReviews,
    /// IMDb's ratings export: one [`HistoryEvent::Rated`] a row.
    ImdbRatings,
    /// IMDb's watchlist or any other IMDb list export: one
    /// [`HistoryEvent::Watchlisted`] a row.
    ImdbList,
}

impl ExportKind {
    /// Whether the file came from Letterboxd (else from IMDb).
    pub fn is_letterboxd(self) -> bool {
        !matches!(self, ExportKind::ImdbRatings | ExportKind::ImdbList)
    }
}

/// The film a row names, as the file gives it. Letterboxd rows have a
/// `letterboxd_uri` and no IMDb fields; IMDb rows have `imdb_id` and
/// `title_type`, and `original_title` when the export has that column.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FilmRef {
    /// The title (Letterboxd `Name`, IMDb `Title`), trimmed, never empty.
    pub title: String,
    /// The release year, from 1870 to 2100, when the row gives one.
    pub year: Option<u16>,
    /// The IMDb id (`tt` and 7 to 10 digits), on IMDb rows.
    pub imdb_id: Option<String>,
    /// IMDb's `Original Title`, when the export has it and it is not empty.
    pub original_title: Option<String>,
    /// The film's short Letterboxd address (`https://boxd.it/…`), when given.
    pub letterboxd_uri: Option<String>,
    /// IMDb's `Title Type` as written: `movie`, `tvSeries`, `short`, … in
    /// older exports, `Movie`, `TV Series`, `Short`, … in newer ones.
    pub title_type: Option<String>,
}

/// IMDb title types (lower case, without spaces) that are not films.
const NOT_FILMS: [&str; 8] = [
    "tvseries",
    "tvminiseries",
    "tvepisode",
    "videogame",
    "musicvideo",
    "podcastseries",
    "podcastepisode",
    "tvpilot",
];

impl FilmRef {
    /// Whether the row names a film: true for every Letterboxd row and for
    /// IMDb's movie, TV movie, TV special, short and video types (and any type
    /// this crate does not know), false for series, episodes, games, music
    /// videos and podcasts, in either spelling (`tvSeries`, `TV Series`).
    pub fn is_film(&self) -> bool {
        let Some(kind) = &self.title_type else {
            return true;
        };
        let folded: String = kind
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_lowercase)
            .collect();
        !NOT_FILMS.contains(&folded.as_str())
    }
}

/// What a row says about its film. Dates are ISO `YYYY-MM-DD`; ratings are
/// on the site's scale, 1 to 10.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryEvent {
    /// Rated (Letterboxd `ratings.csv`, IMDb ratings): the latest rating.
    Rated {
        /// 1 to 10 (a Letterboxd rating doubled).
        rating: u8,
        /// The day it was rated.
        on: Option<String>,
    },
    /// Watched: a diary entry, or a film of `watched.csv` (which has no
    /// rating, tags or rewatch, and whose date is the day Letterboxd
    /// recorded it as watched, not necessarily the day it was seen).
    Watched {
        /// The day it was watched (the diary's `Watched Date`).
        on: Option<String>,
        /// The diary marked it a rewatch.
        rewatch: bool,
        /// The rating given with this diary entry, 1 to 10.
        rating: Option<u8>,
        /// The diary entry's tags.
        tags: Vec<String>,
    },
    /// Reviewed (Letterboxd `reviews.csv`).
    Reviewed {
        /// The review as plain text (never markup), not empty.
        review: String,
        /// The rating given with the review, 1 to 10.
        rating: Option<u8>,
        /// The day the film was watched (`Watched Date`).
        watched_on: Option<String>,
        /// The day the review was written (`Date`).
        written_on: Option<String>,
        /// The review was of a rewatch.
        rewatch: bool,
        /// The review's tags.
        tags: Vec<String>,
    },
    /// On a watchlist (Letterboxd `watchlist.csv`, an IMDb list export).
    Watchlisted {
        /// The day it was added.
        on: Option<String>,
    },
}

/// One row read: where it is, the film it names and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    /// The file it came from: the name given, or the member's path in a zip.
    pub file: String,
    /// The 1-based line of the file where the row's record starts (a record
    /// can span lines when a quoted field holds line breaks).
    pub line: u64,
    /// The film, as the file gives it.
    pub film: FilmRef,
    /// What the row says about the film.
    pub event: HistoryEvent,
}

/// A row left out ([`ParsedExport::problems`]) or kept without one of its
/// values ([`ParsedExport::notes`]), with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The file it came from, as in [`HistoryRow::file`].
    pub file: String,
    /// The 1-based line where the row's record starts.
    pub line: u64,
    /// What is wrong.
    pub problem: RowError,
}

/// Everything read from one upload.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ParsedExport {
    /// The files read, with the kind each was recognised as, in reading order
    /// (for a zip: ratings, diary, reviews, watched, watchlist).
    pub files: Vec<(String, ExportKind)>,
    /// The rows read, file by file, each file's in its order.
    pub rows: Vec<HistoryRow>,
    /// Rows left out, and why.
    pub problems: Vec<RowProblem>,
    /// Rows kept without one of their values (a bad date, a bad optional
    /// rating, a URI that is not Letterboxd's), and why.
    pub notes: Vec<RowProblem>,
    /// Files of a zip that could not be read while others could (each error
    /// names its file). Always empty for a single CSV file, whose problem is
    /// the `Err` of [`read_export`](crate::read_export).
    pub skipped_files: Vec<ExportError>,
}
