//! Writes a synthetic catalog of any size, or rebuilds the list pages and
//! search shards of an existing one. See `--help`.

#[cfg(not(target_arch = "wasm32"))]
use std::path::PathBuf;
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use film_site::model::catalog_writer::JsonStyle;
#[cfg(not(target_arch = "wasm32"))]
use film_site::synthetic::{Options, generate, reindex};

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "\
usage: generate-catalog --titles N --out DIR [--seed S] [--reviews-on-first R]
                        [--pretty] [--force] [--check] [--jobs J]
       generate-catalog --index-only DIR [--pretty]

  --titles N            number of synthetic titles (at least 1)
  --out DIR             catalog directory to write: titles/ credits/ reviews/
                        list/ search/
  --seed S              seed of the synthetic data (default 1)
  --reviews-on-first R  user reviews of the first title (default 10000)
  --pretty              indent the JSON (search shards are always compact)
  --force               replace the catalog files already in DIR
  --check               load the written catalog back and check every rule
  --jobs J              threads (default: the number of cores); the output
                        does not depend on it
  --index-only DIR      rebuild only DIR/list and DIR/search from DIR/titles;
                        the shipped catalog: --index-only assets/catalog --pretty";

#[cfg(not(target_arch = "wasm32"))]
enum Command {
    Generate(PathBuf, Options),
    IndexOnly(PathBuf, JsonStyle),
    Help,
}

#[cfg(not(target_arch = "wasm32"))]
fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    fn number<T: std::str::FromStr>(flag: &str, value: Option<String>) -> Result<T, String> {
        let value = value.ok_or_else(|| format!("{flag} needs a value"))?;
        value
            .parse()
            .map_err(|_| format!("{flag}: {value:?} is not a number"))
    }
    let mut options = Options {
        jobs: std::thread::available_parallelism().map_or(1, usize::from),
        ..Options::default()
    };
    let mut titles = None;
    let mut out = None;
    let mut index_only = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--titles" => titles = Some(number::<usize>("--titles", args.next())?),
            "--seed" => options.seed = number("--seed", args.next())?,
            "--reviews-on-first" => {
                options.reviews_on_first = number("--reviews-on-first", args.next())?;
            }
            "--out" => out = Some(PathBuf::from(args.next().ok_or("--out needs a directory")?)),
            "--index-only" => {
                index_only = Some(PathBuf::from(
                    args.next().ok_or("--index-only needs a directory")?,
                ));
            }
            "--pretty" => options.style = JsonStyle::Pretty,
            "--force" => options.force = true,
            "--check" => options.check = true,
            "--jobs" => options.jobs = number::<usize>("--jobs", args.next())?.max(1),
            "-h" | "--help" => return Ok(Command::Help),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    match (index_only, titles, out) {
        (Some(dir), None, None) => Ok(Command::IndexOnly(dir, options.style)),
        (Some(_), _, _) => Err("--index-only takes no --titles or --out".into()),
        (None, Some(titles), Some(out)) => {
            options.titles = titles;
            Ok(Command::Generate(out, options))
        }
        (None, _, _) => Err("--titles and --out are required".into()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let command = match parse(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("generate-catalog: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        Command::Help => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Command::Generate(out, options) => generate(&out, &options),
        Command::IndexOnly(dir, style) => reindex(&dir, style),
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("generate-catalog: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The generator is a native tool; a wasm build of every target gets this.
#[cfg(target_arch = "wasm32")]
fn main() {}
