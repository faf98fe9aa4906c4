//! Making catalog ids: URL slugs for titles and people.

use std::collections::HashSet;

use film_catalog::search::fold;

/// The longest slug made from a name, before any year or number is added.
const SLUG_MAX: usize = 80;

/// `text` as a URL slug: folded (lowercase, Latin accents removed), Latin
/// letters and digits only, words joined by hyphens, at most 81 bytes.
/// Empty when `text` has no Latin letter or digit ("夏の川").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in fold(text).split(' ') {
        let word: String = word
            .chars()
            .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            .collect();
        if word.is_empty() || out.len() + word.len() > SLUG_MAX {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    out
}

/// `base`, or `base-2`, `base-3`… if taken; the result is taken from then on.
pub fn unique_id(base: &str, taken: &mut HashSet<String>) -> String {
    let mut id = base.to_owned();
    let mut k = 2;
    while taken.contains(&id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    taken.insert(id.clone());
    id
}

/// A stable id for a name that has no Latin letters: `p-` and 16 hex digits
/// of its FNV-1a hash, so the same name always gets the same id.
pub fn hashed_id(prefix: &str, text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{prefix}-{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use film_catalog::catalog::is_valid_title_id;

    #[test]
    fn slugs_are_folded_latin_words() {
        assert_eq!(slug("Łódź: Part II"), "lodz-part-ii");
        assert_eq!(slug("Ça ira, Marie"), "ca-ira-marie");
        assert_eq!(slug("夏の川"), "");
        assert_eq!(slug("8½"), "8");
        assert!(slug(&"word ".repeat(40)).len() <= SLUG_MAX + 1);
        assert!(is_valid_title_id(&slug(
            "Star Wars: Episode IV – A New Hope"
        )));
    }

    #[test]
    fn unique_ids_count_up() {
        let mut taken = HashSet::new();
        assert_eq!(unique_id("a", &mut taken), "a");
        assert_eq!(unique_id("a", &mut taken), "a-2");
        assert_eq!(unique_id("a", &mut taken), "a-3");
    }

    #[test]
    fn hashed_ids_are_stable_slugs() {
        let id = hashed_id("p", "夏目漱石");
        assert_eq!(id, hashed_id("p", "夏目漱石"));
        assert_ne!(id, hashed_id("p", "夏目"));
        assert!(is_valid_title_id(&id));
    }
}
