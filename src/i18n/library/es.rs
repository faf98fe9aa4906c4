//! The library pages in Spanish.

use super::LibraryTexts;
use crate::i18n::es::{MONTHS, num, plural};
use crate::i18n::month_name;
use crate::model::library::ShelfSort;

/// The library pages' strings in Spanish.
pub static LIBRARY_ES: LibraryTexts = LibraryTexts {
    library_nav: "Tus películas",
    ratings_tab: "Valoraciones",
    watchlist_tab: "Por ver",
    diary_tab: "Diario",
    ratings_heading: "Tus valoraciones",
    watchlist_heading: "Tu lista por ver",
    diary_heading: "Tu diario",
    ratings_empty: "Aún no has valorado ninguna película. Valora una desde su página y aparecerá aquí.",
    watchlist_empty: "Tu lista por ver está vacía. Añade películas con el botón «Por ver» de su página.",
    diary_empty: "Aún no has registrado nada. Usa «Registrar una vista» en la página de una película para llevar un diario.",
    stars_filter: "Tu valoración",
    rewatch: "Revisionado",
    edit: "Editar",
    delete: "Eliminar",
    watched_on_label: "Fecha en que la viste",
    rewatch_label: "Ya la había visto",
    watch_rating_label: "Valoración de esta vista (opcional)",
    no_rating: "Sin valoración",
    off_watchlist_label: "Quitarla de mi lista por ver",
    tags_label: "Etiquetas separadas por comas (opcional)",
    save: "Guardar",
    watched_on_invalid: "Indica la fecha en que la viste: hoy o antes.",
    shelf_count: |matching, total| {
        if matching == total {
            plural(total, "película", "películas")
        } else {
            format!(
                "{} de {}",
                num(matching),
                plural(total, "película", "películas")
            )
        }
    },
    shelf_sort: |sort, ratings| match sort {
        ShelfSort::Recent if ratings => "Fecha de valoración",
        ShelfSort::Recent => "Fecha en que se añadió",
        ShelfSort::Rating => "Tu valoración",
        ShelfSort::Newest => "Más recientes",
        ShelfSort::Oldest => "Más antiguas",
        ShelfSort::Title => "Título (A–Z)",
    },
    stars_option: |n| plural(n, "estrella", "estrellas"),
    rated_on: |date| format!("Valorada el {date}"),
    added_on: |date| format!("Añadida el {date}"),
    month_heading: |year, month| format!("{} de {year}", month_name(&MONTHS, month)),
    diary_count: |n| plural(n, "entrada", "entradas"),
    log_watch_of: |title| format!("Registrar una vista de {title}"),
    delete_entry: |date, title| format!("Eliminar tu entrada del {date} de {title}"),
    edit_entry: |date, title| format!("Editar tu entrada del {date} de {title}"),
    your_stars: |n| format!("Tus estrellas: {n} de 10"),
    delete_confirm: |date, title| format!("¿Eliminar tu entrada del {date} de {title}?"),
    tags_line: |tags| format!("Etiquetas: {tags}"),
};
