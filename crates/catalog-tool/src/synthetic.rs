//! A synthetic catalog of any size, for measuring the site at 10,000 or
//! 100,000 titles: `catalog-tool generate`.
//!
//! Everything is made up from word lists and sentence templates written for
//! this project, and every file follows the same rules as the real catalog
//! (`validate::check_catalog`). Title `i` depends only on the seed and `i`:
//! its file is the same in a catalog of 50 titles and of 100,000, except that
//! its related films wrap around to the start of a catalog too small to
//! hold them. A title's related films are 12 of the 48 titles after it, so a
//! title file never grows with the catalog.
//!
//! Two passes keep memory flat: the first makes each title once to learn its
//! card and search entry, the second makes it again, fills in the related
//! cards and writes its files.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::ids::unique_id;
use crate::load::load_catalog_dir;
use crate::people::write_people;
use crate::writer::{
    BrowseWritten, CatalogFile, CatalogIoError, JsonStyle, LIST_DIR, Listing, MatchWritten,
    clear_json_files, front_file, gzip_len, index_files, json_files, previous_featured, read_title,
    rewrite_indexes, to_json, write_browse, write_file, write_match,
};
use film_catalog::catalog::{
    AlsoKnownAs, Awards, CastCredit, Credits, CrewCredit, CrewGroup, Details, Faq, OfferKind,
    PersonRef, Price, Quote, Rating, Release, Review, ReviewsFile, TechSpecs, Title, WatchOffer,
};
use film_catalog::search::SEARCH_DIR;
use film_catalog::validate::check_catalog;

/// Related films on every title page, as on the real seed page.
pub const RELATED_PER_TITLE: usize = 12;
/// Related films are chosen among the titles this far after a title.
pub const RELATED_SPAN: usize = 48;
/// First-billed cast kept in a title file; the rest is in its credits file.
pub const TOP_CAST: usize = 15;

/// The catalog directories the generator writes.
const DIRS: [&str; 5] = ["titles", "credits", "reviews", LIST_DIR, SEARCH_DIR];

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Number of titles, at least 1.
    pub titles: usize,
    pub seed: u64,
    /// User reviews of the first title, the one the benchmark opens.
    pub reviews_on_first: usize,
    pub style: JsonStyle,
    /// Replace the catalog files already in the output directory.
    pub force: bool,
    /// Load the written catalog back and run `check_catalog` on it.
    pub check: bool,
    /// Threads that make and write titles; the output is the same for any
    /// number.
    pub jobs: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            titles: 100,
            seed: 1,
            reviews_on_first: 10_000,
            style: JsonStyle::Compact,
            force: false,
            check: false,
            jobs: 1,
        }
    }
}

/// What was written, for the generator's report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub files: usize,
    pub bytes: u64,
    /// `(path, bytes)` of the largest title file.
    pub largest_title: Option<(String, usize)>,
    pub shard_files: usize,
    /// `(path, bytes)` of the largest search shard.
    pub largest_shard: Option<(String, usize)>,
    /// `(path, gzipped bytes)` of the search shard that gzips largest.
    pub largest_shard_gz: Option<(String, usize)>,
    /// Id of the first title (the one with `reviews_on_first` reviews).
    pub first_title: Option<String>,
    /// People files (`people/`), first pages and later ones.
    pub people_files: usize,
    /// The browse lists (not in `files`).
    pub browse: BrowseWritten,
    /// The match index (not in `files`).
    pub matching: MatchWritten,
    pub elapsed: Duration,
}

impl Report {
    fn count(&mut self, path: &str, len: usize) {
        self.files += 1;
        self.bytes += len as u64;
        if path.starts_with("titles/") && self.largest_title.as_ref().is_none_or(|t| len > t.1) {
            self.largest_title = Some((path.to_owned(), len));
        }
    }

    /// Adds the counts of a later part of the same catalog.
    fn merge(&mut self, part: Report) {
        fn larger(mine: &mut Option<(String, usize)>, theirs: Option<(String, usize)>) {
            if let Some(t) = theirs
                && mine.as_ref().is_none_or(|m| t.1 > m.1)
            {
                *mine = Some(t);
            }
        }
        self.files += part.files;
        self.bytes += part.bytes;
        self.shard_files += part.shard_files;
        larger(&mut self.largest_title, part.largest_title);
        larger(&mut self.largest_shard, part.largest_shard);
        larger(&mut self.largest_shard_gz, part.largest_shard_gz);
    }

    fn count_index(&mut self, files: &[CatalogFile]) {
        for file in files {
            self.count(&file.path, file.bytes.len());
            if !file.path.starts_with(SEARCH_DIR) {
                continue;
            }
            self.shard_files += 1;
            let raw = file.bytes.len();
            if self.largest_shard.as_ref().is_none_or(|s| raw > s.1) {
                self.largest_shard = Some((file.path.clone(), raw));
            }
            let gz = gzip_len(&file.bytes);
            if self.largest_shard_gz.as_ref().is_none_or(|s| gz > s.1) {
                self.largest_shard_gz = Some((file.path.clone(), gz));
            }
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "files written        {} ({} bytes, {:.1} MiB)",
            self.files,
            self.bytes,
            self.bytes as f64 / 1_048_576.0
        )?;
        if let Some(id) = &self.first_title {
            writeln!(f, "first title          {id}")?;
        }
        if let Some((path, len)) = &self.largest_title {
            writeln!(f, "largest title file   {path} ({len} bytes)")?;
        }
        writeln!(f, "search shards        {}", self.shard_files)?;
        writeln!(f, "people files         {}", self.people_files)?;
        if let Some((path, len)) = &self.largest_shard {
            writeln!(f, "largest shard        {path} ({len} bytes)")?;
        }
        if let Some((path, len)) = &self.largest_shard_gz {
            writeln!(
                f,
                "largest shard gzip   {path} ({len} bytes, {:.1} KiB, gzip level 6)",
                *len as f64 / 1024.0
            )?;
        }
        write!(f, "{}", self.browse)?;
        writeln!(f, "{}", self.matching)?;
        write!(
            f,
            "time                 {:.2} s",
            self.elapsed.as_secs_f64()
        )
    }
}

