//! Spanish (español). Informal "tú", as Spanish-language film sites and
//! streaming services address their users; "crítica" for a review and
//! "valoración" for a rating, as on FilmAffinity.

use super::{Lang, Loadable, NumberSymbols, Texts, month_name};
use crate::i18n::format::grouped;
use crate::model::browse::Facet;
use crate::model::catalog::RelatedBecause;
use crate::model::people::Role;
use crate::model::reviews::ReviewSort;
use crate::model::user_data::ReportReason;

/// Spanish numbers after CLDR `es`: "1100" (four digits stay whole),
/// "12.345", "7,5", "1,1 mil", "1,5 M". The RAE prefers a thin space for
/// grouping, but browsers (`Intl.NumberFormat("es")`) and Spanish film sites
/// write the point, so the point it is.
pub(super) const NUMBERS: NumberSymbols = NumberSymbols {
    decimal: ',',
    group: '.',
    min_grouped_digits: 5,
    thousands: "\u{a0}mil",
    millions: "\u{a0}M",
};

pub(super) const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A count as Spanish writes it.
pub(super) fn num(n: impl TryInto<usize>) -> String {
    grouped(n.try_into().unwrap_or(usize::MAX), Lang::Es)
}

/// "1 crítica", "0 críticas", "2 críticas": only one is singular.
pub(super) fn plural(n: impl TryInto<usize>, one: &str, many: &str) -> String {
    let n = n.try_into().unwrap_or(usize::MAX);
    format!("{} {}", num(n), if n == 1 { one } else { many })
}

/// "y", or "e" before a word that starts with the sound /i/ ("Patricio
/// Guzmán e Ignacio Agüero"), but not before a diphthong ("y Hielo", "y Iago").
fn y_or_e(next: &str) -> &'static str {
    let mut letters = next
        .trim_start()
        .chars()
        .flat_map(char::to_lowercase)
        .skip_while(|&c| c == 'h');
    let starts_with_i = matches!(letters.next(), Some('i' | 'í'));
    let diphthong = matches!(
        letters.next(),
        Some('a' | 'e' | 'o' | 'u' | 'á' | 'é' | 'ó' | 'ú')
    );
    if starts_with_i && !diphthong {
        "e"
    } else {
        "y"
    }
}

