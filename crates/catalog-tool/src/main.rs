//! `catalog-tool`: writes and checks the site's static catalog. See `--help`.

use std::path::PathBuf;
use std::process::ExitCode;

use catalog_tool::load::load_catalog_dir;
use catalog_tool::synthetic::{Options, generate, reindex};
use catalog_tool::writer::JsonStyle;
use film_catalog::validate::check_catalog;

const USAGE: &str = "\
usage: catalog-tool generate --titles N --out DIR [--seed S] [--reviews-on-first R]
                             [--pretty] [--force] [--check] [--jobs J]
       catalog-tool index DIR [--pretty]
       catalog-tool check DIR

  generate              write a synthetic catalog of N titles into DIR
    --titles N            number of synthetic titles (at least 1)
    --out DIR             catalog directory: titles/ credits/ reviews/ list/ search/
    --seed S              seed of the synthetic data (default 1)
    --reviews-on-first R  user reviews of the first title (default 10000)
    --pretty              indent the JSON (search shards are always compact)
    --force               replace the catalog files already in DIR
    --check               load the written catalog back and check every rule
    --jobs J              threads (default: the number of cores); the output
                          does not depend on it
  index DIR             rebuild only DIR/list and DIR/search from DIR/titles
                        (the hand-written catalog: index assets/catalog --pretty)
  check DIR             load a catalog and check every rule; exit 1 on a problem";

/// What the command line asks for.
enum Command {
    Generate(PathBuf, Options),
    Index(PathBuf, JsonStyle),
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
        Some("index") => {
            let dir = args.next().ok_or("index needs a directory")?;
            let style = match args.next().as_deref() {
                None => JsonStyle::Compact,
                Some("--pretty") => JsonStyle::Pretty,
                Some(other) => return Err(format!("index: unknown argument {other:?}")),
            };
            Ok(Command::Index(dir.into(), style))
        }
        Some("check") => match (args.next(), args.next()) {
            (Some(dir), None) => Ok(Command::Check(dir.into())),
            _ => Err("check takes one directory".into()),
        },
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some(other) => Err(format!("unknown command {other:?}")),
        None => Err("a command is required".into()),
    }
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
        Command::Index(dir, style) => reindex(&dir, style)
            .map(|report| report.to_string())
            .map_err(|e| e.to_string()),
        Command::Check(dir) => check(&dir),
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