/// Rebuilds `root/list`, `root/search`, `root/people`, `root/browse`,
/// `root/match` and `root/front.json` from `root/titles` and
/// `root/credits`, featuring `featured` on the home page (else the film
/// featured now, else the best rated).
pub fn reindex(
    root: &Path,
    featured: Option<&str>,
    style: JsonStyle,
) -> Result<Report, CatalogIoError> {
    let started = Instant::now();
    let featured = featured
        .map(str::to_owned)
        .or_else(|| previous_featured(root));
    // People first: the search index holds them too.
    let people = write_people(root, style)?;
    let written = rewrite_indexes(root, &people.search, featured.as_deref(), style)?;
    let mut report = Report::default();
    report.count_index(&written.files);
    report.browse = written.browse;
    report.matching = written.matching;
    report.people_files = people.files;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Writes a synthetic catalog of `options.titles` titles into `out`.
pub fn generate(out: &Path, options: &Options) -> Result<Report, CatalogIoError> {
    let started = Instant::now();
    let n = options.titles;
    if n == 0 {
        return Err(CatalogIoError::Invalid(
            "--titles must be at least 1".into(),
        ));
    }
    prepare(out, options.force)?;

    // Pass 1: every title's card, search entry and final id.
    let all = listings(options)?;

    // Pass 2: the same titles with their related cards, and their files.
    let mut report = Report {
        first_title: all.first().map(|l| l.card.id.clone()),
        ..Report::default()
    };
    for part in in_chunks(n, options.jobs, |range| {
        let mut report = Report::default();
        for i in range {
            write_title(out, options, i, &all, &mut report)?;
        }
        Ok(report)
    })? {
        report.merge(part);
    }

    let people = write_people(out, options.style)?;
    report.people_files = people.files;
    let mut index = index_files(&all, &people.search, options.style)?;
    index.extend(front_file(
        &all,
        None,
        |id| read_title(out, id),
        options.style,
    )?);
    for file in &index {
        write_file(out, &file.path, &file.bytes)?;
    }
    report.count_index(&index);
    report.browse = write_browse(out, &all)?;
    report.matching = write_match(out, &all)?;

    if options.check {
        let files = load_catalog_dir(out).map_err(|e| CatalogIoError::Invalid(e.join("\n")))?;
        let problems = check_catalog(&files);
        if !problems.is_empty() {
            return Err(CatalogIoError::Invalid(format!(
                "the generated catalog has {} problems, first:\n{}",
                problems.len(),
                problems[..problems.len().min(20)].join("\n")
            )));
        }
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Pass 1 of [`generate`]: the card and search entry of every title, with
/// its final id, without writing anything. Ids are made unique in title
/// order, after the parallel part, so they do not depend on the jobs.
pub fn listings(options: &Options) -> Result<Vec<Listing>, CatalogIoError> {
    let mut listings: Vec<Listing> = in_chunks(options.titles, options.jobs, |range| {
        Ok(range
            .map(|i| Listing::of(&synth_title(options, i).0))
            .collect::<Vec<_>>())
    })?
    .into_iter()
    .flatten()
    .collect();
    let mut taken: HashSet<String> = HashSet::with_capacity(listings.len());
    for listing in &mut listings {
        let id = unique_id(&listing.card.id, &mut taken);
        listing.search.id.clone_from(&id);
        listing.browse.id.clone_from(&id);
        listing.matching.id.clone_from(&id);
        listing.card.id = id;
    }
    Ok(listings)
}

/// Runs `work` on `0..n` cut into `jobs` consecutive ranges, one thread
/// each, and returns the results in range order.
fn in_chunks<T: Send>(
    n: usize,
    jobs: usize,
    work: impl Fn(std::ops::Range<usize>) -> Result<T, CatalogIoError> + Sync,
) -> Result<Vec<T>, CatalogIoError> {
    let jobs = jobs.clamp(1, n.max(1));
    let size = n.div_ceil(jobs);
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|j| scope.spawn(move || work(j * size..((j + 1) * size).min(n))))
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker.join().unwrap_or_else(|_| {
                    Err(CatalogIoError::Invalid(
                        "a generator thread panicked".into(),
                    ))
                })
            })
            .collect()
    })
}

/// Makes title `i` again, with its related cards, and writes its title,
/// credits and reviews files.
fn write_title(
    out: &Path,
    options: &Options,
    i: usize,
    listings: &[Listing],
    report: &mut Report,
) -> Result<(), CatalogIoError> {
    let (mut title, cast) = synth_title(options, i);
    title.id.clone_from(&listings[i].card.id);
    title.related = related(options.seed, i, listings.len())
        .into_iter()
        .map(|j| listings[j].card.clone())
        .collect();
    debug_assert_eq!(title.card(), listings[i].card);
    let credits = synth_credits(options.seed, i, &title, cast);
    let reviews = ReviewsFile {
        title_id: title.id.clone(),
        title: title.title.clone(),
        year: title.year,
        reviews: (1..=title.user_reviews as usize)
            .map(|k| synth_review(options.seed, i, k, &title))
            .collect(),
    };
    let id = &title.id;
    write(
        out,
        &format!("titles/{id}.json"),
        &title,
        options.style,
        report,
    )?;
    write(
        out,
        &format!("credits/{id}.json"),
        &credits,
        options.style,
        report,
    )?;
    write(
        out,
        &format!("reviews/{id}.json"),
        &reviews,
        options.style,
        report,
    )
}

