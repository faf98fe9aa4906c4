//! The CC0 Wikidata film snapshot shipped in the PyPI package
//! `bokeh-sampledata` 2026.1 (`bokeh_sampledata/_data/movies.db`).
//!
//! It is SQLite, in the legacy OMDb layout: table `omdb` (one row per film:
//! imdbID, Title, Year, Rating (the certificate), Runtime, Genre, Released,
//! Director, Writer, Cast, Language, Country, Awards…) joined on `ID` with
//! `tomatoes` (Reviews, Production…). Lists are comma-separated; the cast is
//! in alphabetical order, not billing order; there are no plots and no user
//! ratings. Missing text is an empty string, other missing values NULL.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, Row};

use film_catalog::catalog::{DataSource, is_imdb_id};
use film_catalog::date::Date;

use super::{
    AwardCounts, CastMember, FilmRecord, Imported, InputError, Origin, PersonName, SourcedRecord,
    split_list, split_names,
};

/// Who the snapshot's records are credited to, as its licence record asks.
pub fn wikidata_source() -> DataSource {
    DataSource {
        name: "Wikidata contributors".into(),
        licence: "CC0-1.0".into(),
        url: "https://www.wikidata.org/wiki/Wikidata:Copyright".into(),
    }
}

/// The columns read, in this order, from `omdb` left-joined with `tomatoes`.
const QUERY: &str = "SELECT o.ID, o.imdbID, o.Title, o.Year, o.Rating, o.Runtime, o.Genre,
    o.Released, o.Director, o.Writer, o.Cast, o.Language, o.Country, o.Awards,
    t.Reviews, t.Production
    FROM omdb o LEFT JOIN tomatoes t ON t.ID = o.ID ORDER BY o.ID";

/// Reads every film of the snapshot at `path`. A row that cannot be read is
/// an [`InputError`] naming the file, the row's `ID` and the column.
pub fn import_wikidata(path: &Path) -> Result<Imported, rusqlite::Error> {
    let connection = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let source = wikidata_source();
    let mut statement = connection.prepare(QUERY)?;
    let mut rows = statement.query([])?;
    let mut imported = Imported::default();
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let origin = Origin {
            file: file.clone(),
            line: u64::try_from(id).unwrap_or_default(),
        };
        match film(row, &origin) {
            Ok(record) => imported.records.push(SourcedRecord {
                record,
                origin,
                source: Some(source.clone()),
            }),
            Err(error) => imported.errors.push(error),
        }
    }
    Ok(imported)
}

/// One `omdb` row as a film record.
fn film(row: &Row<'_>, origin: &Origin) -> Result<FilmRecord, InputError> {
    let text = |index: usize, field: &str| -> Result<String, InputError> {
        row.get::<_, Option<String>>(index)
            .map(|value| value.unwrap_or_default().trim().to_owned())
            .map_err(|e| InputError::new(origin, field, e.to_string()))
    };
    let title = text(2, "Title")?;
    if title.is_empty() {
        return Err(InputError::new(origin, "Title", "empty"));
    }
    let imdb_id = Some(text(1, "imdbID")?).filter(|id| !id.is_empty());
    if let Some(id) = &imdb_id
        && !is_imdb_id(id, "tt")
    {
        return Err(InputError::new(
            origin,
            "imdbID",
            format!("{id:?} is not an IMDb id"),
        ));
    }
    let year = row
        .get::<_, Option<i64>>(3)
        .ok()
        .flatten()
        .and_then(|y| u16::try_from(y).ok())
        .ok_or_else(|| InputError::new(origin, "Year", "not a year"))?;
    let runtime_minutes = match row.get::<_, Option<f64>>(5) {
        Ok(minutes) => minutes.and_then(minutes_from),
        Err(e) => return Err(InputError::new(origin, "Runtime", e.to_string())),
    };
    let released = Some(text(7, "Released")?).filter(|d| !d.is_empty());
    if let Some(date) = &released
        && Date::parse(date).is_none()
    {
        return Err(InputError::new(
            origin,
            "Released",
            format!("{date:?} is not YYYY-MM-DD"),
        ));
    }
    let people = |index, field| -> Result<Vec<PersonName>, InputError> {
        Ok(split_names(&text(index, field)?)
            .into_iter()
            .map(PersonName::named)
            .collect())
    };
    let critic_reviews = row
        .get::<_, Option<i64>>(14)
        .ok()
        .flatten()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|&n| n > 0);
    Ok(FilmRecord {
        title,
        year,
        imdb_id,
        certification: Some(text(4, "Rating")?).filter(|c| !c.is_empty()),
        genres: split_list(&text(6, "Genre")?),
        runtime_minutes,
        released,
        directors: people(8, "Director")?,
        writers: people(9, "Writer")?,
        cast: split_names(&text(10, "Cast")?)
            .into_iter()
            .map(|name| CastMember {
                name,
                ..CastMember::default()
            })
            .collect(),
        cast_alphabetical: true,
        languages: split_list(&text(11, "Language")?),
        countries: split_list(&text(12, "Country")?),
        awards: award_counts(&text(13, "Awards")?),
        critic_reviews,
        companies: split_list(&text(15, "Production")?),
        ..FilmRecord::default()
    })
}

/// A runtime in whole minutes, when it is a plausible one.
fn minutes_from(minutes: f64) -> Option<u16> {
    let rounded = minutes.round();
    (1.0..=f64::from(u16::MAX))
        .contains(&rounded)
        // In range, so the cast cannot truncate.
        .then_some(rounded as u16)
}

/// Reads the snapshot's award sentence: "Won 1 Oscar. Nominated for 2
/// Oscars." gives 1 win and 2 nominations; a sentence without counts is
/// kept as the summary alone; an empty one is no awards at all.
pub fn award_counts(sentence: &str) -> Option<AwardCounts> {
    let sentence = sentence.trim();
    if sentence.is_empty() {
        return None;
    }
    let count_after = |marker: &str| -> u32 {
        sentence
            .find(marker)
            .and_then(|at| sentence[at + marker.len()..].split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    Some(AwardCounts {
        wins: count_after("Won "),
        nominations: count_after("Nominated for "),
        summary: sentence.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn award_sentences_give_wins_and_nominations() {
        let both = award_counts("Won 1 Oscar. Nominated for 2 Oscars.").unwrap();
        assert_eq!((both.wins, both.nominations), (1, 2));
        assert_eq!(both.summary, "Won 1 Oscar. Nominated for 2 Oscars.");
        let nominated = award_counts("Nominated for 3 Oscars.").unwrap();
        assert_eq!((nominated.wins, nominated.nominations), (0, 3));
        let odd = award_counts("Won many hearts.").unwrap();
        assert_eq!((odd.wins, odd.nominations), (0, 0));
        assert_eq!(award_counts("  "), None);
    }

    #[test]
    fn runtimes_are_whole_plausible_minutes() {
        assert_eq!(minutes_from(113.0), Some(113));
        assert_eq!(minutes_from(89.6), Some(90));
        assert_eq!(minutes_from(0.2), None);
        assert_eq!(minutes_from(-5.0), None);
        assert_eq!(minutes_from(f64::NAN), None);
        assert_eq!(minutes_from(1e9), None);
    }
}
