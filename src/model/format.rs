//! Turning catalog values into the words a page shows.

use super::catalog::{Awards, CastCredit, OfferKind, Price, WatchOffer};

const MONTHS: [&str; 12] = [
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

/// A calendar date parsed from `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses an ISO date, rejecting impossible days (31 April, 29 February 2005).
    pub fn parse(iso: &str) -> Option<Date> {
        let mut parts = iso.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let year: u16 = y.parse().ok()?;
        let month: u8 = m.parse().ok()?;
        let day: u8 = d.parse().ok()?;
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// "5 September 2007", the way the title page writes dates.
    pub fn long(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

/// Shows an ISO date in long form, or the raw text if it is not a date.
pub fn long_date(iso: &str) -> String {
    Date::parse(iso).map_or_else(|| iso.to_owned(), Date::long)
}

/// Vote counts as IMDb abbreviates them: 950, 1.2K, 34K, 1.5M.
pub fn compact_count(n: u32) -> String {
    fn scaled(value: f64, suffix: &str) -> String {
        // From ten upwards the decimal is noise ("35K", not "34.6K").
        if value >= 9.95 {
            return format!("{}{suffix}", value.round());
        }
        let rounded = (value * 10.0).round() / 10.0;
        if rounded.fract() == 0.0 {
            format!("{rounded}{suffix}")
        } else {
            format!("{rounded:.1}{suffix}")
        }
    }
    match n {
        0..=999 => n.to_string(),
        1_000..=999_499 => scaled(f64::from(n) / 1_000.0, "K"),
        _ => scaled(f64::from(n) / 1_000_000.0, "M"),
    }
}

/// A count with thousands separators: 10,000.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A rating average with one decimal: 7.0, 8.3.
pub fn rating_value(average: f32) -> String {
    format!("{average:.1}")
}

/// "1 win & 2 nominations", "3 nominations", "2 wins".
pub fn awards_line(awards: &Awards) -> String {
    fn plural(n: u32, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }
    match (awards.wins, awards.nominations) {
        (0, 0) => "No awards yet".to_owned(),
        (w, 0) => plural(w, "win", "wins"),
        (0, n) => plural(n, "nomination", "nominations"),
        (w, n) => format!(
            "{} & {}",
            plural(w, "win", "wins"),
            plural(n, "nomination", "nominations")
        ),
    }
}

/// "$3.99" for USD, "3.99 EUR" for others (no locale tables in the wasm).
pub fn price(p: &Price) -> String {
    let amount = format!("{}.{:02}", p.cents / 100, p.cents % 100);
    match p.currency.as_str() {
        "USD" => format!("${amount}"),
        "EUR" => format!("€{amount}"),
        "GBP" => format!("£{amount}"),
        other => format!("{amount} {other}"),
    }
}

/// "From $3.99 on Prime Video" for the cheapest priced offer, or
/// "Included with MUBI" for a subscription.
pub fn watch_line(offer: &WatchOffer) -> String {
    match (&offer.price, offer.kind) {
        (Some(p), OfferKind::Rent | OfferKind::Buy) => {
            format!("From {} on {}", price(p), offer.provider)
        }
        (Some(p), _) => format!("{} on {}", price(p), offer.provider),
        (None, OfferKind::Free) => format!("Free on {}", offer.provider),
        (None, _) => format!("Included with {}", offer.provider),
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

/// "1h 40m", "58m".
pub fn runtime(minutes: u16) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h {m}m"),
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

/// Joins names the way credits read: "A", "A and B", "A, B and C".
pub fn name_list(names: &[impl AsRef<str>]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => format!(
            "{} and {}",
            init.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::PersonRef;

    #[test]
    fn dates_read_like_the_title_page() {
        assert_eq!(long_date("2007-09-05"), "5 September 2007");
        assert_eq!(long_date("1973-09-11"), "11 September 1973");
        assert_eq!(long_date("not a date"), "not a date");
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
        assert_eq!(compact_count(0), "0");
        assert_eq!(compact_count(999), "999");
        assert_eq!(compact_count(1_000), "1K");
        assert_eq!(compact_count(1_234), "1.2K");
        assert_eq!(compact_count(9_960), "10K");
        assert_eq!(compact_count(34_567), "35K");
        assert_eq!(compact_count(999_499), "999K");
        assert_eq!(compact_count(999_500), "1M");
        assert_eq!(compact_count(1_500_000), "1.5M");
    }

    #[test]
    fn large_counts_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn awards_line_matches_the_seed_wording() {
        let a = |wins, nominations| Awards {
            wins,
            nominations,
            highlights: vec![],
        };
        assert_eq!(awards_line(&a(1, 2)), "1 win & 2 nominations");
        assert_eq!(awards_line(&a(2, 1)), "2 wins & 1 nomination");
        assert_eq!(awards_line(&a(0, 3)), "3 nominations");
        assert_eq!(awards_line(&a(4, 0)), "4 wins");
        assert_eq!(awards_line(&a(0, 0)), "No awards yet");
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
        assert_eq!(watch_line(best), "From $3.99 on Prime Video");
        assert_eq!(watch_line(&offers[0]), "Included with MUBI");
        assert_eq!(best_offer(&offers[..1]).unwrap().provider, "MUBI");
        assert!(best_offer(&[]).is_none());
        assert_eq!(
            price(&Price {
                cents: 5,
                currency: "CLP".into()
            }),
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
        assert_eq!(runtime(100), "1h 40m");
        assert_eq!(runtime(58), "58m");
        assert_eq!(runtime(120), "2h");
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
        assert_eq!(name_list(&[] as &[&str]), "");
        assert_eq!(name_list(&["A"]), "A");
        assert_eq!(name_list(&["A", "B"]), "A and B");
        assert_eq!(name_list(&["A", "B", "C"]), "A, B and C");
    }
}
