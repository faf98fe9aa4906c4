//! Turning imported [`FilmRecord`]s into catalog files, beside a base catalog
//! of hand-written titles, and writing the whole catalog all at once.
//!
//! A base title wins over a record of the same film (same IMDb id, or same
//! folded title and year): its facts were checked by hand. Records of the
//! same IMDb id after the first are dropped. Every title gets a slug id from
//! its title and year, unique in the catalog, in input order, so the same
//! inputs always give the same ids.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use film_catalog::catalog::{
    AlsoKnownAs, Awards, CastCredit, Credits, CrewCredit, CrewGroup, DataSource, Details,
    PersonRef, Release, ReviewsFile, TechSpecs, Title, is_imdb_id,
};
use film_catalog::search::fold;
use film_catalog::validate::{CatalogFiles, check_catalog, validate_title};

use crate::ids::{hashed_id, slug, unique_id};
use crate::import::{FilmRecord, PersonName, SourcedRecord};
use crate::load::load_catalog_dir;
use crate::people::write_people;
use crate::related::compute_related;
use crate::writer::{
    CatalogIoError, JsonStyle, Listing, MatchWritten, front_file, index_files, to_json,
    write_browse, write_file, write_match,
};

/// First-billed cast kept in a title file; the rest is in its credits file.
pub const TOP_CAST: usize = 15;
/// Stars named in a title's header, when the cast is in billing order.
pub const STARS: usize = 3;

/// One title's three files.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleFiles {
    pub title: Title,
    pub credits: Credits,
    pub reviews: ReviewsFile,
}

/// A whole catalog in memory, before it is written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub titles: Vec<TitleFiles>,
    /// The film the home page features, when the deployer chose one (the
    /// base catalog's, or `--featured`); else the best rated is.
    pub featured: Option<String>,
}

/// What assembling did, for the tool's report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssembleReport {
    pub from_base: usize,
    /// Titles made from records, per source name ("" for none).
    pub imported: Vec<(String, usize)>,
    /// Records left out because a base title is the same film.
    pub base_wins: Vec<String>,
    /// Records left out because an earlier record has their IMDb id.
    pub repeated: usize,
    /// Titles given a computed More Like This (they had no list).
    pub related_computed: usize,
}

impl fmt::Display for AssembleReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "titles kept from the base catalog: {}", self.from_base)?;
        for (source, n) in &self.imported {
            let source = if source.is_empty() {
                "no named source"
            } else {
                source
            };
            writeln!(f, "titles imported from {source}: {n}")?;
        }
        let shown: Vec<&str> = self.base_wins.iter().take(10).map(String::as_str).collect();
        writeln!(
            f,
            "records left out for a base title of the same film: {} {}",
            self.base_wins.len(),
            shown.join(", ")
        )?;
        writeln!(
            f,
            "records left out as a repeated IMDb id: {}",
            self.repeated
        )?;
        write!(
            f,
            "titles given a computed More Like This: {}",
            self.related_computed
        )
    }
}

/// The base catalog's titles, to find the records that are the same film.
struct BaseIndex {
    imdb: HashMap<String, String>,
    title_year: HashMap<(String, u16), String>,
}

impl BaseIndex {
    fn new(base: &CatalogFiles) -> Self {
        let mut index = BaseIndex {
            imdb: HashMap::new(),
            title_year: HashMap::new(),
        };
        for (_, title) in &base.titles {
            if let Some(imdb) = &title.imdb_id {
                index.imdb.insert(imdb.clone(), title.id.clone());
            }
            for name in std::iter::once(&title.title).chain(&title.original_title) {
                index
                    .title_year
                    .insert((fold(name), title.year), title.id.clone());
            }
        }
        index
    }

    /// The base title that is the same film as `record`, if any.
    fn same_film(&self, record: &FilmRecord) -> Option<&String> {
        if let Some(id) = record.imdb_id.as_ref().and_then(|imdb| self.imdb.get(imdb)) {
            return Some(id);
        }
        std::iter::once(&record.title)
            .chain(&record.original_title)
            .find_map(|name| self.title_year.get(&(fold(name), record.year)))
    }
}

