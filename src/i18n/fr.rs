//! French (français). "Vous", "critique" for a review and "note" for a
//! rating, as on Allociné. French typography: a no-break space before a
//! colon (U+00A0) and a narrow no-break space (U+202F) before `; ! ?` and
//! inside guillemets, so that punctuation never starts a line. In French 0
//! and 1 are singular ("0 critique", "1 critique", "2 critiques").

use super::{Lang, Loadable, NumberSymbols, Texts, month_name};
use crate::i18n::format::grouped;
use crate::model::browse::Facet;
use crate::model::catalog::RelatedBecause;
use crate::model::people::Role;
use crate::model::reviews::ReviewSort;
use crate::model::user_data::ReportReason;

/// French numbers after CLDR `fr`: "1 100" with a narrow no-break space,
/// "7,5", "1,1 k", "1,5 M".
pub(super) const NUMBERS: NumberSymbols = NumberSymbols {
    decimal: ',',
    group: '\u{202f}',
    min_grouped_digits: 4,
    thousands: "\u{a0}k",
    millions: "\u{a0}M",
};

pub(super) const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A count as French writes it.
pub(super) fn num(n: impl TryInto<usize>) -> String {
    grouped(n.try_into().unwrap_or(usize::MAX), Lang::Fr)
}

/// Whether French uses the singular for this count (0 and 1).
fn singular(n: impl TryInto<usize>) -> bool {
    n.try_into().is_ok_and(|n: usize| n <= 1)
}

/// "0 critique", "1 critique", "2 critiques".
pub(super) fn plural(n: impl TryInto<usize> + Copy, one: &str, many: &str) -> String {
    format!("{} {}", num(n), if singular(n) { one } else { many })
}

