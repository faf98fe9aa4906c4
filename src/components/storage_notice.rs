//! The banner that says what happened to this browser's saved data.

use leptos::prelude::*;

use crate::storage::UserStore;

/// Shows the current [`StorageNotice`](crate::storage::StorageNotice), if
/// any, as an alert the person can dismiss.
#[component]
pub fn StorageNoticeBanner() -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    view! {
        {move || {
            store
                .notice()
                .get()
                .map(|notice| {
                    view! {
                        <div class="storage-notice" role="alert">
                            <p>{notice.message()}</p>
                            <button type="button" class="link-button" on:click=move |_| store.dismiss_notice()>
                                "Dismiss"
                            </button>
                        </div>
                    }
                })
        }}
    }
    .into_any()
}
