use super::*;
use crate::api::FetchError;
use crate::model::reviews::ReviewSort;
use crate::model::user_data::{
    BODY_MAX, BODY_MIN, DecodeError, HEADLINE_MAX, ReportReason, ReviewProblem,
};
use crate::storage::StorageNotice;

/// Every string and every sample output of one language.
fn everything(t: &Texts) -> Vec<(&'static str, String)> {
    let mut all: Vec<(&'static str, String)> = t
        .strings()
        .into_iter()
        .map(|(name, text)| (name, text.to_owned()))
        .collect();
    all.extend(t.samples());
    all
}

#[test]
fn codes_are_read_by_their_primary_subtag() {
    assert_eq!(Lang::from_code("en"), Some(Lang::En));
    assert_eq!(Lang::from_code("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_code("es_419"), Some(Lang::Es));
    assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_code(" en-GB "), Some(Lang::En));
    for unknown in ["", "de", "de-DE", "*", "e", "eng", "esp", "-es", "frr"] {
        assert_eq!(Lang::from_code(unknown), None, "{unknown:?}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
}

#[test]
fn the_first_supported_preference_wins_and_english_is_the_fallback() {
    assert_eq!(negotiate(["es-ES", "en"]), Lang::Es);
    assert_eq!(negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
    assert_eq!(negotiate(["en-US", "fr"]), Lang::En);
    assert_eq!(negotiate(["de", "it", "pt-BR"]), Lang::En);
    assert_eq!(negotiate([]), Lang::En);
    assert_eq!(negotiate(vec!["", "ES-mx"]), Lang::Es);
}

#[test]
fn languages_name_themselves() {
    let names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["English", "Español", "Français"]);
}

#[test]
fn no_language_has_an_empty_string() {
    for lang in Lang::ALL {
        for (name, text) in everything(lang.texts()) {
            assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
            assert!(
                !text.contains(['{', '}']),
                "{lang:?}.{name} has a stray brace: {text:?}"
            );
            assert!(
                !text.contains("  "),
                "{lang:?}.{name} has a double space: {text:?}"
            );
        }
        for what in Loadable::ALL {
            assert!(!(lang.texts().loading)(what).is_empty());
            assert!(!(lang.texts().couldnt_load)(what).is_empty());
        }
    }
}

#[test]
fn every_choice_has_its_own_label_in_every_language() {
    for lang in Lang::ALL {
        let t = lang.texts();
        let distinct = |labels: Vec<&str>| {
            let mut sorted = labels.clone();
            sorted.sort_unstable();
            sorted.dedup();
            sorted.len() == labels.len()
        };
        assert!(distinct(ReviewSort::ALL.map(t.sort_label).to_vec()));
        assert!(distinct(ReportReason::ALL.map(t.report_reason).to_vec()));
        assert!(distinct(Loadable::ALL.map(t.loading).to_vec()));
        assert!(distinct(Loadable::ALL.map(t.couldnt_load).to_vec()));
    }
}

#[test]
fn spanish_and_french_are_translated() {
    // Words that are the same in the other language, checked by hand.
    const SAME_IN_SPANISH: &[&str] = &["no", "color", "label_colon", "landing_doc_title"];
    const SAME_IN_FRENCH: &[&str] = &[
        "pages_label",
        "genres",
        "awards_nominations",
        "landing_doc_title",
        "facet_genre",
        "page_number",
    ];
    let english: Vec<_> = everything(&EN);
    for (lang, same) in [(Lang::Es, SAME_IN_SPANISH), (Lang::Fr, SAME_IN_FRENCH)] {
        for ((name, theirs), (_, ours)) in everything(lang.texts()).iter().zip(&english) {
            if !same.contains(name) {
                assert_ne!(theirs, ours, "{lang:?}.{name} is still English");
            }
        }
    }
}

#[test]
fn english_messages_match_the_english_logs() {
    // The error types keep English `Display` for logs; the English texts
    // must say the same, so a person and a log never disagree.
    for error in [
        FetchError::NotFound,
        FetchError::Network("TypeError".into()),
        FetchError::Http(503),
        FetchError::Malformed("EOF".into()),
    ] {
        assert_eq!(EN.fetch_error(&error), error.to_string());
    }
    for error in [
        DecodeError::Json("EOF".into()),
        DecodeError::NewerVersion(3),
        DecodeError::Shape("no version".into()),
    ] {
        assert_eq!(EN.decode_error(&error), error.to_string());
    }
    for problem in [
        ReviewProblem::NoRating,
        ReviewProblem::HeadlineEmpty,
        ReviewProblem::HeadlineTooLong(HEADLINE_MAX + 1),
        ReviewProblem::BodyTooShort(BODY_MIN - 1),
        ReviewProblem::BodyTooLong(BODY_MAX + 1),
    ] {
        assert_eq!(EN.review_problem(&problem), problem.to_string());
    }
}

#[test]
fn french_punctuation_is_spaced_and_cannot_wrap() {
    for (name, text) in everything(&FR) {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let needs_space_before = matches!(c, '?' | '!' | ':' | ';' | '»');
            if needs_space_before {
                assert!(
                    matches!(before, Some('\u{a0}' | '\u{202f}')),
                    "FR.{name}: no no-break space before {c:?} in {text:?}"
                );
            }
            if c == '«' {
                assert_eq!(after, Some('\u{202f}'), "FR.{name}: {text:?}");
            }
            assert_ne!(
                c, '\'',
                "FR.{name}: typographic apostrophe wanted in {text:?}"
            );
        }
    }
}

#[test]
fn spanish_questions_open_with_an_inverted_mark() {
    for (name, text) in everything(&ES) {
        assert_eq!(
            text.matches('?').count(),
            text.matches('¿').count(),
            "ES.{name}: {text:?}"
        );
        assert_eq!(text.matches('!').count(), text.matches('¡').count());
    }
}

#[test]
fn plurals_follow_each_language() {
    let counts = |lang: Lang| [0, 1, 2].map(lang.texts().reviews_count);
    assert_eq!(counts(Lang::En), ["0 reviews", "1 review", "2 reviews"]);
    assert_eq!(counts(Lang::Es), ["0 críticas", "1 crítica", "2 críticas"]);
    // French: zero is singular too.
    assert_eq!(
        counts(Lang::Fr),
        ["0 critique", "1 critique", "2 critiques"]
    );
    assert_eq!((FR.films_in_catalog)(13), "13 films dans le catalogue");
    assert_eq!((ES.films_in_catalog)(1), "1 película en el catálogo");
    assert_eq!(
        (FR.found_helpful)(1, 3),
        "1 personne sur 3 a trouvé cette critique utile"
    );
    assert_eq!(
        (FR.found_helpful)(14, 18),
        "14 personnes sur 18 ont trouvé cette critique utile"
    );
    assert_eq!(
        (ES.found_helpful)(14, 18),
        "A 14 de 18 personas les ha parecido útil esta crítica"
    );
    assert_eq!((ES.reviews_rated)(1, 10, 10), "1 de 10 críticas con 10/10");
    assert_eq!(
        (FR.reviews_rated)(2, 10, 7),
        "2 critiques sur 10 notées 7/10"
    );
    assert_eq!(
        (FR.import_complete)(0),
        "Import terminé\u{a0}: 0 élément ajouté ou mis à jour."
    );
    assert_eq!(
        (ES.import_complete)(2),
        "Importación completada: 2 elementos añadidos o actualizados."
    );
    assert_eq!((EN.see_user_reviews)(0), "Reviews");
    assert_eq!((ES.see_user_reviews)(10), "Ver las 10 críticas de usuarios");
}

#[test]
fn counts_inside_sentences_are_grouped_per_language() {
    assert_eq!(
        (ES.body_counter)(1, BODY_MIN, BODY_MAX),
        "1 carácter (mínimo 100, máximo 10.000)"
    );
    assert_eq!(
        (FR.body_counter)(120, BODY_MIN, BODY_MAX),
        "120 caractères (au moins 100, au plus 10\u{202f}000)"
    );
    assert_eq!(
        (EN.body_counter)(120, BODY_MIN, BODY_MAX),
        "120 characters (at least 100, at most 10,000)"
    );
    // English keeps the bare vote count it always read out.
    assert_eq!(
        (EN.rated_by)("7.5", 1100),
        "Rated 7.5 out of 10 by 1100 users"
    );
    assert_eq!(
        (FR.rated_by)("7,5", 1100),
        "Noté 7,5 sur 10 par 1\u{202f}100 spectateurs"
    );
    assert_eq!(
        (ES.rated_by)("7,5", 1),
        "Valoración de 7,5 sobre 10 según 1 usuario"
    );
}

#[test]
fn messages_for_people_are_translated() {
    assert_eq!(
        ES.fetch_error(&FetchError::Http(503)),
        "El servidor ha respondido con el código de estado HTTP 503."
    );
    assert_eq!(
        FR.review_problem(&ReviewProblem::BodyTooShort(9)),
        "Écrivez au moins 100 caractères (9 pour l’instant)."
    );
    assert_eq!(
        ES.review_problem(&ReviewProblem::BodyTooLong(12_000)),
        "La crítica no puede superar los 10.000 caracteres (ahora tiene 12.000)."
    );
    let set_aside = StorageNotice::SetAside {
        reason: DecodeError::Json("EOF".into()),
        kept_as: "film-site/unreadable/1".into(),
    };
    assert!(
        FR.storage_notice(&set_aside)
            .contains("(ce n’est pas du JSON valide (EOF))")
    );
    assert!(
        EN.storage_notice(&set_aside)
            .starts_with("Your saved ratings and reviews could not be read (it is not valid JSON")
    );
    assert_eq!(
        ES.storage_notice(&StorageNotice::WriteFailed),
        ES.storage_write_failed
    );
}
