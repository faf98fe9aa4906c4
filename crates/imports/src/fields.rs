//! Cell values: years, ratings, dates, IMDb ids, tags, Letterboxd addresses.
//! Each takes a trimmed cell; an empty cell is `Ok(None)`.

use crate::error::{RatingScale, RowError, clip};

/// The years a film can have.
const YEARS: std::ops::RangeInclusive<u16> = 1870..=2100;

/// A release year, four digits from 1870 to 2100.
pub(crate) fn year(cell: &str) -> Result<Option<u16>, RowError> {
    if cell.is_empty() {
        return Ok(None);
    }
    let year = (cell.len() == 4 && cell.bytes().all(|b| b.is_ascii_digit()))
        .then(|| cell.parse::<u16>().ok())
        .flatten()
        .filter(|y| YEARS.contains(y));
    year.map(Some).ok_or_else(|| RowError::BadYear(clip(cell)))
}

/// A Letterboxd rating (0.5 to 5 in half stars, `.` or `,` for the decimal
/// point) on the 1–10 scale: doubled.
pub(crate) fn half_stars(cell: &str) -> Result<Option<u8>, RowError> {
    if cell.is_empty() {
        return Ok(None);
    }
    let bad = || RowError::BadRating {
        value: clip(cell),
        scale: RatingScale::HalfStars,
    };
    let (whole, fraction) = cell.split_once(['.', ',']).unwrap_or((cell, ""));
    let halves = match fraction.trim_end_matches('0') {
        "" => 0,
        "5" => 1,
        _ => return Err(bad()),
    };
    let whole = digits(whole).ok_or_else(bad)?;
    let rating = whole.checked_mul(2).and_then(|w| w.checked_add(halves));
    rating
        .filter(|r| (1..=10).contains(r))
        .map(Some)
        .ok_or_else(bad)
}

/// An IMDb rating: a whole number from 1 to 10.
pub(crate) fn one_to_ten(cell: &str) -> Result<Option<u8>, RowError> {
    if cell.is_empty() {
        return Ok(None);
    }
    let bad = || RowError::BadRating {
        value: clip(cell),
        scale: RatingScale::OneToTen,
    };
    let rating = digits(cell).filter(|r| (1..=10).contains(r));
    rating.map(Some).ok_or_else(bad)
}

/// One or two ASCII digits as a number.
fn digits(s: &str) -> Option<u8> {
    let ok = (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.parse().ok()).flatten()
}

/// A date as ISO `YYYY-MM-DD`, from `YYYY-MM-DD` (alone or followed by a
/// time after `T` or a space) or from `Mon Mar 14 00:00:00 2016` (older IMDb
/// exports, with or without a time zone before the year).
pub(crate) fn date(cell: &str, column: &'static str) -> Result<Option<String>, RowError> {
    if cell.is_empty() {
        return Ok(None);
    }
    let parsed = iso_date(cell).or_else(|| ctime_date(cell));
    let (year, month, day) = parsed.ok_or_else(|| RowError::BadDate {
        column,
        value: clip(cell),
    })?;
    Ok(Some(format!("{year:04}-{month:02}-{day:02}")))
}

/// `YYYY-MM-DD`, maybe followed by `T…` or ` …`.
fn iso_date(cell: &str) -> Option<(u16, u8, u8)> {
    let (day_part, rest) = if cell.len() > 10 {
        cell.split_at_checked(10)?
    } else {
        (cell, "")
    };
    if !(rest.is_empty() || rest.starts_with(['T', ' '])) {
        return None;
    }
    let b = day_part.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u16> {
        let part = day_part.get(range)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    valid_day(
        number(0..4)?,
        u8::try_from(number(5..7)?).ok()?,
        u8::try_from(number(8..10)?).ok()?,
    )
}

/// `Www Mmm D HH:MM:SS [ZONE] YYYY`, as C's `ctime` and Java's `Date` wrote.
fn ctime_date(cell: &str) -> Option<(u16, u8, u8)> {
    let words: Vec<&str> = cell.split_whitespace().collect();
    if !(5..=6).contains(&words.len()) {
        return None;
    }
    let month = MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(words[1]))?;
    let day: u8 = words[2].parse().ok()?;
    let year_word = words[words.len() - 1];
    if year_word.len() != 4 {
        return None;
    }
    valid_day(year_word.parse().ok()?, u8::try_from(month + 1).ok()?, day)
}

