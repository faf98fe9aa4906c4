//! [`UserData`] as separate records, the way IndexedDB keeps it: one record
//! per rating, review, draft, vote, report, watchlist entry, viewing and film
//! marked seen, and one for the recently-viewed list. A change then writes
//! the few records it touched instead of the whole library, and another tab
//! is told just those.
//!
//! A record's value is the JSON text of its entry, in the same form the
//! one-document format (`UserData::encode`) gives it, so both formats share
//! one set of rules for what may be stored.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::recent::{RecentEntry, RecentlyViewed};
use super::user_data::{DecodeError, UserData, read_json};

/// A part of [`UserData`], each of whose entries is a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Ratings,
    Reviews,
    Drafts,
    Votes,
    Reports,
    Watchlist,
    Diary,
    /// Films marked seen (format 4).
    Seen,
    /// The recently-viewed list, one record under the key [`RECENT_KEY`]:
    /// it is small, and its order is what it is about.
    Recent,
}

/// The key of the one record of [`Section::Recent`].
pub const RECENT_KEY: &str = "list";

impl Section {
    /// Every section, in the order records are listed.
    pub const ALL: [Section; 9] = [
        Section::Ratings,
        Section::Reviews,
        Section::Drafts,
        Section::Votes,
        Section::Reports,
        Section::Watchlist,
        Section::Diary,
        Section::Seen,
        Section::Recent,
    ];

    /// The name stored with each record, the field's name in the document.
    pub fn name(self) -> &'static str {
        match self {
            Section::Ratings => "ratings",
            Section::Reviews => "reviews",
            Section::Drafts => "drafts",
            Section::Votes => "votes",
            Section::Reports => "reports",
            Section::Watchlist => "watchlist",
            Section::Diary => "diary",
            Section::Seen => "seen",
            Section::Recent => "recent",
        }
    }

    /// The section stored under `name`, if this build knows it.
    pub fn named(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// One entry written (`value` is its JSON text) or removed (`None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub section: Section,
    pub key: String,
    pub value: Option<String>,
}

/// A record that could not be read, and why: it is set aside, not dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableRecord {
    pub section: String,
    pub key: String,
    pub value: String,
    pub reason: DecodeError,
}