/// Makes the catalog directories, refusing to mix with an existing catalog
/// unless `force`, which deletes only the `.json` files of those directories.
fn prepare(out: &Path, force: bool) -> Result<(), CatalogIoError> {
    for dir in DIRS {
        if !json_files(out, dir)?.is_empty() {
            if !force {
                return Err(CatalogIoError::Invalid(format!(
                    "{} already holds catalog files; pass --force to replace them",
                    out.join(dir).display()
                )));
            }
            clear_json_files(out, dir)?;
        }
        let path = out.join(dir);
        std::fs::create_dir_all(&path).map_err(|source| CatalogIoError::Io { path, source })?;
    }
    Ok(())
}

fn write<T: serde::Serialize>(
    out: &Path,
    path: &str,
    value: &T,
    style: JsonStyle,
    report: &mut Report,
) -> Result<(), CatalogIoError> {
    let bytes = to_json(value, style).map_err(|source| CatalogIoError::Json {
        path: out.join(path),
        source,
    })?;
    let full = out.join(path);
    std::fs::write(&full, &bytes).map_err(|source| CatalogIoError::Io { path: full, source })?;
    report.count(path, bytes.len());
    Ok(())
}

/// The indexes of title `i`'s related films: distinct, never `i`, picked
/// among the next [`RELATED_SPAN`] titles (wrapping around the catalog).
fn related(seed: u64, i: usize, n: usize) -> Vec<usize> {
    let want = RELATED_PER_TITLE.min(n - 1);
    let mut rng = Rng::stream(seed, &[i as u64, 1]);
    let mut picked = Vec::with_capacity(want);
    let mut tries = 0;
    while picked.len() < want && tries < 1000 {
        tries += 1;
        let j = (i + 1 + rng.below(RELATED_SPAN)) % n;
        if j != i && !picked.contains(&j) {
            picked.push(j);
        }
    }
    // Only a tiny catalog can run out of tries: fill in order.
    let mut j = i;
    while picked.len() < want {
        j = (j + 1) % n;
        if j != i && !picked.contains(&j) {
            picked.push(j);
        }
    }
    picked
}

/// A deterministic pseudo-random stream (splitmix64): no `rand` crate, and
/// the same numbers on every machine.
struct Rng(u64);

impl Rng {
    /// The stream for a seed and a path such as `[title, purpose]`.
    fn stream(seed: u64, path: &[u64]) -> Rng {
        let mut rng = Rng(seed);
        for &part in path {
            rng.0 = rng.next() ^ part.wrapping_mul(0xD1B5_4A32_D192_ED03);
        }
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// `count` distinct items (fewer if there are not that many).
    fn pick_distinct<T: Copy + PartialEq>(&mut self, items: &[T], count: usize) -> Vec<T> {
        let mut picked = Vec::with_capacity(count);
        while picked.len() < count.min(items.len()) {
            let item = self.pick(items);
            if !picked.contains(&item) {
                picked.push(item);
            }
        }
        picked
    }
}

/// The slug of `text`, or "title" when it has no Latin letters or digits.
fn slug(text: &str) -> String {
    let slug = crate::ids::slug(text);
    if slug.is_empty() {
        "title".into()
    } else {
        slug
    }
}

fn person(name: String) -> PersonRef {
    PersonRef {
        id: slug(&name),
        name,
    }
}

fn random_person(rng: &mut Rng) -> PersonRef {
    person(format!(
        "{} {}",
        rng.pick(FIRST_NAMES),
        rng.pick(LAST_NAMES)
    ))
}

/// A date in `year` that always exists (days up to 28).
fn date_in(rng: &mut Rng, year: u32) -> String {
    format!(
        "{year:04}-{:02}-{:02}",
        rng.between(1, 12),
        rng.between(1, 28)
    )
}

/// Fills `{place}`, `{first}` and `{last}` in a template.
fn fill(template: &str, place: &str, rng: &mut Rng) -> String {
    let mut text = template.replace("{place}", place);
    if text.contains("{first}") {
        text = text.replace("{first}", rng.pick(FIRST_NAMES));
    }
    if text.contains("{last}") {
        text = text.replace("{last}", rng.pick(LAST_NAMES));
    }
    text
}

/// "A" or "An" before a noun.
fn indefinite(noun: &str) -> &'static str {
    if noun.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "An"
    } else {
        "A"
    }
}

fn roman(n: u32) -> &'static str {
    ["II", "III", "IV", "V"][(n as usize).saturating_sub(2).min(3)]
}