/// Every interface string in French.
pub static FR: Texts = Texts {
    skip_link: "Aller au contenu principal",
    nav_label: "Menu principal",
    browse_films: "Parcourir les films",
    your_data: "Vos données",
    language: "Langue",
    search_label: "Rechercher des films et des personnes",
    search_placeholder: "Rechercher titres et personnes",
    searching: "Recherche…",
    search_failed: "La recherche est indisponible pour le moment.",
    search_titles_group: "Titres",
    search_people_group: "Personnes",
    search_page_prompt: "Saisissez un titre ou un nom dans la recherche ci-dessus, puis appuyez sur Entrée.",
    footer: "Marquee fonctionne entièrement dans votre navigateur, à partir d’un catalogue \
             statique. Tout ce que vous conservez ici, comme les titres consultés récemment, \
             reste sur cet appareil.",
    home_doc_title: "Marquee · Films, distributions et critiques",
    browse_doc_title: "Marquee · Tous les films",
    home_heading: "Films, distributions et critiques",
    featured_film: "Film à la une",
    top_rated: "Les mieux notés",
    popular_films: "Populaires",
    newest_films: "Films les plus récents",

    retry: "Réessayer",
    fetch_not_found: "Il n’y a rien dans le catalogue à cette adresse.",
    code_unavailable: "Le code de cette partie du site n’a pas pu être téléchargé. Vérifiez \
                       votre connexion et réessayez.",
    offline_notice: "Vous êtes hors ligne. Les titres déjà ouverts restent disponibles\u{202f}; \
                     les autres se chargeront quand vous serez de nouveau en ligne.",
    update_ready: "Une nouvelle version de Marquee est disponible. Rechargez la page pour \
                   l’utiliser.",
    reload: "Recharger",

    storage_write_failed: "Votre dernière modification n’a pas pu être enregistrée\u{a0}: le \
                           stockage de ce navigateur est plein ou désactivé. Elle reste sur \
                           cette page jusqu’à sa fermeture\u{202f}; exportez vos données pour \
                           en garder une copie.",
    storage_unavailable: "Ce navigateur n’autorise pas ce site à enregistrer des données\u{a0}: \
                          les notes, les critiques et l’historique ne durent que jusqu’à la \
                          fermeture de la page.",
    dismiss: "Fermer",

    not_yet_rated: "Pas encore noté",
    not_rated_by_you: "Vous ne l’avez pas encore noté",
    clear_rating: "Effacer la note",
    watchlist: "À voir",
    seen: "Vu",
    your_films: "Vos films",
    log_watch: "Ajouter au journal",
    logged: "Ajouté à votre journal.",
    rate: "Noter",
    your_rating: "Votre note",
    user_rating: "Note des spectateurs",

    recently_viewed: "Consultés récemment",
    clear_history: "Effacer l’historique",
    recent_empty: "Les titres que vous ouvrez apparaîtront ici. La liste reste dans ce \
                   navigateur.",

    more_like_this: "Titres similaires",
    previous_films: "Films précédents",
    next_films: "Films suivants",
    show_less: "Afficher moins",
    see_full_summary: "Voir le résumé complet",
    stars_label: "Têtes d’affiche",

    spoiler_warning: "Attention\u{a0}: contient des spoilers. Afficher la critique",
    your_review_badge: "Votre critique · conservée sur cet appareil",
    by: "par",
    by_you: "vous",
    was_helpful: "Cette critique vous a-t-elle été utile\u{202f}?",
    yes: "Oui",
    no: "Non",
    undo_report: "Annuler le signalement",
    reason: "Motif",
    send_report: "Envoyer le signalement",
    cancel: "Annuler",
    report: "Signaler",

    review_form_hint: "Votre critique est conservée uniquement dans ce navigateur. Le brouillon \
                       est enregistré au fil de la saisie\u{a0}: fermer ou recharger la page \
                       ne fait rien perdre.",
    headline: "Titre de la critique",
    your_review: "Votre critique",
    contains_spoilers: "Cette critique contient des spoilers",
    save_changes: "Enregistrer les modifications",
    submit_review: "Envoyer la critique",
    close_keep_draft: "Fermer et garder le brouillon",
    discard_draft: "Supprimer le brouillon",
    problem_no_rating: "Choisissez une note de 1 à 10 étoiles.",
    problem_headline_empty: "Donnez un titre à votre critique.",

    pages_label: "Pages",
    previous: "Précédente",
    next: "Suivante",

    not_found: "Page introuvable",
    not_found_body: "Il n’y a aucun film ni aucune page à cette adresse. L’adresse a peut-être \
                     été mal saisie, ou la page supprimée.",
    browse_all_films: "Parcourir tous les films",

    full_cast_crew: "Distribution et équipe technique",
    no_cast: "Aucune distribution n’est indiquée pour ce titre.",

    user_reviews: "Critiques des spectateurs",
    edit_your_review: "Modifier votre critique",
    delete_your_review: "Supprimer votre critique",
    reviews_kept_hint: "Les critiques que vous écrivez sont conservées uniquement dans ce \
                        navigateur.",
    review_this_title: "Écrire une critique",
    sort_by: "Trier par",
    browse_filters: "Filtres",
    facet_genre: "Genre",
    facet_decade: "Décennie",
    facet_year: "Année",
    facet_country: "Pays",
    facet_language: "Langue",
    facet_certificate: "Classification",
    facet_any: "Tous",
    browse_sort_popular: "Les plus populaires",
    browse_sort_rating: "Les mieux notés",
    browse_sort_newest: "Les plus récents",
    browse_sort_oldest: "Les plus anciens",
    browse_sort_title: "Titre de A à Z",
    hide_seen: "Masquer les films que j’ai notés, vus ou critiqués",
    only_watchlist: "Seulement les films de ma liste à voir",
    clear_filters: "Effacer les filtres",
    no_matches: "Aucun film de ce catalogue ne correspond à ces filtres.",
    no_watchlist_matches: "Aucun film de votre liste à voir ne correspond à ces filtres.",
    no_credits_shown: "Aucun film de cette liste ne correspond à ces options.",
    filter_by_rating: "Filtrer par note",
    all_ratings: "Toutes les notes",
    votes_stay_hint: "Les votes d’utilité et les signalements restent sur cet appareil.",
    no_reviews_yet: "Personne n’a encore écrit de critique sur ce titre.",
    no_reviews_with_rating: "Aucune critique avec cette note.",

    genres: "Genres",
    release_date: "Date de sortie",
    ratings_and_watch: "Notes et où regarder",
    where_to_watch: "Où regarder",
    no_offers: "Aucune offre de streaming ou de location connue.",
    awards: "Récompenses",
    top_cast: "Distribution principale",
    cast: "Distribution",
    known_for: "Connu pour",
    cast_alphabetical: "Par ordre alphabétique\u{a0}: la source ne donne pas l’ordre du générique.",
    film_data: "Données des films",
    cast_and_crew: "Distribution et équipe",
    storyline: "Synopsis",
    certificate: "Classification",
    details: "Détails",
    countries: "Pays d’origine",
    languages: "Langues",
    also_known_as: "Autres titres",
    filming_locations: "Lieux de tournage",
    companies: "Sociétés de production",
    tech_specs: "Caractéristiques techniques",
    runtime: "Durée",
    color: "Couleur",
    sound_mix: "Mixage son",
    aspect_ratio: "Format d’image",
    did_you_know: "Le saviez-vous\u{202f}?",
    quotes: "Citations",
    trivia: "Anecdotes",
    faq: "Foire aux questions",

    your_data_lead: "Vos notes, critiques, brouillons, votes, signalements et votre historique \
                     sont conservés uniquement dans ce navigateur. Exportez-les pour en garder \
                     une copie ou les transférer vers un autre navigateur.",
    kept_in_browser: "Conservé dans ce navigateur",
    count_ratings: "Notes",
    count_reviews: "Critiques",
    count_drafts: "Brouillons de critiques",
    count_votes: "Votes d’utilité",
    count_reports: "Signalements",
    export: "Exporter",
    export_json: "Tout exporter (JSON)",
    export_csv: "Exporter pour Letterboxd (CSV)",
    download_blocked: "Le navigateur n’a pas autorisé le téléchargement.",
    import: "Importer",
    import_hint: "L’import ajoute ce que contient le fichier et qui manque à ce navigateur\u{202f}; \
                  si les deux ont le même titre, la modification la plus récente l’emporte. \
                  Importer deux fois le même fichier ne change rien.",
    import_label: "Importer un fichier\u{a0}: Letterboxd (zip ou CSV), IMDb (CSV) ou un export Marquee (JSON)",
    file_unreadable: "le fichier n’a pas pu être lu",

    awards_none: "Aucune récompense pour l’instant",
    awards_and: " et ",

    loading: |what| match what {
        Loadable::Title => "Chargement du titre…",
        Loadable::FilmList => "Chargement de la liste des films…",
        Loadable::Cast => "Chargement de la distribution…",
        Loadable::Reviews => "Chargement des critiques…",
        Loadable::Person => "Chargement de la personne…",
        Loadable::Page => "Chargement de cette page…",
    },
    couldnt_load: |what| match what {
        Loadable::Title => "Impossible de charger ce titre",
        Loadable::FilmList => "Impossible de charger la liste des films",
        Loadable::Cast => "Impossible de charger la distribution",
        Loadable::Reviews => "Impossible de charger les critiques",
        Loadable::Person => "Impossible de charger cette personne",
        Loadable::Page => "Impossible de charger cette page",
    },
    fetch_network: |detail| {
        format!("La requête réseau a échoué ({detail}). Vérifiez votre connexion et réessayez.")
    },
    fetch_http: |status| format!("Le serveur a répondu avec le code HTTP {status}."),
    fetch_malformed: |detail| {
        format!("Les données du catalogue sont endommagées et n’ont pas pu être lues ({detail}).")
    },

    storage_set_aside: |reason, kept_as| {
        format!(
            "Vos notes et critiques enregistrées n’ont pas pu être lues ({reason}). Elles ont \
             été conservées telles quelles dans le stockage de ce navigateur sous la clé \
             «\u{202f}{kept_as}\u{202f}», et cette page est repartie de zéro."
        )
    },
    storage_records_set_aside: |count| {
        let entries = if count == 1 {
            "1 entrée enregistrée n’a pas pu être lue\u{202f}; elle a été mise de côté telle quelle"
                .to_owned()
        } else {
            format!(
                "{count} entrées enregistrées n’ont pas pu être lues\u{202f}; elles ont été mises de côté \
                 telles quelles"
            )
        };
        format!(
            "{entries} dans le stockage de ce navigateur (IndexedDB «\u{202f}film-site\u{202f}», \
             magasin «\u{202f}unreadable\u{202f}»). Tout le reste a été chargé."
        )
    },
    storage_newer_version: |version| {
        format!(
            "Vos données enregistrées ont été écrites par une version plus récente de ce site \
             (format {version}). Rechargez la page pour obtenir la nouvelle version\u{202f}; \
             d’ici là, les modifications faites ici ne sont pas enregistrées, afin de ne rien \
             écraser."
        )
    },
    decode_json: |detail| format!("ce n’est pas du JSON valide ({detail})"),
    decode_newer_version: |version| {
        format!(
            "il a été écrit par une version plus récente de ce site (format {version})\u{202f}; \
             actualisez la page pour le lire"
        )
    },
    decode_shape: |detail| format!("sa structure n’est pas celle attendue ({detail})"),

    rated_by: |value, votes| {
        format!(
            "Noté {value} sur 10 par {}",
            plural(votes, "spectateur", "spectateurs")
        )
    },
    rated: |value| format!("Noté {value} sur 10"),
    star_n: |n| format!("{n} sur 10"),
    your_rating_of: |title| format!("Votre note pour {title}"),
    your_rating_is: |n| format!("Votre note\u{a0}: {n}/10"),
    rate_title: |title| format!("Noter {title}"),
    your_rating_of_is: |title, n| format!("{n}/10, votre note pour {title}"),

    carousel_track: |count| {
        format!(
            "{}\u{202f}; faites défiler ou utilisez les flèches du clavier",
            plural(count, "film similaire", "films similaires")
        )
    },
    slide_label: |position, count, title| format!("{position} sur {count}\u{a0}: {title}"),
    directors: |_| "Réalisation",
    writers: |_| "Scénario",
    label_colon: |label| format!("{label}\u{a0}: "),

    review_rated: |n| format!("Note\u{a0}: {n} sur 10"),
    found_helpful: |yes, total| {
        if singular(yes) {
            format!(
                "{} personne sur {} a trouvé cette critique utile",
                num(yes),
                num(total)
            )
        } else {
            format!(
                "{} personnes sur {} ont trouvé cette critique utile",
                num(yes),
                num(total)
            )
        }
    },
    you_reported: |reason| format!("Vous avez signalé cette critique\u{a0}: {reason}."),
    report_reason: |reason| match reason {
        ReportReason::Spoilers => "Dévoile l’intrigue sans avertissement de spoiler",
        ReportReason::Offensive => "Offensante ou injurieuse",
        ReportReason::Spam => "Spam ou publicité",
        ReportReason::OffTopic => "Sans rapport avec ce titre",
    },

    review_form_edit: |title| format!("Modifier votre critique de {title}"),
    review_form_new: |title| format!("Écrire une critique de {title}"),
    headline_counter: |n, max| format!("{} sur {} caractères", num(n), num(max)),
    body_counter: |n, min, max| {
        format!(
            "{} (au moins {}, au plus {})",
            plural(n, "caractère", "caractères"),
            num(min),
            num(max)
        )
    },
    problem_headline_too_long: |max, n| {
        format!(
            "Le titre ne doit pas dépasser {} caractères (actuellement {}).",
            num(max),
            num(n)
        )
    },
    problem_body_too_short: |min, n| {
        format!(
            "Écrivez au moins {} caractères ({} pour l’instant).",
            num(min),
            num(n)
        )
    },
    problem_body_too_long: |max, n| {
        format!(
            "La critique ne doit pas dépasser {} caractères (actuellement {}).",
            num(max),
            num(n)
        )
    },

    films_in_catalog: |n| format!("{} dans le catalogue", plural(n, "film", "films")),
    more_like: |title| format!("Dans la lignée de {title}"),
    browse_all_count: |n| match n {
        1 => "Voir le film".to_owned(),
        n => format!("Parcourir les {} films", grouped(n as usize, Lang::Fr)),
    },
    source_titles: |n, licence| format!("{}, sous licence {licence}", plural(n, "film", "films")),
    licensed: |licence| format!("sous licence {licence}"),
    page_of: |page, pages| format!("Page {} sur {}", num(page), num(pages)),
    page_number: |page| format!("Page {}", num(page)),
    facet_option: |label, n| format!("{label} ({})", num(n)),
    browse_count: |n| plural(n, "film", "films"),
    browse_count_at_most: |n| format!("Jusqu’à {}", plural(n, "film", "films")),
    landing_heading: |facet, label| match facet {
        Facet::Genre => format!("Films du genre {label}"),
        Facet::Decade => format!("Films des années {}", label.trim_end_matches('s')),
        Facet::Year => format!("Films de {label}"),
        Facet::Country => format!("Films du pays\u{a0}: {label}"),
        Facet::Language => format!("Films en {label}"),
        Facet::Certificate => format!("Films classés {label}"),
    },
    landing_doc_title: |heading| format!("Marquee · {heading}"),

    cast_count: |n| format!("Distribution ({})", num(n)),

    reviews_count: |n| plural(n, "critique", "critiques"),
    reviews_rated: |matching, all, stars| {
        if singular(matching) {
            format!(
                "{} critique sur {} notée {stars}/10",
                num(matching),
                num(all)
            )
        } else {
            format!(
                "{} critiques sur {} notées {stars}/10",
                num(matching),
                num(all)
            )
        }
    },
    sort_label: |sort| match sort {
        ReviewSort::Helpfulness => "Les plus utiles",
        ReviewSort::Date => "Les plus récentes",
        ReviewSort::Rating => "Les mieux notées",
    },
    role_heading: |role, n| {
        let name = match role {
            Role::Director => "Réalisation",
            Role::Writer => "Scénario",
            Role::Actor => "Distribution",
            Role::Crew => "Équipe",
        };
        format!("{name} ({})", num(n))
    },
    show_more_credits: |n| format!("Voir plus ({} de plus)", num(n)),
    watchlist_for: |title| format!("À voir\u{a0}: {title}"),
    watched_times: |n, date| match n {
        1 => format!("Vous l’avez vu le {date}"),
        n => format!("Vous l’avez vu {} fois, la dernière fois le {date}", num(n)),
    },
    you_rated_of: |rated, of| match rated {
        0 => format!(
            "Vous n’avez encore noté aucun de ces {}.",
            plural(of, "film", "films")
        ),
        _ => format!(
            "Vous avez noté {} de ces {}.",
            num(rated),
            plural(of, "film", "films")
        ),
    },
    related_because: |because| match because {
        RelatedBecause::SameDirector => "Même réalisateur",
        RelatedBecause::SameWriter => "Même scénariste",
        RelatedBecause::SharedCast => "Acteurs en commun",
        RelatedBecause::SameGenres => "Genres proches",
        RelatedBecause::SameCountry => "Même pays",
        RelatedBecause::SameLanguage => "Même langue",
        RelatedBecause::SameDecade => "Même décennie",
    },
    load_more: |n| format!("Afficher plus de critiques ({} de plus)", num(n)),

    original_title: |title| format!("Titre original\u{a0}: {title}"),
    user_reviews_after: |n| {
        if singular(n) {
            " critique spectateur"
        } else {
            " critiques spectateurs"
        }
    },
    critic_reviews_after: |n| {
        if singular(n) {
            " critique presse"
        } else {
            " critiques presse"
        }
    },
    see_full_cast: |n| format!("Voir toute la distribution et l’équipe ({})", num(n)),
    search_page_heading: |query| format!("Résultats pour «\u{202f}{query}\u{202f}»"),
    search_page_none: |query| {
        format!("Rien dans ce catalogue ne correspond à «\u{202f}{query}\u{202f}».")
    },
    search_results: |titles, people| {
        let films = match titles {
            1 => "1 film trouvé".to_owned(),
            n => format!("{n} films trouvés"),
        };
        let persons = match people {
            1 => "1 personne trouvée".to_owned(),
            n => format!("{n} personnes trouvées"),
        };
        match (titles, people) {
            (0, 0) => "Aucun résultat".to_owned(),
            (_, 0) => films,
            (0, _) => persons,
            _ => format!("{films} et {persons}"),
        }
    },
    search_person_detail: |role, title, year| {
        let role = match role {
            Role::Director => "Réalisation",
            Role::Writer => "Scénario",
            Role::Actor => "Interprétation",
            Role::Crew => "Équipe technique",
        };
        format!("{role}, {title} ({year})")
    },
    see_user_reviews: |n| match n {
        0 => "Critiques".to_owned(),
        1 => "Voir la critique du spectateur".to_owned(),
        n => format!("Voir les {} critiques des spectateurs", num(n)),
    },

    import_complete: |n| {
        if singular(n) {
            format!(
                "Import terminé\u{a0}: {} élément ajouté ou mis à jour.",
                num(n)
            )
        } else {
            format!(
                "Import terminé\u{a0}: {} éléments ajoutés ou mis à jour.",
                num(n)
            )
        }
    },
    import_refused: |reason| format!("Rien n’a été importé\u{a0}: {reason}."),

    // The first of the month is an ordinal: "1er juillet 2004".
    date_long: |date| {
        let month = month_name(&MONTHS, date.month);
        if date.day == 1 {
            format!("1er {month} {}", date.year)
        } else {
            format!("{} {month} {}", date.day, date.year)
        }
    },
    runtime_hours: |h| format!("{h}\u{a0}h"),
    runtime_minutes: |m| format!("{m}\u{a0}min"),
    awards_wins: |n| format!("{} prix", num(n)),
    awards_nominations: |n| plural(n, "nomination", "nominations"),
    list_and: |_| "et",
    watch_from: |price, provider| format!("À partir de {price} sur {provider}"),
    watch_price_on: |price, provider| format!("{price} sur {provider}"),
    watch_free: |provider| format!("Gratuit sur {provider}"),
    watch_included: |provider| format!("Inclus dans l’abonnement {provider}"),
};
