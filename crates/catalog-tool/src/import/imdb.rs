//! IMDb's non-commercial datasets (<https://developer.imdb.com/non-commercial-datasets/>):
//! six gzipped TSV files holding some 12M titles, 97M principal credits and
//! 15M names, far more than fits in memory as records.
//!
//! So every file is streamed line by line, in passes that each keep only what
//! the titles selected so far need:
//!
//! 1. `title.ratings`: the votes of titles that could still qualify;
//! 2. `title.basics`: which titles are selected (type, adult, year, votes);
//! 3. `title.crew`, 4. `title.principals`, 5. `title.akas`: rows of selected
//!    titles only;
//! 6. `name.basics`: only the people credited on a selected title.
//!
//! Memory then follows the selected titles, not the files. Ids are kept as
//! numbers (`tt0209144` → 209144); the only structures that span every
//! title are bitsets of the ids seen (one bit per id of the range in use,
//! about 5 MB for IMDb's), which find repeated rows and rows of unknown
//! titles. What goes with the selected titles and the people they credit
//! sits in `Vec`s in id order, reached through a rank index over a bitset
//! (`IdIndex`): at 10M rows a hash map's cache misses cost more than all
//! the parsing. Gzip is inflated on a second thread (see `reader`).
//!
//! The format: UTF-8, a header row, tab-separated, no quoting (a `"` is just
//! a character), `\N` for null, lists comma-separated. A row is checked as far
//! as the import needs it: its column count and its id always, the columns
//! that decide the selection when its type is selected, the rest only when
//! its title is selected. So a bad row of a title nobody asked for does not
//! stop an import.

mod reader;
mod synthetic;

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use super::{
    CastMember, CrewMember, FilmRecord, Imported, InputError, Origin, PersonName, SourcedRecord,
    split_list,
};
use film_catalog::catalog::{AlsoKnownAs, DataSource, Rating};
use reader::{Dataset, Line, TsvReader};

pub use synthetic::write_synthetic_imdb;

/// A file's rows with errors listed in full; past this, one line says how
/// many more there were, so a file that is wrong throughout cannot fill
/// memory with errors.
pub const MAX_ERRORS_PER_FILE: u64 = 1_000;

/// Also-known-as titles kept per film: the akas file lists up to a hundred
/// for a famous film, mostly the same title in more regions.
pub const MAX_AKAS: usize = 20;

/// Which titles to import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImdbOptions {
    /// `titleType` values to keep: `movie`, `tvMovie`, `short`, `tvSeries`…
    pub title_types: Vec<String>,
    /// Keep titles with at least this many votes; a title without a ratings
    /// row has none.
    pub min_votes: u32,
    /// Keep titles whose `startYear` is in this range.
    pub years: Option<RangeInclusive<u16>>,
    /// Keep titles marked `isAdult`.
    pub include_adult: bool,
}

impl Default for ImdbOptions {
    fn default() -> Self {
        ImdbOptions {
            title_types: vec!["movie".to_owned()],
            min_votes: 0,
            years: None,
            include_adult: false,
        }
    }
}

/// Why the datasets could not be read at all (a bad row is an
/// [`InputError`] in [`Imported::errors`] instead).
#[derive(Debug, thiserror::Error)]
pub enum ImdbError {
    #[error("{}: neither {file}.gz nor {file} is there", dir.display())]
    Missing { dir: PathBuf, file: String },
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: io::Error,
    },
    #[error("{file}: the header is `{found}`, expected the columns {expected}")]
    Header {
        file: String,
        found: String,
        expected: String,
    },
}

/// Counts for the import's report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImdbStats {
    /// Data rows (the header and empty lines aside) per file, in the order
    /// read: `("title.basics.tsv.gz", 12_000_000)`.
    pub rows_read: Vec<(String, u64)>,
    pub titles_selected: usize,
    /// Titles of a selected type without a `startYear`, skipped.
    pub titles_without_year: u64,
    /// Credits naming a person `name.basics` does not have.
    pub credits_dropped: u64,
    /// Rows repeating one already read (same title in basics, ratings or
    /// crew; same title, person and category in principals; same person in
    /// names): the first one is kept.
    pub repeats_dropped: u64,
    /// Rows of ratings, crew, principals or akas whose title is not in
    /// `title.basics` at all.
    pub rows_for_unknown_titles: u64,
    /// Rows that could not be read, including those past
    /// [`MAX_ERRORS_PER_FILE`].
    pub bad_rows: u64,
}

impl fmt::Display for ImdbStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (file, rows) in &self.rows_read {
            writeln!(f, "{file}: {rows} rows")?;
        }
        write!(
            f,
            "{} titles selected, {} without a start year skipped; {} credits dropped for unknown \
             names; {} repeated rows dropped; {} rows for titles not in title.basics ignored; {} \
             bad rows",
            self.titles_selected,
            self.titles_without_year,
            self.credits_dropped,
            self.repeats_dropped,
            self.rows_for_unknown_titles,
            self.bad_rows
        )
    }
}

/// Whom the imported records are credited to.
pub fn imdb_source() -> DataSource {
    DataSource {
        name: "IMDb".into(),
        licence: "IMDb non-commercial datasets terms".into(),
        url: "https://developer.imdb.com/non-commercial-datasets/".into(),
    }
}

/// Reads the six datasets in `dir` (`title.basics.tsv.gz` and so on, or the
/// same names without `.gz`) and yields a record for every selected title, in
/// the order of `title.basics`.
pub fn import_imdb(dir: &Path, options: &ImdbOptions) -> Result<(Imported, ImdbStats), ImdbError> {
    let mut run = Run {
        dir,
        options,
        errors: ErrorSink::default(),
        stats: ImdbStats::default(),
        categories: Categories::new(),
    };
    let ratings = run.ratings()?;
    let mut selection = run.basics(ratings)?;
    run.crew(&mut selection)?;
    run.principals(&mut selection)?;
    run.akas(&mut selection)?;
    let people = run.names(&selection)?;
    let records = run.assemble(selection, &people);
    run.stats.bad_rows = run.errors.total;
    let imported = Imported {
        records,
        errors: run.errors.list,
    };
    Ok((imported, run.stats))
}

// ---------------------------------------------------------------------------
// The files

const RATINGS: Dataset<3> = Dataset {
    name: "title.ratings.tsv",
    columns: ["tconst", "averageRating", "numVotes"],
};

