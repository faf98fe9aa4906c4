//! A made-up IMDb dataset in exactly IMDb's format, of any size, for tests
//! and for measuring the importer: `write_synthetic_imdb`.
//!
//! Every value is a function of the seed and the title's (or person's)
//! index, so each file is written in one streaming pass that makes its rows
//! again from those, and nothing grows with the number of rows.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

/// Rows for titles not in `title.basics`, at the end of each of the
/// ratings, crew, principals and akas files.
pub const DANGLING_TITLES: usize = 5;

/// Writes the six gzipped files of a synthetic IMDb dataset into `dir`
/// (created if missing): `titles` titles with `principals_per_title`
/// principals each, and the people they name. The same seed gives the same
/// bytes.
///
/// Title `i` (from 0; its id is `tt` and `i + 1` padded to 7 digits) follows
/// fixed rules, so that a test can count what an import should select:
///
/// - its type is `tvSeries` when `i % 10 == 7`, `short` when `i % 10 == 9`,
///   else `movie`;
/// - it is adult when `i % 50 == 21`;
/// - it has no `startYear` when `i % 100 == 45`;
/// - its basics row is written twice (the repeat with another title) when
///   `i % 500 == 123`;
/// - it has no ratings row when `i % 20 == 13`;
/// - `title.crew` has no director for it (only principals has) when
///   `i % 31 == 4`;
/// - its first principals row is written twice when `i % 89 == 7`;
/// - it has one more principal, a person missing from `name.basics`, when
///   `i % 97 == 5`.
///
/// Principal `k` of a title is cast for `k % 10` below 6, then director,
/// writer, producer and one other crew category. Every file also ends with
/// [`DANGLING_TITLES`] rows for titles that `title.basics` lacks (one row per
/// title and file).
pub fn write_synthetic_imdb(
    dir: &Path,
    titles: usize,
    principals_per_title: usize,
    seed: u64,
) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let plan = Plan::new(titles, principals_per_title, seed);
    plan.write_basics(dir)?;
    plan.write_ratings(dir)?;
    plan.write_crew(dir)?;
    plan.write_principals(dir)?;
    plan.write_akas(dir)?;
    plan.write_names(dir)
}

// Streams of random numbers, one per kind of value.
const TITLE: u64 = 1;
const BASICS: u64 = 2;
const RATING: u64 = 3;
const PRINCIPAL: u64 = 4;
const AKA: u64 = 5;
const NAME: u64 = 6;
const PEOPLE: u64 = 7;

/// splitmix64's finaliser: a well-mixed function of one number.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// splitmix64: small, fast and plenty for made-up data.
struct Rng(u64);

impl Rng {
    /// The numbers of one kind of value of one title or person.
    fn new(seed: u64, stream: u64, index: u64) -> Rng {
        Rng(mix(
            seed ^ mix(stream.wrapping_mul(0xA076_1D64_78BD_642F) ^ index)
        ))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    /// True once in `n` times.
    fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let index = self.below(items.len() as u64) as usize;
        items.get(index).copied().unwrap_or_default()
    }
}

const ADJECTIVES: [&str; 16] = [
    "Silent",
    "Last",
    "Crimson",
    "\"Lucky\"",
    "Hidden",
    "Broken",
    "Golden",
    "Distant",
    "Little",
    "Frozen",
    "Burning",
    "Velvet",
    "Wild",
    "Empty",
    "Secret",
    "Long",
];

const NOUNS: [&str; 16] = [
    "River", "Summer", "Harbour", "Garden", "Mirror", "Station", "Letter", "Orchard", "Island",
    "Promise", "Winter", "Highway", "Lantern", "Kingdom", "Shadow", "Café",
];

const FOREIGN: [&str; 8] = [
    "Le Jardin",
    "Das Schweigen",
    "La Strada Lunga",
    "Ça ira",
    "Ölümsüz",
    "東京の夜",
    "Małe Lato",
    "Ночной поезд",
];

const GENRES: [&str; 12] = [
    "Drama",
    "Comedy",
    "Thriller",
    "Romance",
    "Crime",
    "Horror",
    "Documentary",
    "Mystery",
    "Sci-Fi",
    "Western",
    "Animation",
    "Family",
];

const FIRST_NAMES: [&str; 16] = [
    "Zoë", "Søren", "José", "Ngozi", "Mei-Ling", "Yūko", "Björn", "Ólafur", "Ewa", "Đorđe", "Anna",
    "James", "Fatima", "Luca", "Chloé", "Ravi",
];

