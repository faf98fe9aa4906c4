//! The library pages in French.

use super::LibraryTexts;
use crate::i18n::fr::{MONTHS, num, plural};
use crate::i18n::month_name;
use crate::model::library::ShelfSort;

/// The library pages' strings in French.
pub static LIBRARY_FR: LibraryTexts = LibraryTexts {
    library_nav: "Vos films",
    ratings_tab: "Notes",
    watchlist_tab: "À voir",
    diary_tab: "Journal",
    ratings_heading: "Vos notes",
    watchlist_heading: "Votre liste à voir",
    diary_heading: "Votre journal",
    ratings_empty: "Vous n’avez encore noté aucun film. Notez-en un depuis sa page et il apparaîtra ici.",
    watchlist_empty: "Votre liste à voir est vide. Ajoutez des films avec le bouton «\u{a0}À voir\u{a0}» de leur page.",
    diary_empty: "Rien n’est encore noté. Utilisez «\u{a0}Noter un visionnage\u{a0}» sur la page d’un film pour tenir un journal.",
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
    month_heading: |year, month| format!("{} {year}", month_name(&MONTHS, month)),
    diary_count: |n| plural(n, "entrée", "entrées"),
    log_watch_of: |title| format!("Noter un visionnage de {title}"),
    delete_entry: |date, title| format!("Supprimer votre entrée du {date} pour {title}"),
    edit_entry: |date, title| format!("Modifier votre entrée du {date} pour {title}"),
    your_stars: |n| format!("Vos étoiles\u{a0}: {n} sur 10"),
    delete_confirm: |date, title| format!("Supprimer votre entrée du {date} pour {title}\u{a0}?"),
    tags_line: |tags| format!("Étiquettes\u{a0}: {tags}"),
};