fn synth_name(rng: &mut Rng, place: &str) -> String {
    let adj = rng.pick(ADJECTIVES);
    let noun = rng.pick(NOUNS);
    if rng.below(3000) == 0 {
        // A one-letter title, like "M": the search's one-char case.
        return char::from(b'A' + rng.below(26) as u8).to_string();
    }
    match rng.below(100) {
        0..18 => format!("The {adj} {noun}"),
        18..28 => format!("{adj} {noun}"),
        28..40 => format!("The {noun} of {place}"),
        40..47 => format!("{} {noun} in {place}", indefinite(noun)),
        47..61 => rng.pick(FOREIGN_TITLES).to_owned(),
        61..68 => format!("{}'s {noun}", rng.pick(FIRST_NAMES)),
        68..73 => noun.to_owned(),
        73..77 => place.to_owned(),
        77..83 => format!("{noun} {}", rng.between(2, 99)),
        83..89 => format!("{adj} {noun}: Part {}", roman(rng.between(2, 5))),
        89..95 => format!("The {noun} and the {}", rng.pick(NOUNS)),
        _ => format!("{} {}", rng.pick(FOREIGN_TITLES), rng.between(2, 9)),
    }
}

/// Title `i` without its related films, and its full cast. The id is the
/// slug before any `-2` is added for a repeated name.
fn synth_title(options: &Options, i: usize) -> (Title, Vec<CastCredit>) {
    let mut rng = Rng::stream(options.seed, &[i as u64, 0]);
    let (city, country, language) = rng.pick(PLACES);
    let name = synth_name(&mut rng, city);
    // Recent years are more common, as in any film catalog.
    let year = 2024 - (104.0 * rng.unit().powf(1.6)) as u32;
    let genre_count = 1 + rng.below(3);
    let genres = rng.pick_distinct(GENRES, genre_count);

    let plot = format!(
        "{} in {city} {}{}.",
        rng.pick(PROTAGONISTS),
        fill(rng.pick(ACTIONS), city, &mut rng),
        rng.pick(COMPLICATIONS)
    );
    let storyline = format!(
        "{} {} {}",
        plot,
        fill(rng.pick(SETUPS), city, &mut rng),
        rng.pick(ENDINGS)
    );
    let rating = rng.chance(92).then(|| {
        // Sum of three uniforms: most films between 5 and 8.
        let spread = rng.unit() + rng.unit() + rng.unit();
        let tenths = (25.0 + spread * 28.0).round().clamp(10.0, 100.0) as u32;
        Rating {
            average: tenths as f32 / 10.0,
            votes: rng
                .chance(85)
                .then(|| 10f64.powf(0.5 + 5.2 * rng.unit().powi(2)) as u32 + 1),
        }
    });

    let directors: Vec<PersonRef> = (0..1 + usize::from(rng.chance(10)))
        .map(|_| random_person(&mut rng))
        .collect();
    let mut writers = vec![directors[0].clone()];
    for _ in 0..rng.below(3) {
        writers.push(random_person(&mut rng));
    }
    writers.dedup_by(|a, b| a.id == b.id);
    let cast_total = rng.between(3, 40) as usize;
    let mut cast: Vec<CastCredit> = Vec::with_capacity(cast_total);
    let mut cast_ids = HashSet::new();
    while cast.len() < cast_total {
        let who = random_person(&mut rng);
        if !cast_ids.insert(who.id.clone()) {
            continue;
        }
        let role = rng.pick(ROLES);
        let notes = if role == "Narrator" {
            vec!["voice".to_owned()]
        } else if rng.chance(4) {
            vec!["uncredited".to_owned()]
        } else {
            Vec::new()
        };
        cast.push(CastCredit {
            person: who,
            character: fill(role, city, &mut rng),
            notes,
        });
    }
    let top_cast: Vec<CastCredit> = cast.iter().take(TOP_CAST).cloned().collect();
    let stars = cast.iter().take(3).map(|c| c.person.clone()).collect();

    let user_reviews = if i == 0 {
        options.reviews_on_first
    } else {
        rng.pick(&[0usize, 0, 1, 1, 2, 2, 3, 4, 5, 8])
    };
    let mut original_title = None;
    let mut also_known_as = Vec::new();
    if rng.chance(18) {
        original_title = Some(rng.pick(FOREIGN_TITLES).to_owned());
    } else if rng.chance(3) {
        original_title = Some(rng.pick(NON_LATIN_TITLES).to_owned());
    }
    if rng.chance(6) {
        also_known_as.push(AlsoKnownAs {
            title: rng.pick(NON_LATIN_TITLES).to_owned(),
            region: Some(rng.pick(PLACES).1.to_owned()),
        });
    }
    let runtime = rng.between(70, 185) as u16;
    let offer_count = rng.below(4);
    let watch = rng
        .pick_distinct(PROVIDERS, offer_count)
        .into_iter()
        .map(|provider| {
            let kind = rng.pick(&[
                OfferKind::Subscription,
                OfferKind::Rent,
                OfferKind::Buy,
                OfferKind::Free,
            ]);
            let price = matches!(kind, OfferKind::Rent | OfferKind::Buy).then(|| Price {
                cents: rng.pick(&[299, 399, 499, 999, 1299, 1499]),
                currency: "USD".into(),
            });
            WatchOffer {
                provider: provider.into(),
                kind,
                price,
            }
        })
        .collect();
    let awards = rng.chance(20).then(|| {
        let wins = rng.between(0, 12);
        let highlights = if wins > 0 {
            vec![format!(
                "Won the {} at the {} Film Festival",
                rng.pick(PRIZES),
                rng.pick(PLACES).0
            )]
        } else {
            Vec::new()
        };
        Awards {
            wins,
            nominations: wins + rng.between(1, 15),
            highlights,
        }
    });
    let quotes = (0..rng.below(3))
        .map(|_| {
            let speaker = &top_cast[rng.below(top_cast.len())];
            Quote {
                character: speaker.character.clone(),
                text: rng.pick(QUOTES).into(),
            }
        })
        .collect();
    let trivia_count = rng.below(3);
    let trivia = rng
        .pick_distinct(TRIVIA, trivia_count)
        .into_iter()
        .map(|t| fill(t, city, &mut rng))
        .collect();
    let mut faq = Vec::new();
    if rng.chance(50) {
        faq.push(Faq {
            question: format!("How long is {name}?"),
            answer: format!("{runtime} minutes."),
        });
    }
    if rng.chance(40) {
        faq.push(Faq {
            question: format!("Where was {name} filmed?"),
            answer: format!("Mostly in and around {city}, {country}."),
        });
    }

    let mut title = Title {
        id: format!("{}-{year}", slug(&name)),
        imdb_id: None,
        title: name,
        original_title,
        year: year as u16,
        certification: rng.chance(70).then(|| rng.pick(CERTIFICATIONS).into()),
        genres: genres.into_iter().map(str::to_owned).collect(),
        release: rng.chance(60).then(|| {
            // Released in its year or, now and then, the next.
            let released = year + u32::from(rng.chance(30));
            Release {
                date: date_in(&mut rng, released),
                country: rng.pick(PLACES).1.into(),
            }
        }),
        plot,
        storyline,
        rating,
        user_reviews: user_reviews as u32,
        critic_reviews: rng.chance(50).then(|| rng.between(0, 80)),
        directors,
        writers,
        stars,
        top_cast,
        cast_alphabetical: false,
        cast_total: cast.len() as u32,
        watch,
        awards,
        related: Vec::new(),
        details: Details {
            countries: vec![country.into()],
            languages: vec![language.into()],
            also_known_as,
            filming_locations: vec![format!("{city}, {country}")],
            companies: vec![format!(
                "{} {}",
                rng.pick(COMPANY_WORDS),
                rng.pick(COMPANY_KINDS)
            )],
            tech: TechSpecs {
                runtime_minutes: Some(runtime),
                color: Some(
                    if rng.chance(80) {
                        "Color"
                    } else {
                        "Black and White"
                    }
                    .into(),
                ),
                sound_mix: vec![rng.pick(&["Dolby Digital", "Mono", "Stereo", "DTS"]).into()],
                aspect_ratio: Some(
                    rng.pick(&["1.85 : 1", "2.39 : 1", "1.37 : 1", "1.66 : 1"])
                        .into(),
                ),
            },
        },
        quotes,
        trivia,
        faq,
        featured_review: None,
        source: None,
    };
    if title.user_reviews > 0 {
        // The first review is the featured one: made from its own stream,
        // so the reviews file can make it again without this title's.
        title.featured_review = Some(synth_review(options.seed, i, 1, &title));
    }
    (title, cast)
}