/// Builds the catalog from `base` (kept as it is) and `records`. Returns
/// every problem with a record, each naming its input file and line.
pub fn assemble(
    base: CatalogFiles,
    records: Vec<SourcedRecord>,
) -> Result<(Catalog, AssembleReport), Vec<String>> {
    let index = BaseIndex::new(&base);
    let mut report = AssembleReport {
        from_base: base.titles.len(),
        ..AssembleReport::default()
    };
    let mut taken: HashSet<String> = base.titles.iter().map(|(_, t)| t.id.clone()).collect();
    let mut catalog = base_titles(base);
    let mut seen_imdb = HashSet::new();
    let mut problems = Vec::new();
    let mut per_source: Vec<(String, usize)> = Vec::new();
    for SourcedRecord {
        record,
        origin,
        source,
    } in records
    {
        if let Some(base_id) = index.same_film(&record) {
            report.base_wins.push(format!("{base_id} ({origin})"));
            continue;
        }
        if let Some(imdb) = &record.imdb_id
            && !seen_imdb.insert(imdb.clone())
        {
            report.repeated += 1;
            continue;
        }
        let id = unique_id(&title_slug(&record), &mut taken);
        let files = title_files(id, record, source.clone());
        let found = validate_title(&files.title);
        if !found.is_empty() {
            problems.extend(found.into_iter().map(|p| format!("{origin}: {p}")));
            continue;
        }
        let name = source.map(|s| s.name).unwrap_or_default();
        match per_source.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => per_source.push((name, 1)),
        }
        catalog.titles.push(files);
    }
    report.imported = per_source;
    if problems.is_empty() {
        report.related_computed = compute_related(&mut catalog.titles);
        Ok((catalog, report))
    } else {
        Err(problems)
    }
}

/// The base catalog's titles with their own credits and reviews files.
fn base_titles(base: CatalogFiles) -> Catalog {
    let featured = base.front.map(|front| front.featured.id);
    let mut credits: HashMap<String, Credits> = base.credits.into_iter().collect();
    let mut reviews: HashMap<String, ReviewsFile> = base.reviews.into_iter().collect();
    let titles = base
        .titles
        .into_iter()
        .map(|(stem, title)| TitleFiles {
            credits: credits
                .remove(&stem)
                .unwrap_or_else(|| empty_credits(&title)),
            reviews: reviews
                .remove(&stem)
                .unwrap_or_else(|| empty_reviews(&title)),
            title,
        })
        .collect();
    Catalog { titles, featured }
}

/// `slug-of-the-title-1999`, or the IMDb id and year when the title has no
/// Latin letters.
fn title_slug(record: &FilmRecord) -> String {
    let words = slug(&record.title);
    let stem = if !words.is_empty() {
        words
    } else if let Some(imdb) = &record.imdb_id {
        imdb.clone()
    } else {
        "film".to_owned()
    };
    format!("{stem}-{}", record.year)
}

/// A person's id: IMDb's `nm…` when known, else the slug of the name (so
/// two people of one name share a page: the sources cannot tell them apart).
fn person(name: &PersonName) -> PersonRef {
    let id = match &name.imdb_id {
        Some(imdb) if is_imdb_id(imdb, "nm") => imdb.clone(),
        _ => {
            let words = slug(&name.name);
            if words.is_empty() {
                hashed_id("p", &name.name)
            } else {
                words
            }
        }
    };
    PersonRef {
        id,
        name: name.name.trim().to_owned(),
    }
}

/// People with a name, each once (the first mention wins).
fn people(names: &[PersonName]) -> Vec<PersonRef> {
    let mut seen = HashSet::new();
    names
        .iter()
        .filter(|n| !n.name.trim().is_empty())
        .map(person)
        .filter(|p| seen.insert(p.id.clone()))
        .collect()
}

/// The cast, each person once, in the record's order.
fn cast(record: &FilmRecord) -> Vec<CastCredit> {
    let mut seen = HashSet::new();
    record
        .cast
        .iter()
        .filter(|c| !c.name.trim().is_empty())
        .map(|c| CastCredit {
            person: person(&PersonName {
                name: c.name.clone(),
                imdb_id: c.imdb_id.clone(),
            }),
            character: c.character.trim().to_owned(),
            notes: Vec::new(),
        })
        .filter(|c| seen.insert(c.person.id.clone()))
        .collect()
}

