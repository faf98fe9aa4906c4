//! When to remind someone to export: the library lives only in this
//! browser, which may clear it (Safari deletes script-written storage after
//! seven days without a visit unless the site is on the Home Screen), so a
//! sizeable library with no recent export earns a reminder.

use super::date::Date;
use super::user_data::UserData;

/// Entries (ratings, reviews, viewings, watchlist and seen films) from which losing
/// the library would hurt enough to remind.
pub const REMIND_FROM: usize = 25;

/// Days after an export before the reminder comes back.
pub const REMIND_AFTER_DAYS: i64 = 30;

/// The entries a person made by hand, which an export keeps.
pub fn entries(data: &UserData) -> usize {
    let lists = data.watchlist.len() + data.seen.len();
    data.ratings.len() + data.reviews.len() + data.diary.len() + lists
}

/// Whether to remind: enough entries, and no export (ISO date) within
/// [`REMIND_AFTER_DAYS`] of `today`. An unreadable date counts as none.
pub fn needs_export(entries: usize, last_export: Option<&str>, today: &str) -> bool {
    if entries < REMIND_FROM {
        return false;
    }
    let days = |iso: &str| Date::parse(iso).map(day_number);
    match (last_export.and_then(days), days(today)) {
        (Some(then), Some(now)) => now - then >= REMIND_AFTER_DAYS,
        _ => true,
    }
}

/// Days since 1 March of year 0 (the civil-calendar count of Howard
/// Hinnant's `days_from_civil`), for differences between dates.
fn day_number(date: Date) -> i64 {
    let (month, day) = (i64::from(date.month), i64::from(date.day));
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> i64 {
        day_number(Date::parse(iso).expect("a date"))
    }

    #[test]
    fn day_numbers_count_real_days() {
        assert_eq!(day("2026-03-01") - day("2026-02-28"), 1);
        assert_eq!(day("2024-03-01") - day("2024-02-28"), 2, "leap year");
        assert_eq!(day("2027-01-01") - day("2026-01-01"), 365);
        assert_eq!(day("2001-01-01") - day("2000-01-01"), 366);
        assert_eq!(day("2026-11-28") - day("1970-01-01"), 20_785);
    }

    #[test]
    fn a_small_library_is_never_nagged() {
        assert!(!needs_export(REMIND_FROM - 1, None, "2026-11-28"));
        assert!(needs_export(REMIND_FROM, None, "2026-11-28"));
    }

    #[test]
    fn an_export_quiets_the_reminder_for_thirty_days() {
        let n = 500;
        assert!(!needs_export(n, Some("2026-11-28"), "2026-11-28"));
        assert!(
            !needs_export(n, Some("2026-10-30"), "2026-11-28"),
            "29 days"
        );
        assert!(needs_export(n, Some("2026-10-29"), "2026-11-28"), "30 days");
        assert!(needs_export(n, Some("not a date"), "2026-11-28"));
    }
}