fn synth_credits(seed: u64, i: usize, title: &Title, cast: Vec<CastCredit>) -> Credits {
    let mut rng = Rng::stream(seed, &[i as u64, 2]);
    let group = |department: &str, people: Vec<PersonRef>| CrewGroup {
        department: department.into(),
        people: people
            .into_iter()
            .map(|person| CrewCredit { person, job: None })
            .collect(),
    };
    let mut crew = vec![
        group("Directed by", title.directors.clone()),
        group("Written by", title.writers.clone()),
    ];
    for department in [
        "Produced by",
        "Music by",
        "Cinematography by",
        "Film Editing by",
    ] {
        let count = if department == "Produced by" {
            1 + rng.below(3)
        } else {
            1
        };
        let mut people: Vec<PersonRef> = (0..count).map(|_| random_person(&mut rng)).collect();
        people.dedup_by(|a, b| a.id == b.id);
        crew.push(group(department, people));
    }
    Credits {
        title_id: title.id.clone(),
        title: title.title.clone(),
        year: title.year,
        cast,
        cast_alphabetical: false,
        crew,
    }
}

/// Review `k` (from 1) of title `i`, from its own stream.
fn synth_review(seed: u64, i: usize, k: usize, title: &Title) -> Review {
    let mut rng = Rng::stream(seed, &[i as u64, 3, k as u64]);
    let first_year = u32::from(title.year).max(1999);
    let year = rng.between(first_year, 2025.max(first_year));
    let helpful_total = rng.between(0, 60);
    let base = title.rating.map_or(6.0, |r| r.average);
    let stars = (base + rng.unit() as f32 * 4.0 - 2.0)
        .round()
        .clamp(1.0, 10.0) as u8;
    let place = title
        .details
        .filming_locations
        .first()
        // "Accra, Ghana" → "Accra".
        .map_or("the town", |l| l.split(',').next().unwrap_or(l));
    Review {
        id: format!("r{i}-{k}"),
        author: format!(
            "{}{}{}",
            rng.pick(HANDLE_FIRST),
            rng.pick(HANDLE_SECOND),
            rng.between(1, 99)
        ),
        date: date_in(&mut rng, year),
        rating: rng.chance(85).then_some(stars),
        headline: rng.pick(HEADLINES).into(),
        body: format!(
            "{} {} {}",
            rng.pick(OPENINGS),
            fill(rng.pick(MIDDLES), place, &mut rng),
            rng.pick(CLOSINGS)
        ),
        spoilers: rng.chance(10),
        helpful_yes: rng.between(0, helpful_total),
        helpful_total,
    }
}

// The word lists. Names of real places, invented everything else; accents
// and other scripts on purpose, so that search folding is exercised.

