//! The `prerender` binary on a small built `dist/`: the seed catalog's home
//! page and two titles in a shell like the one trunk writes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const SHELL: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta name="description" content="Films." />
    <base href="/film/" />
    <title>Marquee</title>
    <script type="module" src="/film/boot.js"></script>
  </head>
  <body>
    <noscript>No script.</noscript>
  </body>
</html>
"#;

/// A fresh `dist/` under the system's temporary folder.
fn dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("prerender-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/catalog");
    fs::create_dir_all(dir.join("catalog/titles")).expect("temporary dist");
    fs::write(dir.join("404.html"), SHELL).expect("shell");
    fs::copy(seed.join("front.json"), dir.join("catalog/front.json")).expect("front.json");
    for id in ["salvador-allende-2004", "canoa-1976"] {
        let file = format!("titles/{id}.json");
        fs::copy(seed.join(&file), dir.join("catalog").join(&file)).expect("title file");
    }
    dir
}

fn prerender(dist: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(dist)
        .output()
        .expect("the tool runs")
}

#[test]
fn writes_the_home_page_and_a_page_per_title_and_again_from_the_same_shell() {
    let dir = dist("pages");
    assert!(prerender(&dir).status.success());
    let home = fs::read_to_string(dir.join("index.html")).expect("index.html");
    let canoa = fs::read_to_string(dir.join("title/canoa-1976.html")).expect("a title's page");
    assert!(home.contains("<div id=\"first-screen\" data-path=\"/\" inert>"));
    assert!(canoa.contains("<div id=\"first-screen\" data-path=\"/title/canoa-1976\" inert>"));
    assert!(canoa.contains("<title>Canoa (1976) · Marquee</title>"));
    assert!(
        canoa.contains("href=\"/film/title/canoa-1976/cast\""),
        "links under the mount path"
    );
    assert!(dir.join("title/salvador-allende-2004.html").is_file());
    assert_eq!(
        fs::read_to_string(dir.join("404.html")).expect("shell"),
        SHELL,
        "the shell is kept"
    );

    // Once more, as after a catalog change: the same pages, one copy each.
    assert!(prerender(&dir).status.success());
    let again = fs::read_to_string(dir.join("index.html")).expect("index.html");
    assert_eq!(again, home);
    assert_eq!(again.matches("id=\"first-screen\"").count(), 1);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_title_file_that_does_not_decode_is_named_and_fails_the_run() {
    let dir = dist("broken");
    fs::write(dir.join("catalog/titles/broken-1999.json"), "{\"id\": 3}").expect("broken file");
    let output = prerender(&dir);
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("broken-1999.json"), "{message}");
    let _ = fs::remove_dir_all(&dir);
}