fn to_json<V: Serialize + ?Sized>(value: &V) -> String {
    // Entries are plain structs and maps with string keys: this cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// Adds to `out` the records that turn `before` into `now`.
fn map_changes<V: Serialize + PartialEq>(
    section: Section,
    now: &BTreeMap<String, V>,
    before: &BTreeMap<String, V>,
    out: &mut Vec<Record>,
) {
    for (key, value) in now {
        if before.get(key) != Some(value) {
            out.push(Record {
                section,
                key: key.clone(),
                value: Some(to_json(value)),
            });
        }
    }
    for key in before.keys().filter(|k| !now.contains_key(*k)) {
        out.push(Record {
            section,
            key: key.clone(),
            value: None,
        });
    }
}

fn apply_to_map<V: DeserializeOwned>(
    map: &mut BTreeMap<String, V>,
    key: &str,
    value: Option<&str>,
) -> Result<(), DecodeError> {
    match value {
        Some(text) => {
            map.insert(key.to_owned(), read_json(text)?);
        }
        None => {
            map.remove(key);
        }
    }
    Ok(())
}

impl UserData {
    /// Every entry as a record (what a first write stores).
    pub fn records(&self) -> Vec<Record> {
        self.changes_since(&UserData::default())
    }

    /// The records to write so that storage holding `before` holds `self`.
    pub fn changes_since(&self, before: &UserData) -> Vec<Record> {
        let mut out = Vec::new();
        map_changes(Section::Ratings, &self.ratings, &before.ratings, &mut out);
        map_changes(Section::Reviews, &self.reviews, &before.reviews, &mut out);
        map_changes(Section::Drafts, &self.drafts, &before.drafts, &mut out);
        map_changes(Section::Votes, &self.votes, &before.votes, &mut out);
        map_changes(Section::Reports, &self.reports, &before.reports, &mut out);
        map_changes(
            Section::Watchlist,
            &self.watchlist,
            &before.watchlist,
            &mut out,
        );
        map_changes(Section::Diary, &self.diary, &before.diary, &mut out);
        map_changes(Section::Seen, &self.seen, &before.seen, &mut out);
        if self.recent != before.recent {
            out.push(Record {
                section: Section::Recent,
                key: RECENT_KEY.to_owned(),
                value: Some(to_json(self.recent.entries())),
            });
        }
        out
    }

    /// Writes one record into the data; an unreadable value changes nothing.
    pub fn apply(&mut self, record: &Record) -> Result<(), DecodeError> {
        self.apply_value(record.section, &record.key, record.value.as_deref())
    }

    /// [`UserData::apply`] of a record's parts, borrowed.
    fn apply_value(
        &mut self,
        section: Section,
        key: &str,
        value: Option<&str>,
    ) -> Result<(), DecodeError> {
        match section {
            Section::Ratings => apply_to_map(&mut self.ratings, key, value),
            Section::Reviews => apply_to_map(&mut self.reviews, key, value),
            Section::Drafts => apply_to_map(&mut self.drafts, key, value),
            Section::Votes => apply_to_map(&mut self.votes, key, value),
            Section::Reports => apply_to_map(&mut self.reports, key, value),
            Section::Watchlist => apply_to_map(&mut self.watchlist, key, value),
            Section::Diary => apply_to_map(&mut self.diary, key, value),
            Section::Seen => apply_to_map(&mut self.seen, key, value),
            Section::Recent => {
                let entries: Vec<RecentEntry> =
                    value.map(read_json).transpose()?.unwrap_or_default();
                self.recent = RecentlyViewed::from_entries(entries);
                Ok(())
            }
        }
    }

    /// Whether the two hold the same entry (or both none) under `key`.
    pub fn same_entry(&self, other: &UserData, section: Section, key: &str) -> bool {
        fn same<V: PartialEq>(a: &BTreeMap<String, V>, b: &BTreeMap<String, V>, key: &str) -> bool {
            a.get(key) == b.get(key)
        }
        match section {
            Section::Ratings => same(&self.ratings, &other.ratings, key),
            Section::Reviews => same(&self.reviews, &other.reviews, key),
            Section::Drafts => same(&self.drafts, &other.drafts, key),
            Section::Votes => same(&self.votes, &other.votes, key),
            Section::Reports => same(&self.reports, &other.reports, key),
            Section::Watchlist => same(&self.watchlist, &other.watchlist, key),
            Section::Diary => same(&self.diary, &other.diary, key),
            Section::Seen => same(&self.seen, &other.seen, key),
            Section::Recent => self.recent == other.recent,
        }
    }

    /// The data stored as `(section, key, value)` records. A record that
    /// cannot be read (an unknown section, a value of the wrong shape) is
    /// returned apart, with why, so it can be kept aside; the rest load.
    pub fn from_records(
        records: impl IntoIterator<Item = (String, String, String)>,
    ) -> (UserData, Vec<UnreadableRecord>) {
        let mut data = UserData::default();
        let mut unreadable = Vec::new();
        for (section_name, key, value) in records {
            // Borrowed, not copied: a large library is read at every start.
            let outcome = match Section::named(&section_name) {
                Some(section) => data.apply_value(section, &key, Some(&value)),
                None => Err(DecodeError::Shape(format!("no section {section_name}"))),
            };
            if let Err(reason) = outcome {
                unreadable.push(UnreadableRecord {
                    section: section_name,
                    key,
                    value,
                    reason,
                });
            }
        }
        (data, unreadable)
    }
}

/// Records as one JSON text, `[["ratings","canoa-1976","{…}"],["diary","…",null]]`,
/// for telling other tabs what changed.
pub fn encode_records(records: &[Record]) -> String {
    let rows: Vec<(&str, &str, Option<&str>)> = records
        .iter()
        .map(|r| (r.section.name(), r.key.as_str(), r.value.as_deref()))
        .collect();
    to_json(&rows)
}

/// Reads [`encode_records`]' text; records of sections this build does not
/// know are left out (a newer tab may know more).
pub fn decode_records(text: &str) -> Result<Vec<Record>, DecodeError> {
    let rows: Vec<(String, String, Option<String>)> = read_json(text)?;
    Ok(rows
        .into_iter()
        .filter_map(|(section, key, value)| {
            Some(Record {
                section: Section::named(&section)?,
                key,
                value,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::library::{FilmFacts, ListedFilm};
    use crate::model::user_data::{Stars, UserRating, Vote};

    fn rating(stars: u8, on: &str) -> UserRating {
        UserRating {
            stars: Stars::try_from(stars).expect("a rating"),
            film: FilmFacts::named("Canoa", 1976),
            rated_on: on.into(),
        }
    }

    fn sample() -> UserData {
        let mut data = UserData::default();
        data.ratings
            .insert("canoa-1976".into(), rating(8, "2024-01-02"));
        data.votes.insert("r1".into(), Vote::Helpful);
        data.watchlist.insert(
            "memento-2000".into(),
            ListedFilm {
                film: FilmFacts::named("Memento", 2000),
                added_on: "2024-02-01".into(),
            },
        );
        data.recent.visit(RecentEntry {
            id: "canoa-1976".into(),
            title: "Canoa".into(),
            year: 1976,
        });
        data
    }

    fn stored(data: &UserData) -> Vec<(String, String, String)> {
        data.records()
            .into_iter()
            .map(|r| {
                (
                    r.section.name().to_owned(),
                    r.key,
                    r.value.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn records_read_back_as_the_same_data() {
        let data = sample();
        assert_eq!(data.records().len(), 4);
        let (back, unreadable) = UserData::from_records(stored(&data));
        assert_eq!(back, data);
        assert!(unreadable.is_empty());
    }

    #[test]
    fn a_change_is_the_records_it_touched() {
        let before = sample();
        let mut now = before.clone();
        now.ratings
            .insert("canoa-1976".into(), rating(9, "2024-03-01"));
        now.votes.clear();
        let changes = now.changes_since(&before);
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].section, Section::Ratings);
        assert!(
            changes[0]
                .value
                .as_deref()
                .is_some_and(|v| v.contains("\"stars\":9"))
        );
        assert_eq!(
            (changes[1].section, changes[1].value.as_deref()),
            (Section::Votes, None)
        );
        let mut applied = before.clone();
        for change in &changes {
            applied.apply(change).expect("readable");
        }
        assert_eq!(applied, now);
        assert!(now.changes_since(&now).is_empty());
    }

    #[test]
    fn an_unreadable_record_is_kept_apart_and_the_rest_load() {
        let mut records = stored(&sample());
        records.push((
            "ratings".into(),
            "bad-1999".into(),
            r#"{"stars":11}"#.into(),
        ));
        records.push(("ratings".into(), "broken-2001".into(), "{".into()));
        records.push(("tags".into(), "x".into(), "1".into()));
        let (data, unreadable) = UserData::from_records(records);
        assert_eq!(data, sample());
        let keys: Vec<&str> = unreadable.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, ["bad-1999", "broken-2001", "x"]);
        assert!(matches!(unreadable[0].reason, DecodeError::Shape(_)));
        assert!(matches!(unreadable[1].reason, DecodeError::Json(_)));
    }

    #[test]
    fn a_bad_record_changes_nothing() {
        let mut data = sample();
        let bad = Record {
            section: Section::Ratings,
            key: "canoa-1976".into(),
            value: Some(r#"{"stars":0}"#.into()),
        };
        assert!(data.apply(&bad).is_err());
        assert_eq!(data, sample());
    }

    #[test]
    fn same_entry_compares_one_key() {
        let a = sample();
        let mut b = a.clone();
        b.votes.insert("r2".into(), Vote::NotHelpful);
        assert!(a.same_entry(&b, Section::Votes, "r1"));
        assert!(!a.same_entry(&b, Section::Votes, "r2"));
        assert!(a.same_entry(&b, Section::Recent, RECENT_KEY));
    }

    #[test]
    fn records_travel_between_tabs_as_text() {
        let before = sample();
        let mut now = before.clone();
        now.votes.clear();
        now.ratings.insert("x-2000".into(), rating(3, "2024-05-05"));
        let changes = now.changes_since(&before);
        assert_eq!(decode_records(&encode_records(&changes)), Ok(changes));
        let newer = r#"[["ratings","a","{}"],["lists","b","{}"]]"#;
        assert_eq!(decode_records(newer).map(|r| r.len()), Ok(1));
        assert!(decode_records("[[").is_err());
    }
}
