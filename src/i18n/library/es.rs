//! The library pages in Spanish.

use super::LibraryTexts;
use crate::i18n::es::{MONTHS, num, plural};
use crate::i18n::month_name;
use crate::model::library::ShelfSort;

use super::capitalized;

/// Months shortened for a chart's axis.
const SHORT_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
];

/// The library pages' strings in Spanish.
pub static LIBRARY_ES: LibraryTexts = LibraryTexts {
    library_nav: "Tus películas",
    ratings_tab: "Valoraciones",
    watchlist_tab: "Por ver",
    diary_tab: "Diario",
    seen_count_label: "Películas marcadas como vistas",
    ratings_heading: "Tus valoraciones",
    watchlist_heading: "Tu lista por ver",
    diary_heading: "Tu diario",
    ratings_empty: "Aún no has valorado ninguna película. Valora una desde su página y aparecerá aquí.",
    watchlist_empty: "Tu lista por ver está vacía. Añade películas con el botón «Por ver» de su página.",
    diary_empty: "Aún no has registrado nada. Usa «Registrar un visionado» en la página de una película para llevar un diario.",
    stars_filter: "Tu valoración",
    rewatch: "Revisionado",
    edit: "Editar",
    delete: "Eliminar",
    watched_on_label: "Fecha en que la viste",
    rewatch_label: "Ya la había visto",
    watch_rating_label: "Valoración de este visionado (opcional)",
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
    month_heading: |year, month| format!("{} de {year}", capitalized(month_name(&MONTHS, month))),
    diary_count: |n| plural(n, "entrada", "entradas"),
    log_watch_of: |title| format!("Registrar un visionado de {title}"),
    delete_entry: |date, title| format!("Eliminar tu entrada del {date} de {title}"),
    edit_entry: |date, title| format!("Editar tu entrada del {date} de {title}"),
    your_stars: |n| format!("Tus estrellas: {n} de 10"),
    delete_confirm: |date, title| format!("¿Eliminar tu entrada del {date} de {title}?"),
    tags_line: |tags| format!("Etiquetas: {tags}"),
    export_imdb_csv: "Exportar valoraciones al estilo IMDb (CSV)",
    import_reading: "Leyendo el archivo…",
    preview_heading: "Antes de guardar nada",
    choose_heading: "¿Qué película es?",
    choose_none: "Ninguna de estas: no importarla",
    missing_heading: "No están en este catálogo",
    download_missing: "Descargar esta lista (CSV)",
    import_not_saved: "No se ha importado nada: el almacenamiento de este navegador está lleno o es de solo lectura. Exporta tus datos, libera espacio y vuelve a intentarlo.",
    file_empty: "está vacío",
    file_not_export: "no es una exportación de Letterboxd (zip o CSV), un CSV de IMDb ni una exportación de Marquee",
    zip_no_exports: "el archivo zip no contiene ninguno de los archivos de Letterboxd",
    import_matching: |done, total| {
        format!("Buscando las películas en el catálogo: {done} de {total} archivos")
    },
    preview_summary: |found, choose, missing| {
        format!(
            "{}, {} por elegir, {} fuera de este catálogo.",
            plural(found, "película encontrada", "películas encontradas"),
            num(choose),
            num(missing)
        )
    },
    rows_left_out: |n| match n {
        1 => "1 fila no se ha podido leer y se omite.".to_owned(),
        n => format!("{} filas no se han podido leer y se omiten.", num(n)),
    },
    import_films: |n| format!("Importar {}", plural(n, "película", "películas")),
    film_named: |title, year| {
        if year.is_empty() {
            title.to_owned()
        } else {
            format!("{title} ({year})")
        }
    },
    file_missing_column: |file, column| format!("su archivo {file} no tiene la columna «{column}»"),
    file_damaged: |detail| format!("el archivo está dañado ({detail})"),
    file_too_large: |mb| format!("contiene un archivo de más de {mb} MB"),
    review_next_label: "Escribir después una reseña",
    export_now: "Exportar una copia",
    export_reminder: |n, days| {
        format!(
            "Guardas {} solo en este navegador y no las has exportado en los últimos {days} días. Los navegadores pueden borrar los datos de un sitio: Safari lo hace tras siete días sin visitarlo, salvo que el sitio esté en tu pantalla de inicio.",
            plural(n, "entrada", "entradas")
        )
    },
    stats_tab: "Estadísticas",
    stats_heading: "Tus estadísticas",
    stats_empty: "Aún no hay estadísticas. Puntúa películas o anota lo que ves, y tus cifras se dibujarán aquí.",
    per_year_heading: "Películas vistas por año",
    rating_spread_heading: "Cómo puntúas",
    directors_heading: "Los directores que más ves",
    genres_heading: "Los géneros que más ves",
    show_as_table: "Ver como tabla",
    col_year: "Año",
    col_month: "Mes",
    col_stars: "Estrellas",
    col_films: "Películas",
    col_viewings: "Visionados",
    col_director: "Director",
    col_genre: "Género",
    favourites_heading: "Tus películas mejor puntuadas de ese año",
    no_year_review: "Anota lo que ves en tu diario para ver el resumen de cada año.",
    stats_lead: |films, viewings| {
        format!(
            "{} {}, {} {}.",
            plural(films, "película", "películas"),
            if films == 1 { "vista" } else { "vistas" },
            plural(viewings, "visionado", "visionados"),
            if viewings == 1 { "anotado" } else { "anotados" }
        )
    },
    per_year_summary: |viewings, first, last, busiest, most| {
        let viewings = plural(viewings, "visionado", "visionados");
        if first == last {
            format!("{viewings}, todos en {first}.")
        } else {
            format!(
                "{viewings} de {first} a {last}; el año con más, {busiest}, con {}.",
                num(most)
            )
        }
    },
    rating_summary: |films, mean, usual| {
        format!(
            "{} {}, {},{} estrellas de media; la nota más frecuente, {}.",
            plural(films, "película", "películas"),
            if films == 1 { "puntuada" } else { "puntuadas" },
            mean / 10,
            mean % 10,
            plural(usual, "estrella", "estrellas")
        )
    },
    top_summary: |name, films| {
        format!(
            "En cabeza: {name}, con {}.",
            plural(films, "película", "películas")
        )
    },
    year_review_heading: |year| format!("Tu {year} en películas"),
    year_summary: |year, viewings, films, rewatches| {
        format!(
            "En {year} anotaste {} de {}; {} {}.",
            plural(viewings, "visionado", "visionados"),
            plural(films, "película", "películas"),
            num(rewatches),
            if rewatches == 1 {
                "fue una revisión"
            } else {
                "fueron revisiones"
            }
        )
    },
    per_month_heading: |year| format!("Visionados por mes en {year}"),
    per_month_summary: |month, n| {
        format!(
            "El mes con más fue {}, con {}.",
            month_name(&MONTHS, month),
            plural(n, "visionado", "visionados")
        )
    },
    month_name_of: |month| month_name(&MONTHS, month),
    short_month: |month| month_name(&SHORT_MONTHS, month),
};
