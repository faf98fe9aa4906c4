//! English: the reference wording, and the fallback language.

use super::{Lang, Loadable, NumberSymbols, Texts, month_name};
use crate::model::browse::Facet;
use crate::model::catalog::RelatedBecause;
use crate::model::people::Role;
use crate::model::reviews::ReviewSort;
use crate::model::user_data::ReportReason;

/// English numbers: "1,100", "7.5", "1.1K".
pub(super) const NUMBERS: NumberSymbols = NumberSymbols {
    decimal: '.',
    group: ',',
    min_grouped_digits: 4,
    thousands: "K",
    millions: "M",
};

pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A count grouped the English way, as the character counters show it
/// ("1,048,576").
pub(super) fn num(n: usize) -> String {
    crate::i18n::format::grouped(n, Lang::En)
}

/// "1 win", "2 wins", "17,480 films".
pub(super) fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    let word = if n == 1 { one } else { many };
    format!("{} {word}", num(usize::try_from(n).unwrap_or(usize::MAX)))
}

/// Every interface string in English.
pub static EN: Texts = Texts {
    skip_link: "Skip to main content",
    nav_label: "Main",
    browse_films: "Browse films",
    your_data: "Your data",
    language: "Language",
    search_label: "Search films and people",
    search_placeholder: "Search titles and people",
    searching: "Searching…",
    search_failed: "The search is unavailable right now.",
    search_titles_group: "Titles",
    search_people_group: "People",
    search_page_prompt: "Type a title or a name in the search box above, then press Enter.",
    footer: "Marquee runs entirely in your browser from a static catalog. Anything you keep \
             here, like your recently viewed titles, stays on this device.",
    home_doc_title: "Marquee · Films, cast and reviews",
    browse_doc_title: "Marquee · All films",
    home_heading: "Films, cast and reviews",
    featured_film: "Featured film",
    top_rated: "Top rated",
    popular_films: "Popular",
    newest_films: "Newest films",

    retry: "Retry",
    fetch_not_found: "There is nothing in the catalog at this address.",
    code_unavailable: "The code for this part of the site could not be downloaded. Check your \
                       connection and try again.",
    offline_notice: "You are offline. Titles you have opened before still work; others will \
                     load when you are back online.",
    update_ready: "A new version of Marquee is ready. Reload to use it.",
    reload: "Reload",

    storage_write_failed: "Your last change could not be saved: this browser's storage is full \
                           or turned off. It stays on this page until you close it; export your \
                           data to keep a copy.",
    storage_unavailable: "This browser does not allow this site to store data, so ratings, \
                          reviews and history last only until the page is closed.",
    dismiss: "Dismiss",

    not_yet_rated: "Not yet rated",
    not_rated_by_you: "Not rated by you",
    clear_rating: "Clear rating",
    watchlist: "Watchlist",
    seen: "Seen",
    your_films: "Your films",
    log_watch: "Log a watch",
    logged: "Logged in your diary.",
    rate: "Rate",
    your_rating: "Your rating",
    user_rating: "User rating",

    recently_viewed: "Recently viewed",
    clear_history: "Clear history",
    recent_empty: "Titles you open will be listed here. The list stays in this browser.",

    more_like_this: "More like this",
    previous_films: "Previous films",
    next_films: "Next films",
    show_less: "Show less",
    see_full_summary: "See full summary",
    stars_label: "Stars",

    spoiler_warning: "Warning: contains spoilers. Show the review",
    your_review_badge: "Your review · kept on this device",
    by: "by",
    by_you: "You",
    was_helpful: "Was this review helpful?",
    yes: "Yes",
    no: "No",
    undo_report: "Undo report",
    reason: "Reason",
    send_report: "Send report",
    cancel: "Cancel",
    report: "Report",

    review_form_hint: "Your review is kept only in this browser. The draft is saved as you \
                       type, so closing or reloading the page loses nothing.",
    headline: "Headline",
    your_review: "Your review",
    contains_spoilers: "This review contains spoilers",
    save_changes: "Save changes",
    submit_review: "Submit review",
    close_keep_draft: "Close and keep the draft",
    discard_draft: "Discard draft",
    problem_no_rating: "Choose a rating from 1 to 10 stars.",
    problem_headline_empty: "Write a headline.",

    pages_label: "Pages",
    previous: "Previous",
    next: "Next",

    not_found: "Page not found",
    not_found_body: "There is no film or page at this address. It may have been mistyped or \
                     removed.",
    browse_all_films: "Browse all films",

    full_cast_crew: "Full cast & crew",
    no_cast: "No cast is listed for this title.",

    user_reviews: "User reviews",
    edit_your_review: "Edit your review",
    delete_your_review: "Delete your review",
    reviews_kept_hint: "Reviews you write are kept only in this browser.",
    review_this_title: "Review this title",
    sort_by: "Sort by",
    browse_filters: "Filters",
    facet_genre: "Genre",
    facet_decade: "Decade",
    facet_year: "Year",
    facet_country: "Country",
    facet_language: "Language",
    facet_certificate: "Certificate",
    facet_any: "Any",
    browse_sort_popular: "Most popular",
    browse_sort_rating: "Highest rated",
    browse_sort_newest: "Newest first",
    browse_sort_oldest: "Oldest first",
    browse_sort_title: "Title A–Z",
    hide_seen: "Hide films I've rated, logged or reviewed",
    only_watchlist: "Only films on my watchlist",
    clear_filters: "Clear filters",
    no_matches: "No film in this catalog matches these filters.",
    no_watchlist_matches: "No film on your watchlist matches these filters.",
    no_credits_shown: "No film listed here passes these switches.",
    filter_by_rating: "Filter by rating",
    all_ratings: "All ratings",
    votes_stay_hint: "Helpfulness votes and reports stay on this device.",
    no_reviews_yet: "No one has reviewed this title yet.",
    no_reviews_with_rating: "No reviews with this rating.",

    genres: "Genres",
    release_date: "Release date",
    ratings_and_watch: "Ratings and where to watch",
    where_to_watch: "Where to watch",
    no_offers: "No streaming or rental offers known.",
    awards: "Awards",
    top_cast: "Top cast",
    cast: "Cast",
    known_for: "Known for",
    cast_alphabetical: "In alphabetical order: the source does not give the billing.",
    film_data: "Film data",
    cast_and_crew: "Cast & crew",
    storyline: "Storyline",
    certificate: "Certificate",
    details: "Details",
    countries: "Countries of origin",
    languages: "Languages",
    also_known_as: "Also known as",
    filming_locations: "Filming locations",
    companies: "Production companies",
    tech_specs: "Technical specs",
    runtime: "Runtime",
    color: "Color",
    sound_mix: "Sound mix",
    aspect_ratio: "Aspect ratio",
    did_you_know: "Did you know",
    quotes: "Quotes",
    trivia: "Trivia",
    faq: "Frequently asked questions",

    your_data_lead: "Your ratings, reviews, drafts, votes, reports and history are kept only in \
                     this browser. Export them to keep a copy or move them to another browser.",
    kept_in_browser: "Kept in this browser",
    count_ratings: "Ratings",
    count_reviews: "Reviews",
    count_drafts: "Review drafts",
    count_votes: "Helpfulness votes",
    count_reports: "Reports",
    export: "Export",
    export_json: "Export everything (JSON)",
    export_csv: "Export for Letterboxd (CSV)",
    download_blocked: "The browser did not allow the download.",
    import: "Import",
    import_hint: "Importing adds what the file has and this browser lacks; where both have the \
                  same title, the later change wins. Importing the same file twice changes \
                  nothing.",
    import_label: "Import a file: Letterboxd (zip or CSV), IMDb (CSV) or a Marquee export (JSON)",
    file_unreadable: "the file could not be read",

    awards_none: "No awards yet",
    awards_and: " & ",

    loading: |what| match what {
        Loadable::Title => "Loading this title…",
        Loadable::FilmList => "Loading the film list…",
        Loadable::Cast => "Loading the cast…",
        Loadable::Reviews => "Loading the reviews…",
        Loadable::Person => "Loading this person…",
        Loadable::Page => "Loading this page…",
    },
    couldnt_load: |what| match what {
        Loadable::Title => "Couldn't load this title",
        Loadable::FilmList => "Couldn't load the film list",
        Loadable::Cast => "Couldn't load the cast",
        Loadable::Reviews => "Couldn't load the reviews",
        Loadable::Person => "Couldn't load this person",
        Loadable::Page => "Couldn't load this page",
    },
    fetch_network: |detail| {
        format!("The network request failed ({detail}). Check your connection and try again.")
    },
    fetch_http: |status| format!("The server answered with HTTP status {status}."),
    fetch_malformed: |detail| {
        format!("The catalog data is damaged and could not be read ({detail}).")
    },

    storage_set_aside: |reason, kept_as| {
        format!(
            "Your saved ratings and reviews could not be read ({reason}). They were kept \
             unchanged in this browser's storage under \"{kept_as}\", and this page started \
             fresh."
        )
    },
    storage_records_set_aside: |count| {
        let entries = if count == 1 {
            "1 saved entry".to_owned()
        } else {
            format!("{count} saved entries")
        };
        format!(
            "{entries} could not be read and were set aside, unchanged, in this browser's storage \
             (IndexedDB \"film-site\", store \"unreadable\"). Everything else loaded."
        )
    },
    storage_newer_version: |version| {
        format!(
            "Your saved data was written by a newer version of this site (format {version}). \
             Reload to get the new version; until then changes here are not saved, so nothing \
             of it is overwritten."
        )
    },
    decode_json: |detail| format!("it is not valid JSON ({detail})"),
    decode_newer_version: |version| {
        format!(
            "it was written by a newer version of this site (format {version}); update the \
             page to read it"
        )
    },
    decode_shape: |detail| format!("it does not have the expected shape ({detail})"),

    rated_by: |value, votes| format!("Rated {value} out of 10 by {votes} users"),
    rated: |value| format!("Rated {value} out of 10"),
    star_n: |n| format!("{n} out of 10"),
    your_rating_of: |title| format!("Your rating of {title}"),
    your_rating_is: |n| format!("Your rating: {n}/10"),
    rate_title: |title| format!("Rate {title}"),
    your_rating_of_is: |title, n| format!("{n}/10, your rating of {title}"),

    carousel_track: |count| format!("{count} related films; scroll or use the arrow keys"),
    slide_label: |position, count, title| format!("{position} of {count}: {title}"),
    directors: |n| if n == 1 { "Director" } else { "Directors" },
    writers: |n| if n == 1 { "Writer" } else { "Writers" },
    label_colon: |label| format!("{label}: "),

    review_rated: |n| format!("Rated {n} out of 10"),
    found_helpful: |yes, total| format!("{yes} of {total} people found this review helpful"),
    you_reported: |reason| format!("You reported this review: {reason}."),
    report_reason: |reason| match reason {
        ReportReason::Spoilers => "Reveals the plot without a spoiler warning",
        ReportReason::Offensive => "Offensive or abusive",
        ReportReason::Spam => "Spam or advertising",
        ReportReason::OffTopic => "Not about this title",
    },

    review_form_edit: |title| format!("Edit your review of {title}"),
    review_form_new: |title| format!("Review {title}"),
    headline_counter: |n, max| format!("{n} of {max} characters"),
    body_counter: |n, min, max| {
        format!(
            "{} characters (at least {min}, at most {})",
            crate::i18n::format::grouped(n, Lang::En),
            crate::i18n::format::grouped(max, Lang::En),
        )
    },
    problem_headline_too_long: |max, n| {
        format!(
            "Keep the headline to {} characters or fewer ({} now).",
            num(max),
            num(n)
        )
    },
    problem_body_too_short: |min, n| {
        format!(
            "Write at least {} characters ({} so far).",
            num(min),
            num(n)
        )
    },
    problem_body_too_long: |max, n| {
        format!(
            "Keep the review to {} characters or fewer ({} now).",
            num(max),
            num(n)
        )
    },

    films_in_catalog: |n| format!("{} in the catalog", plural(n, "film", "films")),
    more_like: |title| format!("More like {title}"),
    browse_all_count: |n| match n {
        1 => "Browse the film".to_owned(),
        n => format!("Browse all {}", plural(n, "film", "films")),
    },
    source_titles: |n, licence| format!("{}, licensed {licence}", plural(n, "film", "films")),
    licensed: |licence| format!("licensed {licence}"),
    page_of: |page, pages| format!("Page {page} of {pages}"),
    page_number: |page| format!("Page {page}"),
    facet_option: |label, n| format!("{label} ({})", num(n as usize)),
    browse_count: |n| plural(n, "film", "films"),
    browse_count_at_most: |n| format!("Up to {}", plural(n, "film", "films")),
    landing_heading: |facet, label| match facet {
        Facet::Genre => format!("{label} films"),
        Facet::Decade => format!("Films of the {label}"),
        Facet::Year => format!("Films from {label}"),
        Facet::Country => format!("Films from {label}"),
        Facet::Language => format!("Films in {label}"),
        Facet::Certificate => format!("Films rated {label}"),
    },
    landing_doc_title: |heading| format!("Marquee · {heading}"),

    cast_count: |n| format!("Cast ({n})"),

    reviews_count: |n| plural(n as u64, "review", "reviews"),
    reviews_rated: |matching, all, stars| format!("{matching} of {all} reviews rated {stars}/10"),
    sort_label: |sort| match sort {
        ReviewSort::Helpfulness => "Most helpful",
        ReviewSort::Date => "Newest",
        ReviewSort::Rating => "Highest rating",
    },
    role_heading: |role, n| {
        let name = match role {
            Role::Director => "Director",
            Role::Writer => "Writer",
            Role::Actor => "Cast",
            Role::Crew => "Crew",
        };
        format!("{name} ({})", num(n as usize))
    },
    show_more_credits: |n| format!("Show more ({} more)", num(n as usize)),
    watchlist_for: |title| format!("Watchlist: {title}"),
    watched_times: |n, date| match n {
        1 => format!("You watched it on {date}"),
        n => format!("You watched it {} times, last on {date}", num(n)),
    },
    you_rated_of: |rated, of| match rated {
        0 => format!(
            "You haven't rated any of these {} yet.",
            plural(of as u64, "film", "films")
        ),
        _ => format!(
            "You rated {} of these {}.",
            num(rated),
            plural(of as u64, "film", "films")
        ),
    },
    related_because: |because| match because {
        RelatedBecause::SameDirector => "Same director",
        RelatedBecause::SameWriter => "Same writer",
        RelatedBecause::SharedCast => "Shares cast",
        RelatedBecause::SameGenres => "Similar genres",
        RelatedBecause::SameCountry => "Same country",
        RelatedBecause::SameLanguage => "Same language",
        RelatedBecause::SameDecade => "Same decade",
    },
    load_more: |n| format!("Load more reviews ({n} more)"),

    original_title: |title| format!("Original title: {title}"),
    user_reviews_after: |n| {
        if n == 1 {
            " user review"
        } else {
            " user reviews"
        }
    },
    critic_reviews_after: |n| {
        if n == 1 {
            " critic review"
        } else {
            " critic reviews"
        }
    },
    see_full_cast: |n| format!("See full cast & crew ({n})"),
    search_page_heading: |query| format!("Results for “{query}”"),
    search_page_none: |query| format!("Nothing in this catalog matches “{query}”."),
    search_results: |titles, people| {
        let films = match titles {
            1 => "1 film".to_owned(),
            n => format!("{n} films"),
        };
        let persons = match people {
            1 => "1 person".to_owned(),
            n => format!("{n} people"),
        };
        match (titles, people) {
            (0, 0) => "Nothing found".to_owned(),
            (_, 0) => format!("{films} found"),
            (0, _) => format!("{persons} found"),
            _ => format!("{films} and {persons} found"),
        }
    },
    search_person_detail: |role, title, year| {
        let role = match role {
            Role::Director => "Director",
            Role::Writer => "Writer",
            Role::Actor => "Actor",
            Role::Crew => "Crew",
        };
        format!("{role}, {title} ({year})")
    },
    see_user_reviews: |n| match n {
        0 => "Reviews".to_owned(),
        1 => "See the user review".to_owned(),
        n => format!("See all {n} user reviews"),
    },

    import_complete: |n| {
        format!(
            "Import complete: {} added or updated.",
            plural(n as u64, "entry", "entries")
        )
    },
    import_refused: |reason| format!("Nothing was imported: {reason}."),

    date_long: |date| {
        format!(
            "{} {} {}",
            date.day,
            month_name(&MONTHS, date.month),
            date.year
        )
    },
    runtime_hours: |h| format!("{h}h"),
    runtime_minutes: |m| format!("{m}m"),
    awards_wins: |n| plural(n, "win", "wins"),
    awards_nominations: |n| plural(n, "nomination", "nominations"),
    list_and: |_| "and",
    watch_from: |price, provider| format!("From {price} on {provider}"),
    watch_price_on: |price, provider| format!("{price} on {provider}"),
    watch_free: |provider| format!("Free on {provider}"),
    watch_included: |provider| format!("Included with {provider}"),
};