const LAST_NAMES: [&str; 16] = [
    "Ødegaard",
    "O'Brien",
    "García",
    "Nakamura",
    "Kowalski",
    "Dubois",
    "Okafor",
    "Müller",
    "Lindqvist",
    "Ivanova",
    "Chen",
    "Smith",
    "Jr. Downey",
    "Núñez",
    "Papadopoulos",
    "Haddad",
];

const CHARACTERS: [&str; 16] = [
    "Leonard",
    "Ellis Boyd \"Red\" Redding",
    "Dr. Ångström",
    "Officer Kowalski",
    "Narrator",
    "東京の女",
    "The Stranger",
    "Young Amélie",
    "Captain O'Neil",
    "Mother",
    "Back\\slash Man",
    "Waitress",
    "Ghost of Christmas Past",
    "Detective Núñez",
    "Himself",
    "Guard #2",
];

const OTHER_CREW: [&str; 7] = [
    "composer",
    "cinematographer",
    "editor",
    "production_designer",
    "casting_director",
    "archive_footage",
    "archive_sound",
];

const REGIONS: [&str; 8] = ["FR", "DE", "JP", "IT", "ES", "BR", "PL", "\\N"];

type Out = BufWriter<GzEncoder<File>>;

/// Creates a gzipped file and writes its header.
fn create(dir: &Path, name: &str, columns: &str) -> io::Result<Out> {
    let file = File::create(dir.join(name))?;
    // Level 1: the benchmark writes 10M rows, and size does not matter.
    let encoder = GzEncoder::new(file, Compression::fast());
    let mut out = BufWriter::with_capacity(256 * 1024, encoder);
    writeln!(out, "{columns}")?;
    Ok(out)
}

fn finish(out: Out) -> io::Result<()> {
    let encoder = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    encoder.finish()?.sync_all()
}

/// Appends `text` as a JSON string.
fn push_json_string(json: &mut String, text: &str) {
    json.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            json.push('\\');
        }
        json.push(c);
    }
    json.push('"');
}

/// The sizes and seed, and the rules every file follows.
struct Plan {
    titles: usize,
    principals: usize,
    seed: u64,
    /// People in `name.basics`: `nm0000001` to this.
    people: u64,
}

impl Plan {
    fn new(titles: usize, principals: usize, seed: u64) -> Plan {
        let credits = (titles as u64).saturating_mul(principals.max(1) as u64);
        Plan {
            titles,
            principals,
            seed,
            // About three credits a person, as in IMDb's files; never fewer
            // people than a title has principals, so a title's are distinct.
            people: (credits / 3).max(principals as u64 + 3).max(100),
        }
    }