/// Every interface string in Spanish.
pub static ES: Texts = Texts {
    skip_link: "Saltar al contenido principal",
    nav_label: "Menú principal",
    browse_films: "Explorar películas",
    your_data: "Tus datos",
    language: "Idioma",
    search_label: "Buscar películas y personas",
    search_placeholder: "Buscar títulos y personas",
    searching: "Buscando…",
    search_failed: "La búsqueda no está disponible en este momento.",
    search_titles_group: "Títulos",
    search_people_group: "Personas",
    search_page_prompt: "Escribe un título o un nombre en el buscador de arriba y pulsa Intro.",
    footer: "Marquee funciona por completo en tu navegador a partir de un catálogo estático. \
             Todo lo que guardes aquí, como los títulos que has visto recientemente, se queda en \
             este dispositivo.",
    home_doc_title: "Marquee · Películas, repartos y críticas",
    browse_doc_title: "Marquee · Todas las películas",
    home_heading: "Películas, repartos y críticas",
    featured_film: "Película destacada",
    top_rated: "Mejor valoradas",
    popular_films: "Populares",
    newest_films: "Películas más recientes",

    retry: "Reintentar",
    fetch_not_found: "No hay nada en el catálogo en esta dirección.",
    code_unavailable: "No se ha podido descargar el código de esta parte del sitio. Comprueba \
                       tu conexión y vuelve a intentarlo.",
    offline_notice: "No tienes conexión. Los títulos que ya has abierto siguen funcionando; los \
                     demás se cargarán cuando vuelvas a estar en línea.",
    update_ready: "Hay una nueva versión de Marquee disponible. Recarga la página para usarla.",
    reload: "Recargar",

    storage_write_failed: "No se ha podido guardar tu último cambio: el almacenamiento de este \
                           navegador está lleno o desactivado. Se mantiene en esta página hasta \
                           que la cierres; exporta tus datos para conservar una copia.",
    storage_unavailable: "Este navegador no permite que este sitio guarde datos, así que las \
                          valoraciones, las críticas y el historial solo duran hasta que se \
                          cierre la página.",
    dismiss: "Cerrar",

    not_yet_rated: "Sin valoraciones todavía",
    not_rated_by_you: "Aún no lo has valorado",
    clear_rating: "Borrar valoración",
    watchlist: "Por ver",
    seen: "Vista",
    your_films: "Tus películas",
    log_watch: "Registrar un visionado",
    logged: "Registrada en tu diario.",
    rate: "Valorar",
    your_rating: "Tu valoración",
    user_rating: "Valoración de los usuarios",

    recently_viewed: "Vistos recientemente",
    clear_history: "Borrar historial",
    recent_empty: "Los títulos que abras aparecerán aquí. La lista se queda en este navegador.",

    more_like_this: "Títulos similares",
    previous_films: "Películas anteriores",
    next_films: "Películas siguientes",
    show_less: "Mostrar menos",
    see_full_summary: "Ver sinopsis completa",
    stars_label: "Protagonistas",

    spoiler_warning: "Aviso: contiene spoilers. Mostrar la crítica",
    your_review_badge: "Tu crítica · guardada en este dispositivo",
    by: "por",
    by_you: "ti",
    was_helpful: "¿Te ha resultado útil esta crítica?",
    yes: "Sí",
    no: "No",
    undo_report: "Deshacer denuncia",
    reason: "Motivo",
    send_report: "Enviar denuncia",
    cancel: "Cancelar",
    report: "Denunciar",

    review_form_hint: "Tu crítica solo se guarda en este navegador. El borrador se guarda \
                       mientras escribes, así que no perderás nada si cierras o recargas la \
                       página.",
    headline: "Titular",
    your_review: "Tu crítica",
    contains_spoilers: "Esta crítica contiene spoilers",
    save_changes: "Guardar cambios",
    submit_review: "Enviar crítica",
    close_keep_draft: "Cerrar y conservar el borrador",
    discard_draft: "Descartar borrador",
    problem_no_rating: "Elige una valoración de 1 a 10 estrellas.",
    problem_headline_empty: "Escribe un titular.",

    pages_label: "Páginas",
    previous: "Anterior",
    next: "Siguiente",

    not_found: "Página no encontrada",
    not_found_body: "No hay ninguna película ni página en esta dirección. Puede que la \
                     dirección esté mal escrita o que la página se haya eliminado.",
    browse_all_films: "Ver todas las películas",

    full_cast_crew: "Reparto y equipo completos",
    no_cast: "No hay reparto registrado para este título.",

    user_reviews: "Críticas de usuarios",
    edit_your_review: "Editar tu crítica",
    delete_your_review: "Eliminar tu crítica",
    reviews_kept_hint: "Las críticas que escribas se guardan solo en este navegador.",
    review_this_title: "Escribir una crítica",
    sort_by: "Ordenar por",
    browse_filters: "Filtros",
    facet_genre: "Género",
    facet_decade: "Década",
    facet_year: "Año",
    facet_country: "País",
    facet_language: "Idioma",
    facet_certificate: "Clasificación",
    facet_any: "Cualquiera",
    browse_sort_popular: "Más populares",
    browse_sort_rating: "Mejor valoradas",
    browse_sort_newest: "Más recientes",
    browse_sort_oldest: "Más antiguas",
    browse_sort_title: "Título A–Z",
    hide_seen: "Ocultar las películas que valoré, registré o reseñé",
    only_watchlist: "Solo las películas de mi lista por ver",
    clear_filters: "Quitar filtros",
    no_matches: "Ninguna película de este catálogo cumple estos filtros.",
    no_watchlist_matches: "Ninguna película de tu lista por ver cumple estos filtros.",
    no_credits_shown: "Ninguna película de esta lista cumple estas opciones.",
    filter_by_rating: "Filtrar por valoración",
    all_ratings: "Todas las valoraciones",
    votes_stay_hint: "Los votos de utilidad y las denuncias se quedan en este dispositivo.",
    no_reviews_yet: "Nadie ha escrito todavía una crítica de este título.",
    no_reviews_with_rating: "No hay críticas con esta valoración.",

    genres: "Géneros",
    release_date: "Fecha de estreno",
    ratings_and_watch: "Valoraciones y dónde ver",
    where_to_watch: "Dónde ver",
    no_offers: "No se conocen ofertas de streaming ni de alquiler.",
    awards: "Premios",
    top_cast: "Reparto principal",
    cast: "Reparto",
    known_for: "Conocido por",
    cast_alphabetical: "En orden alfabético: la fuente no indica el orden de los créditos.",
    film_data: "Datos de las películas",
    cast_and_crew: "Reparto y equipo",
    storyline: "Argumento",
    certificate: "Clasificación por edades",
    details: "Detalles",
    countries: "Países de origen",
    languages: "Idiomas",
    also_known_as: "También conocida como",
    filming_locations: "Lugares de rodaje",
    companies: "Productoras",
    tech_specs: "Especificaciones técnicas",
    runtime: "Duración",
    color: "Color",
    sound_mix: "Mezcla de sonido",
    aspect_ratio: "Relación de aspecto",
    did_you_know: "¿Sabías que…?",
    quotes: "Citas",
    trivia: "Curiosidades",
    faq: "Preguntas frecuentes",

    your_data_lead: "Tus valoraciones, críticas, borradores, votos, denuncias e historial se \
                     guardan solo en este navegador. Expórtalos para conservar una copia o \
                     llevarlos a otro navegador.",
    kept_in_browser: "Guardado en este navegador",
    count_ratings: "Valoraciones",
    count_reviews: "Críticas",
    count_drafts: "Borradores de críticas",
    count_votes: "Votos de utilidad",
    count_reports: "Denuncias",
    export: "Exportar",
    export_json: "Exportar todo (JSON)",
    export_csv: "Exportar para Letterboxd (CSV)",
    download_blocked: "El navegador no ha permitido la descarga.",
    import: "Importar",
    import_hint: "Al importar se añade lo que tiene el archivo y le falta a este navegador; si \
                  ambos tienen el mismo título, se queda el cambio más reciente. Importar dos \
                  veces el mismo archivo no cambia nada.",
    import_label: "Importar un archivo: Letterboxd (zip o CSV), IMDb (CSV) o una exportación de Marquee (JSON)",
    file_unreadable: "no se ha podido leer el archivo",

    awards_none: "Sin premios por ahora",
    awards_and: " y ",

    loading: |what| match what {
        Loadable::Title => "Cargando este título…",
        Loadable::FilmList => "Cargando la lista de películas…",
        Loadable::Cast => "Cargando el reparto…",
        Loadable::Reviews => "Cargando las críticas…",
        Loadable::Person => "Cargando esta persona…",
        Loadable::Page => "Cargando esta página…",
    },
    couldnt_load: |what| match what {
        Loadable::Title => "No se ha podido cargar este título",
        Loadable::FilmList => "No se ha podido cargar la lista de películas",
        Loadable::Cast => "No se ha podido cargar el reparto",
        Loadable::Reviews => "No se han podido cargar las críticas",
        Loadable::Person => "No se ha podido cargar esta persona",
        Loadable::Page => "No se ha podido cargar esta página",
    },
    fetch_network: |detail| {
        format!(
            "La solicitud de red ha fallado ({detail}). Comprueba tu conexión y vuelve a \
             intentarlo."
        )
    },
    fetch_http: |status| {
        format!("El servidor ha respondido con el código de estado HTTP {status}.")
    },
    fetch_malformed: |detail| {
        format!("Los datos del catálogo están dañados y no se han podido leer ({detail}).")
    },

    storage_set_aside: |reason, kept_as| {
        format!(
            "No se han podido leer tus valoraciones y críticas guardadas ({reason}). Se han \
             conservado intactas en el almacenamiento de este navegador con la clave \
             «{kept_as}», y esta página ha empezado de cero."
        )
    },
    storage_records_set_aside: |count| {
        let entries = if count == 1 {
            "1 entrada guardada no se ha podido leer y se ha apartado intacta".to_owned()
        } else {
            format!("{count} entradas guardadas no se han podido leer y se han apartado intactas")
        };
        format!(
            "{entries} en el almacenamiento de este navegador (IndexedDB «film-site», almacén \
             «unreadable»). Todo lo demás se ha cargado."
        )
    },
    storage_newer_version: |version| {
        format!(
            "Tus datos guardados se escribieron con una versión más reciente de este sitio \
             (formato {version}). Recarga la página para obtener la nueva versión; hasta \
             entonces, los cambios que hagas aquí no se guardan, para no sobrescribir nada."
        )
    },
    decode_json: |detail| format!("no es un JSON válido ({detail})"),
    decode_newer_version: |version| {
        format!(
            "se escribió con una versión más reciente de este sitio (formato {version}); \
             actualiza la página para leerlo"
        )
    },
    decode_shape: |detail| format!("no tiene la estructura esperada ({detail})"),

    rated_by: |value, votes| {
        format!(
            "Valoración de {value} sobre 10 según {}",
            plural(votes, "usuario", "usuarios")
        )
    },
    rated: |value| format!("Valoración de {value} sobre 10"),
    star_n: |n| format!("{n} sobre 10"),
    your_rating_of: |title| format!("Tu valoración de {title}"),
    your_rating_is: |n| format!("Tu valoración: {n}/10"),
    rate_title: |title| format!("Valorar {title}"),
    your_rating_of_is: |title, n| format!("{n}/10, tu valoración de {title}"),

    carousel_track: |count| {
        format!(
            "{}; desplázate o usa las flechas del teclado",
            plural(count, "película similar", "películas similares")
        )
    },
    slide_label: |position, count, title| format!("{position} de {count}: {title}"),
    directors: |_| "Dirección",
    writers: |_| "Guion",
    label_colon: |label| format!("{label}: "),

    review_rated: |n| format!("Valoración: {n} sobre 10"),
    found_helpful: |yes, total| {
        if total == 1 {
            format!(
                "A {} de 1 persona le ha parecido útil esta crítica",
                num(yes)
            )
        } else {
            format!(
                "A {} de {} personas les ha parecido útil esta crítica",
                num(yes),
                num(total)
            )
        }
    },
    you_reported: |reason| format!("Has denunciado esta crítica: {reason}."),
    report_reason: |reason| match reason {
        ReportReason::Spoilers => "Desvela la trama sin avisar de spoilers",
        ReportReason::Offensive => "Ofensiva o abusiva",
        ReportReason::Spam => "Spam o publicidad",
        ReportReason::OffTopic => "No trata sobre este título",
    },

    review_form_edit: |title| format!("Editar tu crítica de {title}"),
    review_form_new: |title| format!("Escribir una crítica de {title}"),
    headline_counter: |n, max| format!("{} de {} caracteres", num(n), num(max)),
    body_counter: |n, min, max| {
        format!(
            "{} (mínimo {}, máximo {})",
            plural(n, "carácter", "caracteres"),
            num(min),
            num(max)
        )
    },
    problem_headline_too_long: |max, n| {
        format!(
            "El titular no puede superar los {} caracteres (ahora tiene {}).",
            num(max),
            num(n)
        )
    },
    problem_body_too_short: |min, n| {
        format!(
            "Escribe al menos {} caracteres (llevas {}).",
            num(min),
            num(n)
        )
    },
    problem_body_too_long: |max, n| {
        format!(
            "La crítica no puede superar los {} caracteres (ahora tiene {}).",
            num(max),
            num(n)
        )
    },

    films_in_catalog: |n| format!("{} en el catálogo", plural(n, "película", "películas")),
    more_like: |title| format!("Similares a {title}"),
    browse_all_count: |n| match n {
        1 => "Ver la película".to_owned(),
        n => format!("Ver las {} películas", grouped(n as usize, Lang::Es)),
    },
    source_titles: |n, licence| {
        format!(
            "{}, con licencia {licence}",
            plural(n, "película", "películas")
        )
    },
    licensed: |licence| format!("con licencia {licence}"),
    page_of: |page, pages| format!("Página {} de {}", num(page), num(pages)),
    page_number: |page| format!("Página {}", num(page)),
    facet_option: |label, n| format!("{label} ({})", num(n)),
    browse_count: |n| plural(n, "película", "películas"),
    browse_count_at_most: |n| format!("Hasta {}", plural(n, "película", "películas")),
    landing_heading: |facet, label| match facet {
        Facet::Genre => format!("Películas de género {label}"),
        Facet::Decade => format!("Películas de los {label}"),
        Facet::Year => format!("Películas de {label}"),
        Facet::Country => format!("Películas de {label}"),
        Facet::Language => format!("Películas en {label}"),
        Facet::Certificate => format!("Películas con clasificación {label}"),
    },
    landing_doc_title: |heading| format!("Marquee · {heading}"),

    cast_count: |n| format!("Reparto ({})", num(n)),

    reviews_count: |n| plural(n, "crítica", "críticas"),
    reviews_rated: |matching, all, stars| {
        format!(
            "{} de {} con {stars}/10",
            num(matching),
            plural(all, "crítica", "críticas")
        )
    },
    sort_label: |sort| match sort {
        ReviewSort::Helpfulness => "Más útiles",
        ReviewSort::Date => "Más recientes",
        ReviewSort::Rating => "Mejor valoradas",
    },
    role_heading: |role, n| {
        let name = match role {
            Role::Director => "Dirección",
            Role::Writer => "Guion",
            Role::Actor => "Reparto",
            Role::Crew => "Equipo",
        };
        format!("{name} ({})", num(n))
    },
    show_more_credits: |n| format!("Ver más ({} más)", num(n)),
    watchlist_for: |title| format!("Por ver: {title}"),
    watched_times: |n, date| match n {
        1 => format!("La viste el {date}"),
        n => format!("La viste {} veces; la última, el {date}", num(n)),
    },
    you_rated_of: |rated, of| match rated {
        0 => format!(
            "Todavía no has valorado ninguna de estas {}.",
            plural(of, "película", "películas")
        ),
        _ => format!(
            "Has valorado {} de estas {}.",
            num(rated),
            plural(of, "película", "películas")
        ),
    },
    related_because: |because| match because {
        RelatedBecause::SameDirector => "Mismo director",
        RelatedBecause::SameWriter => "Mismo guionista",
        RelatedBecause::SharedCast => "Comparte reparto",
        RelatedBecause::SameGenres => "Géneros parecidos",
        RelatedBecause::SameCountry => "Mismo país",
        RelatedBecause::SameLanguage => "Mismo idioma",
        RelatedBecause::SameDecade => "Misma década",
    },
    load_more: |n| format!("Cargar más críticas ({} más)", num(n)),

    original_title: |title| format!("Título original: {title}"),
    user_reviews_after: |n| {
        if n == 1 {
            " crítica de usuario"
        } else {
            " críticas de usuarios"
        }
    },
    critic_reviews_after: |n| {
        if n == 1 {
            " crítica profesional"
        } else {
            " críticas profesionales"
        }
    },
    see_full_cast: |n| format!("Ver reparto y equipo completos ({})", num(n)),
    search_page_heading: |query| format!("Resultados de «{query}»"),
    search_page_none: |query| format!("Nada en este catálogo coincide con «{query}»."),
    search_results: |titles, people| {
        let films = match titles {
            1 => "1 película".to_owned(),
            n => format!("{n} películas"),
        };
        let persons = match people {
            1 => "1 persona".to_owned(),
            n => format!("{n} personas"),
        };
        let found = if titles + people == 1 {
            "encontrada"
        } else {
            "encontradas"
        };
        match (titles, people) {
            (0, 0) => "No se ha encontrado nada".to_owned(),
            (_, 0) => format!("{films} {found}"),
            (0, _) => format!("{persons} {found}"),
            _ => format!("{films} y {persons} {found}"),
        }
    },
    search_person_detail: |role, title, year| {
        let role = match role {
            Role::Director => "Dirección",
            Role::Writer => "Guion",
            Role::Actor => "Interpretación",
            Role::Crew => "Equipo técnico",
        };
        format!("{role}, {title} ({year})")
    },
    see_user_reviews: |n| match n {
        0 => "Críticas".to_owned(),
        1 => "Ver la crítica de usuario".to_owned(),
        n => format!("Ver las {} críticas de usuarios", num(n)),
    },

    import_complete: |n| {
        if n == 1 {
            "Importación completada: 1 elemento añadido o actualizado.".to_owned()
        } else {
            format!(
                "Importación completada: {} elementos añadidos o actualizados.",
                num(n)
            )
        }
    },
    import_refused: |reason| format!("No se ha importado nada: {reason}."),

    date_long: |date| {
        format!(
            "{} de {} de {}",
            date.day,
            month_name(&MONTHS, date.month),
            date.year
        )
    },
    runtime_hours: |h| format!("{h}\u{a0}h"),
    runtime_minutes: |m| format!("{m}\u{a0}min"),
    awards_wins: |n| plural(n, "premio", "premios"),
    awards_nominations: |n| plural(n, "nominación", "nominaciones"),
    list_and: y_or_e,
    watch_from: |price, provider| format!("Desde {price} en {provider}"),
    watch_price_on: |price, provider| format!("{price} en {provider}"),
    watch_free: |provider| format!("Gratis en {provider}"),
    watch_included: |provider| format!("Incluido en la suscripción a {provider}"),
};
