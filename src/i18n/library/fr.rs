//! The library pages in French.

use super::LibraryTexts;
use crate::i18n::fr::{MONTHS, num, plural};
use crate::i18n::month_name;
use crate::model::library::ShelfSort;

use super::capitalized;

/// Months shortened for a chart's axis.
const SHORT_MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// The library pages' strings in French.
pub static LIBRARY_FR: LibraryTexts = LibraryTexts {
    library_nav: "Vos films",
    ratings_tab: "Notes",
    watchlist_tab: "À voir",
    diary_tab: "Journal",
    seen_count_label: "Films marqués comme vus",
    ratings_heading: "Vos notes",
    watchlist_heading: "Votre liste à voir",
    diary_heading: "Votre journal",
    ratings_empty: "Vous n’avez encore noté aucun film. Notez-en un depuis sa page et il apparaîtra ici.",
    watchlist_empty: "Votre liste à voir est vide. Ajoutez des films avec le bouton «\u{a0}À voir\u{a0}» de leur page.",
    diary_empty: "Votre journal est vide. Utilisez «\u{a0}Ajouter au journal\u{a0}» sur la page d’un film pour le tenir.",
    stars_filter: "Votre note",
    rewatch: "Revisionnage",
    edit: "Modifier",
    delete: "Supprimer",
    watched_on_label: "Date du visionnage",
    rewatch_label: "Je l’avais déjà vu",
    watch_rating_label: "Note de ce visionnage (facultatif)",
    no_rating: "Sans note",
    off_watchlist_label: "Le retirer de ma liste à voir",
    tags_label: "Étiquettes séparées par des virgules (facultatif)",
    save: "Enregistrer",
    watched_on_invalid: "Indiquez la date du visionnage\u{a0}: aujourd’hui ou avant.",
    shelf_count: |matching, total| {
        if matching == total {
            plural(total, "film", "films")
        } else {
            format!("{} sur {}", plural(matching, "film", "films"), num(total))
        }
    },
    shelf_sort: |sort, ratings| match sort {
        ShelfSort::Recent if ratings => "Date de la note",
        ShelfSort::Recent => "Date d’ajout",
        ShelfSort::Rating => "Votre note",
        ShelfSort::Newest => "Plus récents",
        ShelfSort::Oldest => "Plus anciens",
        ShelfSort::Title => "Titre (A–Z)",
    },
    stars_option: |n| plural(n, "étoile", "étoiles"),
    rated_on: |date| format!("Noté le {date}"),
    added_on: |date| format!("Ajouté le {date}"),
    month_heading: |year, month| format!("{} {year}", capitalized(month_name(&MONTHS, month))),
    diary_count: |n| plural(n, "entrée", "entrées"),
    log_watch_of: |title| format!("Ajouter {title} au journal"),
    delete_entry: |date, title| format!("Supprimer votre entrée du {date} pour {title}"),
    edit_entry: |date, title| format!("Modifier votre entrée du {date} pour {title}"),
    your_stars: |n| format!("Vos étoiles\u{a0}: {n} sur 10"),
    delete_confirm: |date, title| format!("Supprimer votre entrée du {date} pour {title}\u{a0}?"),
    tags_line: |tags| format!("Étiquettes\u{a0}: {tags}"),
    export_imdb_csv: "Exporter les notes au format IMDb (CSV)",
    import_reading: "Lecture du fichier…",
    preview_heading: "Avant tout enregistrement",
    choose_heading: "De quel film s’agit-il\u{a0}?",
    choose_none: "Aucun de ceux-ci\u{a0}: ne pas l’importer",
    missing_heading: "Absents de ce catalogue",
    download_missing: "Télécharger cette liste (CSV)",
    import_not_saved: "Rien n’a été importé\u{a0}: le stockage de ce navigateur est plein ou en lecture seule. Exportez vos données, libérez de la place et réessayez.",
    file_empty: "il est vide",
    file_not_export: "ce n’est ni un export Letterboxd (zip ou CSV), ni un CSV IMDb, ni un export Marquee",
    zip_no_exports: "l’archive zip ne contient aucun des fichiers de Letterboxd",
    import_matching: |done, total| {
        format!("Recherche des films dans le catalogue\u{a0}: fichier {done} sur {total}")
    },
    preview_summary: |found, choose, missing| {
        format!(
            "{}, {} à choisir, {}.",
            plural(found, "film trouvé", "films trouvés"),
            num(choose),
            plural(missing, "absent de ce catalogue", "absents de ce catalogue")
        )
    },
    rows_left_out: |n| match n {
        0 | 1 => format!("{} ligne illisible est laissée de côté.", num(n)),
        n => format!("{} lignes illisibles sont laissées de côté.", num(n)),
    },
    import_films: |n| format!("Importer {}", plural(n, "film", "films")),
    film_named: |title, year| {
        if year.is_empty() {
            title.to_owned()
        } else {
            format!("{title} ({year})")
        }
    },
    file_missing_column: |file, column| {
        format!("son fichier {file} n’a pas de colonne «\u{a0}{column}\u{a0}»")
    },
    file_damaged: |detail| format!("le fichier est endommagé ({detail})"),
    file_too_large: |mb| format!("il contient un fichier de plus de {mb}\u{a0}Mo"),
    review_next_label: "Écrire ensuite une critique",
    export_now: "Exporter une copie",
    export_reminder: |n, days| {
        format!(
            "Vous gardez {} dans ce seul navigateur, sans les avoir exportées depuis {days} jours. Les navigateurs peuvent effacer les données d'un site : Safari le fait après sept jours sans visite, sauf si le site est sur votre écran d'accueil.",
            plural(n, "entrée", "entrées")
        )
    },
    stats_tab: "Statistiques",
    stats_heading: "Vos statistiques",
    stats_empty: "Pas encore de statistiques. Notez des films ou tenez votre journal, et vos chiffres s'afficheront ici.",
    per_year_heading: "Films vus par année",
    rating_spread_heading: "Vos notes",
    directors_heading: "Les cinéastes que vous regardez le plus",
    genres_heading: "Les genres que vous regardez le plus",
    show_as_table: "Afficher en tableau",
    col_year: "Année",
    col_month: "Mois",
    col_stars: "Étoiles",
    col_films: "Films",
    col_viewings: "Visionnages",
    col_director: "Cinéaste",
    col_genre: "Genre",
    favourites_heading: "Vos films les mieux notés cette année-là",
    no_year_review: "Tenez votre journal pour voir le bilan de chaque année.",
    stats_lead: |films, viewings| {
        format!(
            "{} {}, {} au journal.",
            plural(films, "film", "films"),
            if films <= 1 { "vu" } else { "vus" },
            plural(viewings, "visionnage", "visionnages")
        )
    },
    per_year_summary: |viewings, first, last, busiest, most| {
        let viewings = plural(viewings, "visionnage", "visionnages");
        if first == last {
            format!("{viewings}, tous en {first}.")
        } else {
            format!(
                "{viewings} de {first} à {last} ; le record, {}, en {busiest}.",
                num(most)
            )
        }
    },
    rating_summary: |films, mean, usual| {
        format!(
            "{} {}, {},{} étoiles en moyenne ; la note la plus fréquente : {}.",
            plural(films, "film", "films"),
            if films <= 1 { "noté" } else { "notés" },
            mean / 10,
            mean % 10,
            plural(usual, "étoile", "étoiles")
        )
    },
    top_summary: |name, films| {
        format!("En tête : {name}, avec {}.", plural(films, "film", "films"))
    },
    year_review_heading: |year| format!("Votre bilan {year}"),
    year_summary: |year, viewings, films, rewatches| {
        format!(
            "En {year}, votre journal compte {} de {}, dont {} {}.",
            plural(viewings, "visionnage", "visionnages"),
            plural(films, "film", "films"),
            num(rewatches),
            if rewatches <= 1 {
                "revisionnage"
            } else {
                "revisionnages"
            }
        )
    },
    per_month_heading: |year| format!("Visionnages par mois en {year}"),
    per_month_summary: |month, n| {
        format!(
            "Le mois le plus chargé : {}, avec {}.",
            month_name(&MONTHS, month),
            plural(n, "visionnage", "visionnages")
        )
    },
    month_name_of: |month| month_name(&MONTHS, month),
    short_month: |month| month_name(&SHORT_MONTHS, month),
};
