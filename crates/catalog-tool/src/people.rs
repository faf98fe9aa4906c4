//! Writing the people files (`people/{id}.json` and their later pages) from
//! a catalog's titles and credits on disk, one title at a time.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use film_catalog::catalog::{Credits, PersonRef, Title, is_imdb_id};
use film_catalog::people::{
    CREDITS_PAGE, CreditsPage, KNOWN_FOR, PEOPLE_DIR, PersonCredit, PersonFile, Role, RoleCredits,
    credits_page_path, pages_for,
};
use film_catalog::search::PersonHit;
use film_catalog::validate::crew_role;

use crate::writer::{CatalogIoError, JsonStyle, json_files, read_json, to_json, write_file};

/// What one person did, gathered over the catalog.
#[derive(Default)]
struct Career {
    name: String,
    credits: Vec<(Role, PersonCredit)>,
    /// `(popularity, year, title id)` of each title, for "known for".
    titles: Vec<(u32, u16, String)>,
}

/// A title's credits for one person, each role once.
fn credit(title: &Title) -> PersonCredit {
    PersonCredit {
        id: title.id.clone(),
        title: title.title.clone(),
        year: title.year,
        character: String::new(),
        notes: Vec::new(),
        department: None,
    }
}

/// Every `(person, role, credit)` of one title, each stated once: an actor's
/// credit comes from the full cast (with the part) before the stars.
fn title_credits<'a>(
    title: &'a Title,
    credits: &'a Credits,
) -> Vec<(&'a PersonRef, Role, PersonCredit)> {
    let mut out: Vec<(&PersonRef, Role, PersonCredit)> = Vec::new();
    let mut push = |person: &'a PersonRef, role: Role, entry: PersonCredit| {
        let repeated = out.iter().any(|(p, r, e)| {
            p.id == person.id
                && *r == role
                && (role != Role::Crew || e.department == entry.department)
        });
        if !repeated {
            out.push((person, role, entry));
        }
    };
    for person in &title.directors {
        push(person, Role::Director, credit(title));
    }
    for person in &title.writers {
        push(person, Role::Writer, credit(title));
    }
    for cast in &credits.cast {
        let entry = PersonCredit {
            character: cast.character.clone(),
            notes: cast.notes.clone(),
            ..credit(title)
        };
        push(&cast.person, Role::Actor, entry);
    }
    for cast in &title.top_cast {
        push(&cast.person, Role::Actor, credit(title));
    }
    for person in &title.stars {
        push(person, Role::Actor, credit(title));
    }
    for group in &credits.crew {
        let role = crew_role(&group.department);
        for member in &group.people {
            let entry = PersonCredit {
                notes: member.job.clone().into_iter().collect(),
                department: (role == Role::Crew).then(|| group.department.clone()),
                ..credit(title)
            };
            push(&member.person, role, entry);
        }
    }
    out
}

/// What [`write_people`] wrote.
#[derive(Debug, Default)]
pub struct PeopleWritten {
    /// Files written: person files and their later credit pages.
    pub files: usize,
    /// Each person's row for the search index.
    pub search: Vec<PersonHit>,
}

/// Rewrites `root/people` from `root/titles` and `root/credits`.
pub fn write_people(root: &Path, style: JsonStyle) -> Result<PeopleWritten, CatalogIoError> {
    let mut careers: HashMap<String, Career> = HashMap::new();
    for path in json_files(root, "titles")? {
        let title: Title = read_json(&path)?;
        let credits: Credits = read_json(&root.join(format!("credits/{}.json", title.id)))?;
        let known = (title.popularity(), title.year, title.id.clone());
        for (person, role, entry) in title_credits(&title, &credits) {
            let career = careers.entry(person.id.clone()).or_default();
            if career.name.is_empty() {
                career.name.clone_from(&person.name);
            }
            if career.titles.last().is_none_or(|t| t.2 != known.2) {
                career.titles.push(known.clone());
            }
            career.credits.push((role, entry));
        }
    }
    let dir = root.join(PEOPLE_DIR);
    if dir.exists() {
        fs::remove_dir_all(&dir).map_err(CatalogIoError::io(&dir))?;
    }
    let mut written = PeopleWritten::default();
    let mut ids: Vec<String> = careers.keys().cloned().collect();
    ids.sort();
    for id in ids {
        let career = careers.remove(&id).unwrap_or_default();
        let (files, hit) = person_files(&id, career, style)?;
        for (path, bytes) in files {
            write_file(root, &path, &bytes)?;
            written.files += 1;
        }
        written.search.extend(hit);
    }
    Ok(written)
}

