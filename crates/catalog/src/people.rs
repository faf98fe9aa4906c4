//! People: one file per person named anywhere in the catalog, written by the
//! catalog tool from the titles and their credits.
//!
//! | file                                   | type            | fetched by        |
//! |----------------------------------------|-----------------|-------------------|
//! | `catalog/people/{id}.json`             | [`PersonFile`]  | person page       |
//! | `catalog/people/{id}/{role}-{n}.json`  | [`CreditsPage`] | "Show more", n ≥ 2 |
//!
//! A person file holds the first [`CREDITS_PAGE`] credits of each role; a
//! role with more is paged, so no file grows with a long career.

use serde::{Deserialize, Serialize};

use super::catalog::{DropRepeats, TitleId, is_valid_title_id};

/// Credits of one role in a person file or in one of its pages.
pub const CREDITS_PAGE: usize = 100;
/// Titles a person is known for, at the top of their page.
pub const KNOWN_FOR: usize = 4;
/// The directory of the people files, under the catalog root.
pub const PEOPLE_DIR: &str = "people";

/// What a person did on a title, in the order a person page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Director,
    Writer,
    Actor,
    /// Any other credit: producer, composer, editor…
    Crew,
}

impl Role {
    /// Every role, in page order.
    pub const ALL: [Role; 4] = [Role::Director, Role::Writer, Role::Actor, Role::Crew];

    /// The role's name in file names: `director`, `writer`, `actor`, `crew`.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Director => "director",
            Role::Writer => "writer",
            Role::Actor => "actor",
            Role::Crew => "crew",
        }
    }
}

/// One credit on a person page: the title, and as whom or in what job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonCredit {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
    /// The part played (actors).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub character: String,
    /// "archive footage", "voice"; for crew, the job ("executive producer").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// For crew: the department as the credits head it ("Music by").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
}

/// A person's credits in one role: the first page of them, and how many
/// there are in all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleCredits {
    pub role: Role,
    /// Credits in this role, over every page.
    pub total: u32,
    /// Pages of [`CREDITS_PAGE`] credits; this file holds the first.
    pub pages: u32,
    /// Newest first.
    pub credits: Vec<PersonCredit>,
}

/// Everything a person page shows first (`catalog/people/{id}.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonFile {
    pub id: String,
    pub name: String,
    /// IMDb's id for the person (`nm0634240`), where the source has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imdb_id: Option<String>,
    /// Their best-known titles, the most voted (or reviewed) first.
    #[serde(default)]
    pub known_for: Vec<PersonCredit>,
    /// One entry per role they have credits in, in [`Role::ALL`] order.
    pub roles: Vec<RoleCredits>,
}

/// A later page of one role's credits (`catalog/people/{id}/{role}-{n}.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreditsPage {
    pub person: String,
    pub role: Role,
    pub page: u32,
    pub pages: u32,
    pub credits: Vec<PersonCredit>,
}

/// Whether `id` may name a person: the same slug rule as titles.
pub fn is_valid_person_id(id: &str) -> bool {
    is_valid_title_id(id)
}

/// The path of page `page` (≥ 2) of a person's credits in `role`, under the
/// catalog root.
pub fn credits_page_path(person: &str, role: Role, page: u32) -> String {
    format!("{PEOPLE_DIR}/{person}/{}-{page}.json", role.slug())
}

/// The number of pages `total` credits take.
pub fn pages_for(total: usize) -> u32 {
    total.div_ceil(CREDITS_PAGE).max(1) as u32
}

/// Drops repeats of `(title, character, department)` within `credits`, keeping
/// the first, so that no two entries of a list share a key on the page.
fn drop_credit_repeats(credits: &mut Vec<PersonCredit>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut dropped = Vec::new();
    credits.retain(|c| {
        let key = (c.id.clone(), c.character.clone(), c.department.clone());
        let keep = seen.insert(key);
        if !keep {
            dropped.push(format!("credit \"{}\"", c.id));
        }
        keep
    });
    dropped
}

impl DropRepeats for PersonFile {
    fn drop_repeats(&mut self) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut dropped = Vec::new();
        self.roles.retain(|r| {
            let keep = seen.insert(r.role);
            if !keep {
                dropped.push(format!("role \"{}\"", r.role.slug()));
            }
            keep
        });
        for role in &mut self.roles {
            dropped.extend(drop_credit_repeats(&mut role.credits));
        }
        let mut known = std::collections::HashSet::new();
        self.known_for.retain(|c| known.insert(c.id.clone()));
        dropped
    }
}

impl DropRepeats for CreditsPage {
    fn drop_repeats(&mut self) -> Vec<String> {
        drop_credit_repeats(&mut self.credits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_pages() {
        assert_eq!(
            credits_page_path("christopher-nolan", Role::Director, 2),
            "people/christopher-nolan/director-2.json"
        );
        assert_eq!(pages_for(0), 1);
        assert_eq!(pages_for(100), 1);
        assert_eq!(pages_for(101), 2);
    }

    #[test]
    fn roles_are_snake_case_in_json() {
        let json = serde_json::to_string(&Role::Director).unwrap();
        assert_eq!(json, "\"director\"");
        assert!(serde_json::from_str::<Role>("\"Director\"").is_err());
    }
}
