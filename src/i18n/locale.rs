//! The interface language as reactive state: chosen once at start, changed
//! by the switcher, read by every view that shows words.

use leptos::prelude::*;

use super::{Lang, Texts, negotiate};

/// Where the person's own choice of language is remembered: a key of its
/// own, apart from the user-data document, so that a corrupt, newer or
/// unwritable document never costs them their language (and the other way
/// round).
pub const LANG_KEY: &str = "film-site/lang";

/// The current interface language, shared through context. Views do not
/// read it directly but through [`use_texts`] and [`use_lang`], which fall
/// back to English where no `Locale` was provided (as in component tests).
#[derive(Clone, Copy, Debug)]
pub struct Locale(RwSignal<Lang>);

impl Locale {
    /// A locale starting in `lang`.
    pub fn new(lang: Lang) -> Self {
        Locale(RwSignal::new(lang))
    }

    /// The language for this visit: the person's stored choice, else the
    /// first of the browser's preferred languages the site speaks, else
    /// English.
    pub fn detect() -> Self {
        let lang =
            stored().unwrap_or_else(|| negotiate(browser_preferences().iter().map(String::as_str)));
        Locale::new(lang)
    }

    /// The current language, tracked.
    pub fn get(self) -> Lang {
        self.0.get()
    }

    /// Shows the interface in `lang` without remembering it.
    pub fn set(self, lang: Lang) {
        self.0.set(lang);
    }

    /// The person chose `lang`: show it, and remember it for next time.
    /// A browser that cannot store it still switches, for this visit.
    pub fn choose(self, lang: Lang) {
        self.set(lang);
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(LANG_KEY, lang.code());
        }
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered choice, if there is one this build understands.
fn stored() -> Option<Lang> {
    let code = local_storage()?.get_item(LANG_KEY).ok().flatten()?;
    Lang::from_code(&code)
}

/// The browser's preference list, most wanted first
/// (`navigator.languages`, else its single `navigator.language`); empty
/// outside a browser.
fn browser_preferences() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut preferred: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if preferred.is_empty() {
        preferred.extend(navigator.language());
    }
    preferred
}

/// The interface language a view is built in, read once: views are built
/// again from scratch when it changes (see [`Localized`]), so they need not
/// track it. English when no [`Locale`] is provided.
pub fn use_lang() -> Lang {
    use_context::<Locale>().map_or(Lang::En, |Locale(lang)| lang.get_untracked())
}

/// The strings of the language a view is built in (see [`use_lang`]).
///
/// Read once rather than tracked: a reactive text subscribes its effect to
/// the language signal, which almost never changes and so never drops the
/// subscriptions of views that are gone. With hundreds of texts per page
/// that was the app's memory leak (about 12 KB per title page visited).
pub fn use_texts() -> &'static Texts {
    use_lang().texts()
}

/// Shows `children` in the current interface language, and builds them
/// again from scratch when the language changes, so that every text,
/// number and date below follows the switch without tracking it.
#[component]
pub fn Localized(children: ChildrenFn) -> impl IntoView {
    let locale = use_context::<Locale>();
    move || {
        if let Some(locale) = locale {
            locale.get();
        }
        children()
    }
}