/// A person's row in the search index: the role they have the most credits
/// in (the earlier in page order on a tie), their best-known title, and
/// their [`career_weight`]. `None` for a person with no credit.
fn search_hit(id: &str, name: &str, career: &Career) -> Option<PersonHit> {
    let role = Role::ALL
        .into_iter()
        .map(|role| {
            (
                career.credits.iter().filter(|(r, _)| *r == role).count(),
                role,
            )
        })
        .filter(|(count, _)| *count > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))?
        .1;
    let (_, _, best) = career.titles.first()?;
    let (_, known) = career.credits.iter().find(|(_, c)| c.id == *best)?;
    let weight = career_weight(career.titles.iter().map(|(popularity, _, _)| *popularity));
    Some(PersonHit {
        id: id.to_owned(),
        name: name.to_owned(),
        role,
        known_for: known.title.clone(),
        year: known.year,
        weight,
    })
}

/// How far up a person comes among namesakes in search, from the
/// [`Title::popularity`] of each of their titles: every title counts 1, and
/// a known one up to a few more (log10 of its votes in thousands), ×100. So
/// a long career outranks one hit (Patricio Guzmán's nine documentaries
/// before an actor's two studio films), and a famous film an obscure one.
pub fn career_weight(titles: impl IntoIterator<Item = u32>) -> u32 {
    let sum: f64 = titles
        .into_iter()
        .map(|popularity| 1.0 + (1.0 + f64::from(popularity) / 1000.0).log10())
        .sum();
    // Saturating: a float-to-int `as` clamps, and no career is near 2^32.
    (sum * 100.0).round() as u32
}

/// A file to write: its path under the catalog root, and its bytes.
type PathAndBytes = (String, Vec<u8>);

/// A person's file and the later pages of their long roles, and their row
/// in the search index.
fn person_files(
    id: &str,
    mut career: Career,
    style: JsonStyle,
) -> Result<(Vec<PathAndBytes>, Option<PersonHit>), CatalogIoError> {
    // Newest first; within a year by title, then id, so the order is stable.
    career.credits.sort_by(|(_, a), (_, b)| {
        b.year
            .cmp(&a.year)
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.id.cmp(&b.id))
    });
    career
        .titles
        .sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let known_for: Vec<PersonCredit> = career
        .titles
        .iter()
        .take(KNOWN_FOR)
        .filter_map(|(_, _, title)| career.credits.iter().find(|(_, c)| c.id == *title))
        .map(|(_, c)| PersonCredit {
            character: String::new(),
            notes: Vec::new(),
            department: None,
            ..c.clone()
        })
        .collect();
    let hit = search_hit(id, &career.name, &career);
    let mut files = Vec::new();
    let mut roles = Vec::new();
    for role in Role::ALL {
        let credits: Vec<PersonCredit> = career
            .credits
            .iter()
            .filter(|(r, _)| *r == role)
            .map(|(_, c)| c.clone())
            .collect();
        if credits.is_empty() {
            continue;
        }
        let pages = pages_for(credits.len());
        let mut chunks = credits.chunks(CREDITS_PAGE);
        let first = chunks.next().unwrap_or_default().to_vec();
        for (n, chunk) in (2..).zip(chunks) {
            let page = CreditsPage {
                person: id.to_owned(),
                role,
                page: n,
                pages,
                credits: chunk.to_vec(),
            };
            let path = credits_page_path(id, role, n);
            let bytes = to_json(&page, style).map_err(CatalogIoError::json(Path::new(&path)))?;
            files.push((path, bytes));
        }
        roles.push(RoleCredits {
            role,
            total: credits.len() as u32,
            pages,
            credits: first,
        });
    }
    let person = PersonFile {
        id: id.to_owned(),
        imdb_id: is_imdb_id(id, "nm").then(|| id.to_owned()),
        name: career.name,
        known_for,
        roles,
    };
    let path = format!("{PEOPLE_DIR}/{id}.json");
    let bytes = to_json(&person, style).map_err(CatalogIoError::json(Path::new(&path)))?;
    files.push((path, bytes));
    Ok((files, hit))
}

#[cfg(test)]
mod tests {
    use super::career_weight;

    #[test]
    fn a_long_career_outranks_one_hit_and_fame_counts() {
        let documentarian = career_weight([1100, 0, 0, 0, 0, 0, 0, 0, 0]);
        let one_hit = career_weight([260_000, 40_000]);
        assert!(documentarian > one_hit, "{documentarian} vs {one_hit}");
        assert!(career_weight([1_000_000]) > career_weight([1_000]));
        assert_eq!(career_weight([0]), 100);
        assert_eq!(career_weight([]), 0);
        assert!(career_weight([u32::MAX; 100]) > 0);
    }
}