/// "Directed by", "Written by", then the record's other departments in the
/// order they first appear.
fn crew(record: &FilmRecord, directors: &[PersonRef], writers: &[PersonRef]) -> Vec<CrewGroup> {
    let mut groups: Vec<CrewGroup> = Vec::new();
    let plain = |people: &[PersonRef]| -> Vec<CrewCredit> {
        people
            .iter()
            .map(|person| CrewCredit {
                person: person.clone(),
                job: None,
            })
            .collect()
    };
    for (department, people) in [("Directed by", directors), ("Written by", writers)] {
        if !people.is_empty() {
            groups.push(CrewGroup {
                department: department.into(),
                people: plain(people),
            });
        }
    }
    for member in record.crew.iter().filter(|m| !m.name.trim().is_empty()) {
        let credit = CrewCredit {
            person: person(&PersonName {
                name: member.name.clone(),
                imdb_id: member.imdb_id.clone(),
            }),
            job: member.job.clone().filter(|j| !j.trim().is_empty()),
        };
        match groups
            .iter_mut()
            .find(|g| g.department == member.department)
        {
            Some(group) if group.people.iter().any(|c| c.person == credit.person) => {}
            Some(group) => group.people.push(credit),
            None => groups.push(CrewGroup {
                department: member.department.clone(),
                people: vec![credit],
            }),
        }
    }
    groups
}

fn empty_credits(title: &Title) -> Credits {
    Credits {
        title_id: title.id.clone(),
        title: title.title.clone(),
        year: title.year,
        cast: Vec::new(),
        cast_alphabetical: title.cast_alphabetical,
        crew: Vec::new(),
    }
}

fn empty_reviews(title: &Title) -> ReviewsFile {
    ReviewsFile {
        title_id: title.id.clone(),
        title: title.title.clone(),
        year: title.year,
        reviews: Vec::new(),
    }
}

/// A record's title, credits and (empty) reviews files under `id`.
pub fn title_files(id: String, record: FilmRecord, source: Option<DataSource>) -> TitleFiles {
    let directors = people(&record.directors);
    let writers = people(&record.writers);
    let cast = cast(&record);
    let crew = crew(&record, &directors, &writers);
    let stars = if record.cast_alphabetical {
        Vec::new()
    } else {
        cast.iter().take(STARS).map(|c| c.person.clone()).collect()
    };
    let original_title = record
        .original_title
        .filter(|o| !o.trim().is_empty() && *o != record.title);
    let title = Title {
        id,
        imdb_id: record.imdb_id,
        title: record.title.trim().to_owned(),
        original_title,
        year: record.year,
        certification: record.certification.filter(|c| !c.trim().is_empty()),
        genres: record.genres,
        release: record.released.map(|date| Release {
            date,
            country: String::new(),
        }),
        plot: record.plot.trim().to_owned(),
        storyline: String::new(),
        rating: record.rating,
        user_reviews: 0,
        critic_reviews: record.critic_reviews,
        directors,
        writers,
        stars,
        top_cast: cast.iter().take(TOP_CAST).cloned().collect(),
        cast_alphabetical: record.cast_alphabetical && !cast.is_empty(),
        cast_total: cast.len() as u32,
        watch: Vec::new(),
        awards: record.awards.map(|a| Awards {
            wins: a.wins,
            nominations: a.nominations,
            highlights: Some(a.summary)
                .filter(|s| !s.is_empty())
                .into_iter()
                .collect(),
        }),
        related: Vec::new(),
        details: Details {
            countries: record.countries,
            languages: record.languages,
            also_known_as: record
                .also_known_as
                .into_iter()
                .filter(|a: &AlsoKnownAs| !a.title.trim().is_empty())
                .collect(),
            filming_locations: Vec::new(),
            companies: record.companies,
            tech: TechSpecs {
                runtime_minutes: record.runtime_minutes,
                ..TechSpecs::default()
            },
        },
        quotes: Vec::new(),
        trivia: Vec::new(),
        faq: Vec::new(),
        featured_review: None,
        source,
    };
    let credits = Credits {
        cast,
        cast_alphabetical: title.cast_alphabetical,
        crew,
        ..empty_credits(&title)
    };
    let reviews = empty_reviews(&title);
    TitleFiles {
        title,
        credits,
        reviews,
    }
}

/// What writing a catalog produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    pub titles: usize,
    /// Every file, the match index's included.
    pub files: usize,
    pub bytes: u64,
    /// The match index, for its own line of the report.
    pub matching: MatchWritten,
}

impl fmt::Display for WriteReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "wrote {} titles: {} files, {:.1} MB",
            self.titles,
            self.files,
            self.bytes as f64 / 1e6
        )
    }
}

