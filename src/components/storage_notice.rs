//! The banner that says what happened to this browser's saved data.

use leptos::prelude::*;

use crate::i18n::use_texts;
use crate::storage::UserStore;

/// Shows the current [`StorageNotice`](crate::storage::StorageNotice), if
/// any, as an alert the person can dismiss.
#[component]
pub fn StorageNoticeBanner() -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let t = use_texts();
    view! {
        {move || {
            store
                .notice()
                .get()
                .map(|notice| {
                    view! {
                        <div class="storage-notice" role="alert">
                            <p>{t.storage_notice(&notice)}</p>
                            <button type="button" class="link-button" on:click=move |_| store.dismiss_notice()>
                                {t.dismiss}
                            </button>
                        </div>
                    }
                })
        }}
    }
    .into_any()
}
