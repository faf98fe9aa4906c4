//! Entry point: mounts the app and nothing else.

fn main() {
    // Logs a panic's message and place to the console where the build keeps
    // them; the release build aborts at once instead (scripts/trunk-release.sh).
    // Either way the panic then traps, and boot.js shows the reload banner.
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(film_site::App);
}
