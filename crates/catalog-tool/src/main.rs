//! `catalog-tool`: writes and checks the site's static catalog. See `--help`.

use std::path::PathBuf;
use std::process::ExitCode;

use catalog_tool::assemble::{assemble, write_catalog};
use catalog_tool::import::imdb::{ImdbOptions, import_imdb, write_synthetic_imdb};
use catalog_tool::import::plain::{read_csv, read_jsonl};
use catalog_tool::import::wikidata::import_wikidata;
use catalog_tool::import::{Imported, InputError};
use catalog_tool::load::load_catalog_dir;
use catalog_tool::synthetic::{Options, generate, reindex};
use catalog_tool::writer::JsonStyle;
use film_catalog::validate::{CatalogFiles, check_catalog};

const USAGE: &str = "\
usage: catalog-tool generate --titles N --out DIR [--seed S] [--reviews-on-first R]
                             [--pretty] [--force] [--check] [--jobs J]
       catalog-tool import --out DIR [--base DIR] [--wikidata movies.db] [--films FILE]...
                           [--imdb DIR [--title-types T,T] [--min-votes N] [--years A-B]
                           [--adult]] [--featured ID] [--pretty] [--force] [--dry-run]
       catalog-tool index DIR [--featured ID] [--pretty]
       catalog-tool check DIR
       catalog-tool synth-imdb --titles N --principals-per-title P --out DIR [--seed S]

  generate              write a synthetic catalog of N titles into DIR
    --titles N            number of synthetic titles (at least 1)
    --out DIR             catalog directory: titles/ credits/ reviews/ list/ search/
                          people/ browse/ match/ front.json
    --seed S              seed of the synthetic data (default 1)
    --reviews-on-first R  user reviews of the first title (default 10000)
    --pretty              indent the JSON (search shards are always compact)
    --force               replace the catalog files already in DIR
    --check               load the written catalog back and check every rule
    --jobs J              threads (default: the number of cores); the output
                          does not depend on it
  import                write a catalog from the films of every input given:
    --out DIR             catalog directory to write, all at once, after every
                          input is read and every rule checked (a problem
                          anywhere writes nothing and names file, line, field)
    --base DIR            a catalog whose titles are kept as they are and win
                          over an imported record of the same film (same IMDb
                          id, or same title and year): the hand-written films
    --wikidata FILE       the CC0 Wikidata snapshot movies.db (bokeh-sampledata
                          2026.1; scripts/fetch-films.sh fetches it)
    --films FILE          your own films: .csv or .jsonl (README, Your own
                          films); may be given more than once
    --imdb DIR            IMDb's datasets (title.basics.tsv.gz and the rest)
      --title-types T,T   IMDb title types to keep (default movie)
      --min-votes N       only titles with at least N IMDb votes (default 0)
      --years A-B         only titles first released from year A to year B
      --adult             keep adult titles (left out by default)
    --featured ID         the film the home page features (default: the base
                          catalog's, else the best rated)
    --pretty              indent the JSON
    --force               replace the files already in DIR
    --dry-run             read and check every input and record, write nothing
  index DIR             rebuild DIR/list, DIR/search, DIR/people, DIR/browse,
                        DIR/match and DIR/front.json
                        from DIR/titles and DIR/credits (the hand-written
                        catalog: index assets/catalog --pretty)
    --featured ID         the film the home page features (default: the one
                          it features now, else the best rated)
  check DIR             load a catalog and check every rule; exit 1 on a problem
  synth-imdb            write made-up data in IMDb's six TSV files, for measuring
                        the IMDb import (the benchmark: 1,000,000 titles, 10 each)";

/// The inputs and output of `import`.
#[derive(Default)]
struct ImportArgs {
    out: Option<PathBuf>,
    base: Option<PathBuf>,
    wikidata: Option<PathBuf>,
    films: Vec<PathBuf>,
    imdb: Option<PathBuf>,
    imdb_options: ImdbOptions,
    style: Option<JsonStyle>,
    force: bool,
    dry_run: bool,
    featured: Option<String>,
}

/// What the command line asks for.
enum Command {
    Generate(PathBuf, Options),
    Import(Box<ImportArgs>),
    SynthImdb {
        out: PathBuf,
        titles: usize,
        principals_per_title: usize,
        seed: u64,
    },
    Index {
        dir: PathBuf,
        featured: Option<String>,
        style: JsonStyle,
    },
    Check(PathBuf),
    Help,
}

fn number<T: std::str::FromStr>(flag: &str, value: Option<String>) -> Result<T, String> {
    let value = value.ok_or_else(|| format!("{flag} needs a value"))?;
    value
        .parse()
        .map_err(|_| format!("{flag}: {value:?} is not a number"))
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("generate") => parse_generate(args),
        Some("import") => parse_import(args),
        Some("synth-imdb") => parse_synth_imdb(args),
        Some("index") => parse_index(args),
        Some("check") => match (args.next(), args.next()) {
            (Some(dir), None) => Ok(Command::Check(dir.into())),
            _ => Err("check takes one directory".into()),
        },
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some(other) => Err(format!("unknown command {other:?}")),
        None => Err("a command is required".into()),
    }
}

