//! Entry point: mounts the app once this browser's stored library is read.

use leptos::prelude::*;

fn main() {
    // Logs a panic's message and place to the console where the build keeps
    // them; the release build aborts at once instead (scripts/trunk-release.sh).
    // Either way the panic then traps, and boot.js shows the reload banner.
    console_error_panic_hook::set_once();
    // IndexedDB answers only asynchronously; the pages start with the
    // library there, so nothing drawn from it changes once shown.
    wasm_bindgen_futures::spawn_local(async {
        let stored = film_site::storage::Stored::read().await;
        let app = move || view! { <film_site::App stored /> };
        // A title page written ahead of time stays up while the app builds
        // its own out of the document (see `first_screen`).
        match film_site::first_screen::detached_mount_point() {
            Some(root) => {
                leptos::mount::mount_to(root, app).forget();
                film_site::first_screen::reveal_before_long();
            }
            None => leptos::mount::mount_to_body(app),
        }
    });
}
