//! The Letterboxd export zip: which members are read, and reading them
//! within limits.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use crate::detect::base_name;
use crate::error::ExportError;

/// The most bytes a zip member may unpack to (64 MiB); a real export's
/// largest file is a few MB.
pub const MEMBER_LIMIT: u64 = 64 * 1024 * 1024;

/// The files read from a zip, in reading order.
const KNOWN: [&str; 5] = [
    "ratings.csv",
    "diary.csv",
    "reviews.csv",
    "watched.csv",
    "watchlist.csv",
];

/// Folders of the export whose files share the known names but are not the
/// person's history (deleted or orphaned entries, liked films, lists), and
/// macOS's resource forks.
const IGNORED_FOLDERS: [&str; 5] = ["deleted", "orphaned", "likes", "lists", "__macosx"];

/// Whether the bytes start like a zip archive (a local file header, or the
/// end record of an empty archive).
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Calls `each` with every known member, in [`KNOWN`] order: its path and
/// bytes, or why it could not be unpacked. `Err` when the archive itself
/// cannot be read or holds none of them.
pub(crate) fn for_each_member(
    bytes: &[u8],
    mut each: impl FnMut(Result<(String, Vec<u8>), ExportError>),
) -> Result<(), ExportError> {
    let mut archive =
        ZipArchive::new(Cursor::new(bytes)).map_err(|e| ExportError::Zip(e.to_string()))?;
    let chosen: Vec<usize> = KNOWN
        .iter()
        .filter_map(|known| find(&archive, known))
        .collect();
    if chosen.is_empty() {
        return Err(ExportError::NoExportFiles);
    }
    for index in chosen {
        each(unpack(&mut archive, index, MEMBER_LIMIT));
    }
    Ok(())
}

/// The member named `known` at the root or in one top folder (not an ignored
/// one), the shallowest first.
fn find(archive: &ZipArchive<Cursor<&[u8]>>, known: &str) -> Option<usize> {
    (0..archive.len())
        .filter_map(|index| Some((index, archive.name_for_index(index)?)))
        .filter_map(|(index, path)| Some((depth_if_known(path, known)?, index)))
        .min()
        .map(|(_, index)| index)
}

/// How deep `path` is (0 at the root, 1 in a top folder) when it names the
/// file `known` where the export keeps it.
fn depth_if_known(path: &str, known: &str) -> Option<usize> {
    if !base_name(path).eq_ignore_ascii_case(known) {
        return None;
    }
    let folders: Vec<&str> = path.split(['/', '\\']).collect();
    let folders = &folders[..folders.len().saturating_sub(1)];
    match folders {
        [] => Some(0),
        [top] if !IGNORED_FOLDERS.iter().any(|f| top.eq_ignore_ascii_case(f)) => Some(1),
        _ => None,
    }
}

/// The member's path and its unpacked bytes, unless they are more than
/// `limit` (as its header says, or as it unpacks).
fn unpack(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    index: usize,
    limit: u64,
) -> Result<(String, Vec<u8>), ExportError> {
    let zip_error =
        |path: &str, e: &dyn std::fmt::Display| ExportError::Zip(format!("{path}: {e}"));
    let mut member = archive
        .by_index(index)
        .map_err(|e| ExportError::Zip(e.to_string()))?;
    let path = member.name().to_owned();
    let too_large = || ExportError::TooLarge {
        file: path.clone(),
        limit,
    };
    if member.size() > limit {
        return Err(too_large());
    }
    let mut data = Vec::new();
    (&mut member)
        .take(limit.saturating_add(1))
        .read_to_end(&mut data)
        .map_err(|e| zip_error(&path, &e))?;
    if data.len() as u64 > limit {
        return Err(too_large());
    }
    Ok((path, data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_files_are_read_at_the_root_or_in_one_top_folder() {
        assert_eq!(depth_if_known("ratings.csv", "ratings.csv"), Some(0));
        assert_eq!(depth_if_known("Ratings.CSV", "ratings.csv"), Some(0));
        assert_eq!(
            depth_if_known("letterboxd-ana-2024/ratings.csv", "ratings.csv"),
            Some(1)
        );
        assert_eq!(depth_if_known("deleted/ratings.csv", "ratings.csv"), None);
        assert_eq!(depth_if_known("likes/films.csv", "watched.csv"), None);
        assert_eq!(
            depth_if_known("__MACOSX/._ratings.csv", "ratings.csv"),
            None
        );
        assert_eq!(depth_if_known("a/b/ratings.csv", "ratings.csv"), None);
        assert_eq!(depth_if_known("myratings.csv", "ratings.csv"), None);
    }

    /// A zip of one deflated member `name` holding `size` bytes of 'a'.
    fn zip_of(name: &str, size: usize) -> Vec<u8> {
        use std::io::Write;
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(name, options).unwrap();
        writer.write_all(&vec![b'a'; size]).unwrap();
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn a_member_larger_than_the_limit_is_refused() {
        let bytes = zip_of("ratings.csv", 1000);
        let mut archive = ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
        assert_eq!(
            unpack(&mut archive, 0, 999),
            Err(ExportError::TooLarge {
                file: "ratings.csv".into(),
                limit: 999
            })
        );
        let (path, data) = unpack(&mut archive, 0, 1000).unwrap();
        assert_eq!((path.as_str(), data.len()), ("ratings.csv", 1000));
    }

    #[test]
    fn a_member_that_lies_about_its_size_is_still_cut_at_the_limit() {
        let mut bytes = zip_of("ratings.csv", 1000);
        // Both headers claim 10 bytes; the inflater still yields 1000.
        for signature in [&b"PK\x03\x04"[..], &b"PK\x01\x02"[..]] {
            let at = bytes.windows(4).position(|w| w == signature).unwrap();
            let size_at = if signature[2] == 3 { at + 22 } else { at + 24 };
            bytes[size_at..size_at + 4].copy_from_slice(&10u32.to_le_bytes());
        }
        let mut archive = ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
        assert_eq!(archive.by_index(0).unwrap().size(), 10);
        assert_eq!(
            unpack(&mut archive, 0, 100),
            Err(ExportError::TooLarge {
                file: "ratings.csv".into(),
                limit: 100
            })
        );
    }

    #[test]
    fn zip_magic() {
        assert!(is_zip(b"PK\x03\x04rest"));
        assert!(is_zip(b"PK\x05\x06"));
        assert!(!is_zip(b"PK"));
        assert!(!is_zip(b"Date,Name"));
    }
}
