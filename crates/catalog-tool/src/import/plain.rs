//! This project's own input formats, for a deployer's own films: CSV with a
//! header row, or JSON Lines (one [`FilmRecord`] object per line). Both are
//! described in the README ("Your own films"), with example files in
//! `examples/`.
//!
//! In the CSV, a list (genres, people, countries…) is one cell with its items
//! separated by `|`; the `characters` column lists the parts of the `cast`
//! column in the same order. A name holding a `|` cannot be written in the
//! CSV: use JSON Lines, where lists are JSON arrays.

use std::io::BufRead;

use film_catalog::catalog::Rating;

use super::{CastMember, FilmRecord, Imported, InputError, Origin, PersonName, SourcedRecord};

/// The CSV columns, in the order the example writes them. Only `title` and
/// `year` are required.
pub const CSV_COLUMNS: [&str; 18] = [
    "title",
    "year",
    "imdb_id",
    "original_title",
    "certification",
    "genres",
    "runtime_minutes",
    "released",
    "plot",
    "directors",
    "writers",
    "cast",
    "characters",
    "countries",
    "languages",
    "companies",
    "rating",
    "votes",
];

/// Counts lines up to a byte offset, moving forward only. The csv crate's
/// own line count misses CRLF line ends, which spreadsheets write.
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl LineCounter<'_> {
    /// The 1-based line of byte `offset` (never less than an earlier answer).
    fn line_at(&mut self, offset: u64) -> u64 {
        let mut offset =
            usize::try_from(offset).map_or(self.bytes.len(), |o| o.min(self.bytes.len()));
        // After a CRLF the csv crate reports a record as starting at the LF.
        while matches!(self.bytes.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        if offset > self.offset {
            let newlines = self.bytes[self.offset..offset]
                .iter()
                .filter(|&&b| b == b'\n');
            self.line += newlines.count() as u64;
            self.offset = offset;
        }
        self.line
    }
}

/// Reads films from CSV text. `file` names the input in error messages.
pub fn read_csv(bytes: &[u8], file: &str) -> Imported {
    let mut imported = Imported::default();
    let mut lines = LineCounter {
        bytes,
        offset: 0,
        line: 1,
    };
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let header_origin = Origin {
        file: file.to_owned(),
        line: 1,
    };
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            imported
                .errors
                .push(InputError::new(&header_origin, "", e.to_string()));
            return imported;
        }
    };
    let columns: Vec<String> = headers.iter().map(|h| h.trim().to_owned()).collect();
    for column in &columns {
        if !CSV_COLUMNS.contains(&column.as_str()) {
            imported.errors.push(InputError::new(
                &header_origin,
                column,
                format!("unknown column; the columns are {}", CSV_COLUMNS.join(", ")),
            ));
        }
    }
    for required in ["title", "year"] {
        if !columns.iter().any(|c| c == required) {
            imported
                .errors
                .push(InputError::new(&header_origin, required, "missing column"));
        }
    }
    if !imported.errors.is_empty() {
        return imported;
    }
    for row in reader.records() {
        match row {
            Ok(row) => {
                let origin = Origin {
                    file: file.to_owned(),
                    line: lines.line_at(row.position().map_or(0, csv::Position::byte)),
                };
                let cells: Vec<(&str, &str)> =
                    columns.iter().map(String::as_str).zip(row.iter()).collect();
                match csv_film(&cells, &origin) {
                    Ok(record) => imported.records.push(SourcedRecord {
                        record,
                        origin,
                        source: None,
                    }),
                    Err(errors) => imported.errors.extend(errors),
                }
            }
            Err(e) => {
                let origin = Origin {
                    file: file.to_owned(),
                    line: lines.line_at(e.position().map_or(0, csv::Position::byte)),
                };
                imported
                    .errors
                    .push(InputError::new(&origin, "", e.to_string()));
            }
        }
    }
    imported
}

