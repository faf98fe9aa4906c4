//! Interface languages: English, Spanish and French.
//!
//! Every word the interface shows lives in one [`Texts`] per language
//! ([`EN`], [`ES`], [`FR`]). Each is a struct literal, so the compiler refuses
//! a language that lacks a string. Text with numbers or plurals is a plain
//! `fn` field, so each language words and pluralises it its own way.
//!
//! The catalog (plots, reviews, genres, names…) is written in English and is
//! never translated; views mark its prose with `lang` = [`CATALOG_LANG`] so
//! that screen readers pronounce it as English under a Spanish or French
//! interface.
//!
//! Which language is shown is reactive state ([`Locale`]), read by components
//! through [`use_texts`] and [`use_lang`]; everything here apart from
//! [`locale`] is pure and tested natively.

mod en;
mod es;
pub mod format;
mod fr;
pub mod library;
pub mod locale;
mod texts;

pub use en::EN;
pub use es::ES;
pub use fr::FR;
pub use locale::{LANG_KEY, Locale, Localized, use_lang, use_texts};
pub use texts::Texts;

/// The language the catalog's own text is written in.
pub const CATALOG_LANG: &str = "en";

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, also the fallback.
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Fr];

    /// The BCP 47 code, as used in `lang` attributes and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, so anyone can find their own in the
    /// switcher whatever the current interface language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
        }
    }

    /// Reads a language tag by its primary subtag: `es`, `es-MX`, `FR`,
    /// `fr_CA` and ` en-GB ` are all understood; anything else is `None`.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// Every interface string in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::Fr => &FR,
        }
    }

    /// How this language writes numbers.
    pub fn numbers(self) -> NumberSymbols {
        match self {
            Lang::En => en::NUMBERS,
            Lang::Es => es::NUMBERS,
            Lang::Fr => fr::NUMBERS,
        }
    }
}

/// The interface language for a browser's preference list (as in
/// `navigator.languages`, most wanted first): the first entry whose primary
/// subtag is supported wins, so `["de-DE", "fr-CA", "en"]` gives French;
/// English when none is.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
    preferred
        .into_iter()
        .find_map(Lang::from_code)
        .unwrap_or_default()
}

/// How a language writes numbers, after CLDR (what `Intl.NumberFormat` does
/// in browsers), so figures here match the rest of the person's web.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberSymbols {
    /// Between the integer part and the decimals.
    pub decimal: char,
    /// Between groups of three digits.
    pub group: char,
    /// The fewest digits a number has before it is grouped at all: Spanish
    /// leaves four-digit numbers whole ("1100", but "12.345").
    pub min_grouped_digits: usize,
    /// After a count in thousands ("1.1K", "1,1 mil").
    pub thousands: &'static str,
    /// After a count in millions ("1.5M", "1,5 M").
    pub millions: &'static str,
}

/// What a page waits for, named in its loading line and its error heading
/// (each language words the pair to suit its grammar).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loadable {
    /// One title's page.
    Title,
    /// A page of the catalog list.
    FilmList,
    /// A title's full cast and crew.
    Cast,
    /// A title's user reviews.
    Reviews,
    /// A person's page.
    Person,
    /// The code of a page or of part of one (a wasm chunk: see `src/routes.rs`).
    Page,
}

impl Loadable {
    /// Every value, for tests that check each language covers them all.
    pub const ALL: [Loadable; 6] = [
        Loadable::Title,
        Loadable::FilmList,
        Loadable::Cast,
        Loadable::Reviews,
        Loadable::Person,
        Loadable::Page,
    ];
}

/// The month's name from a language's table, `""` for a month that does
/// not exist (a [`Date`](crate::model::date::Date) built by hand).
fn month_name(names: &[&'static str; 12], month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
