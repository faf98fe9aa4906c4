//! The "Recently viewed" list: the last titles this browser opened.

use serde::{Deserialize, Serialize};

use super::catalog::{Title, TitleId};

/// How many titles the list remembers.
pub const RECENT_CAPACITY: usize = 12;

/// One remembered title, with enough to draw a link without a fetch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentEntry {
    pub id: TitleId,
    pub title: String,
    pub year: u16,
}

impl From<&Title> for RecentEntry {
    fn from(t: &Title) -> Self {
        RecentEntry {
            id: t.id.clone(),
            title: t.title.clone(),
            year: t.year,
        }
    }
}

/// Most recent first, no duplicates, at most [`RECENT_CAPACITY`] entries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentlyViewed {
    entries: Vec<RecentEntry>,
}

impl RecentlyViewed {
    /// Builds the list from stored entries, restoring its invariants in case
    /// the stored copy was edited or written by an older version.
    pub fn from_entries(entries: Vec<RecentEntry>) -> Self {
        let mut list = RecentlyViewed::default();
        for entry in entries.into_iter().rev() {
            list.visit(entry);
        }
        list
    }

    /// Records a visit: the title moves to the front.
    pub fn visit(&mut self, entry: RecentEntry) {
        self.entries.retain(|e| e.id != entry.id);
        self.entries.insert(0, entry);
        self.entries.truncate(RECENT_CAPACITY);
    }

    /// Everything remembered, most recent first.
    pub fn entries(&self) -> &[RecentEntry] {
        &self.entries
    }

    /// The list to show on a page: everything but the title being viewed.
    pub fn excluding<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a RecentEntry> + 'a {
        self.entries.iter().filter(move |e| e.id != id)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> RecentEntry {
        RecentEntry {
            id: id.into(),
            title: id.to_uppercase(),
            year: 2000,
        }
    }

    fn ids(list: &RecentlyViewed) -> Vec<&str> {
        list.entries().iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn visits_move_to_the_front_without_duplicates() {
        let mut list = RecentlyViewed::default();
        list.visit(entry("a"));
        list.visit(entry("b"));
        list.visit(entry("a"));
        assert_eq!(ids(&list), ["a", "b"]);
    }

    #[test]
    fn the_list_keeps_only_the_newest() {
        let mut list = RecentlyViewed::default();
        for i in 0..20 {
            list.visit(entry(&format!("t{i}")));
        }
        assert_eq!(list.entries().len(), RECENT_CAPACITY);
        assert_eq!(list.entries()[0].id, "t19");
        assert_eq!(list.entries()[RECENT_CAPACITY - 1].id, "t8");
    }

    #[test]
    fn stored_entries_are_cleaned_on_load() {
        let stored: Vec<_> = ["a", "b", "a", "c"].iter().map(|i| entry(i)).collect();
        let list = RecentlyViewed::from_entries(stored);
        // First occurrence is the most recent one and wins.
        assert_eq!(ids(&list), ["a", "b", "c"]);
        let many: Vec<_> = (0..30).map(|i| entry(&format!("t{i}"))).collect();
        let list = RecentlyViewed::from_entries(many);
        assert_eq!(list.entries().len(), RECENT_CAPACITY);
        assert_eq!(list.entries()[0].id, "t0");
    }

    #[test]
    fn the_current_title_is_left_out() {
        let list = RecentlyViewed::from_entries(vec![entry("a"), entry("b")]);
        let shown: Vec<_> = list.excluding("a").map(|e| e.id.as_str()).collect();
        assert_eq!(shown, ["b"]);
    }
}