/// Writes `catalog` to `out` all at once: into a directory beside it first,
/// checked there with every catalog rule, then moved into place. A failure
/// at any step leaves `out` as it was. An `out` holding files is replaced
/// only with `force`.
pub fn write_catalog(
    out: &Path,
    catalog: &Catalog,
    style: JsonStyle,
    force: bool,
) -> Result<WriteReport, CatalogIoError> {
    let occupied = fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_some());
    if occupied && !force {
        return Err(CatalogIoError::Invalid(format!(
            "{} already holds files; pass --force to replace them",
            out.display()
        )));
    }
    let staging = beside(out, "partial")?;
    let written = write_into(&staging, catalog, style).and_then(|report| {
        check_written(&staging)?;
        Ok(report)
    });
    let report = match written {
        Ok(report) => report,
        Err(error) => {
            let _ = fs::remove_dir_all(&staging);
            return Err(error);
        }
    };
    swap_into_place(&staging, out)?;
    Ok(report)
}

/// A fresh path next to `out` (same file system, so renames are atomic).
fn beside(out: &Path, what: &str) -> Result<PathBuf, CatalogIoError> {
    let name = out
        .file_name()
        .ok_or_else(|| CatalogIoError::Invalid(format!("{}: not a directory name", out.display())))?
        .to_string_lossy();
    let path = out.with_file_name(format!(".{name}.{what}-{}", std::process::id()));
    if path.exists() {
        fs::remove_dir_all(&path).map_err(CatalogIoError::io(&path))?;
    }
    Ok(path)
}

fn write_into(
    root: &Path,
    catalog: &Catalog,
    style: JsonStyle,
) -> Result<WriteReport, CatalogIoError> {
    let mut report = WriteReport {
        titles: catalog.titles.len(),
        ..WriteReport::default()
    };
    let mut put = |path: String, bytes: Vec<u8>| -> Result<(), CatalogIoError> {
        write_file(root, &path, &bytes)?;
        report.files += 1;
        report.bytes += bytes.len() as u64;
        Ok(())
    };
    for files in &catalog.titles {
        let id = &files.title.id;
        let json = |path: &str, value: Result<Vec<u8>, serde_json::Error>| {
            value.map_err(CatalogIoError::json(Path::new(path)))
        };
        let path = format!("titles/{id}.json");
        put(path.clone(), json(&path, to_json(&files.title, style))?)?;
        let path = format!("credits/{id}.json");
        put(path.clone(), json(&path, to_json(&files.credits, style))?)?;
        let path = format!("reviews/{id}.json");
        put(path.clone(), json(&path, to_json(&files.reviews, style))?)?;
    }
    let listings: Vec<Listing> = catalog
        .titles
        .iter()
        .map(|f| Listing::of(&f.title))
        .collect();
    // People first: the search index holds them too.
    let people = write_people(root, style)?;
    for file in index_files(&listings, &people.search, style)? {
        put(file.path, file.bytes)?;
    }
    let browse = write_browse(root, &listings)?;
    let matching = write_match(root, &listings)?;
    let title_of = |id: &str| {
        let files = catalog.titles.iter().find(|f| f.title.id == id);
        files
            .map(|f| f.title.clone())
            .ok_or_else(|| CatalogIoError::Invalid(format!("no title {id:?}")))
    };
    if let Some(file) = front_file(&listings, catalog.featured.as_deref(), title_of, style)? {
        put(file.path, file.bytes)?;
    }
    report.files += people.files + browse.files + matching.files;
    report.bytes += browse.bytes + matching.bytes;
    report.matching = matching;
    Ok(report)
}

/// Loads the written catalog back and checks every rule on it.
fn check_written(root: &Path) -> Result<(), CatalogIoError> {
    let files = load_catalog_dir(root).map_err(|e| CatalogIoError::Invalid(e.join("\n")))?;
    let problems = check_catalog(&files);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CatalogIoError::Invalid(format!(
            "the catalog breaks {} rules, first:\n{}",
            problems.len(),
            problems[..problems.len().min(20)].join("\n")
        )))
    }
}

/// Moves `staging` to `out`, replacing what was there.
fn swap_into_place(staging: &Path, out: &Path) -> Result<(), CatalogIoError> {
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(CatalogIoError::io(parent))?;
    }
    if out.exists() {
        let old = beside(out, "old")?;
        fs::rename(out, &old).map_err(CatalogIoError::io(out))?;
        fs::rename(staging, out).map_err(CatalogIoError::io(staging))?;
        fs::remove_dir_all(&old).map_err(CatalogIoError::io(&old))?;
    } else {
        fs::rename(staging, out).map_err(CatalogIoError::io(staging))?;
    }
    Ok(())
}
