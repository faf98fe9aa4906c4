//! The library pages in English.

use super::LibraryTexts;
use crate::i18n::en::{MONTHS, num, plural};
use crate::i18n::month_name;
use crate::model::library::ShelfSort;

/// The library pages' strings in English.
pub static LIBRARY_EN: LibraryTexts = LibraryTexts {
    library_nav: "Your films",
    ratings_tab: "Ratings",
    watchlist_tab: "Watchlist",
    diary_tab: "Diary",
    ratings_heading: "Your ratings",
    watchlist_heading: "Your watchlist",
    diary_heading: "Your diary",
    ratings_empty: "You haven't rated any films yet. Rate one from its page and it is listed here.",
    watchlist_empty: "Your watchlist is empty. Add films with the Watchlist button on their pages.",
    diary_empty: "Nothing logged yet. Use “Log a watch” on a film's page to keep a diary.",
    stars_filter: "Your rating",
    rewatch: "Rewatch",
    edit: "Edit",
    delete: "Delete",
    watched_on_label: "Date watched",
    rewatch_label: "I had seen it before",
    watch_rating_label: "Rating for this watch (optional)",
    no_rating: "No rating",
    off_watchlist_label: "Take it off my watchlist",
    tags_label: "Tags, separated by commas (optional)",
    save: "Save",
    watched_on_invalid: "Enter the date you watched it, today or earlier.",
    shelf_count: |matching, total| {
        if matching == total {
            plural(total as u64, "film", "films")
        } else {
            format!(
                "{} of {}",
                num(matching),
                plural(total as u64, "film", "films")
            )
        }
    },
    shelf_sort: |sort, ratings| match sort {
        ShelfSort::Recent if ratings => "Date rated",
        ShelfSort::Recent => "Date added",
        ShelfSort::Rating => "Your rating",
        ShelfSort::Newest => "Newest",
        ShelfSort::Oldest => "Oldest",
        ShelfSort::Title => "Title A–Z",
    },
    stars_option: |n| plural(u64::from(n), "star", "stars"),
    rated_on: |date| format!("Rated {date}"),
    added_on: |date| format!("Added {date}"),
    month_heading: |year, month| format!("{} {year}", month_name(&MONTHS, month)),
    diary_count: |n| plural(n as u64, "entry", "entries"),
    log_watch_of: |title| format!("Log a watch of {title}"),
    delete_entry: |date, title| format!("Delete your {date} entry for {title}"),
    edit_entry: |date, title| format!("Edit your {date} entry for {title}"),
    your_stars: |n| format!("Your stars: {n} of 10"),
    delete_confirm: |date, title| format!("Delete your {date} entry for {title}?"),
    tags_line: |tags| format!("Tags: {tags}"),
};
