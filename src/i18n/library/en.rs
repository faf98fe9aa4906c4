//! The library pages in English.

use super::LibraryTexts;
use crate::i18n::en::{MONTHS, num, plural};
use crate::i18n::month_name;
use crate::model::library::ShelfSort;

/// Months shortened for a chart's axis.
const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The library pages' strings in English.
pub static LIBRARY_EN: LibraryTexts = LibraryTexts {
    library_nav: "Your films",
    ratings_tab: "Ratings",
    watchlist_tab: "Watchlist",
    diary_tab: "Diary",
    seen_count_label: "Films marked seen",
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
    export_imdb_csv: "Export ratings, IMDb style (CSV)",
    import_reading: "Reading the file…",
    preview_heading: "Before anything is saved",
    choose_heading: "Which film is it?",
    choose_none: "None of these: leave it out",
    missing_heading: "Not in this catalog",
    download_missing: "Download this list (CSV)",
    import_not_saved: "Nothing was imported: this browser's storage is full or read-only. Export your data, free some space, and try again.",
    file_empty: "it is empty",
    file_not_export: "it is not a Letterboxd export (zip or CSV), an IMDb CSV or a Marquee export",
    zip_no_exports: "the zip archive has none of Letterboxd's files",
    import_matching: |done, total| {
        format!("Matching films with the catalog: {done} of {total} files")
    },
    preview_summary: |found, choose, missing| {
        format!(
            "{} found, {} to choose, {} not in this catalog.",
            plural(found as u64, "film", "films"),
            num(choose),
            num(missing)
        )
    },
    rows_left_out: |n| {
        format!(
            "{} could not be read and {} left out.",
            plural(n as u64, "row", "rows"),
            if n == 1 { "is" } else { "are" }
        )
    },
    import_films: |n| format!("Import {}", plural(n as u64, "film", "films")),
    film_named: |title, year| {
        if year.is_empty() {
            title.to_owned()
        } else {
            format!("{title} ({year})")
        }
    },
    file_missing_column: |file, column| format!("its file {file} has no “{column}” column"),
    file_damaged: |detail| format!("the file is damaged ({detail})"),
    file_too_large: |mb| format!("a file in it is larger than {mb} MB"),
    review_next_label: "Write a review of it next",
    export_now: "Export a copy",
    export_reminder: |n, days| {
        format!(
            "You keep {} only in this browser, and have not exported them in the last {days} days. Browsers may clear a site's data: Safari does after seven days without a visit, unless the site is on your Home Screen.",
            plural(n as u64, "entry", "entries")
        )
    },
    stats_tab: "Stats",
    stats_heading: "Your stats",
    stats_empty: "No stats yet. Rate films or log what you watch, and your numbers are drawn here.",
    per_year_heading: "Films watched per year",
    rating_spread_heading: "How you rate",
    directors_heading: "Directors you watch most",
    genres_heading: "Genres you watch most",
    show_as_table: "Show as a table",
    col_year: "Year",
    col_month: "Month",
    col_stars: "Stars",
    col_films: "Films",
    col_viewings: "Viewings",
    col_director: "Director",
    col_genre: "Genre",
    favourites_heading: "Your best-rated films that year",
    no_year_review: "Log watches in your diary to see each year in review.",
    stats_lead: |films, viewings| {
        format!(
            "{} seen, {} logged.",
            plural(films as u64, "film", "films"),
            plural(viewings as u64, "viewing", "viewings")
        )
    },
    per_year_summary: |viewings, first, last, busiest, most| {
        let viewings = plural(viewings as u64, "viewing", "viewings");
        if first == last {
            format!("{viewings}, all in {first}.")
        } else {
            format!(
                "{viewings} from {first} to {last}; the most, {}, in {busiest}.",
                num(most)
            )
        }
    },
    rating_summary: |films, mean, usual| {
        format!(
            "{} rated, {}.{} stars on average; {} most often.",
            plural(films as u64, "film", "films"),
            mean / 10,
            mean % 10,
            plural(u64::from(usual), "star", "stars")
        )
    },
    top_summary: |name, films| {
        format!(
            "First: {name}, with {}.",
            plural(films as u64, "film", "films")
        )
    },
    year_review_heading: |year| format!("{year} in review"),
    year_summary: |year, viewings, films, rewatches| {
        format!(
            "In {year} you logged {} of {}, {} of them {}.",
            plural(viewings as u64, "viewing", "viewings"),
            plural(films as u64, "film", "films"),
            num(rewatches),
            if rewatches == 1 {
                "a rewatch"
            } else {
                "rewatches"
            }
        )
    },
    per_month_heading: |year| format!("Viewings per month in {year}"),
    per_month_summary: |month, n| {
        format!(
            "The busiest month was {}, with {}.",
            month_name(&MONTHS, month),
            plural(n as u64, "viewing", "viewings")
        )
    },
    month_name_of: |month| month_name(&MONTHS, month),
    short_month: |month| month_name(&SHORT_MONTHS, month),
};