const ADJECTIVES: &[&str] = &[
    "Silent", "Amber", "Last", "Hidden", "Northern", "Broken", "Golden", "Distant", "Quiet",
    "Restless", "Burning", "Winter", "Paper", "Iron", "Glass", "Hollow", "Crimson", "Lonely",
    "Wild", "Second", "Salt", "Open", "Pale", "Long", "Narrow", "Bright", "Lost", "Empty",
    "Secret", "Little", "Bitter", "Endless", "Borrowed", "Faded", "Sleeping", "Drifting", "Green",
    "Early", "Late", "Velvet",
];

const NOUNS: &[&str] = &[
    "Harbour",
    "River",
    "Orchard",
    "Station",
    "Lantern",
    "Garden",
    "Border",
    "Mirror",
    "Season",
    "Village",
    "Summer",
    "Letter",
    "Promise",
    "Shore",
    "Tide",
    "Archive",
    "Valley",
    "Bridge",
    "Crossing",
    "Inheritance",
    "Verdict",
    "Frontier",
    "Carnival",
    "Lighthouse",
    "Procession",
    "Mountain",
    "Island",
    "Factory",
    "Wedding",
    "Harvest",
    "Market",
    "Kitchen",
    "Orchestra",
    "Ferry",
    "Signal",
    "Circus",
    "Quarry",
    "Lagoon",
    "Vineyard",
    "Tram",
    "Embassy",
    "Rehearsal",
    "Strike",
    "Monsoon",
    "Balcony",
    "Photograph",
    "Daughter",
    "Witness",
    "Stranger",
    "Teacher",
    "Ballroom",
    "Chapel",
    "Courtyard",
    "Apartment",
    "Radio",
    "Nightingale",
    "Compass",
    "Passage",
    "Threshold",
    "Café",
];

/// `(city, country, language)`.
const PLACES: &[(&str, &str, &str)] = &[
    ("Córdoba", "Spain", "Spanish"),
    ("Sevilla", "Spain", "Spanish"),
    ("Kraków", "Poland", "Polish"),
    ("Łódź", "Poland", "Polish"),
    ("Gdańsk", "Poland", "Polish"),
    ("Malmö", "Sweden", "Swedish"),
    ("Göteborg", "Sweden", "Swedish"),
    ("Besançon", "France", "French"),
    ("Orléans", "France", "French"),
    ("Nîmes", "France", "French"),
    ("Plzeň", "Czech Republic", "Czech"),
    ("Český Krumlov", "Czech Republic", "Czech"),
    ("Brașov", "Romania", "Romanian"),
    ("Timișoara", "Romania", "Romanian"),
    ("Zürich", "Switzerland", "German"),
    ("Reykjavík", "Iceland", "Icelandic"),
    ("Tromsø", "Norway", "Norwegian"),
    ("Ålesund", "Norway", "Norwegian"),
    ("Évora", "Portugal", "Portuguese"),
    ("Coimbra", "Portugal", "Portuguese"),
    ("Trieste", "Italy", "Italian"),
    ("Napoli", "Italy", "Italian"),
    ("Bogotá", "Colombia", "Spanish"),
    ("Valparaíso", "Chile", "Spanish"),
    ("Mérida", "Mexico", "Spanish"),
    ("Oaxaca", "Mexico", "Spanish"),
    ("Dakar", "Senegal", "French"),
    ("Tánger", "Morocco", "Arabic"),
    ("İzmir", "Turkey", "Turkish"),
    ("Košice", "Slovakia", "Slovak"),
    ("Pécs", "Hungary", "Hungarian"),
    ("Jyväskylä", "Finland", "Finnish"),
    ("Aarhus", "Denmark", "Danish"),
    ("São Luís", "Brazil", "Portuguese"),
    ("Curitiba", "Brazil", "Portuguese"),
    ("Niš", "Serbia", "Serbian"),
    ("Kyoto", "Japan", "Japanese"),
    ("Busan", "South Korea", "Korean"),
    ("Accra", "Ghana", "English"),
    ("Lagos", "Nigeria", "English"),
];

const FOREIGN_TITLES: &[&str] = &[
    "La canción del río",
    "Noche de ámbar",
    "Los años del puerto",
    "La casa de los pájaros",
    "Después de la huelga",
    "L'Été des marées",
    "La Rivière d'hiver",
    "Un été à Nîmes",
    "La Fête des pêcheurs",
    "Le Silence du phare",
    "Après la marée",
    "La città di carta",
    "Il ponte d'inverno",
    "Giorni di sale",
    "Perché la notte",
    "A canção do mar",
    "O último comboio",
    "Coração de pedra",
    "Złota rzeka",
    "Cisza nad jeziorem",
    "Ostatni tramwaj",
    "Řeka bez jména",
    "Poslední léto",
    "Dům u přístavu",
    "Die Straße am Fluss",
    "Der große Schnee",
    "Über den Fluss",
    "Sommaren på ön",
    "Ljuset över fjorden",
    "Søsteren fra Tromsø",
    "Şehrin ışıkları",
    "Țara de sare",
    "Iarna în Brașov",
    "Őszi vásár",
    "A csend háza",
    "Þögnin",
    "Hafið og ég",
    "Æblehaven",
    "Œil pour œil",
    "Ça ira, Marie",
];

const NON_LATIN_TITLES: &[&str] = &[
    "Зимняя река",
    "Последнее лето",
    "Город у моря",
    "Το τελευταίο καλοκαίρι",
    "Η γέφυρα",
    "夏の川",
    "港の灯",
    "바다의 노래",
];

