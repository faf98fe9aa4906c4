//! Every reader of the catalog tool's inputs, fed the same arbitrary bytes:
//! your own films as CSV and JSON Lines, a row of IMDb's TSV files, IMDb's
//! JSON-array characters and the Wikidata snapshot's award sentences. Any
//! input must give records or errors naming where; a panic is a crash.
#![no_main]

use catalog_tool::import::imdb::{nullable, parse_characters, split_row};
use catalog_tool::import::plain::{read_csv, read_jsonl};
use catalog_tool::import::wikidata::award_counts;
use catalog_tool::import::{split_list, split_names};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let csv = read_csv(data, "fuzz.csv");
    assert!(csv.errors.iter().all(|e| e.origin.file == "fuzz.csv"));
    assert!(csv.records.iter().all(|r| !r.record.title.is_empty()));
    let jsonl = read_jsonl(data, "fuzz.jsonl");
    let lines = data.split(|&b| b == b'\n').count() as u64;
    assert!(jsonl.errors.iter().all(|e| e.origin.line <= lines));
    for line in data.split(|&b| b == b'\n') {
        if let Ok(fields) = split_row::<9>(line) {
            let _ = fields.map(nullable);
        }
        let _ = split_row::<6>(line);
    }
    let text = String::from_utf8_lossy(data);
    let _ = parse_characters(&text);
    let _ = award_counts(&text);
    assert!(split_names(&text).iter().all(|n| !n.trim().is_empty()));
    assert!(split_list(&text).iter().all(|n| !n.is_empty()));
});
