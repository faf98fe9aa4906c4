//! Rows of IMDb's ratings export and list (watchlist) exports.

use crate::error::{ExportError, RowError};
use crate::fields::{date, imdb_id, one_to_ten, optional, soft, year};
use crate::table::{Header, Row};
use crate::types::{ExportKind, FilmRef, HistoryEvent};

/// Where an IMDb file's columns are. `Const` and `Title` are required of
/// both kinds, `Your Rating` of the ratings export.
pub(crate) struct Columns {
    /// `Your Rating` for the ratings export; `None` for a list.
    rating: Option<usize>,
    /// `Date Rated` for the ratings export, `Created` for a list.
    date: (Option<usize>, &'static str),
    id: usize,
    title: usize,
    original_title: Option<usize>,
    title_type: Option<usize>,
    year: Option<usize>,
}

impl Columns {
    /// Finds the columns of a file of `kind` with this header.
    pub(crate) fn new(file: &str, header: &Header, kind: ExportKind) -> Result<Self, ExportError> {
        let id = header.require(file, "Const")?;
        let title = header.require(file, "Title")?;
        let (rating, date_column) = if kind == ExportKind::ImdbRatings {
            (Some(header.require(file, "Your Rating")?), "Date Rated")
        } else {
            (None, "Created")
        };
        Ok(Columns {
            rating,
            date: (header.find(date_column), date_column),
            id,
            title,
            original_title: header.find("Original Title"),
            title_type: header.find("Title Type"),
            year: header.find("Year"),
        })
    }

    /// Reads one row: the film and what the row says, or why it is left out.
    /// Values dropped from a kept row are pushed to `notes`.
    pub(crate) fn read(
        &self,
        row: &Row,
        notes: &mut Vec<RowError>,
    ) -> Result<(FilmRef, HistoryEvent), RowError> {
        let title = row.get(Some(self.title));
        if title.is_empty() {
            return Err(RowError::MissingTitle);
        }
        let film = FilmRef {
            title: title.to_owned(),
            year: year(row.get(self.year))?,
            imdb_id: Some(imdb_id(row.get(Some(self.id)))?),
            original_title: optional(row.get(self.original_title)),
            letterboxd_uri: None,
            title_type: optional(row.get(self.title_type)),
        };
        let (date_index, date_column) = self.date;
        let on = soft(date(row.get(date_index), date_column), notes);
        let event = match self.rating {
            Some(rating) => HistoryEvent::Rated {
                rating: one_to_ten(row.get(Some(rating)))?.ok_or(RowError::MissingRating)?,
                on,
            },
            None => HistoryEvent::Watchlisted { on },
        };
        Ok((film, event))
    }
}
