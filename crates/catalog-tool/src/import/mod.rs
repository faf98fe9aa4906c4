//! Importers: each reads a format people already have and yields
//! [`FilmRecord`]s, which [`crate::assemble`] turns into catalog files.
//!
//! - [`wikidata`]: the CC0 Wikidata film snapshot (`movies.db`, SQLite) of the
//!   PyPI package `bokeh-sampledata` 2026.1;
//! - [`imdb`]: IMDb's non-commercial datasets (gzipped TSV), streamed;
//! - [`plain`]: this project's own CSV and JSON Lines formats.
//!
//! An importer reports every row it cannot read as an [`InputError`] naming
//! the file, the line (or row) and the field, and the tool then writes
//! nothing.

pub mod imdb;
pub mod plain;
pub mod wikidata;

use std::fmt;

use serde::{Deserialize, Serialize};

use film_catalog::catalog::{AlsoKnownAs, DataSource, Rating};

/// One film as read from a source, before it has a catalog id. This is also
/// the JSON Lines input format, one object per line (see the README).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilmRecord {
    pub title: String,
    pub year: u16,
    /// IMDb's title id, `tt` and 7–10 digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imdb_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_title: Option<String>,
    /// The age certificate: "PG-13".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certification: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub genres: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_minutes: Option<u16>,
    /// First release, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub plot: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directors: Vec<PersonName>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub writers: Vec<PersonName>,
    /// In billing order, unless `cast_alphabetical`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cast: Vec<CastMember>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cast_alphabetical: bool,
    /// Other crew (producers, composers, editors…), in credit order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crew: Vec<CrewMember>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_known_as: Vec<AlsoKnownAs>,
    /// Aggregate user rating, 1–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// Number of critic reviews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critic_reviews: Option<u32>,
    /// Award wins and nominations, with the source's own sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awards: Option<AwardCounts>,
}

/// Award counts as a source states them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardCounts {
    pub wins: u32,
    pub nominations: u32,
    /// The source's summary: "Won 1 Oscar. Nominated for 2 Oscars."
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// A person as a source names them: the name, and IMDb's id when known. In
/// JSON either `"Agnès Varda"` or `{"name": "Agnès Varda", "imdb_id": "nm0889513"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "PersonNameInput")]
pub struct PersonName {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imdb_id: Option<String>,
}

impl PersonName {
    /// A person known by name alone.
    pub fn named(name: impl Into<String>) -> Self {
        PersonName {
            name: name.into(),
            imdb_id: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum PersonNameInput {
    Name(String),
    Full {
        name: String,
        #[serde(default)]
        imdb_id: Option<String>,
    },
}

impl From<PersonNameInput> for PersonName {
    fn from(input: PersonNameInput) -> Self {
        match input {
            PersonNameInput::Name(name) => PersonName::named(name),
            PersonNameInput::Full { name, imdb_id } => PersonName { name, imdb_id },
        }
    }
}

/// An actor and the part they play (empty when unknown).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CastMember {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imdb_id: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub character: String,
}

/// A crew member: the department as the credits head it ("Produced by"),
/// and the job when it says more ("executive producer").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrewMember {
    pub department: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imdb_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
}

/// Where a record was read: the file and the line (or row) in it, so that a
/// problem found later still points at its input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    /// 1-based line of a text file, or the row's key in a database.
    pub line: u64,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A record with where it came from and whom it is credited to.
#[derive(Clone, Debug, PartialEq)]
pub struct SourcedRecord {
    pub record: FilmRecord,
    pub origin: Origin,
    pub source: Option<DataSource>,
}

/// A value in an input that cannot be read: file, line, field and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub origin: Origin,
    /// The column or key; empty when the whole line is at fault.
    pub field: String,
    pub message: String,
}

impl InputError {
    pub fn new(origin: &Origin, field: &str, message: impl Into<String>) -> Self {
        InputError {
            origin: origin.clone(),
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.origin, self.message)
        } else {
            write!(f, "{}: field {}: {}", self.origin, self.field, self.message)
        }
    }
}

/// What an importer read: the records, and every row it could not read.
#[derive(Debug, Default)]
pub struct Imported {
    pub records: Vec<SourcedRecord>,
    pub errors: Vec<InputError>,
}

/// Splits a comma-separated list of names as Wikidata's snapshot writes
/// them ("Guy Pearce, Carrie-Anne Moss"), keeping generational suffixes with
/// their name: "Robert Downey, Jr." is one person, not two.
pub fn split_names(list: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let is_suffix = matches!(
            part,
            "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV" | "Esq."
        );
        match names.last_mut() {
            Some(last) if is_suffix => {
                last.push_str(", ");
                last.push_str(part);
            }
            _ => names.push(part.to_owned()),
        }
    }
    names
}

/// Splits a comma-separated list of words (genres, countries, languages),
/// trimmed, empty items and repeats dropped.
pub fn split_list(list: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for item in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        if !items.iter().any(|known| known == item) {
            items.push(item.to_owned());
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_their_suffixes() {
        assert_eq!(
            split_names("Robert Downey, Jr., Gwyneth Paltrow,  , Terrence Howard"),
            ["Robert Downey, Jr.", "Gwyneth Paltrow", "Terrence Howard"]
        );
        assert!(split_names("").is_empty());
        assert_eq!(split_names("Jr."), ["Jr."]);
    }

    #[test]
    fn lists_are_trimmed_without_repeats() {
        assert_eq!(
            split_list("Drama, Crime,Drama, ,Horror"),
            ["Drama", "Crime", "Horror"]
        );
    }

    #[test]
    fn people_are_a_name_or_an_object() {
        let people: Vec<PersonName> = serde_json::from_str(
            r#"["Agnès Varda", {"name": "Chris Marker", "imdb_id": "nm0549060"}]"#,
        )
        .unwrap();
        assert_eq!(people[0], PersonName::named("Agnès Varda"));
        assert_eq!(people[1].imdb_id.as_deref(), Some("nm0549060"));
    }
}
