//! The smallest app on this stack that does what every page of the site does:
//! a router with a parameterised route, a fetched JSON file decoded with serde,
//! and Transition/ErrorBoundary around it.
use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;
use serde::Deserialize;

/// A catalog title file, cut down to what the page shows.
#[derive(Debug, Clone, Deserialize)]
struct Film {
    id: String,
    title: String,
    year: u16,
    related: Vec<String>,
}

/// Why the file could not be shown.
#[derive(Debug, Clone, thiserror::Error)]
enum FetchError {
    #[error("network: {0}")]
    Network(String),
}

async fn fetch_film(id: String) -> Result<Film, FetchError> {
    let resp = gloo_net::http::Request::get(&format!("/catalog/titles/{id}.json"))
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    let text = resp
        .text()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| FetchError::Network(e.to_string()))
}

/// `/title/:id`: the fetched title with links to its related titles.
#[component]
fn FilmPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let film = LocalResource::new(move || fetch_film(id.get()));
    view! {
        <Transition fallback=|| "Loading">
            <ErrorBoundary fallback=|errors| view! { <p>{move || format!("{:?}", errors.get())}</p> }>
                {move || Suspend::new(async move {
                    film.await.map(|f| view! {
                        <h1>{f.title} " (" {f.year} ")"</h1>
                        <p>{f.id}</p>
                        <ul>{f.related.into_iter().map(|r| view! { <li><A href=format!("/title/{r}")>{r}</A></li> }).collect_view()}</ul>
                    })
                })}
            </ErrorBoundary>
        </Transition>
    }
}

/// Two routes, as the site's router has more.
#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=|| "Not found">
                <Route path=path!("/") view=|| view! { <A href="/title/a">"a"</A> } />
                <Route path=path!("/title/:id") view=FilmPage />
            </Routes>
        </Router>
    }
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