const BASICS: Dataset<9> = Dataset {
    name: "title.basics.tsv",
    columns: [
        "tconst",
        "titleType",
        "primaryTitle",
        "originalTitle",
        "isAdult",
        "startYear",
        "endYear",
        "runtimeMinutes",
        "genres",
    ],
};

const CREW: Dataset<3> = Dataset {
    name: "title.crew.tsv",
    columns: ["tconst", "directors", "writers"],
};

const PRINCIPALS: Dataset<6> = Dataset {
    name: "title.principals.tsv",
    columns: [
        "tconst",
        "ordering",
        "nconst",
        "category",
        "job",
        "characters",
    ],
};

const AKAS: Dataset<8> = Dataset {
    name: "title.akas.tsv",
    columns: [
        "titleId",
        "ordering",
        "title",
        "region",
        "language",
        "types",
        "attributes",
        "isOriginalTitle",
    ],
};

const NAMES: Dataset<6> = Dataset {
    name: "name.basics.tsv",
    columns: [
        "nconst",
        "primaryName",
        "birthYear",
        "deathYear",
        "primaryProfession",
        "knownForTitles",
    ],
};

// ---------------------------------------------------------------------------
// Fields

/// Splits a line (without its line ending) into exactly `N` tab-separated
/// fields, or says how many it has. No quoting: a field is every byte between
/// two tabs.
pub fn split_row<const N: usize>(line: &[u8]) -> Result<[&[u8]; N], usize> {
    let mut fields: [&[u8]; N] = [&[]; N];
    let mut count = 0;
    for field in line.split(|&byte| byte == b'\t') {
        if let Some(slot) = fields.get_mut(count) {
            *slot = field;
        }
        count += 1;
    }
    if count == N { Ok(fields) } else { Err(count) }
}

/// A field's value, `None` for IMDb's null `\N`.
pub fn nullable(field: &[u8]) -> Option<&[u8]> {
    if field == b"\\N" { None } else { Some(field) }
}

/// The number in an IMDb id (`tt0209144` → 209144 with prefix `tt`): the
/// prefix, then 7 to 10 digits, zero-padded to 7 and no further, so that
/// [`format_id`] gives back the same text.
pub fn parse_id(field: &[u8], prefix: &[u8]) -> Option<u32> {
    let digits = field.strip_prefix(prefix)?;
    let canonical =
        (7..=10).contains(&digits.len()) && (digits.len() == 7 || digits.first() != Some(&b'0'));
    if !canonical {
        return None;
    }
    parse_u32(digits)
}

/// The text of an IMDb id: `format_id("tt", 209144)` is `tt0209144`.
pub fn format_id(prefix: &str, id: u32) -> String {
    // Called for every credit: digits by hand are several times quicker
    // than `format!`.
    let mut digits = [b'0'; 10];
    let mut rest = id;
    let mut first = digits.len();
    for digit in digits.iter_mut().rev() {
        *digit = b'0' + (rest % 10) as u8;
        rest /= 10;
        first -= 1;
        if rest == 0 {
            break;
        }
    }
    // Zero-padded to 7 digits.
    let shown = digits.get(first.min(3)..).unwrap_or_default();
    let mut text = String::with_capacity(prefix.len() + shown.len());
    text.push_str(prefix);
    text.extend(shown.iter().map(|&d| char::from(d)));
    text
}

/// A decimal number of ASCII digits, no sign, no spaces.
fn parse_u32(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0u32, |value, &byte| {
        let digit = byte.checked_sub(b'0').filter(|d| *d <= 9)?;
        value.checked_mul(10)?.checked_add(u32::from(digit))
    })
}

/// Parses the `characters` column: a JSON array of strings
/// (`["Teddy","John Edward Gammell"]`), or `\N` for none.
pub fn parse_characters(field: &str) -> Result<Vec<String>, String> {
    if field == "\\N" {
        return Ok(Vec::new());
    }
    if let Some(name) = single_plain_name(field) {
        return Ok(vec![name.to_owned()]);
    }
    serde_json::from_str::<Vec<String>>(field)
        .map_err(|e| format!("`{}` is not a JSON array of strings: {e}", shorten(field)))
}

/// Appends the characters of a `characters` field to `out`, joined with
/// " / ".
fn push_characters(field: &str, out: &mut String) -> Result<(), String> {
    // Nearly every value is one plain name: no JSON parser, no allocation.
    if let Some(name) = single_plain_name(field) {
        out.push_str(name);
        return Ok(());
    }
    for (n, name) in parse_characters(field)?.iter().enumerate() {
        if n > 0 {
            out.push_str(" / ");
        }
        out.push_str(name);
    }
    Ok(())
}

/// The name in `["name"]` when it needs no unescaping.
fn single_plain_name(field: &str) -> Option<&str> {
    let inner = field.strip_prefix("[\"")?.strip_suffix("\"]")?;
    let plain = !inner.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20);
    plain.then_some(inner)
}

/// A value to quote in an error message, cut to a readable length.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    match text.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or_default()),
        None => text.to_owned(),
    }
}

/// A field as text, or the error naming the column.
fn text<'a>(line: &Line, column: &str, field: &'a [u8]) -> Result<&'a str, InputError> {
    std::str::from_utf8(field).map_err(|_| line.error(column, "not UTF-8"))
}

/// A field that must not be null, as text.
fn required_text<'a>(line: &Line, column: &str, field: &'a [u8]) -> Result<&'a str, InputError> {
    match nullable(field) {
        None => Err(line.error(column, "is null (\\N)")),
        Some(_) if field.is_empty() => Err(line.error(column, "is empty")),
        Some(value) => text(line, column, value),
    }
}

/// An id column, or the error naming it.
fn id_field(line: &Line, column: &str, field: &[u8], prefix: &str) -> Result<u32, InputError> {
    parse_id(field, prefix.as_bytes()).ok_or_else(|| {
        line.error(
            column,
            format!(
                "`{}` is not an IMDb id ({prefix} and 7 to 10 digits)",
                shorten(&String::from_utf8_lossy(field))
            ),
        )
    })
}

/// A number column that may be null, or the error naming it.
fn number_field(line: &Line, column: &str, field: &[u8]) -> Result<Option<u32>, InputError> {
    match nullable(field) {
        None => Ok(None),
        Some(digits) => parse_u32(digits).map(Some).ok_or_else(|| {
            line.error(
                column,
                format!(
                    "`{}` is not a number",
                    shorten(&String::from_utf8_lossy(digits))
                ),
            )
        }),
    }
}