fn parse_index(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let dir = args.next().ok_or("index needs a directory")?;
    let (mut featured, mut style) = (None, JsonStyle::Compact);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pretty" => style = JsonStyle::Pretty,
            "--featured" => featured = Some(args.next().ok_or("--featured needs a title id")?),
            other => return Err(format!("index: unknown argument {other:?}")),
        }
    }
    Ok(Command::Index {
        dir: dir.into(),
        featured,
        style,
    })
}

fn parse_generate(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut options = Options {
        jobs: std::thread::available_parallelism().map_or(1, usize::from),
        ..Options::default()
    };
    let mut titles = None;
    let mut out = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--titles" => titles = Some(number::<usize>("--titles", args.next())?),
            "--seed" => options.seed = number("--seed", args.next())?,
            "--reviews-on-first" => {
                options.reviews_on_first = number("--reviews-on-first", args.next())?;
            }
            "--out" => out = Some(PathBuf::from(args.next().ok_or("--out needs a directory")?)),
            "--pretty" => options.style = JsonStyle::Pretty,
            "--force" => options.force = true,
            "--check" => options.check = true,
            "--jobs" => options.jobs = number::<usize>("--jobs", args.next())?.max(1),
            other => return Err(format!("generate: unknown argument {other:?}")),
        }
    }
    match (titles, out) {
        (Some(titles), Some(out)) => {
            options.titles = titles;
            Ok(Command::Generate(out, options))
        }
        _ => Err("generate: --titles and --out are required".into()),
    }
}

fn parse_synth_imdb(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let (mut out, mut titles, mut principals_per_title, mut seed) = (None, None, 10, 1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--titles" => titles = Some(number("--titles", args.next())?),
            "--principals-per-title" => {
                principals_per_title = number("--principals-per-title", args.next())?;
            }
            "--seed" => seed = number("--seed", args.next())?,
            other => return Err(format!("synth-imdb: unknown argument {other:?}")),
        }
    }
    match (out, titles) {
        (Some(out), Some(titles)) => Ok(Command::SynthImdb {
            out,
            titles,
            principals_per_title,
            seed,
        }),
        _ => Err("synth-imdb: --titles and --out are required".into()),
    }
}

fn parse_import(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut import = ImportArgs::default();
    let path = |flag: &str, value: Option<String>| -> Result<PathBuf, String> {
        value
            .map(PathBuf::from)
            .ok_or_else(|| format!("{flag} needs a path"))
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => import.out = Some(path("--out", args.next())?),
            "--base" => import.base = Some(path("--base", args.next())?),
            "--wikidata" => import.wikidata = Some(path("--wikidata", args.next())?),
            "--films" => import.films.push(path("--films", args.next())?),
            "--imdb" => import.imdb = Some(path("--imdb", args.next())?),
            "--title-types" => {
                let types = args.next().ok_or("--title-types needs a list")?;
                import.imdb_options.title_types =
                    types.split(',').map(|t| t.trim().to_owned()).collect();
            }
            "--min-votes" => import.imdb_options.min_votes = number("--min-votes", args.next())?,
            "--years" => {
                let years = args
                    .next()
                    .ok_or("--years needs a range such as 1950-1999")?;
                let (from, to) = years
                    .split_once('-')
                    .ok_or_else(|| format!("--years: {years:?} is not FROM-TO"))?;
                let from = number::<u16>("--years", Some(from.to_owned()))?;
                let to = number::<u16>("--years", Some(to.to_owned()))?;
                import.imdb_options.years = Some(from..=to);
            }
            "--adult" => import.imdb_options.include_adult = true,
            "--pretty" => import.style = Some(JsonStyle::Pretty),
            "--force" => import.force = true,
            "--dry-run" => import.dry_run = true,
            "--featured" => {
                import.featured = Some(args.next().ok_or("--featured needs a title id")?);
            }
            other => return Err(format!("import: unknown argument {other:?}")),
        }
    }
    if import.out.is_none() {
        return Err("import: --out is required".into());
    }
    if import.wikidata.is_none() && import.films.is_empty() && import.imdb.is_none() {
        return Err("import: give at least one of --wikidata, --films, --imdb".into());
    }
    Ok(Command::Import(Box::new(import)))
}

