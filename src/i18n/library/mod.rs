//! The words of the library pages (your ratings, watchlist and diary) and
//! of the log-a-watch form, apart from [`Texts`](super::Texts): only those
//! pages' code reads them, so they travel in those pages' wasm chunks
//! instead of the code every visitor downloads first.

mod en;
mod es;
mod fr;

use super::Lang;
use super::texts::texts;
use crate::model::library::ShelfSort;

texts! {
    /// Every string of the library pages in one language; English is the
    /// reference wording, quoted in each field's doc.
    struct LibraryTexts;
    strings {
        /// "Your films": the library's navigation.
        library_nav,
        /// "Ratings": the library tab.
        ratings_tab,
        /// "Watchlist": the library tab.
        watchlist_tab,
        /// "Diary": the library tab.
        diary_tab,
        /// "Films marked seen": their count on the Your data page.
        seen_count_label,
        /// "Your ratings": the ratings page's heading.
        ratings_heading,
        /// "Your watchlist"
        watchlist_heading,
        /// "Your diary"
        diary_heading,
        /// The ratings page when nothing is rated.
        ratings_empty,
        /// The watchlist page when it is empty.
        watchlist_empty,
        /// The diary page when nothing is logged.
        diary_empty,
        /// "Your rating": the stars filter's label.
        stars_filter,
        /// "Rewatch": marks a diary entry.
        rewatch,
        /// "Edit"
        edit,
        /// "Delete"
        delete,
        /// "Date watched"
        watched_on_label,
        /// "I had seen it before"
        rewatch_label,
        /// "Rating for this watch (optional)"
        watch_rating_label,
        /// "No rating"
        no_rating,
        /// "Take it off my watchlist"
        off_watchlist_label,
        /// "Tags, separated by commas (optional)"
        tags_label,
        /// "Export ratings, IMDb style (CSV)"
        export_imdb_csv,
        /// "Reading the file…"
        import_reading,
        /// "Before anything is saved": the import preview's heading.
        preview_heading,
        /// "Which film is it?": the heading of the films to choose.
        choose_heading,
        /// "None of these: leave it out"
        choose_none,
        /// "Not in this catalog": the heading of the films left out.
        missing_heading,
        /// "Download this list (CSV)"
        download_missing,
        /// "Nothing was imported: this browser's storage is full or read-only…"
        import_not_saved,
        /// "it is empty": why a file was refused.
        file_empty,
        /// "it is not a Letterboxd export (zip or CSV), an IMDb CSV or a Marquee export"
        file_not_export,
        /// "the zip archive has none of Letterboxd's files"
        zip_no_exports,
        /// "Save"
        save,
        /// "Enter the date you watched it, today or earlier."
        watched_on_invalid,
        /// "Write a review of it next": opens the review form after a log.
        review_next_label,
        /// "Export a copy": the reminder's link to the export buttons.
        export_now,
        /// "Stats": the library tab.
        stats_tab,
        /// "Your stats"
        stats_heading,
        /// The stats page when nothing is rated or logged.
        stats_empty,
        /// "Films watched per year"
        per_year_heading,
        /// "How you rate": the rating distribution's heading.
        rating_spread_heading,
        /// "Directors you watch most"
        directors_heading,
        /// "Genres you watch most"
        genres_heading,
        /// "Show as a table": opens a chart's numbers.
        show_as_table,
        /// "Year": a table column, and the year in review's menu.
        col_year,
        /// "Month"
        col_month,
        /// "Stars"
        col_stars,
        /// "Films"
        col_films,
        /// "Viewings"
        col_viewings,
        /// "Director"
        col_director,
        /// "Genre"
        col_genre,
        /// "Your best-rated films that year"
        favourites_heading,
        /// "Log watches in your diary to see each year in review."
        no_year_review,
    }
    formats {
        /// "12 of 340 films" when filtered, else "340 films": (matching, total).
        shelf_count: fn(usize, usize) -> String = (12, 340),
        /// The orders of a shelf; `Recent` is "Date rated" on ratings and
        /// "Date added" on the watchlist (the flag says which).
        shelf_sort: fn(ShelfSort, bool) -> &'static str = (ShelfSort::Recent, true),
        /// "8 stars", an option of the stars filter.
        stars_option: fn(u8) -> String = (8),
        /// "Rated 5 September 2007" (the date already written out).
        rated_on: fn(&str) -> String = ("5 September 2007"),
        /// "Added 5 September 2007"
        added_on: fn(&str) -> String = ("5 September 2007"),
        /// "March 2026": a diary month's heading.
        month_heading: fn(u16, u8) -> String = (2026, 3),
        /// "142 entries": the diary's count.
        diary_count: fn(usize) -> String = (142),
        /// "Log a watch of Canoa": the form's accessible name.
        log_watch_of: fn(&str) -> String = ("Canoa"),
        /// "Delete your 5 September 2007 entry for Canoa": a delete button's name.
        delete_entry: fn(&str, &str) -> String = ("5 September 2007", "Canoa"),
        /// "Edit your 5 September 2007 entry for Canoa"
        edit_entry: fn(&str, &str) -> String = ("5 September 2007", "Canoa"),
        /// "Your stars: 8 of 10"
        your_stars: fn(u8) -> String = (8),
        /// "Delete your 5 September 2007 entry for Canoa?": the confirmation.
        delete_confirm: fn(&str, &str) -> String = ("5 September 2007", "Canoa"),
        /// "Tags: cinema, festival"
        tags_line: fn(&str) -> String = ("cinema, festival"),
        /// "Matching films with the catalog: 12 of 64 files"
        import_matching: fn(usize, usize) -> String = (12, 64),
        /// "58 films found, 2 to choose, 3 not in this catalog."
        preview_summary: fn(usize, usize, usize) -> String = (58, 2, 3),
        /// "3 rows could not be read and are left out."
        rows_left_out: fn(usize) -> String = (3),
        /// "Import 60 films"
        import_films: fn(usize) -> String = (60),
        /// "Canoa (1976)": an ambiguous film's legend, (title, year or "").
        film_named: fn(&str, &str) -> String = ("Canoa", "1976"),
        /// "its file ratings.csv has no “Rating” column": (file, column).
        file_missing_column: fn(&str, &str) -> String = ("ratings.csv", "Rating"),
        /// "the file is damaged (detail)"
        file_damaged: fn(&str) -> String = ("bad zip"),
        /// "a file in it is larger than 64 MB"
        file_too_large: fn(u64) -> String = (64),
        /// "412 films seen, 530 viewings logged.": (films, viewings).
        stats_lead: fn(usize, usize) -> String = (412, 530),
        /// "530 viewings from 2019 to 2026; the most, 96, in 2024.":
        /// (viewings, first year, last year, busiest year, its viewings).
        per_year_summary: fn(usize, u16, u16, u16, usize) -> String = (530, 2019, 2026, 2024, 96),
        /// "340 films rated, 7.3 stars on average; 8 stars most often.":
        /// (films, mean in tenths, most given).
        rating_summary: fn(usize, u32, u8) -> String = (340, 73, 8),
        /// "First: Agnès Varda, with 5 films."
        top_summary: fn(&str, usize) -> String = ("Agnès Varda", 5),
        /// "2025 in review"
        year_review_heading: fn(u16) -> String = (2025),
        /// "In 2025 you logged 96 viewings of 90 films, 6 of them rewatches.":
        /// (year, viewings, films, rewatches).
        year_summary: fn(u16, usize, usize, usize) -> String = (2025, 96, 90, 6),
        /// "Viewings per month in 2025"
        per_month_heading: fn(u16) -> String = (2025),
        /// "The busiest month was March, with 14 viewings."
        per_month_summary: fn(u8, usize) -> String = (3, 14),
        /// The export reminder: (entries, days without an export).
        export_reminder: fn(usize, u32) -> String = (340, 30),
        /// "March": a month's name in a table.
        month_name_of: fn(u8) -> &'static str = (3),
        /// "Mar": a month under its column.
        short_month: fn(u8) -> &'static str = (3),
    }
}

