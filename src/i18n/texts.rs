//! The [`Texts`] struct: one field per interface string.

use super::Loadable;
use crate::api::FetchError;
use crate::model::browse::Facet;
use crate::model::catalog::RelatedBecause;
use crate::model::date::Date;
use crate::model::people::Role;
use crate::model::reviews::ReviewSort;
use crate::model::user_data::{DecodeError, ReportReason, ReviewProblem};
use crate::storage::StorageNotice;

/// Declares [`Texts`] from two lists: fixed strings, and formatting
/// functions with sample arguments. The samples let the tests call every
/// function of every language without a hand-kept list that could fall
/// behind.
macro_rules! texts {
    (
        $(#[$meta:meta])*
        struct $name:ident;
        strings { $( $(#[doc = $sdoc:literal])* $string:ident, )* }
        formats { $( $(#[doc = $fdoc:literal])* $format:ident: $ty:ty = ($($sample:expr),*), )* }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[doc = $sdoc])* pub $string: &'static str, )*
            $( $(#[doc = $fdoc])* pub $format: $ty, )*
        }

        impl $name {
            /// Every fixed string with its field name.
            #[cfg(test)]
            pub(crate) fn strings(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($string), self.$string), )*]
            }

            /// Every function, called with its sample arguments.
            #[cfg(test)]
            pub(crate) fn samples(&self) -> Vec<(&'static str, String)> {
                vec![$( (stringify!($format), (self.$format)($($sample),*).to_string()), )*]
            }
        }
    };
}

pub(crate) use texts;

texts! {
    /// Every interface string in one language. Fixed text is a
    /// `&'static str`; text with numbers, names or plurals is a function.
    /// English is the reference wording; the doc of each field quotes it.
    struct Texts;
    strings {
        // Site chrome
        /// "Skip to main content"
        skip_link,
        /// "Main": the name of the main navigation.
        nav_label,
        /// "Browse films": navigation link and home heading.
        browse_films,
        /// "Your data": navigation link and page heading.
        your_data,
        /// "Language": the label of the language switcher.
        language,
        /// "Search films": the search box's label.
        search_label,
        /// "Search by title": the search box's placeholder.
        search_placeholder,
        /// "Searching…"
        searching,
        /// "The search is unavailable right now."
        search_failed,
        /// "Titles": the search results' group of films.
        search_titles_group,
        /// "People": the search results' group of people.
        search_people_group,
        /// The search page with no query: where to type one.
        search_page_prompt,
        /// The footer sentence about where data lives.
        footer,
        /// "Marquee · Films, cast and reviews": the home page's document title.
        home_doc_title,
        /// "Marquee · All films": the full list's document title.
        browse_doc_title,
        /// "Films, cast and reviews": the home page's heading.
        home_heading,
        /// "Featured film": the home page's first section.
        featured_film,
        /// "Top rated": the home page's row of the best rated films.
        top_rated,
        /// "Popular": the home page's row of the most voted (or reviewed) films.
        popular_films,
        /// "Newest films": the home page's row of the newest films.
        newest_films,

        // Loading and errors
        /// "Retry"
        retry,
        /// A catalog file that does not exist.
        fetch_not_found,
        /// "The code for this part of the site could not be downloaded. …"
        code_unavailable,
        /// "You are offline…", for the offline banner.
        offline_notice,
        /// "A new version of Marquee is ready. Reload to use it."
        update_ready,
        /// "Reload"
        reload,

        // Storage
        /// A save failed: storage full or turned off.
        storage_write_failed,
        /// The browser offers no storage.
        storage_unavailable,
        /// "Dismiss": closes the storage notice.
        dismiss,

        // Ratings
        /// "Not yet rated"
        not_yet_rated,
        /// "Not rated by you"
        not_rated_by_you,
        /// "Clear rating"
        clear_rating,
        /// "Watchlist": the toggle that puts a film on your watchlist.
        watchlist,
        /// "Seen": the toggle that marks a film seen, with no viewing to date.
        seen,
        /// "Your films": the header's link to your ratings, watchlist and diary.
        your_films,
        /// "Log a watch": opens the diary form on a title page.
        log_watch,
        /// "Logged in your diary.": after the diary form saved.
        logged,
        /// "Rate": a carousel card's button that opens its rating stars.
        rate,
        /// "Your rating"
        your_rating,
        /// "User rating": the title's average.
        user_rating,

        // Recently viewed
        /// "Recently viewed": heading, and a row on the Your data page.
        recently_viewed,
        /// "Clear history"
        clear_history,
        /// What the empty history says.
        recent_empty,

        // Carousel and cards
        /// "More like this"
        more_like_this,
        /// "Previous films": the carousel's previous button.
        previous_films,
        /// "Next films": the carousel's next button.
        next_films,
        /// "Show less"
        show_less,
        /// "See full summary"
        see_full_summary,
        /// "Stars": the principal cast.
        stars_label,

        // Reviews
        /// "Warning: contains spoilers. Show the review"
        spoiler_warning,
        /// "Your review · kept on this device"
        your_review_badge,
        /// "by", before a review's author.
        by,
        /// "You", as the author of this device's review after [`Self::by`].
        by_you,
        /// "Was this review helpful?"
        was_helpful,
        /// "Yes"
        yes,
        /// "No"
        no,
        /// "Undo report"
        undo_report,
        /// "Reason", the label of the report reasons.
        reason,
        /// "Send report"
        send_report,
        /// "Cancel"
        cancel,
        /// "Report"
        report,

        // Review form
        /// Why the draft is safe.
        review_form_hint,
        /// "Headline"
        headline,
        /// "Your review": form label and section heading.
        your_review,
        /// "This review contains spoilers"
        contains_spoilers,
        /// "Save changes"
        save_changes,
        /// "Submit review"
        submit_review,
        /// "Close and keep the draft"
        close_keep_draft,
        /// "Discard draft"
        discard_draft,
        /// "Choose a rating from 1 to 10 stars."
        problem_no_rating,
        /// "Write a headline."
        problem_headline_empty,

        // Home
        /// "Pages": the pager's name.
        pages_label,
        /// "Previous" page.
        previous,
        /// "Next" page.
        next,

        // Not found
        /// "Page not found": heading and document title.
        not_found,
        /// Why the page might be missing.
        not_found_body,
        /// "Browse all films"
        browse_all_films,

        // Cast page
        /// "Full cast & crew"
        full_cast_crew,
        /// "No cast is listed for this title."
        no_cast,

        // Reviews page
        /// "User reviews"
        user_reviews,
        /// "Edit your review"
        edit_your_review,
        /// "Delete your review"
        delete_your_review,
        /// "Reviews you write are kept only in this browser."
        reviews_kept_hint,
        /// "Review this title"
        review_this_title,
        /// "Sort by"
        sort_by,
        /// "Filters": the browse page's filter panel.
        browse_filters,
        /// "Genre"
        facet_genre,
        /// "Decade"
        facet_decade,
        /// "Year"
        facet_year,
        /// "Country"
        facet_country,
        /// "Language"
        facet_language,
        /// "Certificate"
        facet_certificate,
        /// "Any": a facet with no value chosen.
        facet_any,
        /// "Most popular"
        browse_sort_popular,
        /// "Highest rated"
        browse_sort_rating,
        /// "Newest first"
        browse_sort_newest,
        /// "Oldest first"
        browse_sort_oldest,
        /// "Title A–Z"
        browse_sort_title,
        /// "Hide films I've rated, logged or reviewed"
        hide_seen,
        /// "Only films on my watchlist"
        only_watchlist,
        /// "Clear filters"
        clear_filters,
        /// "No film in this catalog matches these filters."
        no_matches,
        /// "No film on your watchlist matches these filters."
        no_watchlist_matches,
        /// "No film listed here passes these switches."
        no_credits_shown,
        /// "Filter by rating"
        filter_by_rating,
        /// "All ratings"
        all_ratings,
        /// "Helpfulness votes and reports stay on this device."
        votes_stay_hint,
        /// "No one has reviewed this title yet."
        no_reviews_yet,
        /// "No reviews with this rating."
        no_reviews_with_rating,

        // Title page
        /// "Genres"
        genres,
        /// "Release date"
        release_date,
        /// "Ratings and where to watch": the side panel's name.
        ratings_and_watch,
        /// "Where to watch"
        where_to_watch,
        /// "No streaming or rental offers known."
        no_offers,
        /// "Awards"
        awards,
        /// "Top cast"
        top_cast,
        /// "Cast & crew": link when the whole cast is already shown.
        cast_and_crew,
        /// "Cast": heading when the source lists the cast alphabetically.
        cast,
        /// "Known for": a person's best-known titles.
        known_for,
        /// "In alphabetical order; the source does not give the billing."
        cast_alphabetical,
        /// "Film data": before the name of whoever a record is credited to.
        film_data,
        /// "Storyline"
        storyline,
        /// "Certificate": the age rating.
        certificate,
        /// "Details"
        details,
        /// "Countries of origin"
        countries,
        /// "Languages"
        languages,
        /// "Also known as"
        also_known_as,
        /// "Filming locations"
        filming_locations,
        /// "Production companies"
        companies,
        /// "Technical specs"
        tech_specs,
        /// "Runtime"
        runtime,
        /// "Color"
        color,
        /// "Sound mix"
        sound_mix,
        /// "Aspect ratio"
        aspect_ratio,
        /// "Did you know"
        did_you_know,
        /// "Quotes"
        quotes,
        /// "Trivia"
        trivia,
        /// "Frequently asked questions"
        faq,

        // Your data
        /// What the Your data page is about.
        your_data_lead,
        /// "Kept in this browser"
        kept_in_browser,
        /// "Ratings"
        count_ratings,
        /// "Reviews"
        count_reviews,
        /// "Review drafts"
        count_drafts,
        /// "Helpfulness votes"
        count_votes,
        /// "Reports"
        count_reports,
        /// "Export"
        export,
        /// "Export everything (JSON)"
        export_json,
        /// "Export ratings for Letterboxd (CSV)"
        export_csv,
        /// "The browser did not allow the download."
        download_blocked,
        /// "Import"
        import,
        /// How importing merges.
        import_hint,
        /// "Import a Marquee export (JSON)"
        import_label,
        /// "the file could not be read", after [`Self::import_refused`].
        file_unreadable,

        // Formatting
        /// "No awards yet"
        awards_none,
        /// " & " between wins and nominations.
        awards_and,
    }
    formats {
        // Loading and errors
        /// "Loading this title…"
        loading: fn(Loadable) -> &'static str = (Loadable::Title),
        /// "Couldn't load this title"
        couldnt_load: fn(Loadable) -> &'static str = (Loadable::Reviews),
        /// "The network request failed (detail). Check your connection and try again."
        fetch_network: fn(&str) -> String = ("TypeError"),
        /// "The server answered with HTTP status 503."
        fetch_http: fn(u16) -> String = (503),
        /// "The catalog data is damaged and could not be read (detail)."
        fetch_malformed: fn(&str) -> String = ("EOF"),

        // Storage
        /// Stored data set aside: (reason, key it was kept under).
        storage_set_aside: fn(&str, &str) -> String = ("why", "film-site/unreadable/1"),
        /// Some stored entries set aside, the rest loaded: (how many).
        storage_records_set_aside: fn(usize) -> String = (2),
        /// Stored data from a newer format.
        storage_newer_version: fn(u32) -> String = (3),
        /// "it is not valid JSON (detail)"
        decode_json: fn(&str) -> String = ("EOF"),
        /// "it was written by a newer version of this site (format 3); …"
        decode_newer_version: fn(u32) -> String = (3),
        /// "it does not have the expected shape (detail)"
        decode_shape: fn(&str) -> String = ("no version"),

        // Ratings
        /// "Rated 7.5 out of 10 by 1100 users": (formatted average, votes).
        rated_by: fn(&str, u32) -> String = ("7.5", 1100),
        /// "Rated 7.5 out of 10"
        rated: fn(&str) -> String = ("7.5"),
        /// "8 out of 10": one star of the rating control.
        star_n: fn(u8) -> String = (8),
        /// "Your rating of Canoa"
        your_rating_of: fn(&str) -> String = ("Canoa"),
        /// "Your rating: 8/10"
        your_rating_is: fn(u8) -> String = (8),
        /// "Rate Canoa": the name of a card's Rate button.
        rate_title: fn(&str) -> String = ("Canoa"),
        /// "8/10, your rating of Canoa": the name of a rated card's button,
        /// which starts with what the button shows.
        your_rating_of_is: fn(&str, u8) -> String = ("Canoa", 8),

        // Carousel and cards
        /// "12 related films; scroll or use the arrow keys"
        carousel_track: fn(usize) -> String = (12),
        /// "1 of 12: Film": (position, count, title).
        slide_label: fn(usize, usize, &str) -> String = (1, 12, "Canoa"),
        /// "Director" or "Directors", for that many.
        directors: fn(usize) -> &'static str = (2),
        /// "Writer" or "Writers", for that many.
        writers: fn(usize) -> &'static str = (2),
        /// "Director: ", a label before what it names.
        label_colon: fn(&str) -> String = ("Director"),

        // Reviews
        /// "Rated 8 out of 10": a review's own rating.
        review_rated: fn(u8) -> String = (8),
        /// "14 of 18 people found this review helpful"
        found_helpful: fn(u32, u32) -> String = (14, 18),
        /// "You reported this review: reason."
        you_reported: fn(&str) -> String = ("Spam"),
        /// The reasons a review can be reported for.
        report_reason: fn(ReportReason) -> &'static str = (ReportReason::OffTopic),

        // Review form
        /// "Edit your review of Canoa"
        review_form_edit: fn(&str) -> String = ("Canoa"),
        /// "Review Canoa"
        review_form_new: fn(&str) -> String = ("Canoa"),
        /// "12 of 100 characters": (count, maximum).
        headline_counter: fn(usize, usize) -> String = (12, 100),
        /// "120 characters (at least 100, at most 10,000)": (count, minimum, maximum).
        body_counter: fn(usize, usize, usize) -> String = (1, 100, 10_000),
        /// "Keep the headline to 100 characters or fewer (120 now)." (maximum, count)
        problem_headline_too_long: fn(usize, usize) -> String = (100, 120),
        /// "Write at least 100 characters (9 so far)." (minimum, count)
        problem_body_too_short: fn(usize, usize) -> String = (100, 9),
        /// "Keep the review to 10,000 characters or fewer (12,000 now)." (maximum, count)
        problem_body_too_long: fn(usize, usize) -> String = (10_000, 12_000),

        // Home
        /// "13 films in the catalog"
        films_in_catalog: fn(u32) -> String = (13),
        /// "More like Salvador Allende": the home page's row of the featured
        /// film's related films.
        more_like: fn(&str) -> String = ("Salvador Allende"),
        /// "Browse all 17,480 films": the button under the home page's rows.
        browse_all_count: fn(u32) -> String = (17480),
        /// "17,472 films, licensed CC0-1.0": after a data source's name.
        source_titles: fn(u32, &str) -> String = (17_472, "CC0-1.0"),
        /// "licensed CC0-1.0": after a title's data source.
        licensed: fn(&str) -> String = ("CC0-1.0"),
        /// "Page 1 of 2"
        page_of: fn(u32, u32) -> String = (1, 2),
        /// "Page 3": where the number of pages is not known yet.
        page_number: fn(u32) -> String = (3),
        /// "Drama (8,926)": a facet value and its films, in a filter menu.
        facet_option: fn(&str, u32) -> String = ("Drama", 8926),
        /// "8,926 films": the browse page's count.
        browse_count: fn(u32) -> String = (8926),
        /// "Up to 320 films": the count before every film was checked.
        browse_count_at_most: fn(u32) -> String = (320),
        /// A landing page's heading: "Drama films", "Films of the 1990s",
        /// "Films from 1994", "Films from Chile", "Films in Spanish",
        /// "Films rated PG-13".
        landing_heading: fn(Facet, &str) -> String = (Facet::Genre, "Drama"),
        /// "Marquee · Drama films"
        landing_doc_title: fn(&str) -> String = ("Drama films"),

        // Cast page
        /// "Cast (15)"
        cast_count: fn(usize) -> String = (15),

        // Reviews page
        /// "10 reviews"
        reviews_count: fn(usize) -> String = (1),
        /// "1 of 10 reviews rated 10/10": (matching, all, stars).
        reviews_rated: fn(usize, usize, u8) -> String = (1, 10, 10),
        /// The review orders.
        sort_label: fn(ReviewSort) -> &'static str = (ReviewSort::Rating),
        /// "Director (9)": a person page's section of one role, with its count.
        role_heading: fn(Role, u32) -> String = (Role::Director, 9),
        /// "Show more (140 more)": the next page of a role's credits.
        show_more_credits: fn(u32) -> String = (140),
        /// "You rated 3 of these 12 films.": from this browser's ratings.
        you_rated_of: fn(usize, usize) -> String = (3, 12),
        /// "Watchlist: Canoa": a card's watchlist toggle, named for its film.
        watchlist_for: fn(&str) -> String = ("Canoa"),
        /// "You watched it 3 times, last on 5 September 2007": (times, date
        /// written out).
        watched_times: fn(usize, &str) -> String = (3, "5 September 2007"),
        /// "Same director": why a computed More Like This card is there.
        related_because: fn(RelatedBecause) -> &'static str = (RelatedBecause::SameDirector),
        /// "Load more reviews (15 more)"
        load_more: fn(usize) -> String = (15),

        // Title page
        /// "Original title: Canoa"
        original_title: fn(&str) -> String = ("Canoa"),
        /// " user reviews", after a count, worded for that many.
        user_reviews_after: fn(u32) -> &'static str = (10),
        /// " critic reviews", after a count, worded for that many.
        critic_reviews_after: fn(u32) -> &'static str = (1),
        /// "See full cast & crew (45)"
        see_full_cast: fn(u32) -> String = (45),
        /// "3 films and 2 people found" for the search box's live region,
        /// from the counts of titles and people; "Nothing found" for none.
        search_results: fn(usize, usize) -> String = (3, 2),
        /// "Results for “memento”": the search page's heading.
        search_page_heading: fn(&str) -> String = ("memento"),
        /// "Nothing in this catalog matches “xyz”."
        search_page_none: fn(&str) -> String = ("xyz"),
        /// "Director, Memento (2000)": what a person in the search results
        /// is known as and for.
        search_person_detail: fn(Role, &str, u16) -> String = (Role::Director, "Memento", 2000),
        /// "See all 10 user reviews"; "Reviews" for none.
        see_user_reviews: fn(u32) -> String = (0),

        // Your data
        /// "Import complete: 2 entries added or updated."
        import_complete: fn(usize) -> String = (2),
        /// "Nothing was imported: reason."
        import_refused: fn(&str) -> String = ("why"),

        // Formatting
        /// A long date: "5 September 2007".
        date_long: fn(Date) -> String = (Date { year: 2004, month: 7, day: 1 }),
        /// "1h", the hours of a runtime.
        runtime_hours: fn(u16) -> String = (1),
        /// "40m", the minutes of a runtime.
        runtime_minutes: fn(u16) -> String = (40),
        /// "2 wins"
        awards_wins: fn(u32) -> String = (2),
        /// "1 nomination"
        awards_nominations: fn(u32) -> String = (1),
        /// "and", joining the last name of a list to the rest; given that name.
        list_and: fn(&str) -> &'static str = ("Ignacio"),
        /// "From $3.99 on Prime Video": (price, provider).
        watch_from: fn(&str, &str) -> String = ("$3.99", "Prime Video"),
        /// "$3.99 on Prime Video": (price, provider).
        watch_price_on: fn(&str, &str) -> String = ("$3.99", "Prime Video"),
        /// "Free on Tubi"
        watch_free: fn(&str) -> String = ("Tubi"),
        /// "Included with MUBI"
        watch_included: fn(&str) -> String = ("MUBI"),
    }
}

impl Texts {
    /// What went wrong fetching catalog data, for the person reading it.
    /// ([`FetchError`]'s `Display` stays English, for logs.)
    pub fn fetch_error(&self, error: &FetchError) -> String {
        match error {
            FetchError::NotFound => self.fetch_not_found.to_owned(),
            FetchError::Network(detail) => (self.fetch_network)(detail),
            FetchError::Http(status) => (self.fetch_http)(*status),
            FetchError::Malformed(detail) => (self.fetch_malformed)(detail),
        }
    }

    /// Why stored or imported data could not be read, as a clause.
    pub fn decode_error(&self, error: &DecodeError) -> String {
        match error {
            DecodeError::Json(detail) => (self.decode_json)(detail),
            DecodeError::NewerVersion(version) => (self.decode_newer_version)(*version),
            DecodeError::Shape(detail) => (self.decode_shape)(detail),
        }
    }

    /// The storage banner's sentence.
    pub fn storage_notice(&self, notice: &StorageNotice) -> String {
        match notice {
            StorageNotice::SetAside { reason, kept_as } => {
                (self.storage_set_aside)(&self.decode_error(reason), kept_as)
            }
            StorageNotice::RecordsSetAside(count) => (self.storage_records_set_aside)(*count),
            StorageNotice::NewerVersion(version) => (self.storage_newer_version)(*version),
            StorageNotice::WriteFailed => self.storage_write_failed.to_owned(),
            StorageNotice::Unavailable => self.storage_unavailable.to_owned(),
        }
    }

    /// What a review form field needs, as shown under it.
    pub fn review_problem(&self, problem: &ReviewProblem) -> String {
        use crate::model::user_data::{BODY_MAX, BODY_MIN, HEADLINE_MAX};
        match problem {
            ReviewProblem::NoRating => self.problem_no_rating.to_owned(),
            ReviewProblem::HeadlineEmpty => self.problem_headline_empty.to_owned(),
            ReviewProblem::HeadlineTooLong(n) => (self.problem_headline_too_long)(HEADLINE_MAX, *n),
            ReviewProblem::BodyTooShort(n) => (self.problem_body_too_short)(BODY_MIN, *n),
            ReviewProblem::BodyTooLong(n) => (self.problem_body_too_long)(BODY_MAX, *n),
        }
    }
}