const FIRST_NAMES: &[&str] = &[
    "José",
    "Zoë",
    "Søren",
    "Ana",
    "Łukasz",
    "Inés",
    "Renée",
    "Björn",
    "Ángela",
    "Núria",
    "Jiří",
    "Dragoș",
    "Étienne",
    "Chloé",
    "Aurélie",
    "Mikuláš",
    "Hélène",
    "Agnès",
    "Raúl",
    "Iñaki",
    "Tomás",
    "Yusuf",
    "Amara",
    "Kwame",
    "Leïla",
    "Ngozi",
    "Mei",
    "Hiroshi",
    "Oksana",
    "Dmitri",
    "Priya",
    "Arjun",
    "Fatou",
    "Malick",
    "Teodor",
    "Wiebke",
    "Joaquín",
    "Ximena",
    "Gonçalo",
    "Mário",
    "Zuzana",
    "Ewa",
    "Ilse",
    "Maëlle",
    "Bartłomiej",
    "Göran",
    "Şebnem",
    "Sunniva",
];

const LAST_NAMES: &[&str] = &[
    "García",
    "Nowak",
    "Kowalski",
    "Dubois",
    "Fernández",
    "Rossi",
    "Novák",
    "Sørensen",
    "Müller",
    "Lindqvist",
    "Okafor",
    "Diallo",
    "Sato",
    "Ionescu",
    "Horváth",
    "Petrović",
    "Moreau",
    "Núñez",
    "Ortega",
    "Ferreira",
    "Mendes",
    "Janssen",
    "De Vries",
    "Öztürk",
    "Yılmaz",
    "Haddad",
    "Mensah",
    "Ndiaye",
    "Tanaka",
    "Kim",
    "Nguyen",
    "Silva",
    "Costa",
    "Lefèvre",
    "Brandão",
    "Ruiz",
    "Castillo",
    "Szabó",
    "Dvořák",
    "Łęcka",
    "Bianchi",
    "Eriksson",
    "Håkansson",
    "Grönlund",
    "Weiß",
    "Achterberg",
    "Quispe",
    "Mbeki",
];

const GENRES: &[&str] = &[
    "Drama",
    "Comedy",
    "Documentary",
    "Thriller",
    "Romance",
    "Crime",
    "History",
    "War",
    "Music",
    "Mystery",
    "Adventure",
    "Biography",
    "Family",
    "Fantasy",
    "Sci-Fi",
    "Horror",
    "Western",
    "Animation",
    "Sport",
];

const PROTAGONISTS: &[&str] = &[
    "A retired ferry pilot",
    "An estranged sister",
    "A young schoolteacher",
    "An ageing tenor",
    "A night-shift nurse",
    "A customs officer",
    "A small-town archivist",
    "A retired engine driver",
    "A widowed beekeeper",
    "A disgraced surveyor",
    "A late-night radio host",
    "A travelling projectionist",
    "A teenage chess player",
    "A stubborn lighthouse keeper",
    "A union organiser",
    "An exiled poet",
    "A hotel night porter",
    "A village baker",
    "A grieving cartographer",
    "A former boxer",
];

const ACTIONS: &[&str] = &[
    "must decide whether to sell the family orchard",
    "finds a box of letters that rewrites the town's history",
    "agrees to guide a stranger across the mountains",
    "tries to keep a failing cinema open for one more season",
    "looks into the disappearance of a harbour pilot",
    "comes home after twenty years to settle an old debt",
    "takes a job that nobody else in town will touch",
    "organises a strike at the fish cannery",
    "is asked to testify against a neighbour",
    "sets out to find the composer of a forgotten song",
    "inherits a crumbling hotel and its last guest",
    "trains a choir of reluctant miners",
    "hides a wounded deserter in the attic",
    "tries to save a flooded municipal archive",
    "answers a newspaper advertisement placed by {first} {last}",
];

const COMPLICATIONS: &[&str] = &[
    " while a storm closes every road",
    ", but nobody in the village wants the past disturbed",
    " as an election divides the town",
    " during the last summer before the dam is built",
    " in the weeks after a general strike",
    ", and slowly learns why the previous one left",
    " as the festival season begins",
    "",
];

const SETUPS: &[&str] = &[
    "Over one long winter, old loyalties are tested and a family secret comes to light.",
    "What begins as a favour becomes a test of conscience for everyone involved.",
    "The story moves between two decades as memories and documents contradict each other.",
    "Shot largely on location around {place}, the film mixes non-professional actors with a seasoned cast.",
    "Each chapter follows a different member of the community through the same few days.",
    "A chance meeting with {first} {last}, who remembers things differently, changes the plan.",
];

const ENDINGS: &[&str] = &[
    "It is a quiet study of work, memory and belonging.",
    "The film favours long takes and small gestures over explanation.",
    "Humour and grief sit side by side until the final scene.",
    "Nothing is resolved neatly, and the film is stronger for it.",
    "It is a patient, observant drama about the cost of staying put.",
];

const ROLES: &[&str] = &[
    "The ferryman",
    "Inspector {last}",
    "{first}",
    "{first} {last}",
    "Mother",
    "Father",
    "The mayor",
    "Young {first}",
    "Radio announcer",
    "Dock worker",
    "Nurse",
    "The priest",
    "Schoolteacher",
    "Customs officer",
    "Narrator",
    "Stationmaster",
    "Grandmother",
    "The stranger",
    "Bartender",
    "Union delegate",
    "Doctor {last}",
];

const QUOTES: &[&str] = &[
    "Nobody leaves this town without paying for the bread they ate.",
    "The river keeps better records than the council.",
    "If you are going to lie to me, at least bring coffee.",
    "Every harbour has a ghost. Ours just happens to vote.",
    "I did not come back for the house. I came back for the key.",
    "Play it again, slower, as if you meant it.",
];

