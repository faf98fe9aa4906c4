//! Turning catalog values into the words a page shows.
//!
//! Everything here takes the interface [`Lang`]: numbers, dates and runtimes
//! are written the way that language writes them, and the words come from
//! its [`Texts`](crate::i18n::Texts). Catalog text itself (names, notes) is
//! passed through untouched.

use crate::i18n::Lang;
use crate::model::catalog::{Awards, CastCredit, OfferKind, Price, WatchOffer};
use crate::model::date::Date;
use crate::model::number::group_digits;

/// "5 September 2007", "5 de septiembre de 2007", "5 septembre 2007":
/// the way the title page writes dates.
pub fn long(date: Date, lang: Lang) -> String {
    (lang.texts().date_long)(date)
}

/// Shows an ISO date in long form, or the raw text if it is not a date.
pub fn long_date(iso: &str, lang: Lang) -> String {
    Date::parse(iso).map_or_else(|| iso.to_owned(), |date| long(date, lang))
}

/// `text` (digits with a `.` for decimals) with the language's decimal sign.
fn localized_decimal(text: &str, lang: Lang) -> String {
    text.replace('.', lang.numbers().decimal.encode_utf8(&mut [0; 4]))
}

/// Vote counts as IMDb abbreviates them: 950, 1.2K, 34K, 1.5M in English;
/// "1,2 mil" in Spanish, "1,2 k" in French.
pub fn compact_count(n: u32, lang: Lang) -> String {
    fn scaled(value: f64, suffix: &str, lang: Lang) -> String {
        // From ten upwards the decimal is noise ("35K", not "34.6K").
        if value >= 9.95 {
            return format!("{}{suffix}", value.round());
        }
        let rounded = (value * 10.0).round() / 10.0;
        if rounded.fract() == 0.0 {
            format!("{rounded}{suffix}")
        } else {
            format!(
                "{}{suffix}",
                localized_decimal(&format!("{rounded:.1}"), lang)
            )
        }
    }
    let symbols = lang.numbers();
    match n {
        0..=999 => n.to_string(),
        1_000..=999_499 => scaled(f64::from(n) / 1_000.0, symbols.thousands, lang),
        _ => scaled(f64::from(n) / 1_000_000.0, symbols.millions, lang),
    }
}

/// A count with thousands separators: "10,000" in English, "10.000" in
/// Spanish (which leaves four digits whole: "1100"), "10 000" in French.
pub fn grouped(n: usize, lang: Lang) -> String {
    let symbols = lang.numbers();
    group_digits(n, symbols.group, symbols.min_grouped_digits)
}

/// A rating average with one decimal: "7.0", "8.3"; "8,3" in Spanish and French.
pub fn rating_value(average: f32, lang: Lang) -> String {
    localized_decimal(&format!("{average:.1}"), lang)
}

/// "1 win & 2 nominations", "3 nominations", "2 wins".
pub fn awards_line(awards: &Awards, lang: Lang) -> String {
    let t = lang.texts();
    match (awards.wins, awards.nominations) {
        (0, 0) => t.awards_none.to_owned(),
        (w, 0) => (t.awards_wins)(w),
        (0, n) => (t.awards_nominations)(n),
        (w, n) => format!(
            "{}{}{}",
            (t.awards_wins)(w),
            t.awards_and,
            (t.awards_nominations)(n)
        ),
    }
}

/// "$3.99" for USD in English, "3,99 US$" in Spanish, "3,99 $US" in French;
/// a currency without a symbol here keeps its code ("3.99 CLP"). A small
/// table for the few currencies offers come in, not the whole of CLDR.
pub fn price(p: &Price, lang: Lang) -> String {
    let units = grouped(usize::try_from(p.cents / 100).unwrap_or(usize::MAX), lang);
    let amount = format!("{units}{}{:02}", lang.numbers().decimal, p.cents % 100);
    let code = p.currency.as_str();
    match lang {
        Lang::En => match code {
            "USD" => format!("${amount}"),
            "EUR" => format!("€{amount}"),
            "GBP" => format!("£{amount}"),
            other => format!("{amount} {other}"),
        },
        Lang::Es | Lang::Fr => {
            let symbol = match (lang, code) {
                (Lang::Es, "USD") => "US$",
                (Lang::Fr, "USD") => "$US",
                (Lang::Fr, "GBP") => "£GB",
                (_, "EUR") => "€",
                (_, other) => other,
            };
            format!("{amount}\u{a0}{symbol}")
        }
    }
}