    fn title_type(i: usize) -> &'static str {
        match i % 10 {
            7 => "tvSeries",
            9 => "short",
            _ => "movie",
        }
    }

    /// Principal `k` of title `i`: distinct for distinct `k` below `people`.
    fn person(&self, i: usize, k: usize) -> u64 {
        let start = mix(self.seed ^ (i as u64)) % self.people;
        1 + (start + k as u64) % self.people
    }

    /// A person id `name.basics` lacks.
    fn missing_person(&self, i: usize) -> u64 {
        self.people + 1 + (i % 1000) as u64
    }

    /// The id of a title not in basics.
    fn dangling(&self, d: usize) -> usize {
        self.titles + 1 + d
    }

    fn primary_title(&self, i: usize) -> String {
        let mut rng = Rng::new(self.seed, TITLE, i as u64);
        let adjective = rng.pick(&ADJECTIVES);
        let noun = rng.pick(&NOUNS);
        match rng.below(4) {
            0 => format!("The {adjective} {noun}"),
            1 => format!("{adjective} {noun} {}", 2 + rng.below(3)),
            _ => format!("{adjective} {noun}"),
        }
    }

    fn write_basics(&self, dir: &Path) -> io::Result<()> {
        let mut out = create(
            dir,
            "title.basics.tsv.gz",
            "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres",
        )?;
        let mut genres = String::new();
        for i in 0..self.titles {
            let mut rng = Rng::new(self.seed, BASICS, i as u64);
            let title = self.primary_title(i);
            let original = if i.is_multiple_of(7) {
                rng.pick(&FOREIGN).to_owned()
            } else {
                title.clone()
            };
            let kind = Self::title_type(i);
            let adult = u8::from(i % 50 == 21);
            let year = 1900 + rng.below(126);
            let (start, end) = match (i % 100 == 45, kind) {
                (true, _) => ("\\N".to_owned(), "\\N".to_owned()),
                (false, "tvSeries") => (year.to_string(), (year + rng.below(10)).to_string()),
                (false, _) => (year.to_string(), "\\N".to_owned()),
            };
            let runtime = if rng.one_in(10) {
                "\\N".to_owned()
            } else {
                (5 + rng.below(180)).to_string()
            };
            genres.clear();
            if rng.one_in(15) {
                genres.push_str("\\N");
            } else {
                for g in 0..1 + rng.below(3) {
                    if g > 0 {
                        genres.push(',');
                    }
                    genres.push_str(rng.pick(&GENRES));
                }
            }
            let id = i + 1;
            writeln!(
                out,
                "tt{id:07}\t{kind}\t{title}\t{original}\t{adult}\t{start}\t{end}\t{runtime}\t{genres}"
            )?;
            if i % 500 == 123 {
                writeln!(
                    out,
                    "tt{id:07}\tmovie\tRepeat of {title}\t\\N\t0\t1999\t\\N\t90\tDrama"
                )?;
            }
        }
        finish(out)
    }

    fn write_ratings(&self, dir: &Path) -> io::Result<()> {
        let mut out = create(
            dir,
            "title.ratings.tsv.gz",
            "tconst\taverageRating\tnumVotes",
        )?;
        for i in (0..self.titles).filter(|i| i % 20 != 13) {
            let mut rng = Rng::new(self.seed, RATING, i as u64);
            let tenths = 10 + rng.below(91);
            // Most titles have few votes, a few very many.
            let x = rng.below(1000);
            let votes = 5 + x * x * x / 500;
            let id = i + 1;
            writeln!(out, "tt{id:07}\t{}.{}\t{votes}", tenths / 10, tenths % 10)?;
        }
        for d in 0..DANGLING_TITLES {
            writeln!(out, "tt{:07}\t7.5\t1000", self.dangling(d))?;
        }
        finish(out)
    }

    fn write_crew(&self, dir: &Path) -> io::Result<()> {
        let mut out = create(dir, "title.crew.tsv.gz", "tconst\tdirectors\twriters")?;
        let p = self.principals;
        for i in 0..self.titles {
            let id = i + 1;
            write!(out, "tt{id:07}\t")?;
            if i % 31 == 4 {
                write!(out, "\\N")?;
            } else {
                write!(out, "nm{:07}", self.person(i, 6))?;
                if i.is_multiple_of(13) {
                    write!(out, ",nm{:07}", self.person(i, p + 1))?;
                }
            }
            if i.is_multiple_of(17) {
                writeln!(out, "\t\\N")?;
            } else {
                let (first, second) = (self.person(i, 7), self.person(i, p + 2));
                writeln!(out, "\tnm{first:07},nm{second:07}")?;
            }
        }
        for d in 0..DANGLING_TITLES {
            writeln!(out, "tt{:07}\tnm0000001\t\\N", self.dangling(d))?;
        }
        finish(out)
    }

    fn write_principals(&self, dir: &Path) -> io::Result<()> {
        let mut out = create(
            dir,
            "title.principals.tsv.gz",
            "tconst\tordering\tnconst\tcategory\tjob\tcharacters",
        )?;
        let mut row = String::new();
        for i in 0..self.titles {
            let mut rng = Rng::new(self.seed, PRINCIPAL, i as u64);
            let id = i + 1;
            for k in 0..self.principals {
                row.clear();
                self.principal(&mut row, &mut rng, i, k);
                writeln!(out, "tt{id:07}\t{row}")?;
                if k == 0 && i % 89 == 7 {
                    writeln!(out, "tt{id:07}\t{row}")?;
                }
            }
            if i % 97 == 5 {
                let (ordering, person) = (self.principals + 1, self.missing_person(i));
                writeln!(
                    out,
                    "tt{id:07}\t{ordering}\tnm{person:07}\tactor\t\\N\t[\"Uncredited\"]"
                )?;
            }
        }
        for d in 0..DANGLING_TITLES {
            writeln!(
                out,
                "tt{:07}\t1\tnm0000001\tactor\t\\N\t[\"Nobody\"]",
                self.dangling(d)
            )?;
        }
        finish(out)
    }

    /// Principal `k` of title `i`, from `ordering` to `characters`.
    fn principal(&self, row: &mut String, rng: &mut Rng, i: usize, k: usize) {
        use std::fmt::Write as _;
        let person = self.person(i, k);
        let (category, job) = match k % 10 {
            0..=5 if rng.one_in(20) => ("self", "\\N"),
            0..=5 if rng.one_in(2) => ("actress", "\\N"),
            0..=5 => ("actor", "\\N"),
            6 => ("director", "\\N"),
            7 => (
                "writer",
                rng.pick(&["screenplay", "based on the novel \"Winter\"", "\\N"]),
            ),
            8 => (
                "producer",
                rng.pick(&["producer", "executive producer", "\\N"]),
            ),
            _ => (
                OTHER_CREW
                    .get((i + k / 10) % OTHER_CREW.len())
                    .copied()
                    .unwrap_or("editor"),
                "\\N",
            ),
        };
        let _ = write!(row, "{}\tnm{person:07}\t{category}\t{job}\t", k + 1);
        match category {
            "actor" | "actress" => self.characters(row, rng),
            "self" | "archive_footage" | "archive_sound" if rng.one_in(2) => {
                row.push_str("[\"Self\"]")
            }
            _ => row.push_str("\\N"),
        }
    }

    /// A `characters` value: one name mostly, sometimes two, sometimes null.
    fn characters(&self, row: &mut String, rng: &mut Rng) {
        let count = match rng.below(20) {
            0 => 0,
            1..=3 => 2,
            _ => 1,
        };
        if count == 0 {
            row.push_str("\\N");
            return;
        }
        row.push('[');
        for c in 0..count {
            if c > 0 {
                row.push(',');
            }
            push_json_string(row, rng.pick(&CHARACTERS));
        }
        row.push(']');
    }

    fn write_akas(&self, dir: &Path) -> io::Result<()> {
        let mut out = create(
            dir,
            "title.akas.tsv.gz",
            "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle",
        )?;
        for i in 0..self.titles {
            let mut rng = Rng::new(self.seed, AKA, i as u64);
            let title = self.primary_title(i);
            let id = i + 1;
            writeln!(out, "tt{id:07}\t1\t{title}\t\\N\t\\N\toriginal\t\\N\t1")?;
            writeln!(out, "tt{id:07}\t2\t{title}\tUS\ten\timdbDisplay\t\\N\t0")?;
            for ordering in 3..3 + rng.below(4) {
                let region = rng.pick(&REGIONS);
                let aka = format!("{} ({region})", rng.pick(&FOREIGN));
                writeln!(
                    out,
                    "tt{id:07}\t{ordering}\t{aka}\t{region}\t\\N\t\\N\t\\N\t0"
                )?;
                if rng.one_in(4) {
                    // The same title and region again, in another language.
                    writeln!(
                        out,
                        "tt{id:07}\t{}\t{aka}\t{region}\txx\t\\N\t\\N\t\\N",
                        ordering + 10
                    )?;
                }
            }
        }
        for d in 0..DANGLING_TITLES {
            writeln!(
                out,
                "tt{:07}\t1\tNowhere\tUS\t\\N\t\\N\t\\N\t0",
                self.dangling(d)
            )?;
        }
        finish(out)
    }

    fn write_names(&self, dir: &Path) -> io::Result<()> {
        let mut out = create(
            dir,
            "name.basics.tsv.gz",
            "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles",
        )?;
        for person in 1..=self.people {
            let mut rng = Rng::new(self.seed, NAME, person);
            let first = rng.pick(&FIRST_NAMES);
            let last = rng.pick(&LAST_NAMES);
            let birth = 1900 + rng.below(100);
            let born = if rng.one_in(3) {
                "\\N".to_owned()
            } else {
                birth.to_string()
            };
            let died = if birth < 1940 && rng.one_in(2) {
                (birth + 40 + rng.below(50)).to_string()
            } else {
                "\\N".to_owned()
            };
            let mut known = Rng::new(self.seed, PEOPLE, person);
            let titles = self.titles.max(1) as u64;
            let (a, b) = (1 + known.below(titles), 1 + known.below(titles));
            writeln!(
                out,
                "nm{person:07}\t{first} {last}\t{born}\t{died}\tactor,producer\ttt{a:07},tt{b:07}"
            )?;
        }
        finish(out)
    }
}
