//! Entry point: mounts the app and nothing else.

fn main() {
    film_site::panic_banner::install();
    leptos::mount::mount_to_body(film_site::App);
}
