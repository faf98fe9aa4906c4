//! Rows of Letterboxd's ratings, diary, watched, watchlist and reviews files.

use crate::error::{ExportError, RowError};
use crate::fields::{date, half_stars, letterboxd_uri, rewatch, soft, tags, year};
use crate::html::review_text;
use crate::table::{Header, Row};
use crate::types::{ExportKind, FilmRef, HistoryEvent};

/// Where a Letterboxd file's columns are. Only `Name` is required of every
/// kind; `Rating` of the ratings, `Review` of the reviews.
pub(crate) struct Columns {
    kind: ExportKind,
    date: Option<usize>,
    name: usize,
    year: Option<usize>,
    uri: Option<usize>,
    rating: Option<usize>,
    rewatch: Option<usize>,
    tags: Option<usize>,
    watched_date: Option<usize>,
    review: Option<usize>,
}

impl Columns {
    /// Finds the columns of a file of `kind` with this header.
    pub(crate) fn new(file: &str, header: &Header, kind: ExportKind) -> Result<Self, ExportError> {
        let name = header.require(file, "Name")?;
        match kind {
            ExportKind::LetterboxdRatings => header.require(file, "Rating").map(drop)?,
            ExportKind::LetterboxdReviews => header.require(file, "Review").map(drop)?,
            _ => {}
        }
        Ok(Columns {
            kind,
            date: header.find("Date"),
            name,
            year: header.find("Year"),
            uri: header.find("Letterboxd URI"),
            rating: header.find("Rating"),
            rewatch: header.find("Rewatch"),
            tags: header.find("Tags"),
            watched_date: header.find("Watched Date"),
            review: header.find("Review"),
        })
    }

    /// Reads one row: the film and what the row says, or why it is left out.
    /// Values dropped from a kept row are pushed to `notes`.
    pub(crate) fn read(
        &self,
        row: &Row,
        notes: &mut Vec<RowError>,
    ) -> Result<(FilmRef, HistoryEvent), RowError> {
        let film = self.film(row, notes)?;
        let event = self.event(row, notes)?;
        Ok((film, event))
    }

    fn film(&self, row: &Row, notes: &mut Vec<RowError>) -> Result<FilmRef, RowError> {
        let title = row.get(Some(self.name));
        if title.is_empty() {
            return Err(RowError::MissingTitle);
        }
        Ok(FilmRef {
            title: title.to_owned(),
            year: year(row.get(self.year))?,
            letterboxd_uri: soft(letterboxd_uri(row.get(self.uri)), notes),
            ..FilmRef::default()
        })
    }

    fn event(&self, row: &Row, notes: &mut Vec<RowError>) -> Result<HistoryEvent, RowError> {
        let logged_on = soft(date(row.get(self.date), "Date"), notes);
        Ok(match self.kind {
            ExportKind::LetterboxdRatings => HistoryEvent::Rated {
                rating: half_stars(row.get(self.rating))?.ok_or(RowError::MissingRating)?,
                on: logged_on,
            },
            ExportKind::LetterboxdDiary => HistoryEvent::Watched {
                on: soft(date(row.get(self.watched_date), "Watched Date"), notes),
                rewatch: rewatch(row.get(self.rewatch)),
                rating: soft(half_stars(row.get(self.rating)), notes),
                tags: tags(row.get(self.tags)),
            },
            ExportKind::LetterboxdReviews => self.review(row, logged_on, notes)?,
            ExportKind::LetterboxdWatched => HistoryEvent::Watched {
                on: logged_on,
                rewatch: false,
                rating: None,
                tags: Vec::new(),
            },
            _ => HistoryEvent::Watchlisted { on: logged_on },
        })
    }

    fn review(
        &self,
        row: &Row,
        written_on: Option<String>,
        notes: &mut Vec<RowError>,
    ) -> Result<HistoryEvent, RowError> {
        let review = review_text(row.get(self.review));
        if review.is_empty() {
            return Err(RowError::EmptyReview);
        }
        Ok(HistoryEvent::Reviewed {
            review,
            rating: soft(half_stars(row.get(self.rating)), notes),
            watched_on: soft(date(row.get(self.watched_date), "Watched Date"), notes),
            written_on,
            rewatch: rewatch(row.get(self.rewatch)),
            tags: tags(row.get(self.tags)),
        })
    }
}