const TRIVIA: &[&str] = &[
    "Most of the supporting cast were residents of {place} with no acting experience.",
    "The production shot for thirty-one days, mostly at night.",
    "The score was recorded in a single afternoon in a disused church.",
    "The title was changed twice during editing.",
    "A street in {place} was repainted to match the period.",
];

const PRIZES: &[&str] = &[
    "Golden Lantern",
    "Jury Prize",
    "Audience Award",
    "Silver Anchor",
    "Prize for Best Screenplay",
];

const PROVIDERS: &[&str] = &[
    "Reelhouse",
    "Northlight+",
    "Kinoteka",
    "Filmbox Direct",
    "Cinemateca Online",
];

const CERTIFICATIONS: &[&str] = &["Not Rated", "G", "PG", "PG-13", "R", "TV-14"];

const COMPANY_WORDS: &[&str] = &[
    "Northlight",
    "Harbour",
    "Lantern",
    "Meridian",
    "Saltmarsh",
    "Copperfield",
    "Estuary",
    "Juniper",
];

const COMPANY_KINDS: &[&str] = &["Films", "Pictures", "Film Cooperative", "Productions"];

const HANDLE_FIRST: &[&str] = &[
    "quiet", "late", "rainy", "blue", "northern", "paper", "silver", "old", "night", "small",
];

const HANDLE_SECOND: &[&str] = &[
    "lantern", "reel", "harbour", "owl", "cinema", "frame", "ticket", "balcony", "matinee",
    "critic",
];

const HEADLINES: &[&str] = &[
    "A slow burn that pays off",
    "Beautifully shot, thinly written",
    "Not for everyone",
    "Stayed with me for days",
    "Overlong but honest",
    "The cast carries it",
    "Better on a second viewing",
    "A minor work",
    "Quietly devastating",
    "Uneven but ambitious",
    "Gentle and precise",
    "I wanted to like it more",
    "Worth the trip",
];

const OPENINGS: &[&str] = &[
    "The first hour is patient almost to a fault.",
    "The camera rarely leaves the characters' faces.",
    "I went in knowing nothing and came out moved.",
    "The score does a lot of heavy lifting.",
    "The pacing will test some viewers.",
    "The lead performance holds everything together.",
];

const MIDDLES: &[&str] = &[
    "The scenes shot in {place} feel lived in rather than staged.",
    "The supporting cast is uneven, but the two leads are excellent.",
    "A subplot about a missing letter goes nowhere.",
    "The final twenty minutes are the best thing in it.",
    "It looks wonderful on a big screen.",
];

const CLOSINGS: &[&str] = &[
    "Worth seeking out.",
    "I would watch it again.",
    "The ending divided our audience.",
    "Not a masterpiece, but a sincere one.",
    "It deserves a wider audience.",
    "I admired it more than I enjoyed it.",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_is_fixed_for_a_seed() {
        let mut a = Rng::stream(7, &[3, 0]);
        let mut b = Rng::stream(7, &[3, 0]);
        let mut c = Rng::stream(7, &[4, 0]);
        let xs: Vec<u64> = (0..4).map(|_| a.next()).collect();
        assert_eq!(xs, (0..4).map(|_| b.next()).collect::<Vec<_>>());
        assert_ne!(xs, (0..4).map(|_| c.next()).collect::<Vec<_>>());
        for _ in 0..1000 {
            assert!(a.below(7) < 7);
            assert!((3..=5).contains(&a.between(3, 5)));
            assert!((0.0..1.0).contains(&a.unit()));
        }
    }

    #[test]
    fn slugs_are_valid_title_ids() {
        use film_catalog::catalog::is_valid_title_id;
        assert_eq!(slug("Łódź: Part II"), "lodz-part-ii");
        assert_eq!(slug("Ça ira, Marie"), "ca-ira-marie");
        assert_eq!(slug("夏の川"), "title");
        assert_eq!(slug("Hafið og ég"), "hafid-og-eg");
        for name in FOREIGN_TITLES.iter().chain(NON_LATIN_TITLES) {
            assert!(is_valid_title_id(&format!("{}-2001", slug(name))), "{name}");
        }
    }

    #[test]
    fn names_in_the_pools_have_distinct_ids() {
        for pool in [FIRST_NAMES, LAST_NAMES] {
            let ids: HashSet<String> = pool.iter().map(|n| slug(n)).collect();
            assert_eq!(ids.len(), pool.len());
        }
    }

    #[test]
    fn related_titles_are_distinct_and_never_the_title() {
        for n in [1, 2, 5, 13, 49, 50, 1000] {
            for i in [0, n / 2, n - 1] {
                let picked = related(1, i, n);
                assert_eq!(picked.len(), RELATED_PER_TITLE.min(n - 1), "n={n} i={i}");
                assert!(!picked.contains(&i));
                assert!(picked.iter().all(|&j| j < n));
                let unique: HashSet<_> = picked.iter().collect();
                assert_eq!(unique.len(), picked.len());
            }
        }
        // Within the span, a title's related films do not depend on the size.
        assert_eq!(related(1, 0, 50), related(1, 0, 100_000));
    }

    #[test]
    fn ids_get_a_number_when_taken() {
        let mut taken = HashSet::new();
        assert_eq!(unique_id("a-2001", &mut taken), "a-2001");
        assert_eq!(unique_id("a-2001", &mut taken), "a-2001-2");
        assert_eq!(unique_id("a-2001", &mut taken), "a-2001-3");
    }
}