/// A number column that fits 16 bits (a year, a runtime).
fn small_number_field(line: &Line, column: &str, field: &[u8]) -> Result<Option<u16>, InputError> {
    match number_field(line, column, field)? {
        None => Ok(None),
        Some(value) => u16::try_from(value)
            .map(Some)
            .map_err(|_| line.error(column, format!("{value} is too large"))),
    }
}

/// A comma-separated list of person ids (`nm0634240,nm0634300`), `\N` for
/// none.
fn id_list(line: &Line, column: &str, field: &[u8]) -> Result<Vec<u32>, InputError> {
    let Some(list) = nullable(field) else {
        return Ok(Vec::new());
    };
    let mut ids = Vec::new();
    for item in list.split(|&b| b == b',') {
        let id = id_field(line, column, item, "nm")?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// `averageRating` and `numVotes`, or the column at fault and why.
fn rating_fields(line: &Line, average: &[u8], votes: &[u8]) -> Result<Rating, InputError> {
    let average_text = text(line, "averageRating", average)?;
    let value = average_text
        .parse::<f32>()
        .ok()
        .filter(|v| (1.0..=10.0).contains(v))
        .ok_or_else(|| {
            line.error(
                "averageRating",
                format!("`{}` is not a rating from 1 to 10", shorten(average_text)),
            )
        })?;
    let votes =
        number_field(line, "numVotes", votes)?.ok_or_else(|| line.error("numVotes", "is null"))?;
    Ok(Rating {
        average: value,
        votes: Some(votes),
    })
}

// ---------------------------------------------------------------------------
// Ids

/// Ids in a page of the bitset.
const PAGE_BITS: u32 = 16;
const PAGE_WORDS: usize = (1 << PAGE_BITS) / 64;

/// A set of ids as a bitset in pages of 65,536 ids, allocated when first
/// used: one bit per id of the range in use, however many rows name them.
#[derive(Default)]
struct IdSet {
    pages: Vec<Option<Box<[u64; PAGE_WORDS]>>>,
}

impl IdSet {
    fn place(id: u32) -> (usize, usize, u64) {
        let page = (id >> PAGE_BITS) as usize;
        let word = ((id & ((1 << PAGE_BITS) - 1)) / 64) as usize;
        (page, word, 1u64 << (id % 64))
    }

    /// Adds `id`; false when it was already there.
    fn insert(&mut self, id: u32) -> bool {
        let (page, word, bit) = Self::place(id);
        if self.pages.len() <= page {
            self.pages.resize_with(page + 1, || None);
        }
        let Some(slot) = self.pages.get_mut(page) else {
            return false;
        };
        let words = slot.get_or_insert_with(|| Box::new([0; PAGE_WORDS]));
        match words.get_mut(word) {
            Some(w) if *w & bit == 0 => {
                *w |= bit;
                true
            }
            _ => false,
        }
    }

    fn contains(&self, id: u32) -> bool {
        let (page, word, bit) = Self::place(id);
        self.pages
            .get(page)
            .and_then(|p| p.as_ref())
            .and_then(|words| words.get(word))
            .is_some_and(|w| w & bit != 0)
    }

    /// How many ids of this set `other` lacks.
    fn count_not_in(&self, other: &IdSet) -> u64 {
        let mut count = 0;
        for (index, page) in self.pages.iter().enumerate() {
            let Some(words) = page else { continue };
            let theirs = other.pages.get(index).and_then(|p| p.as_ref());
            for (w, word) in words.iter().enumerate() {
                let known = theirs.and_then(|t| t.get(w)).copied().unwrap_or(0);
                count += u64::from((word & !known).count_ones());
            }
        }
        count
    }
}

/// Words in a block of the rank index: its counts every 512 ids.
const BLOCK_WORDS: usize = 8;
const PAGE_BLOCKS: usize = PAGE_WORDS / BLOCK_WORDS;

/// A set of ids that numbers its members in id order, from 0, so that what
/// goes with them can be a `Vec` in id order. Finding a number costs a few
/// popcounts in a bitset that stays in the cache, where a hash map would
/// cost a cache miss or two per row.
struct IdIndex {
    set: IdSet,
    /// Per page, per block: the members before the block.
    before: Vec<Option<Box<[usize; PAGE_BLOCKS]>>>,
    len: usize,
}

impl IdIndex {
    fn new(set: IdSet) -> IdIndex {
        let mut count = 0;
        let before = set
            .pages
            .iter()
            .map(|page| {
                let words = page.as_ref()?;
                let mut bases = Box::new([0; PAGE_BLOCKS]);
                for (block, base) in words.chunks(BLOCK_WORDS).zip(bases.iter_mut()) {
                    *base = count;
                    count += block.iter().map(|w| w.count_ones() as usize).sum::<usize>();
                }
                Some(bases)
            })
            .collect();
        IdIndex {
            set,
            before,
            len: count,
        }
    }

    /// The number of `id`: how many members are smaller.
    fn rank(&self, id: u32) -> Option<usize> {
        let (page, word, bit) = IdSet::place(id);
        let words = self.set.pages.get(page)?.as_ref()?;
        let this = *words.get(word)?;
        if this & bit == 0 {
            return None;
        }
        let block = word / BLOCK_WORDS;
        let base = *self.before.get(page)?.as_ref()?.get(block)?;
        let earlier = words.get(block * BLOCK_WORDS..word)?;
        let in_block: usize = earlier.iter().map(|w| w.count_ones() as usize).sum();
        Some(base + in_block + (this & (bit - 1)).count_ones() as usize)
    }
}

// ---------------------------------------------------------------------------
// What the passes keep

/// A piece of text kept in a larger string: one allocation for many
/// values, where a `String` each would cost one per credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span {
    start: u32,
    len: u32,
}

impl Span {
    /// Appends `text` to `arena`; `None` past 4 GB of text.
    fn push(arena: &mut String, text: &str) -> Option<Span> {
        let span = Span::from(arena.len(), arena.len() + text.len())?;
        arena.push_str(text);
        Some(span)
    }

    /// The span from `start` to `end` of an arena.
    fn from(start: usize, end: usize) -> Option<Span> {
        Some(Span {
            start: u32::try_from(start).ok()?,
            len: u32::try_from(end.checked_sub(start)?).ok()?,
        })
    }

    fn get(self, arena: &str) -> &str {
        let start = self.start as usize;
        arena
            .get(start..start + self.len as usize)
            .unwrap_or_default()
    }
}

/// Collects bad rows, listing at most [`MAX_ERRORS_PER_FILE`] per file.
#[derive(Default)]
struct ErrorSink {
    list: Vec<InputError>,
    in_file: u64,
    total: u64,
}

impl ErrorSink {
    fn push(&mut self, error: InputError) {
        self.total += 1;
        self.in_file += 1;
        if self.in_file <= MAX_ERRORS_PER_FILE {
            self.list.push(error);
        }
    }

    /// Closes a file: says how many errors went unlisted.
    fn end_file(&mut self, reader: &TsvReader) {
        if self.in_file > MAX_ERRORS_PER_FILE {
            let origin = Origin {
                file: reader.file.clone(),
                line: reader.line,
            };
            let unlisted = self.in_file - MAX_ERRORS_PER_FILE;
            self.list.push(InputError::new(
                &origin,
                "",
                format!("and {unlisted} more bad rows in this file"),
            ));
        }
        self.in_file = 0;
    }
}

/// What the ratings pass keeps.
struct Ratings {
    /// Titles with enough votes, numbering `values`.
    index: IdIndex,
    values: Vec<Rating>,
    /// Bad ratings rows, reported only if their title is a candidate.
    bad: HashMap<u32, InputError>,
    /// Every title in the file.
    seen: IdSet,
}

impl Ratings {
    fn get(&self, id: u32) -> Option<Rating> {
        self.values.get(self.index.rank(id)?).copied()
    }
}

/// A selected title and what the later passes add to it.
struct Title {
    line: u64,
    id: u32,
    title: String,
    original_title: Option<String>,
    year: u16,
    runtime: Option<u16>,
    genres: Vec<String>,
    rating: Option<Rating>,
    crew_read: bool,
    /// People, as nconst numbers.
    directors: Vec<u32>,
    writers: Vec<u32>,
    credits: Vec<Credit>,
    /// The jobs and characters of `credits`.
    text: String,
    akas: Vec<AlsoKnownAs>,
}

/// One row of `title.principals`.
struct Credit {
    ordering: u32,
    /// The nconst number.
    person: u32,
    /// An index into [`Categories`].
    category: u16,
    job: Option<Span>,
    /// The characters, joined.
    character: Span,
}

/// What a principals category becomes on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Cast,
    Director,
    Writer,
    /// A crew department, as the credits head it.
    Crew(&'static str),
}

/// IMDb's principals categories.
const CATEGORIES: [(&str, Part); 13] = [
    ("actor", Part::Cast),
    ("actress", Part::Cast),
    ("self", Part::Cast),
    ("archive_footage", Part::Cast),
    ("archive_sound", Part::Cast),
    ("director", Part::Director),
    ("writer", Part::Writer),
    ("producer", Part::Crew("Produced by")),
    ("composer", Part::Crew("Music by")),
    ("cinematographer", Part::Crew("Cinematography by")),
    ("editor", Part::Crew("Film editing by")),
    ("production_designer", Part::Crew("Production design by")),
    ("casting_director", Part::Crew("Casting by")),
];

/// The department of a category IMDb may add later.
const OTHER_DEPARTMENT: &str = "Additional crew";

/// Categories beyond IMDb's that one import accepts: a file with more is
/// not IMDb's.
const MAX_OTHER_CATEGORIES: usize = 100;

/// The principals categories met so far: IMDb's, then any other, so that a
/// credit holds a number.
struct Categories {
    names: Vec<Box<str>>,
}

impl Categories {
    fn new() -> Categories {
        Categories {
            names: CATEGORIES.iter().map(|(name, _)| (*name).into()).collect(),
        }
    }

    /// The number of a category, `None` when there are too many.
    fn index(&mut self, name: &str) -> Option<u16> {
        let index = match self.names.iter().position(|known| **known == *name) {
            Some(index) => index,
            None if self.names.len() < CATEGORIES.len() + MAX_OTHER_CATEGORIES => {
                self.names.push(name.into());
                self.names.len() - 1
            }
            None => return None,
        };
        u16::try_from(index).ok()
    }

    fn part(&self, index: u16) -> Part {
        CATEGORIES
            .get(usize::from(index))
            .map_or(Part::Crew(OTHER_DEPARTMENT), |(_, part)| *part)
    }

    /// A category IMDb did not have, as words: `production_manager` →
    /// "production manager".
    fn other(&self, index: u16) -> Option<String> {
        let index = usize::from(index);
        let name = self
            .names
            .get(index)
            .filter(|_| index >= CATEGORIES.len())?;
        Some(name.replace('_', " "))
    }
}

/// Bytes of a name kept in its own slot.
const INLINE_NAME: usize = 22;

/// A person's name: most fit in the slot itself, so that reading one costs
/// one cache miss rather than two.
#[derive(Clone, Copy, Debug, Default)]
enum NameSlot {
    /// Not (yet) found in `name.basics`.
    #[default]
    Missing,
    Inline(u8, [u8; INLINE_NAME]),
    /// In [`People::text`].
    Long(Span),
}

/// The names of everyone credited on a selected title.
struct People {
    index: IdIndex,
    /// In nconst order.
    names: Vec<NameSlot>,
    /// The names too long for their slot, one after another.
    text: String,
}

impl People {
    /// A person's name, if `name.basics` has it.
    fn name(&self, nconst: u32) -> Option<&str> {
        match self.names.get(self.index.rank(nconst)?)? {
            NameSlot::Missing => None,
            NameSlot::Inline(len, bytes) => {
                std::str::from_utf8(bytes.get(..usize::from(*len))?).ok()
            }
            NameSlot::Long(span) => Some(span.get(&self.text)),
        }
    }

    /// The slot for a name; `None` past 4 GB of long names.
    fn slot(text: &mut String, name: &str) -> Option<NameSlot> {
        let mut bytes = [0; INLINE_NAME];
        match bytes.get_mut(..name.len()) {
            Some(inline) => {
                inline.copy_from_slice(name.as_bytes());
                Some(NameSlot::Inline(u8::try_from(name.len()).ok()?, bytes))
            }
            None => Span::push(text, name).map(NameSlot::Long),
        }
    }
}

/// The selected titles, in `title.basics` order.
struct Selection {
    titles: Vec<Title>,
    /// Numbers the selected ids in id order.
    index: IdIndex,
    /// The position in `titles` of each number, when `title.basics` is not
    /// sorted by id (IMDb's is).
    positions: Option<Vec<usize>>,
    /// Every title id in `title.basics`, selected or not.
    in_basics: IdSet,
}

/// Where a row's title is.
#[derive(Clone, Copy, Debug)]
enum Lookup {
    /// Selected, at this position.
    Selected(usize),
    /// In basics, not selected.
    Other,
    /// Not in basics.
    Unknown,
}

impl Selection {
    /// Where the title of a row is, after checking its id.
    fn lookup(&self, line: &Line, column: &str, field: &[u8]) -> Result<Lookup, InputError> {
        let id = id_field(line, column, field, "tt")?;
        let position = self
            .index
            .rank(id)
            .and_then(|number| match &self.positions {
                Some(positions) => positions.get(number).copied(),
                None => Some(number),
            });
        Ok(match position {
            Some(position) => Lookup::Selected(position),
            None if self.in_basics.contains(id) => Lookup::Other,
            None => Lookup::Unknown,
        })
    }
}

/// Finds the title of each row of a file sorted by title (as IMDb's are):
/// a row of the same title as the last one costs no parsing or hashing.
#[derive(Default)]
struct Cursor {
    tconst: Vec<u8>,
    last: Option<Lookup>,
}

impl Cursor {
    /// The selected title of a row, counting rows of titles not in basics.
    fn title<'s>(
        &mut self,
        selection: &'s mut Selection,
        line: &Line,
        column: &str,
        field: &[u8],
        stats: &mut ImdbStats,
    ) -> Result<Option<&'s mut Title>, InputError> {
        let lookup = match self.last {
            Some(lookup) if field == self.tconst.as_slice() => lookup,
            _ => {
                self.last = None;
                let lookup = selection.lookup(line, column, field)?;
                self.tconst.clear();
                self.tconst.extend_from_slice(field);
                self.last = Some(lookup);
                lookup
            }
        };
        match lookup {
            Lookup::Selected(position) => Ok(selection.titles.get_mut(position)),
            Lookup::Other => Ok(None),
            Lookup::Unknown => {
                stats.rows_for_unknown_titles += 1;
                Ok(None)
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The passes

/// One import: its options, and what it has found so far.
struct Run<'a> {
    dir: &'a Path,
    options: &'a ImdbOptions,
    errors: ErrorSink,
    stats: ImdbStats,
    categories: Categories,
}

impl Run<'_> {
    /// Closes a pass over one file.
    fn end_file(&mut self, reader: &TsvReader) {
        self.stats
            .rows_read
            .push((reader.file.clone(), reader.rows));
        self.errors.end_file(reader);
    }

    /// Pass 1: the ratings of titles with enough votes.
    fn ratings(&mut self) -> Result<Ratings, ImdbError> {
        let mut reader = TsvReader::open(self.dir, &RATINGS)?;
        let (mut seen, mut qualifying) = (IdSet::default(), IdSet::default());
        let mut values: Vec<(u32, Rating)> = Vec::new();
        let mut bad = HashMap::new();
        while let Some(line) = reader.next_line()? {
            let read = line.fields::<3>().and_then(|[tconst, average, votes]| {
                let id = id_field(&line, "tconst", tconst, "tt")?;
                Ok((id, rating_fields(&line, average, votes)))
            });
            match read {
                Err(error) => self.errors.push(error),
                Ok((id, _)) if !seen.insert(id) => self.stats.repeats_dropped += 1,
                Ok((id, Ok(rating))) => {
                    if rating.votes.unwrap_or(0) >= self.options.min_votes {
                        qualifying.insert(id);
                        values.push((id, rating));
                    }
                }
                // Known only at the next pass: is this title wanted at all?
                Ok((id, Err(error))) if (bad.len() as u64) < MAX_ERRORS_PER_FILE => {
                    bad.insert(id, error);
                }
                Ok((_, Err(error))) => self.errors.push(error),
            }
        }
        self.end_file(&reader);
        // IMDb's file is sorted already; the index numbers in id order.
        if !values.is_sorted_by_key(|(id, _)| *id) {
            values.sort_unstable_by_key(|(id, _)| *id);
        }
        Ok(Ratings {
            index: IdIndex::new(qualifying),
            values: values.into_iter().map(|(_, rating)| rating).collect(),
            bad,
            seen,
        })
    }

    /// Pass 2: selects titles from `title.basics`.
    fn basics(&mut self, mut ratings: Ratings) -> Result<Selection, ImdbError> {
        let mut reader = TsvReader::open(self.dir, &BASICS)?;
        let (mut in_basics, mut selected) = (IdSet::default(), IdSet::default());
        let mut titles: Vec<Title> = Vec::new();
        while let Some(line) = reader.next_line()? {
            match self.basics_row(&line, &mut ratings, &mut in_basics) {
                Ok(Some(title)) => {
                    selected.insert(title.id);
                    titles.push(title);
                }
                Ok(None) => {}
                Err(error) => self.errors.push(error),
            }
        }
        self.end_file(&reader);
        self.stats.rows_for_unknown_titles += ratings.seen.count_not_in(&in_basics);
        self.stats.titles_selected = titles.len();
        // The index numbers in id order, the order of IMDb's file.
        let positions = (!titles.is_sorted_by_key(|t| t.id)).then(|| {
            let mut positions: Vec<usize> = (0..titles.len()).collect();
            positions.sort_by_key(|&p| titles.get(p).map(|t| t.id));
            positions
        });
        Ok(Selection {
            titles,
            index: IdIndex::new(selected),
            positions,
            in_basics,
        })
    }

    /// One basics row: its title if selected.
    fn basics_row(
        &mut self,
        line: &Line,
        ratings: &mut Ratings,
        in_basics: &mut IdSet,
    ) -> Result<Option<Title>, InputError> {
        let [
            tconst,
            title_type,
            primary,
            original,
            adult,
            start,
            _end,
            runtime,
            genres,
        ] = line.fields::<9>()?;
        let id = id_field(line, "tconst", tconst, "tt")?;
        if !in_basics.insert(id) {
            self.stats.repeats_dropped += 1;
            return Ok(None);
        }
        let options = self.options;
        if !options
            .title_types
            .iter()
            .any(|t| t.as_bytes() == title_type)
        {
            return Ok(None);
        }
        let is_adult = match adult {
            b"0" | b"\\N" => false,
            b"1" => true,
            _ => return Err(line.error("isAdult", "is neither 0 nor 1")),
        };
        let Some(year) = small_number_field(line, "startYear", start)? else {
            self.stats.titles_without_year += 1;
            return Ok(None);
        };
        let in_years = options.years.as_ref().is_none_or(|r| r.contains(&year));
        if (is_adult && !options.include_adult) || !in_years {
            return Ok(None);
        }
        if let Some(error) = ratings.bad.remove(&id) {
            self.errors.push(error);
        }
        let rating = ratings.get(id);
        if rating.and_then(|r| r.votes).unwrap_or(0) < options.min_votes {
            return Ok(None);
        }
        let title = required_text(line, "primaryTitle", primary)?.to_owned();
        let original_title = match nullable(original) {
            Some(o) => Some(text(line, "originalTitle", o)?).filter(|o| *o != title),
            None => None,
        };
        Ok(Some(Title {
            line: line.number,
            id,
            original_title: original_title.map(str::to_owned),
            title,
            year,
            runtime: small_number_field(line, "runtimeMinutes", runtime)?,
            genres: match nullable(genres) {
                Some(list) => split_list(text(line, "genres", list)?),
                None => Vec::new(),
            },
            rating,
            crew_read: false,
            directors: Vec::new(),
            writers: Vec::new(),
            credits: Vec::new(),
            text: String::new(),
            akas: Vec::new(),
        }))
    }

    /// Pass 3: directors and writers from `title.crew`.
    fn crew(&mut self, selection: &mut Selection) -> Result<(), ImdbError> {
        let mut reader = TsvReader::open(self.dir, &CREW)?;
        let mut cursor = Cursor::default();
        while let Some(line) = reader.next_line()? {
            if let Err(error) = self.crew_row(&line, selection, &mut cursor) {
                self.errors.push(error);
            }
        }
        self.end_file(&reader);
        Ok(())
    }

    fn crew_row(
        &mut self,
        line: &Line,
        selection: &mut Selection,
        cursor: &mut Cursor,
    ) -> Result<(), InputError> {
        let [tconst, directors, writers] = line.fields::<3>()?;
        let Some(title) = cursor.title(selection, line, "tconst", tconst, &mut self.stats)? else {
            return Ok(());
        };
        if title.crew_read {
            self.stats.repeats_dropped += 1;
            return Ok(());
        }
        title.crew_read = true;
        title.directors = id_list(line, "directors", directors)?;
        title.writers = id_list(line, "writers", writers)?;
        Ok(())
    }

    /// Pass 4: cast and crew from `title.principals`, the largest file.
    fn principals(&mut self, selection: &mut Selection) -> Result<(), ImdbError> {
        let mut reader = TsvReader::open(self.dir, &PRINCIPALS)?;
        let mut cursor = Cursor::default();
        while let Some(line) = reader.next_line()? {
            let result = line.fields::<6>().and_then(|fields| {
                let [tconst, ..] = fields;
                match cursor.title(selection, &line, "tconst", tconst, &mut self.stats)? {
                    Some(title) => self.principals_row(&line, fields, title),
                    None => Ok(()),
                }
            });
            if let Err(error) = result {
                self.errors.push(error);
            }
        }
        self.end_file(&reader);
        Ok(())
    }

    fn principals_row(
        &mut self,
        line: &Line,
        [_, ordering, nconst, category, job, characters]: [&[u8]; 6],
        title: &mut Title,
    ) -> Result<(), InputError> {
        let ordering = number_field(line, "ordering", ordering)?
            .ok_or_else(|| line.error("ordering", "is null"))?;
        let nconst = id_field(line, "nconst", nconst, "nm")?;
        let category_name = required_text(line, "category", category)?;
        let category = self.categories.index(category_name).ok_or_else(|| {
            line.error(
                "category",
                format!("`{}`: too many categories", shorten(category_name)),
            )
        })?;
        let job = match nullable(job) {
            Some(job) => Some(text(line, "job", job)?),
            None => None,
        };
        let characters = text(line, "characters", characters)?;
        // Into the title's text, taken back if the row goes no further.
        let start = title.text.len();
        let added = push_characters(characters, &mut title.text)
            .map_err(|message| line.error("characters", message))
            .and_then(|()| {
                let character = Span::from(start, title.text.len());
                let job = job.map(|job| Span::push(&mut title.text, job));
                match (character, job) {
                    (Some(character), None) => Ok((character, None)),
                    (Some(character), Some(Some(job))) => Ok((character, Some(job))),
                    _ => Err(line.error("characters", "too much text for one title")),
                }
            });
        let (character, job) = match added {
            Ok(spans) => spans,
            Err(error) => {
                title.text.truncate(start);
                return Err(error);
            }
        };
        // Checked once the row is known to be readable: a bad repeat is
        // still a bad row.
        if title
            .credits
            .iter()
            .any(|c| c.person == nconst && c.category == category)
        {
            title.text.truncate(start);
            self.stats.repeats_dropped += 1;
            return Ok(());
        }
        title.credits.push(Credit {
            ordering,
            person: nconst,
            category,
            job,
            character,
        });
        Ok(())
    }

    /// Pass 5: other titles from `title.akas`.
    fn akas(&mut self, selection: &mut Selection) -> Result<(), ImdbError> {
        let mut reader = TsvReader::open(self.dir, &AKAS)?;
        let mut cursor = Cursor::default();
        while let Some(line) = reader.next_line()? {
            if let Err(error) = self.akas_row(&line, selection, &mut cursor) {
                self.errors.push(error);
            }
        }
        self.end_file(&reader);
        Ok(())
    }

    fn akas_row(
        &mut self,
        line: &Line,
        selection: &mut Selection,
        cursor: &mut Cursor,
    ) -> Result<(), InputError> {
        let [title_id, _, aka, region, _, _, _, is_original] = line.fields::<8>()?;
        let Some(title) = cursor.title(selection, line, "titleId", title_id, &mut self.stats)?
        else {
            return Ok(());
        };
        match is_original {
            b"1" => return Ok(()),
            b"0" | b"\\N" => {}
            _ => return Err(line.error("isOriginalTitle", "is neither 0 nor 1")),
        }
        let aka = required_text(line, "title", aka)?;
        let region = match nullable(region) {
            Some(region) => Some(text(line, "region", region)?),
            None => None,
        };
        let known = title
            .akas
            .iter()
            .any(|a| a.title == aka && a.region.as_deref() == region);
        if aka != title.title && !known && title.akas.len() < MAX_AKAS {
            title.akas.push(AlsoKnownAs {
                title: aka.to_owned(),
                region: region.map(str::to_owned),
            });
        }
        Ok(())
    }

    /// Pass 6: the names of the people credited on selected titles.
    fn names(&mut self, selection: &Selection) -> Result<People, ImdbError> {
        let mut credited = IdSet::default();
        for title in &selection.titles {
            let people = title.directors.iter().chain(&title.writers);
            for &nconst in people.chain(title.credits.iter().map(|c| &c.person)) {
                credited.insert(nconst);
            }
        }
        let index = IdIndex::new(credited);
        let mut people = People {
            names: vec![NameSlot::Missing; index.len],
            index,
            text: String::new(),
        };
        let mut reader = TsvReader::open(self.dir, &NAMES)?;
        while let Some(line) = reader.next_line()? {
            if let Err(error) = self.names_row(&line, &mut people) {
                self.errors.push(error);
            }
        }
        self.end_file(&reader);
        Ok(people)
    }

    fn names_row(&mut self, line: &Line, people: &mut People) -> Result<(), InputError> {
        let [nconst, name, ..] = line.fields::<6>()?;
        let nconst = id_field(line, "nconst", nconst, "nm")?;
        let Some(number) = people.index.rank(nconst) else {
            return Ok(());
        };
        let Some(slot) = people.names.get_mut(number) else {
            return Ok(());
        };
        if !matches!(slot, NameSlot::Missing) {
            self.stats.repeats_dropped += 1;
            return Ok(());
        }
        let name = required_text(line, "primaryName", name)?;
        *slot = People::slot(&mut people.text, name)
            .ok_or_else(|| line.error("primaryName", "too much text in names"))?;
        Ok(())
    }

    /// Turns the selected titles into records, dropping credits of people
    /// without a name.
    fn assemble(&mut self, selection: Selection, people: &People) -> Vec<SourcedRecord> {
        let file = self
            .stats
            .rows_read
            .iter()
            .find(|(file, _)| file.starts_with(BASICS.name))
            .map_or_else(|| format!("{}.gz", BASICS.name), |(file, _)| file.clone());
        let mut builder = Builder::new(people, &self.categories);
        let records = builder.records(selection.titles, &file);
        self.stats.credits_dropped = builder.dropped;
        records
    }
}

/// Makes records, counting the credits of people without a name.
struct Builder<'a> {
    people: &'a People,
    categories: &'a Categories,
    source: DataSource,
    dropped: u64,
}