/// Month abbreviations, as `ctime` writes them.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The date when it exists in the Gregorian calendar (year 1000 to 9999).
fn valid_day(year: u16, month: u8, day: u8) -> Option<(u16, u8, u8)> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1000..=9999).contains(&year) && (1..=days).contains(&day)).then_some((year, month, day))
}

/// An IMDb title id: `tt` and 7 to 10 digits.
pub(crate) fn imdb_id(cell: &str) -> Result<String, RowError> {
    if cell.is_empty() {
        return Err(RowError::MissingImdbId);
    }
    let ok = cell.strip_prefix("tt").is_some_and(|digits| {
        (7..=10).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    });
    if ok {
        Ok(cell.to_owned())
    } else {
        Err(RowError::BadImdbId(clip(cell)))
    }
}

/// A Letterboxd address: `http(s)://` on `boxd.it` or `(www.)letterboxd.com`,
/// without spaces, quotes or angle brackets.
pub(crate) fn letterboxd_uri(cell: &str) -> Result<Option<String>, RowError> {
    if cell.is_empty() {
        return Ok(None);
    }
    let lower = cell.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let on_letterboxd = rest.is_some_and(|rest| {
        ["boxd.it/", "letterboxd.com/", "www.letterboxd.com/"]
            .iter()
            .any(|host| rest.starts_with(host))
    });
    let clean = !cell.contains(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>'));
    if on_letterboxd && clean {
        Ok(Some(cell.to_owned()))
    } else {
        Err(RowError::BadLetterboxdUri(clip(cell)))
    }
}

/// Letterboxd's tags: comma-separated, trimmed, empty ones dropped.
pub(crate) fn tags(cell: &str) -> Vec<String> {
    cell.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Letterboxd's `Rewatch`: `Yes` in any case.
pub(crate) fn rewatch(cell: &str) -> bool {
    cell.eq_ignore_ascii_case("yes")
}

/// An optional text cell: `None` when empty.
pub(crate) fn optional(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| cell.to_owned())
}

/// An optional value: a bad one is dropped and noted.
pub(crate) fn soft<T>(value: Result<Option<T>, RowError>, notes: &mut Vec<RowError>) -> Option<T> {
    value.unwrap_or_else(|problem| {
        notes.push(problem);
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_four_digits_in_range() {
        assert_eq!(year(""), Ok(None));
        assert_eq!(year("1994"), Ok(Some(1994)));
        assert_eq!(year("1870"), Ok(Some(1870)));
        for bad in [
            "1869",
            "2101",
            "94",
            "19940",
            "199a",
            "-994",
            "+994",
            "１９９４",
        ] {
            assert_eq!(year(bad), Err(RowError::BadYear(bad.into())), "{bad}");
        }
    }

    #[test]
    fn half_stars_double_exactly() {
        let cases = [
            ("0.5", 1),
            ("1", 2),
            ("1.0", 2),
            ("2.5", 5),
            ("3,5", 7),
            ("4.50", 9),
            ("4.", 8),
            ("5", 10),
            ("5.0", 10),
        ];
        for (cell, rating) in cases {
            assert_eq!(half_stars(cell), Ok(Some(rating)), "{cell}");
        }
        assert_eq!(half_stars(""), Ok(None));
    }

    #[test]
    fn half_stars_reject_what_is_not_on_the_scale() {
        for bad in [
            "0", "0.0", "5.5", "6", "11", "abc", "4.25", "-1", "1e0", ".5", "NaN", "inf", "255",
        ] {
            let expected = RowError::BadRating {
                value: bad.into(),
                scale: RatingScale::HalfStars,
            };
            assert_eq!(half_stars(bad), Err(expected), "{bad}");
        }
    }

    #[test]
    fn imdb_ratings_are_whole_numbers_from_1_to_10() {
        assert_eq!(one_to_ten("1"), Ok(Some(1)));
        assert_eq!(one_to_ten("10"), Ok(Some(10)));
        assert_eq!(one_to_ten(""), Ok(None));
        for bad in ["0", "11", "7.5", "abc", "-3", "010"] {
            let expected = RowError::BadRating {
                value: bad.into(),
                scale: RatingScale::OneToTen,
            };
            assert_eq!(one_to_ten(bad), Err(expected), "{bad}");
        }
    }

    #[test]
    fn dates_are_iso_or_ctime() {
        let ok = |cell| date(cell, "Date");
        assert_eq!(ok(""), Ok(None));
        assert_eq!(ok("2016-03-14"), Ok(Some("2016-03-14".into())));
        assert_eq!(ok("2016-03-14T10:00:00Z"), Ok(Some("2016-03-14".into())));
        assert_eq!(ok("2016-03-14 10:00"), Ok(Some("2016-03-14".into())));
        assert_eq!(
            ok("Mon Mar 14 00:00:00 2016"),
            Ok(Some("2016-03-14".into()))
        );
        assert_eq!(
            ok("Sat Feb 29 00:00:00 PST 2020"),
            Ok(Some("2020-02-29".into()))
        );
        assert_eq!(ok("2000-02-29"), Ok(Some("2000-02-29".into())));
    }

    #[test]
    fn impossible_dates_are_errors_naming_the_column() {
        for bad in [
            "2016-13-01",
            "2016-04-31",
            "1900-02-29",
            "2016-3-14",
            "14/03/2016",
            "2016-03-14x",
            "yesterday",
            "Mon Foo 14 00:00:00 2016",
            "Mon Feb 30 00:00:00 2016",
            "2016-03-1é",
        ] {
            assert_eq!(
                date(bad, "Watched Date"),
                Err(RowError::BadDate {
                    column: "Watched Date",
                    value: bad.into()
                }),
                "{bad}"
            );
        }
    }

    #[test]
    fn imdb_ids_are_tt_and_7_to_10_digits() {
        assert_eq!(imdb_id("tt0111161"), Ok("tt0111161".into()));
        assert_eq!(imdb_id("tt1234567890"), Ok("tt1234567890".into()));
        assert_eq!(imdb_id(""), Err(RowError::MissingImdbId));
        for bad in [
            "tt123456",
            "tt12345678901",
            "nm0000123",
            "TT0111161",
            "tt01111a1",
            "0111161",
        ] {
            assert_eq!(imdb_id(bad), Err(RowError::BadImdbId(bad.into())), "{bad}");
        }
    }

    #[test]
    fn letterboxd_uris_must_be_letterboxd_addresses() {
        assert_eq!(
            letterboxd_uri("https://boxd.it/2bg8"),
            Ok(Some("https://boxd.it/2bg8".into()))
        );
        assert_eq!(
            letterboxd_uri("https://letterboxd.com/film/amelie/"),
            Ok(Some("https://letterboxd.com/film/amelie/".into()))
        );
        assert_eq!(letterboxd_uri(""), Ok(None));
        for bad in [
            "javascript:alert(1)",
            "https://evil.example/boxd.it/",
            "https://boxd.it.evil.example/x",
            "https://boxd.it/a b",
            "https://boxd.it/\"><script>",
        ] {
            assert_eq!(
                letterboxd_uri(bad),
                Err(RowError::BadLetterboxdUri(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn tags_and_rewatch() {
        assert_eq!(
            tags(" cinema, 35mm ,,festival "),
            vec!["cinema", "35mm", "festival"]
        );
        assert!(tags("").is_empty());
        assert!(rewatch("Yes") && rewatch("yes"));
        assert!(!rewatch("") && !rewatch("No"));
    }
}