/// The `|`-separated items of a cell, trimmed, empty ones dropped.
fn items(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A number cell: empty is `None`; anything else must parse.
fn number<T: std::str::FromStr>(
    cell: &str,
    field: &str,
    origin: &Origin,
    errors: &mut Vec<InputError>,
) -> Option<T> {
    let cell = cell.trim();
    if cell.is_empty() {
        return None;
    }
    let parsed = cell.parse().ok();
    if parsed.is_none() {
        errors.push(InputError::new(
            origin,
            field,
            format!("{cell:?} is not a number"),
        ));
    }
    parsed
}

/// One CSV row as a film, or every problem in it.
fn csv_film(cells: &[(&str, &str)], origin: &Origin) -> Result<FilmRecord, Vec<InputError>> {
    let mut errors = Vec::new();
    let mut film = FilmRecord::default();
    let (mut rating, mut votes, mut characters) = (None, None, Vec::new());
    for &(column, cell) in cells {
        let text = || Some(cell.trim().to_owned()).filter(|c| !c.is_empty());
        let names = || items(cell).into_iter().map(PersonName::named).collect();
        match column {
            "title" => film.title = cell.trim().to_owned(),
            "year" => match number(cell, column, origin, &mut errors) {
                Some(year) => film.year = year,
                None if cell.trim().is_empty() => {
                    errors.push(InputError::new(origin, column, "required"));
                }
                None => {}
            },
            "imdb_id" => film.imdb_id = text(),
            "original_title" => film.original_title = text(),
            "certification" => film.certification = text(),
            "genres" => film.genres = items(cell),
            "runtime_minutes" => film.runtime_minutes = number(cell, column, origin, &mut errors),
            "released" => film.released = text(),
            "plot" => film.plot = cell.trim().to_owned(),
            "directors" => film.directors = names(),
            "writers" => film.writers = names(),
            "cast" => {
                film.cast = items(cell)
                    .into_iter()
                    .map(|name| CastMember {
                        name,
                        ..CastMember::default()
                    })
                    .collect();
            }
            // Empty parts keep their place: "Leonard||Natalie".
            "characters" if !cell.trim().is_empty() => {
                characters = cell.split('|').map(|c| c.trim().to_owned()).collect();
            }
            "countries" => film.countries = items(cell),
            "languages" => film.languages = items(cell),
            "companies" => film.companies = items(cell),
            "rating" => rating = number::<f32>(cell, column, origin, &mut errors),
            "votes" => votes = number::<u32>(cell, column, origin, &mut errors),
            _ => {}
        }
    }
    if !characters.is_empty() && characters.len() > film.cast.len() {
        errors.push(InputError::new(
            origin,
            "characters",
            format!(
                "{} characters for {} cast members",
                characters.len(),
                film.cast.len()
            ),
        ));
    }
    for (member, character) in film.cast.iter_mut().zip(characters) {
        member.character = character;
    }
    film.rating = rating.map(|average| Rating { average, votes });
    if film.title.is_empty() {
        errors.push(InputError::new(origin, "title", "required"));
    }
    if errors.is_empty() {
        Ok(film)
    } else {
        Err(errors)
    }
}

/// Reads films from JSON Lines: one JSON object per line, blank lines
/// skipped. A line that does not decode is an error naming the line and the
/// field (`cast[2].name`).
pub fn read_jsonl(input: impl BufRead, file: &str) -> Imported {
    let mut imported = Imported::default();
    for (index, line) in input.lines().enumerate() {
        let origin = Origin {
            file: file.to_owned(),
            line: index as u64 + 1,
        };
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                imported
                    .errors
                    .push(InputError::new(&origin, "", e.to_string()));
                break;
            }
        };
        // A byte-order mark may start the first line.
        let text = line.trim_start_matches('\u{feff}').trim();
        if text.is_empty() {
            continue;
        }
        let mut decoder = serde_json::Deserializer::from_str(text);
        match serde_path_to_error::deserialize::<_, FilmRecord>(&mut decoder) {
            Ok(record) => imported.records.push(SourcedRecord {
                record,
                origin,
                source: None,
            }),
            Err(e) => {
                let field = e.path().to_string();
                let field = if field == "." { String::new() } else { field };
                imported
                    .errors
                    .push(InputError::new(&origin, &field, e.into_inner().to_string()));
            }
        }
    }
    imported
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> Imported {
        read_csv(text.as_bytes(), "films.csv")
    }

    #[test]
    fn csv_rows_become_films_with_lists_and_characters() {
        let imported = csv(
            "\u{feff}title,year,genres,directors,cast,characters,rating,votes\r\n\
             \"Memento, again\",2000,Mystery|Thriller,Christopher Nolan,Guy Pearce|Carrie-Anne Moss,\"Leonard \"\"Lenny\"\" Shelby\"|Natalie,8.4,1000\r\n",
        );
        assert!(imported.errors.is_empty(), "{:?}", imported.errors);
        let film = &imported.records[0].record;
        assert_eq!(film.title, "Memento, again");
        assert_eq!(film.genres, ["Mystery", "Thriller"]);
        assert_eq!(film.cast[0].character, "Leonard \"Lenny\" Shelby");
        assert_eq!(film.cast[1].character, "Natalie");
        assert_eq!(
            film.rating,
            Some(Rating {
                average: 8.4,
                votes: Some(1000)
            })
        );
        assert_eq!(imported.records[0].origin.line, 2);
    }

    #[test]
    fn csv_problems_name_the_line_and_field() {
        let imported = csv("title,year,runtime_minutes\nA,19x9,90\n,2001,long\n");
        let messages: Vec<String> = imported.errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "films.csv:2: field year: \"19x9\" is not a number",
                "films.csv:3: field runtime_minutes: \"long\" is not a number",
                "films.csv:3: field title: required",
            ]
        );
        assert!(imported.records.is_empty());
    }

    #[test]
    fn csv_headers_are_checked() {
        let imported = csv("title,yaer\nA,2000\n");
        let messages: Vec<String> = imported.errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("films.csv:1: field yaer: unknown column"));
        assert_eq!(messages[1], "films.csv:1: field year: missing column");
    }

    #[test]
    fn csv_rows_of_the_wrong_length_are_errors() {
        let imported = csv("title,year\nA,2000,extra\n");
        assert_eq!(imported.errors.len(), 1);
        assert_eq!(imported.errors[0].origin.line, 2);
    }

    #[test]
    fn json_lines_decode_with_the_failing_field_named() {
        let text = "{\"title\":\"A\",\"year\":2000,\"directors\":[\"X\",{\"name\":\"Y\",\"imdb_id\":\"nm0000001\"}]}\n\
                    \n\
                    {\"title\":\"B\",\"year\":\"soon\"}\n\
                    {\"title\":\"C\",\"year\":2001,\"cast\":[{\"name\":\"Z\",\"role\":\"?\"}]}\n";
        let imported = read_jsonl(text.as_bytes(), "films.jsonl");
        assert_eq!(imported.records.len(), 1);
        assert_eq!(
            imported.records[0].record.directors[1].imdb_id.as_deref(),
            Some("nm0000001")
        );
        let problems: Vec<(u64, &str)> = imported
            .errors
            .iter()
            .map(|e| (e.origin.line, e.field.as_str()))
            .collect();
        assert_eq!(problems, [(3, "year"), (4, "cast[0].role")]);
    }
}
