//! The credit a catalog's data source is owed: "Film data: Wikidata
//! contributors, licensed CC0-1.0".

use leptos::prelude::*;

use crate::i18n::{CATALOG_LANG, use_texts};
use crate::model::catalog::DataSource;

/// Names a data source with a link to it and its licence; with `titles`,
/// also how many of the catalog's films it gave (the home page).
#[component]
pub fn SourceCredit(source: DataSource, #[prop(optional)] titles: Option<u32>) -> impl IntoView {
    let t = use_texts();
    let after = match titles {
        Some(n) => (t.source_titles)(n, &source.licence),
        None => (t.licensed)(&source.licence),
    };
    view! {
        <p class="source-credit">
            {t.film_data}
            ": "
            <a href=source.url rel="external" lang=CATALOG_LANG>
                {source.name}
            </a>
            ", "
            {after}
        </p>
    }
}