impl Lang {
    /// The library pages' strings in this language.
    pub fn library_texts(self) -> &'static LibraryTexts {
        match self {
            Lang::En => &en::LIBRARY_EN,
            Lang::Es => &es::LIBRARY_ES,
            Lang::Fr => &fr::LIBRARY_FR,
        }
    }
}

/// `word` with its first letter in capitals: "mars" → "Mars", for a
/// month that starts a heading.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The library strings of the language a view is built in.
pub fn use_library_texts() -> &'static LibraryTexts {
    super::use_lang().library_texts()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_library_string() {
        for lang in Lang::ALL {
            let t = lang.library_texts();
            let samples = t.samples();
            let all = t
                .strings()
                .into_iter()
                .map(|(n, s)| (n, s.to_owned()))
                .chain(samples);
            for (name, text) in all {
                assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
                assert!(!text.contains(['{', '}']), "{lang:?}.{name}: {text:?}");
            }
        }
    }

    #[test]
    fn counts_and_months_read_naturally() {
        let [en, es, fr] = Lang::ALL.map(Lang::library_texts);
        assert_eq!((en.shelf_count)(1, 1), "1 film");
        assert_eq!((en.shelf_count)(12, 1340), "12 of 1,340 films");
        assert_eq!((es.shelf_count)(12, 1340), "12 de 1340 películas");
        assert_eq!((fr.shelf_count)(1, 1340), "1 film sur 1\u{202f}340");
        assert_eq!((en.month_heading)(2026, 3), "March 2026");
        assert_eq!((es.month_heading)(2026, 3), "Marzo de 2026");
        assert_eq!((fr.month_heading)(2026, 3), "Mars 2026");
        assert_eq!(
            (fr.preview_summary)(1, 0, 1),
            "1 film trouvé, 0 à choisir, 1 absent de ce catalogue."
        );
        assert_eq!(
            (es.preview_summary)(1, 2, 3),
            "1 película encontrada, 2 por elegir, 3 fuera de este catálogo."
        );
        assert_eq!((en.diary_count)(1), "1 entry");
        assert_eq!((fr.diary_count)(0), "0 entrée");
    }

    #[test]
    fn stats_sentences_agree_with_their_numbers() {
        let [en, es, fr] = Lang::ALL.map(Lang::library_texts);
        assert_eq!(
            (en.rating_summary)(3, 83, 8),
            "3 films rated, 8.3 stars on average; 8 stars most often."
        );
        assert_eq!(
            (fr.rating_summary)(1, 70, 7),
            "1 film noté, 7,0 étoiles en moyenne ; la note la plus fréquente : 7 étoiles."
        );
        assert_eq!(
            (en.year_summary)(2025, 1, 1, 1),
            "In 2025 you logged 1 viewing of 1 film, 1 of them a rewatch."
        );
        assert_eq!(
            (es.year_summary)(2025, 3, 2, 0),
            "En 2025 anotaste 3 visionados de 2 películas; 0 fueron revisiones."
        );
        assert_eq!(
            (en.per_year_summary)(4, 2025, 2025, 2025, 4),
            "4 viewings, all in 2025."
        );
        assert_eq!((fr.short_month)(8), "août");
        assert_eq!((es.month_name_of)(1), "enero");
    }
}
