//! Reads the film histories people export from Letterboxd and IMDb into plain
//! rows: which film a row names, as the file gives it, and what the row says
//! about it (rated, watched, reviewed, watchlisted). Matching the films to the
//! catalog and merging the rows into a person's data happen elsewhere.
//!
//! The crate is pure (no DOM, no I/O, no clock), so it builds for the wasm
//! site and is tested natively. The one entry point is [`read_export`].
//!
//! # Formats
//!
//! **Letterboxd** exports a zip (`ratings.csv`, `diary.csv`, `watched.csv`,
//! `watchlist.csv`, `reviews.csv`, and files this crate ignores: `profile.csv`,
//! `comments.csv`, `likes/…`, `lists/…`, `deleted/…`, `orphaned/…`). Either
//! the zip or any one of those CSV files can be given.
//!
//! | file | columns | becomes |
//! | --- | --- | --- |
//! | `ratings.csv` | `Date,Name,Year,Letterboxd URI,Rating` | [`HistoryEvent::Rated`] |
//! | `diary.csv` | `…,Rating,Rewatch,Tags,Watched Date` | [`HistoryEvent::Watched`] |
//! | `watched.csv` | `Date,Name,Year,Letterboxd URI` | [`HistoryEvent::Watched`] |
//! | `watchlist.csv` | `Date,Name,Year,Letterboxd URI` | [`HistoryEvent::Watchlisted`] |
//! | `reviews.csv` | `…,Rating,Rewatch,Review,Tags,Watched Date` | [`HistoryEvent::Reviewed`] |
//!
//! Letterboxd ratings are 0.5 to 5 stars in half stars; they become the
//! site's 1–10 scale by doubling, exactly (0.5 → 1, 5 → 10).
//!
//! **IMDb** exports one CSV per list: the ratings export
//! (`Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,…`,
//! older ones without `Original Title`) becomes [`HistoryEvent::Rated`] rows
//! with the rating as is (1–10); the watchlist and every other list export
//! (`Position,Const,Created,Modified,Description,Title,…`) become
//! [`HistoryEvent::Watchlisted`] rows dated by `Created`. Their `Your Rating`
//! column is ignored: the ratings export holds the same ratings. IMDb rows
//! keep `Title Type` as written, series and episodes included:
//! [`FilmRef::is_film`] tells films from the rest, in the older (`tvSeries`)
//! and newer (`TV Series`) spellings, and the caller decides what to skip.
//!
//! # How a file is recognised
//!
//! A zip is recognised by its first bytes (`PK\x03\x04`, or `PK\x05\x06` for
//! an empty archive), whatever its name. Of a zip only the five Letterboxd
//! files above are read (at the root, or inside one top folder as when a
//! person zips the unpacked export again), each recognised by its header
//! again. Everything else is a CSV file, whose kind is decided by its header
//! row ([`ExportKind`] tells the rules), the file name deciding only between
//! Letterboxd's watched and watchlist files, which share one header:
//! a name holding `watchlist` is a watchlist, one holding `watched` is the
//! watched films, and any other name is taken as a **watchlist**, the weaker
//! claim (it says nothing about having seen the film).
//!
//! Columns are found by header name (spaces around it and letter case
//! ignored), never by position: extra and reordered columns are fine, and a
//! row shorter than the header reads its missing cells as empty. A missing
//! required column is an [`ExportError::MissingColumn`] naming it. The field
//! separator is the comma, unless the first line holds more semicolons or
//! tabs (a file a spreadsheet saved again).
//!
//! # Text encoding
//!
//! Files are UTF-8, with or without a byte-order mark; a UTF-16 file (with
//! its byte-order mark, as spreadsheets write "Unicode text") is decoded too.
//! Bytes that are not valid UTF-8 are read as U+FFFD (lossy decoding), so that
//! one bad byte costs one character, not the file.
//!
//! # Rows, problems and notes
//!
//! A bad row never stops a file: it is left out and reported in
//! [`ParsedExport::problems`] with its file and line. A row that is fine but
//! for an optional value (a bad date, a bad rating on a diary entry, a
//! Letterboxd URI that is not one) is kept without that value, and reported
//! in [`ParsedExport::notes`]. A row whose cells are all empty is skipped
//! silently. Per field:
//!
//! - title (`Name`, `Title`): required; empty → problem [`RowError::MissingTitle`].
//! - year: optional; empty → `None`; anything but a year from 1870 to 2100 →
//!   problem [`RowError::BadYear`] (a wrong year would match the wrong film).
//! - the rating of a rating file (Letterboxd `ratings.csv`, IMDb ratings):
//!   required; empty or bad → problem. On a diary entry or review: optional;
//!   bad → note, kept without it.
//! - IMDb `Const`: required; not `tt` and 7 to 10 digits → problem.
//! - every date: optional; empty → `None`; bad → note, kept without it.
//!   Dates are written `YYYY-MM-DD`; older IMDb exports' `Mon Mar 14 00:00:00
//!   2016` and a date followed by a time (`2016-03-14T10:00:00Z`) are read too.
//! - Letterboxd URI: optional; kept only when it is an `http(s)` address on
//!   `boxd.it` or `letterboxd.com`, else a note.
//! - review: required in `reviews.csv`; its HTML becomes plain text (see
//!   below); empty once converted → problem [`RowError::EmptyReview`].
//! - `Rewatch`: `Yes` (any case) is a rewatch, anything else is not.
//! - `Tags`: split at commas, trimmed, empty ones dropped.
//!
//! # Reviews are text
//!
//! Letterboxd writes reviews with a little HTML (`<i>`, `<b>`, `<br />`,
//! `<p>`, `&amp;`). The review becomes plain text: `<br>` is a line break,
//! paragraphs (`</p><p>`) are separated by an empty line, every other tag is
//! removed (the content of `<script>` and `<style>` too), and the entities
//! `&amp; &lt; &gt; &quot; &#39; &apos; &nbsp; &#NNN; &#xHH;` are decoded once.
//! The result is text, never markup: a review that wrote `&lt;b&gt;` reads
//! `<b>`, as its author typed it, so the site must insert it as text (as
//! Leptos does for any string), never as HTML.
//!
//! # Overlaps are the caller's
//!
//! One film can appear in several files of a Letterboxd export (every diary
//! entry is also in `watched.csv`, its rating also in `ratings.csv`), and
//! reading the same file twice gives the same rows twice: merging and
//! de-duplicating is the caller's job, as is matching films to the catalog.
//!
//! # Hostile input
//!
//! No input makes [`read_export`] panic. A zip member is read only up to
//! [`MEMBER_LIMIT`] bytes unpacked (past that it is an
//! [`ExportError::TooLarge`]), and at most one member per known file name is
//! unpacked, so at most five. A value quoted back in an error is cut to a
//! few dozen characters.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod detect;
mod error;
mod fields;
mod html;
mod imdb;
mod letterboxd;
mod read;
mod table;
mod text;
mod types;
mod zip_export;

pub use error::{ExportError, RatingScale, RowError};
pub use read::read_export;
pub use types::{ExportKind, FilmRef, HistoryEvent, HistoryRow, ParsedExport, RowProblem};
pub use zip_export::MEMBER_LIMIT;