impl<'a> Builder<'a> {
    fn new(people: &'a People, categories: &'a Categories) -> Builder<'a> {
        Builder {
            people,
            categories,
            source: imdb_source(),
            dropped: 0,
        }
    }

    /// The records of the titles read from `file` (title.basics).
    fn records(&mut self, titles: Vec<Title>, file: &str) -> Vec<SourcedRecord> {
        titles
            .into_iter()
            .map(|title| SourcedRecord {
                origin: Origin {
                    file: file.to_owned(),
                    line: title.line,
                },
                source: Some(self.source.clone()),
                record: self.record(title),
            })
            .collect()
    }

    /// A person's name and IMDb id, or `None` (and one more dropped).
    fn name(&mut self, nconst: u32) -> Option<(String, String)> {
        match self.people.name(nconst) {
            Some(name) => Some((name.to_owned(), format_id("nm", nconst))),
            None => {
                self.dropped += 1;
                None
            }
        }
    }

    fn person(&mut self, nconst: u32) -> Option<PersonName> {
        self.name(nconst).map(|(name, imdb_id)| PersonName {
            name,
            imdb_id: Some(imdb_id),
        })
    }

    fn record(&mut self, mut title: Title) -> FilmRecord {
        let mut directors: Vec<PersonName> = title
            .directors
            .iter()
            .filter_map(|&p| self.person(p))
            .collect();
        let mut writers: Vec<PersonName> = title
            .writers
            .iter()
            .filter_map(|&p| self.person(p))
            .collect();
        let mut cast = Vec::new();
        let mut crew = Vec::new();
        title.credits.sort_by_key(|c| c.ordering);
        for credit in &title.credits {
            // Directors and writers come from title.crew; principals adds
            // only those it lacks.
            let (known, list) = match self.categories.part(credit.category) {
                Part::Director => (&title.directors, &mut directors),
                Part::Writer => (&title.writers, &mut writers),
                Part::Cast => {
                    if let Some((name, imdb_id)) = self.name(credit.person) {
                        cast.push(CastMember {
                            name,
                            imdb_id: Some(imdb_id),
                            character: credit.character.get(&title.text).to_owned(),
                        });
                    }
                    continue;
                }
                Part::Crew(department) => {
                    if let Some(member) = self.crew_member(department, credit, &title.text) {
                        crew.push(member);
                    }
                    continue;
                }
            };
            if !known.contains(&credit.person)
                && let Some(person) = self.person(credit.person)
                && !list.contains(&person)
            {
                list.push(person);
            }
        }
        FilmRecord {
            title: title.title,
            year: title.year,
            imdb_id: Some(format_id("tt", title.id)),
            original_title: title.original_title,
            genres: title.genres,
            runtime_minutes: title.runtime,
            directors,
            writers,
            cast,
            crew,
            also_known_as: title.akas,
            rating: title.rating,
            ..FilmRecord::default()
        }
    }

    fn crew_member(&mut self, department: &str, credit: &Credit, text: &str) -> Option<CrewMember> {
        let (name, imdb_id) = self.name(credit.person)?;
        let job = match credit.job {
            Some(job) => Some(job.get(text).to_owned()),
            // A category IMDb did not have still says what the person did.
            None => self.categories.other(credit.category),
        };
        Some(CrewMember {
            department: department.to_owned(),
            name,
            imdb_id: Some(imdb_id),
            job,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::reader::trim_line_end;
    use super::*;

    #[test]
    fn rows_split_on_tabs_only() {
        let row = split_row::<3>(b"tt0209144\t\"Memento\"\t\\N").unwrap();
        assert_eq!(row, [&b"tt0209144"[..], b"\"Memento\"", b"\\N"]);
        assert_eq!(split_row::<3>(b"a\tb"), Err(2));
        assert_eq!(split_row::<2>(b"a\tb\tc\td"), Err(4));
        assert_eq!(split_row::<1>(b""), Ok([&b""[..]]));
        assert_eq!(split_row::<2>(b"\t"), Ok([&b""[..], b""]));
    }

    #[test]
    fn backslash_n_is_null() {
        assert_eq!(nullable(b"\\N"), None);
        assert_eq!(nullable(b"N"), Some(&b"N"[..]));
        assert_eq!(nullable(b""), Some(&b""[..]));
        assert_eq!(nullable(b"\\N\\N"), Some(&b"\\N\\N"[..]));
    }

    #[test]
    fn line_endings_are_trimmed() {
        assert_eq!(trim_line_end(b"a\tb\r\n"), b"a\tb");
        assert_eq!(trim_line_end(b"a\tb\n"), b"a\tb");
        assert_eq!(trim_line_end(b"a\tb"), b"a\tb");
        assert_eq!(trim_line_end(b"\r\n"), b"");
    }

    #[test]
    fn ids_are_canonical() {
        assert_eq!(parse_id(b"tt0209144", b"tt"), Some(209_144));
        assert_eq!(parse_id(b"tt10872600", b"tt"), Some(10_872_600));
        assert_eq!(parse_id(b"nm0000001", b"nm"), Some(1));
        assert_eq!(parse_id(b"nm0000001", b"tt"), None);
        assert_eq!(parse_id(b"tt020914", b"tt"), None);
        assert_eq!(parse_id(b"tt209144", b"tt"), None, "six digits");
        assert_eq!(parse_id(b"nm12", b"nm"), None);
        assert_eq!(parse_id(b"tt", b"tt"), None);
        assert_eq!(parse_id(b"tt00209144", b"tt"), None, "padded past 7");
        assert_eq!(parse_id(b"tt9999999999", b"tt"), None, "past u32");
        assert_eq!(parse_id(b"tt4294967295", b"tt"), Some(u32::MAX));
        assert_eq!(parse_id(b"tt020914a", b"tt"), None);
        assert_eq!(parse_id(b"tt+209144", b"tt"), None);
        assert_eq!(format_id("tt", 209_144), "tt0209144");
        assert_eq!(format_id("tt", 10_872_600), "tt10872600");
        assert_eq!(format_id("nm", 0), "nm0000000");
        assert_eq!(format_id("nm", 1), "nm0000001");
        assert_eq!(format_id("nm", 9_999_999), "nm9999999");
        assert_eq!(format_id("nm", u32::MAX), "nm4294967295");
    }

    #[test]
    fn characters_are_a_json_array_of_strings() {
        assert_eq!(
            parse_characters(r#"["Leonard Shelby"]"#).unwrap(),
            ["Leonard Shelby"]
        );
        assert_eq!(
            parse_characters(r#"["Teddy","John Edward Gammell"]"#).unwrap(),
            ["Teddy", "John Edward Gammell"]
        );
        assert_eq!(
            parse_characters(r#"["Ellis Boyd \"Red\" Redding"]"#).unwrap(),
            [r#"Ellis Boyd "Red" Redding"#]
        );
        assert_eq!(
            parse_characters(r#"["Am\u00e9lie","東京"]"#).unwrap(),
            ["Amélie", "東京"]
        );
        assert_eq!(parse_characters(r"\N").unwrap(), Vec::<String>::new());
        assert_eq!(parse_characters("[]").unwrap(), Vec::<String>::new());
        assert!(parse_characters(r#"["]"#).is_err());
        assert!(parse_characters(r#""Leonard""#).is_err());
        assert!(parse_characters(r#"["a",1]"#).is_err());
        assert!(parse_characters("Leonard Shelby").is_err());
        assert!(parse_characters("").is_err());
        let mut out = String::from("x");
        push_characters(r#"["Teddy","John \"G\""]"#, &mut out).unwrap();
        assert_eq!(out, r#"xTeddy / John "G""#);
        push_characters(r"\N", &mut out).unwrap();
        assert_eq!(out, r#"xTeddy / John "G""#);
        assert!(push_characters("[1]", &mut out).is_err());
    }

    #[test]
    fn numbers_are_plain_digits() {
        assert_eq!(parse_u32(b"0"), Some(0));
        assert_eq!(parse_u32(b"4294967295"), Some(u32::MAX));
        assert_eq!(parse_u32(b"4294967296"), None);
        assert_eq!(parse_u32(b""), None);
        assert_eq!(parse_u32(b"-1"), None);
        assert_eq!(parse_u32(b" 1"), None);
    }

    #[test]
    fn the_id_set_finds_repeats_across_pages() {
        let mut set = IdSet::default();
        for id in [0, 63, 64, 65_535, 65_536, 40_000_000, u32::MAX] {
            assert!(!set.contains(id));
            assert!(set.insert(id), "{id}");
            assert!(!set.insert(id), "{id} again");
            assert!(set.contains(id));
        }
        let mut other = IdSet::default();
        other.insert(63);
        other.insert(u32::MAX);
        assert_eq!(set.count_not_in(&other), 5);
    }

    #[test]
    fn the_id_index_numbers_members_in_id_order() {
        let ids = [
            7,
            0,
            63,
            64,
            511,
            512,
            513,
            65_535,
            65_536,
            40_000_000,
            u32::MAX,
        ];
        let mut set = IdSet::default();
        for id in ids {
            set.insert(id);
        }
        let index = IdIndex::new(set);
        let mut sorted = ids;
        sorted.sort_unstable();
        assert_eq!(index.len, ids.len());
        for (number, id) in sorted.into_iter().enumerate() {
            assert_eq!(index.rank(id), Some(number), "{id}");
        }
        for absent in [1, 62, 65, 514, 65_537, 39_999_999, u32::MAX - 1] {
            assert_eq!(index.rank(absent), None, "{absent}");
        }
        assert_eq!(IdIndex::new(IdSet::default()).rank(0), None);
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        assert_eq!(shorten("short"), "short");
        let long = "é".repeat(100);
        assert_eq!(shorten(&long).chars().count(), 61);
    }
}
