//! A person's name, linked to their page.

use leptos::prelude::*;

use crate::base_path::app_path;
use crate::model::catalog::PersonRef;
use crate::model::people::is_valid_person_id;

/// The person's name as a link to `/name/:id`; the name alone when the id
/// could not name a page (a hand-edited file).
#[component]
pub fn PersonLink(person: PersonRef) -> impl IntoView {
    if is_valid_person_id(&person.id) {
        let href = app_path(&format!("/name/{}", person.id));
        view! { <a href=href class="person-link">{person.name}</a> }.into_any()
    } else {
        person.name.into_any()
    }
}

/// People as linked names separated by commas.
pub fn person_links(people: &[PersonRef]) -> impl IntoView + use<> {
    let last = people.len().saturating_sub(1);
    people
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, person)| {
            view! {
                <PersonLink person />
                {(i < last).then_some(", ")}
            }
        })
        .collect_view()
}