/// Reads one `--films` file, CSV or JSON Lines by its extension.
fn read_films(path: &std::path::Path) -> Result<Imported, String> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: {e}"))?;
    match path.extension().and_then(|e| e.to_str()) {
        Some("csv") => Ok(read_csv(&bytes, &name)),
        Some("jsonl" | "ndjson") => Ok(read_jsonl(bytes.as_slice(), &name)),
        _ => Err(format!("{name}: --films takes a .csv or .jsonl file")),
    }
}

/// Every error of the inputs, at most 50 of them spelled out.
fn input_errors(errors: &[InputError]) -> String {
    let mut message = format!(
        "{} problems in the inputs; nothing was written",
        errors.len()
    );
    for error in errors.iter().take(50) {
        message.push_str(&format!("\n  {error}"));
    }
    if errors.len() > 50 {
        message.push_str(&format!("\n  … and {} more", errors.len() - 50));
    }
    message
}

fn run_import(args: ImportArgs) -> Result<String, String> {
    let started = std::time::Instant::now();
    let mut report = String::new();
    let base = match &args.base {
        Some(dir) => load_catalog_dir(dir).map_err(|errors| errors.join("\n"))?,
        None => CatalogFiles::default(),
    };
    let mut inputs = Vec::new();
    if let Some(db) = &args.wikidata {
        inputs.push(import_wikidata(db).map_err(|e| format!("{}: {e}", db.display()))?);
    }
    if let Some(dir) = &args.imdb {
        let (imported, stats) = import_imdb(dir, &args.imdb_options).map_err(|e| e.to_string())?;
        report.push_str(&format!("{stats}\n"));
        inputs.push(imported);
    }
    for path in &args.films {
        inputs.push(read_films(path)?);
    }
    let errors: Vec<InputError> = inputs.iter_mut().flat_map(|i| i.errors.drain(..)).collect();
    if !errors.is_empty() {
        return Err(input_errors(&errors));
    }
    let records = inputs.into_iter().flat_map(|i| i.records).collect();
    let (mut catalog, assembled) = assemble(base, records).map_err(|problems| {
        format!(
            "{} problems in the records; nothing was written\n  {}",
            problems.len(),
            problems.join("\n  ")
        )
    })?;
    if let Some(featured) = args.featured {
        if !catalog.titles.iter().any(|f| f.title.id == featured) {
            return Err(format!("--featured: no title {featured:?} in the catalog"));
        }
        catalog.featured = Some(featured);
    }
    let out = args.out.unwrap_or_default();
    let written = if args.dry_run {
        format!("dry run: {} titles, nothing written", catalog.titles.len())
    } else {
        let style = args.style.unwrap_or(JsonStyle::Compact);
        let written =
            write_catalog(&out, &catalog, style, args.force).map_err(|e| e.to_string())?;
        format!("{written} into {}\n{}", out.display(), written.matching)
    };
    Ok(format!(
        "{report}{assembled}\n{written}\ntime {:.2} s{}",
        started.elapsed().as_secs_f64(),
        peak_memory().map_or_else(String::new, |kb| format!(
            "\npeak memory {:.0} MB",
            kb as f64 / 1024.0
        ))
    ))
}

/// The most memory this process has held, in KiB (Linux's `VmHWM`), for the
/// benchmark's figure; `None` elsewhere.
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Loads and checks the catalog in `dir`, returning its problems as one message.
fn check(dir: &std::path::Path) -> Result<String, String> {
    let files = load_catalog_dir(dir).map_err(|errors| errors.join("\n"))?;
    let problems = check_catalog(&files);
    if problems.is_empty() {
        Ok(format!(
            "{}: {} titles, every rule holds",
            dir.display(),
            files.titles.len()
        ))
    } else {
        Err(format!(
            "{}: {} problems\n{}",
            dir.display(),
            problems.len(),
            problems.join("\n")
        ))
    }
}

fn main() -> ExitCode {
    let command = match parse(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("catalog-tool: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        Command::Help => Ok(USAGE.to_owned()),
        Command::Generate(out, options) => generate(&out, &options)
            .map(|report| report.to_string())
            .map_err(|e| e.to_string()),
        Command::Index {
            dir,
            featured,
            style,
        } => reindex(&dir, featured.as_deref(), style)
            .map(|report| report.to_string())
            .map_err(|e| e.to_string()),
        Command::Check(dir) => check(&dir),
        Command::Import(args) => run_import(*args),
        Command::SynthImdb {
            out,
            titles,
            principals_per_title,
            seed,
        } => {
            let started = std::time::Instant::now();
            write_synthetic_imdb(&out, titles, principals_per_title, seed)
                .map(|()| {
                    format!(
                        "wrote {titles} titles, {} principals into {} in {:.1} s",
                        titles * principals_per_title,
                        out.display(),
                        started.elapsed().as_secs_f64()
                    )
                })
                .map_err(|e| format!("{}: {e}", out.display()))
        }
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("catalog-tool: {error}");
            ExitCode::FAILURE
        }
    }
}