/// "From $3.99 on Prime Video" for the cheapest priced offer, or
/// "Included with MUBI" for a subscription.
pub fn watch_line(offer: &WatchOffer, lang: Lang) -> String {
    let t = lang.texts();
    match (&offer.price, offer.kind) {
        (Some(p), OfferKind::Rent | OfferKind::Buy) => {
            (t.watch_from)(&price(p, lang), &offer.provider)
        }
        (Some(p), _) => (t.watch_price_on)(&price(p, lang), &offer.provider),
        (None, OfferKind::Free) => (t.watch_free)(&offer.provider),
        (None, _) => (t.watch_included)(&offer.provider),
    }
}

/// The offer to headline: the cheapest priced one, else the first.
pub fn best_offer(offers: &[WatchOffer]) -> Option<&WatchOffer> {
    offers
        .iter()
        .filter(|o| o.price.is_some())
        .min_by_key(|o| o.price.as_ref().map(|p| p.cents))
        .or_else(|| offers.first())
}

/// "Himself (archive footage)", "Narrator (voice)".
pub fn character_line(credit: &CastCredit) -> String {
    if credit.notes.is_empty() {
        credit.character.clone()
    } else {
        format!("{} ({})", credit.character, credit.notes.join(", "))
    }
}

/// "1h 40m", "58m"; "1 h 40 min" in Spanish and French.
pub fn runtime(minutes: u16, lang: Lang) -> String {
    let t = lang.texts();
    match (minutes / 60, minutes % 60) {
        (0, m) => (t.runtime_minutes)(m),
        (h, 0) => (t.runtime_hours)(h),
        (h, m) => format!("{} {}", (t.runtime_hours)(h), (t.runtime_minutes)(m)),
    }
}

/// Cuts `text` to at most `max_chars` characters at a word boundary, adding
/// an ellipsis. Returns `None` when the text already fits, so the caller
/// knows whether to offer a "full summary" disclosure.
pub fn truncate_words(text: &str, max_chars: usize) -> Option<String> {
    if text.chars().count() <= max_chars {
        return None;
    }
    let cut = text
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..cut];
    let head = head
        .rfind(char::is_whitespace)
        .map_or(head, |space| &head[..space]);
    Some(format!(
        "{}…",
        head.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
    ))
}

