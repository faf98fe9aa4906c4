//! What can be wrong with a file or a row. `Display` is an English message,
//! for logs; the site words its own from the variants.

use thiserror::Error;

/// Why a file (or a whole upload) could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ExportError {
    /// The file has no bytes, or only white space.
    #[error("{file} is empty")]
    Empty {
        /// The file.
        file: String,
    },
    /// The header row is that of no Letterboxd or IMDb export.
    #[error(
        "{file} is not a Letterboxd or IMDb export: its first line names none of their columns"
    )]
    NotAnExport {
        /// The file.
        file: String,
    },
    /// The header row lacks a column this kind of file needs.
    #[error("{file} has no \"{column}\" column")]
    MissingColumn {
        /// The file.
        file: String,
        /// The column, as the export names it (`Name`, `Const`, `Rating`, …).
        column: &'static str,
    },
    /// The CSV reader failed.
    #[error("{file} could not be read as CSV: {message}")]
    Csv {
        /// The file.
        file: String,
        /// The reader's message.
        message: String,
    },
    /// The zip archive, or one of its members, could not be read (corrupt,
    /// encrypted, or compressed with a method other than deflate). The message
    /// names the member when there is one.
    #[error("the zip archive could not be read: {0}")]
    Zip(String),
    /// A zip archive holds none of the Letterboxd files this crate reads.
    #[error(
        "the zip archive holds none of ratings.csv, diary.csv, reviews.csv, watched.csv, watchlist.csv"
    )]
    NoExportFiles,
    /// A zip member unpacks to more than [`MEMBER_LIMIT`](crate::MEMBER_LIMIT) bytes.
    #[error("{file} is larger than {limit} bytes once unpacked")]
    TooLarge {
        /// The member's path in the zip.
        file: String,
        /// The limit, in bytes.
        limit: u64,
    },
}

/// The scale a rating column is on, for [`RowError::BadRating`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RatingScale {
    /// Letterboxd: 0.5 to 5 in half stars.
    HalfStars,
    /// IMDb: a whole number from 1 to 10.
    OneToTen,
}

/// What is wrong with one row. Values quoted back are cut to 40 characters.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RowError {
    /// The title cell is empty.
    #[error("the title is empty")]
    MissingTitle,
    /// The year is not a year from 1870 to 2100.
    #[error("\"{0}\" is not a year")]
    BadYear(String),
    /// A rating file's rating cell is empty.
    #[error("the rating is empty")]
    MissingRating,
    /// A rating is not on its scale.
    #[error("\"{value}\" is not a rating {}", match scale {
        RatingScale::HalfStars => "from 0.5 to 5 in half stars",
        RatingScale::OneToTen => "from 1 to 10",
    })]
    BadRating {
        /// The cell as written.
        value: String,
        /// The scale it should be on.
        scale: RatingScale,
    },
    /// A date is not a date (the row is kept without it: a note).
    #[error("{column} \"{value}\" is not a date")]
    BadDate {
        /// The column, as the export names it.
        column: &'static str,
        /// The cell as written.
        value: String,
    },
    /// An IMDb row's `Const` is empty.
    #[error("the IMDb id (Const) is empty")]
    MissingImdbId,
    /// An IMDb row's `Const` is not `tt` and 7 to 10 digits.
    #[error("\"{0}\" is not an IMDb title id")]
    BadImdbId(String),
    /// A review is empty once its markup is removed.
    #[error("the review is empty")]
    EmptyReview,
    /// The `Letterboxd URI` is not a Letterboxd address (the row is kept
    /// without it: a note).
    #[error("\"{0}\" is not a Letterboxd address")]
    BadLetterboxdUri(String),
}

/// A cell's value to quote in an error: at most 40 characters, then "…".
pub(crate) fn clip(value: &str) -> String {
    const MAX: usize = 40;
    match value.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_keeps_short_values_and_cuts_long_ones_on_a_character() {
        assert_eq!(clip("abc"), "abc");
        let long = "é".repeat(100);
        let clipped = clip(&long);
        assert_eq!(clipped.chars().count(), 41);
        assert!(clipped.ends_with('…'));
    }

    #[test]
    fn messages_name_the_scale() {
        let half = RowError::BadRating {
            value: "5.5".into(),
            scale: RatingScale::HalfStars,
        };
        assert_eq!(
            half.to_string(),
            "\"5.5\" is not a rating from 0.5 to 5 in half stars"
        );
        let ten = RowError::BadRating {
            value: "11".into(),
            scale: RatingScale::OneToTen,
        };
        assert_eq!(ten.to_string(), "\"11\" is not a rating from 1 to 10");
    }
}
