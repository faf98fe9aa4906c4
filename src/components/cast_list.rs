//! A list of cast credits.

use leptos::prelude::*;

use super::person_link::PersonLink;
use crate::i18n::CATALOG_LANG;
use crate::i18n::format::character_line;
use crate::model::catalog::CastCredit;

/// Actor and character for each credit, as a two-column list. Characters
/// and their notes are catalog text, so they are marked as English; the
/// actors' names are proper names and are left alone.
#[component]
pub fn CastList(cast: Vec<CastCredit>) -> impl IntoView {
    view! {
        <ul class="cast-list">
            {cast
                .into_iter()
                .map(|credit| {
                    let role = character_line(&credit);
                    view! {
                        <li class="cast-item">
                            <span class="avatar" aria-hidden="true">
                                {credit.person.name.chars().next().map(String::from).unwrap_or_default()}
                            </span>
                            <span class="cast-text">
                                <span class="cast-person">
                                    <PersonLink person=credit.person.clone() />
                                </span>
                                {(!role.is_empty())
                                    .then(|| view! { <span class="cast-role" lang=CATALOG_LANG>{role}</span> })}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