/// Joins names the way credits read: "A", "A and B", "A, B and C"
/// ("A, B y C", "A, B et C").
pub fn name_list(names: &[impl AsRef<str>], lang: Lang) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => format!(
            "{} {} {}",
            init.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            (lang.texts().list_and)(last.as_ref()),
            last.as_ref()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang::{En, Es, Fr};
    use crate::model::catalog::PersonRef;

    #[test]
    fn dates_read_like_the_title_page() {
        assert_eq!(long_date("2007-09-05", En), "5 September 2007");
        assert_eq!(long_date("1973-09-11", En), "11 September 1973");
        assert_eq!(long_date("not a date", En), "not a date");
        assert!(Date::parse("2004-02-29").is_some());
        assert!(Date::parse("2005-02-29").is_none());
        assert!(Date::parse("1900-02-29").is_none());
        assert!(Date::parse("2000-02-29").is_some());
        assert!(Date::parse("2007-04-31").is_none());
        assert!(Date::parse("2007-13-01").is_none());
        assert!(Date::parse("2007-9-5").is_none());
        assert!(Date::parse("2007-09-05-01").is_none());
        assert!(Date::parse("2007-09-00").is_none());
    }

    #[test]
    fn dates_order_chronologically() {
        let a = Date::parse("2006-09-12").unwrap();
        let b = Date::parse("2007-01-02").unwrap();
        assert!(a < b);
    }

    #[test]
    fn counts_are_abbreviated_like_imdb() {
        assert_eq!(compact_count(0, En), "0");
        assert_eq!(compact_count(999, En), "999");
        assert_eq!(compact_count(1_000, En), "1K");
        assert_eq!(compact_count(1_234, En), "1.2K");
        assert_eq!(compact_count(9_960, En), "10K");
        assert_eq!(compact_count(34_567, En), "35K");
        assert_eq!(compact_count(999_499, En), "999K");
        assert_eq!(compact_count(999_500, En), "1M");
        assert_eq!(compact_count(1_500_000, En), "1.5M");
    }

    #[test]
    fn large_counts_are_grouped_by_thousands() {
        assert_eq!(grouped(0, En), "0");
        assert_eq!(grouped(999, En), "999");
        assert_eq!(grouped(10_000, En), "10,000");
        assert_eq!(grouped(1_234_567, En), "1,234,567");
    }

    #[test]
    fn awards_line_matches_the_seed_wording() {
        let a = |wins, nominations| Awards {
            wins,
            nominations,
            highlights: vec![],
        };
        assert_eq!(awards_line(&a(1, 2), En), "1 win & 2 nominations");
        assert_eq!(awards_line(&a(2, 1), En), "2 wins & 1 nomination");
        assert_eq!(awards_line(&a(0, 3), En), "3 nominations");
        assert_eq!(awards_line(&a(4, 0), En), "4 wins");
        assert_eq!(awards_line(&a(0, 0), En), "No awards yet");
    }

    #[test]
    fn watch_line_headlines_the_cheapest_price() {
        let offers = vec![
            WatchOffer {
                provider: "MUBI".into(),
                kind: OfferKind::Subscription,
                price: None,
            },
            WatchOffer {
                provider: "Prime Video".into(),
                kind: OfferKind::Rent,
                price: Some(Price {
                    cents: 399,
                    currency: "USD".into(),
                }),
            },
            WatchOffer {
                provider: "Apple TV".into(),
                kind: OfferKind::Buy,
                price: Some(Price {
                    cents: 1299,
                    currency: "USD".into(),
                }),
            },
        ];
        let best = best_offer(&offers).unwrap();
        assert_eq!(watch_line(best, En), "From $3.99 on Prime Video");
        assert_eq!(watch_line(&offers[0], En), "Included with MUBI");
        assert_eq!(best_offer(&offers[..1]).unwrap().provider, "MUBI");
        assert!(best_offer(&[]).is_none());
        assert_eq!(
            price(
                &Price {
                    cents: 5,
                    currency: "CLP".into()
                },
                En
            ),
            "0.05 CLP"
        );
    }

    #[test]
    fn character_line_appends_notes() {
        let credit = |notes: &[&str]| CastCredit {
            person: PersonRef {
                id: "p".into(),
                name: "Salvador Allende".into(),
            },
            character: "Himself".into(),
            notes: notes.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(character_line(&credit(&[])), "Himself");
        assert_eq!(
            character_line(&credit(&["archive footage"])),
            "Himself (archive footage)"
        );
        assert_eq!(
            character_line(&credit(&["voice", "uncredited"])),
            "Himself (voice, uncredited)"
        );
    }

    #[test]
    fn runtimes_read_as_hours_and_minutes() {
        assert_eq!(runtime(100, En), "1h 40m");
        assert_eq!(runtime(58, En), "58m");
        assert_eq!(runtime(120, En), "2h");
    }

    #[test]
    fn truncation_cuts_at_a_word_and_says_so() {
        assert_eq!(truncate_words("short", 10), None);
        assert_eq!(
            truncate_words("The quick brown fox jumps", 12).as_deref(),
            Some("The quick…")
        );
        // Multi-byte characters are counted as characters, never split.
        assert_eq!(
            truncate_words("Emitaï Emitaï Emitaï", 9).as_deref(),
            Some("Emitaï…")
        );
        assert_eq!(
            truncate_words("Unbrokenwordwithoutspaces", 5).as_deref(),
            Some("Unbro…")
        );
    }

    #[test]
    fn names_join_like_credits() {
        assert_eq!(name_list(&[] as &[&str], En), "");
        assert_eq!(name_list(&["A"], En), "A");
        assert_eq!(name_list(&["A", "B"], En), "A and B");
        assert_eq!(name_list(&["A", "B", "C"], En), "A, B and C");
    }

    /// French groups with a narrow no-break space, written out for legibility.
    const NNBSP: char = '\u{202f}';

    #[test]
    fn spanish_and_french_write_numbers_their_way() {
        // Spanish (CLDR): four digits stay whole, then a point every three.
        assert_eq!(grouped(999, Es), "999");
        assert_eq!(grouped(1_100, Es), "1100");
        assert_eq!(grouped(12_345, Es), "12.345");
        assert_eq!(grouped(1_234_567, Es), "1.234.567");
        // French: a narrow no-break space from four digits.
        assert_eq!(grouped(999, Fr), "999");
        assert_eq!(grouped(1_100, Fr), format!("1{NNBSP}100"));
        assert_eq!(grouped(1_234_567, Fr), format!("1{NNBSP}234{NNBSP}567"));
        for lang in [Es, Fr] {
            assert_eq!(rating_value(7.5, lang), "7,5");
            assert_eq!(rating_value(8.0, lang), "8,0");
        }
        assert_eq!(rating_value(7.5, En), "7.5");
    }

    #[test]
    fn compact_counts_follow_each_language() {
        assert_eq!(compact_count(999, Es), "999");
        assert_eq!(compact_count(1_100, Es), "1,1\u{a0}mil");
        assert_eq!(compact_count(1_000, Es), "1\u{a0}mil");
        assert_eq!(compact_count(34_567, Es), "35\u{a0}mil");
        assert_eq!(compact_count(1_500_000, Es), "1,5\u{a0}M");
        assert_eq!(compact_count(1_100, Fr), "1,1\u{a0}k");
        assert_eq!(compact_count(34_567, Fr), "35\u{a0}k");
        assert_eq!(compact_count(1_500_000, Fr), "1,5\u{a0}M");
    }

    #[test]
    fn spanish_and_french_dates() {
        assert_eq!(long_date("2004-07-02", Es), "2 de julio de 2004");
        assert_eq!(long_date("2007-09-05", Es), "5 de septiembre de 2007");
        assert_eq!(long_date("2004-07-02", Fr), "2 juillet 2004");
        assert_eq!(long_date("2004-08-15", Fr), "15 août 2004");
        // The first of the month is an ordinal in French only.
        assert_eq!(long_date("2004-07-01", Fr), "1er juillet 2004");
        assert_eq!(long_date("2004-07-01", Es), "1 de julio de 2004");
        assert_eq!(long_date("2004-07-01", En), "1 July 2004");
        assert_eq!(long_date("someday", Fr), "someday");
        // A date built by hand with an impossible month does not panic.
        let odd = Date {
            year: 2000,
            month: 0,
            day: 1,
        };
        assert_eq!(long(odd, En), "1  2000");
    }

    #[test]
    fn spanish_and_french_runtimes() {
        for lang in [Es, Fr] {
            assert_eq!(runtime(100, lang), "1\u{a0}h 40\u{a0}min");
            assert_eq!(runtime(58, lang), "58\u{a0}min");
            assert_eq!(runtime(120, lang), "2\u{a0}h");
        }
    }

    #[test]
    fn spanish_and_french_awards_prices_and_offers() {
        let a = |wins, nominations| Awards {
            wins,
            nominations,
            highlights: vec![],
        };
        assert_eq!(awards_line(&a(1, 2), Es), "1 premio y 2 nominaciones");
        assert_eq!(awards_line(&a(2, 1), Es), "2 premios y 1 nominación");
        assert_eq!(awards_line(&a(0, 0), Es), "Sin premios por ahora");
        assert_eq!(awards_line(&a(1, 2), Fr), "1 prix et 2 nominations");
        assert_eq!(awards_line(&a(2, 0), Fr), "2 prix");
        assert_eq!(awards_line(&a(0, 1), Fr), "1 nomination");
        let usd = |cents| Price {
            cents,
            currency: "USD".into(),
        };
        assert_eq!(price(&usd(399), Es), "3,99\u{a0}US$");
        assert_eq!(price(&usd(399), Fr), "3,99\u{a0}$US");
        assert_eq!(price(&usd(123_456), Fr), format!("1{NNBSP}234,56\u{a0}$US"));
        assert_eq!(price(&usd(123_456), Es), "1234,56\u{a0}US$");
        let eur = Price {
            cents: 1299,
            currency: "EUR".into(),
        };
        assert_eq!(price(&eur, En), "€12.99");
        assert_eq!(price(&eur, Fr), "12,99\u{a0}€");
        let rent = WatchOffer {
            provider: "Prime Video".into(),
            kind: OfferKind::Rent,
            price: Some(usd(399)),
        };
        assert_eq!(watch_line(&rent, Es), "Desde 3,99\u{a0}US$ en Prime Video");
        assert_eq!(
            watch_line(&rent, Fr),
            "À partir de 3,99\u{a0}$US sur Prime Video"
        );
        let free = WatchOffer {
            provider: "Tubi".into(),
            kind: OfferKind::Free,
            price: None,
        };
        assert_eq!(watch_line(&free, Es), "Gratis en Tubi");
        assert_eq!(watch_line(&free, Fr), "Gratuit sur Tubi");
    }

    #[test]
    fn names_join_in_spanish_and_french() {
        assert_eq!(name_list(&["A", "B", "C"], Fr), "A, B et C");
        assert_eq!(name_list(&["A", "B", "C"], Es), "A, B y C");
        // Spanish "y" becomes "e" before the sound /i/, but not before a diphthong.
        assert_eq!(
            name_list(&["Patricio Guzmán", "Ignacio Agüero"], Es),
            "Patricio Guzmán e Ignacio Agüero"
        );
        assert_eq!(name_list(&["A", "Hilda"], Es), "A e Hilda");
        assert_eq!(name_list(&["A", "Íñigo"], Es), "A e Íñigo");
        assert_eq!(name_list(&["A", "Hielo"], Es), "A y Hielo");
        assert_eq!(name_list(&["A", "Iara"], Es), "A y Iara");
        assert_eq!(name_list(&["A", "Yolanda"], Es), "A y Yolanda");
    }
}
