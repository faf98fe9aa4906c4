//! Component tests: mount one component in headless Chromium, act, and read
//! the DOM. Run with `wasm-bindgen-test-runner` (see README, "Tests").
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use film_site::api::{FetchError, fetch_title};
use film_site::components::async_view::ErrorPanel;
use film_site::components::cast_list::CastList;
use film_site::components::lazy_code::{
    CodeUnavailable, LazyCode, in_a_later_task, in_a_later_task_behind_the_copy,
};
use film_site::components::person_link::person_links;
use film_site::components::rating_badge::RatingBadge;
use film_site::components::rating_stars::RatingStars;
use film_site::components::recently_viewed::RecentlyViewedList;
use film_site::components::related_carousel::RelatedCarousel;
use film_site::components::review_card::ReviewCard;
use film_site::components::review_form::ReviewForm;
use film_site::components::site_chrome::SiteHeader;
use film_site::components::site_search::{SiteSearch, SiteSearchStandIn};
use film_site::components::watchlist_button::{SeenButton, WatchlistButton};
use film_site::i18n::{LANG_KEY, Lang, Loadable, Locale, Localized};
use film_site::model::catalog::{CastCredit, PersonRef, Rating, Review, TitleCard};
use film_site::model::library::{DiaryEntry, FilmFacts};
use film_site::model::people::{PersonCredit, PersonFile, Role, RoleCredits};
use film_site::model::recent::RecentEntry;
use film_site::model::records::{Record, Section};
use film_site::model::user_data::UserData;
use film_site::model::user_data::{Stars, UserRating};
use film_site::pages::{PersonView, RatingsPage, StatsPage};
use film_site::storage::indexed::{DB_NAME, Db};
use film_site::storage::{
    DATA_KEY, LEGACY_RECENT_KEY, SET_ASIDE_PREFIX, StorageNotice, Stored, UNSAVED_PREFIX, UserStore,
};
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{count, find, mount, sleep, write_first_screen_copy};

fn card(n: usize) -> TitleCard {
    TitleCard {
        id: format!("film-{n}"),
        title: format!("Film {n}"),
        year: 1970 + n as u16,
        genres: vec!["Documentary".into(), "History".into()],
        rating: Some(Rating {
            average: 7.9,
            votes: None,
        }),
        summary: "A long summary that goes on well past the preview length so that the card \
                  has to offer a disclosure button to read the rest of it in full, as on IMDb."
            .into(),
        directors: vec!["Patricio Guzmán".into()],
        stars: vec!["Salvador Allende".into(), "Abilio Fernández".into()],
        because: None,
    }
}

fn review(headline: &str, body: &str, spoilers: bool) -> Review {
    Review {
        id: "r1".into(),
        author: "palmiro".into(),
        date: "2006-09-12".into(),
        rating: Some(8),
        headline: headline.into(),
        body: body.into(),
        spoilers,
        helpful_yes: 14,
        helpful_total: 18,
    }
}

#[wasm_bindgen_test]
async fn carousel_follows_the_aria_carousel_pattern() {
    let cards: Vec<_> = (1..=12).map(card).collect();
    let root = mount(move || view! { <RelatedCarousel cards /> });
    tick().await;
    let carousel = find(&root, "[aria-roledescription='carousel']");
    assert_eq!(
        carousel.get_attribute("aria-labelledby").as_deref(),
        Some("related-heading")
    );
    assert_eq!(
        find(&root, "#related-heading").text_content().as_deref(),
        Some("More like this")
    );
    assert_eq!(count(&root, "[aria-roledescription='slide']"), 12);
    let first = find(&root, "[aria-roledescription='slide']");
    assert_eq!(first.get_attribute("role").as_deref(), Some("group"));
    assert_eq!(
        first.get_attribute("aria-label").as_deref(),
        Some("1 of 12: Film 1")
    );
    let link = find(&first, "h3 a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/title/film-1"));
    for button in ["[aria-label='Previous films']", "[aria-label='Next films']"] {
        assert_eq!(
            find(&root, button)
                .get_attribute("aria-controls")
                .as_deref(),
            Some("related-track")
        );
    }

    // Measured after layout: at the start, with more to the right.
    sleep(50).await;
    assert_eq!(
        find(&root, "[aria-label='Previous films']")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        find(&root, "[aria-label='Next films']")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("false")
    );

    find(&root, "[aria-label='Next films']").click();
    sleep(600).await;
    assert!(
        find(&root, "#related-track").scroll_left() > 0,
        "Next scrolls the track"
    );
    assert_eq!(
        find(&root, "[aria-label='Previous films']")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn carousel_summary_disclosure_expands_and_collapses() {
    let root = mount(|| view! { <RelatedCarousel cards=vec![card(1)] /> });
    tick().await;
    let summary = find(&root, ".summary");
    let button = find(&root, ".carousel-slide .link-button");
    let short = summary.text_content().unwrap_or_default();
    assert!(short.ends_with('…'), "{short}");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        button.get_attribute("aria-controls").as_deref(),
        Some("summary-film-1")
    );

    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(summary.text_content().unwrap_or_default(), card(1).summary);
    assert_eq!(button.text_content().as_deref(), Some("Show less"));

    button.click();
    tick().await;
    assert_eq!(summary.text_content().unwrap_or_default(), short);
}

#[wasm_bindgen_test]
async fn two_named_carousels_on_one_page_share_no_id() {
    let (root, _store) = mount_with_store(|| {
        view! {
            <RelatedCarousel cards=vec![card(1)] heading="Top rated" name="top" />
            <RelatedCarousel cards=vec![card(1)] heading="Newest films" name="newest" />
        }
    })
    .await;
    tick().await;
    assert_eq!(
        find(&root, "#top-heading").text_content().as_deref(),
        Some("Top rated")
    );
    assert_eq!(
        find(&root, "#newest-heading").text_content().as_deref(),
        Some("Newest films")
    );
    for row in ["top", "newest"] {
        let next = find(
            &root,
            &format!("[aria-labelledby='{row}-heading'] .icon-button"),
        );
        assert_eq!(
            next.get_attribute("aria-controls"),
            Some(format!("{row}-track"))
        );
        find(&root, &format!("#{row}-track .rate-button")).click();
    }
    tick().await;
    let ids: Vec<String> = root
        .query_selector_all("[id]")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
                .map(|el| el.id())
                .collect()
        })
        .unwrap_or_default();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert!(ids.contains(&"top-rate-panel-film-1".to_owned()), "{ids:?}");
    // The two open star controls are two radio groups.
    let names: std::collections::BTreeSet<String> = (0..20)
        .filter_map(|i| root.query_selector_all("input[type='radio']").ok()?.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[wasm_bindgen_test]
async fn carousel_card_rate_button_opens_its_stars_and_shows_the_rating() {
    let (root, _store) =
        mount_with_store(|| view! { <RelatedCarousel cards=vec![card(1)] /> }).await;
    tick().await;
    let button = find(&root, ".rate-button");
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Rate Film 1")
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let panel_id = button.get_attribute("aria-controls").unwrap_or_default();
    assert_eq!(panel_id, "rate-panel-film-1");
    assert_eq!(
        count(&root, "input[type='radio']"),
        0,
        "no stars until opened"
    );
    let panel = find(&root, &format!("#{panel_id}"));
    assert!(panel.has_attribute("hidden"));
    // Inside the track's live region, opening the stars must not read them all out.
    assert_eq!(
        find(&root, ".card-rating")
            .get_attribute("aria-live")
            .as_deref(),
        Some("off")
    );

    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        count(&root, &format!("#{panel_id} input[type='radio']")),
        10
    );
    assert!(!panel.has_attribute("hidden"));
    find(&root, "label[for='rate-card-film-1-6']").click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("6/10, your rating of Film 1")
    );
    assert_eq!(button.text_content().as_deref(), Some("★ 6"));

    button.click();
    tick().await;
    assert!(panel.has_attribute("hidden"));
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(count(&root, "input[type='radio']"), 0);
    assert_eq!(
        button.text_content().as_deref(),
        Some("★ 6"),
        "the rating stays"
    );
}

#[wasm_bindgen_test]
fn rating_badge_reads_as_a_sentence() {
    let root = mount(|| {
        view! {
            <RatingBadge rating=Some(Rating { average: 7.5, votes: Some(1100) }) />
            <RatingBadge rating=None />
        }
    });
    let badge = find(&root, ".rating-badge");
    assert_eq!(
        badge.get_attribute("aria-label").as_deref(),
        Some("Rated 7.5 out of 10 by 1100 users")
    );
    assert_eq!(badge.text_content().as_deref(), Some("★7.5/101.1K"));
    assert_eq!(
        find(&root, ".rating-none").text_content().as_deref(),
        Some("Not yet rated")
    );
}

#[wasm_bindgen_test]
async fn error_panel_announces_and_retries() {
    let retries = Arc::new(AtomicU32::new(0));
    let seen = retries.clone();
    let root = mount(move || {
        view! {
            <ErrorPanel
                what=Loadable::Title
                message=FetchError::Http(503).to_string()
                on_retry=move || {
                    seen.fetch_add(1, Ordering::SeqCst);
                }
            />
        }
    });
    let panel = find(&root, "[role='alert']");
    assert_eq!(
        find(&panel, "h2").text_content().as_deref(),
        Some("Couldn't load this title")
    );
    assert_eq!(
        find(&panel, "p").text_content().as_deref(),
        Some("The server answered with HTTP status 503.")
    );
    let retry = find(&panel, "button");
    assert_eq!(retry.text_content().as_deref(), Some("Retry"));
    retry.click();
    retry.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn lazy_code_shows_progress_then_an_error_with_retry_then_the_view() {
    // A loader whose first download fails and whose second succeeds, each
    // after a short wait, as a chunk fetched over a flaky network.
    let attempts = Arc::new(AtomicU32::new(0));
    let counted = attempts.clone();
    let load = move || {
        let attempt = counted.fetch_add(1, Ordering::SeqCst);
        async move {
            sleep(30).await;
            if attempt == 0 {
                Err(CodeUnavailable)
            } else {
                Ok(view! { <h1>"The page"</h1> }.into_any())
            }
        }
    };
    let root = mount(move || view! { <LazyCode what=Loadable::Cast load /> });
    tick().await;
    assert_eq!(
        find(&root, "[role='status']").text_content().as_deref(),
        Some("Loading the cast…")
    );
    sleep(80).await;
    let panel = find(&root, "[role='alert']");
    assert_eq!(
        find(&panel, "h2").text_content().as_deref(),
        Some("Couldn't load the cast")
    );
    assert!(
        find(&panel, "p")
            .text_content()
            .is_some_and(|m| m.contains("could not be downloaded"))
    );
    find(&panel, "button").click();
    sleep(80).await;
    assert_eq!(count(&root, "[role='alert']"), 0);
    assert_eq!(
        find(&root, "h1").text_content().as_deref(),
        Some("The page")
    );
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn the_first_page_builds_in_later_tasks_and_later_pages_at_once() {
    // Behind a first screen written ahead of time, a part of the page waits
    // for a task of its own; without one it is built at once.
    let written = write_first_screen_copy();
    let behind = mount(|| in_a_later_task_behind_the_copy(|| view! { <p class="part">"page"</p> }));
    assert_eq!(
        count(&behind, ".part"),
        0,
        "behind the copy: not in this task"
    );
    written.remove();
    let alone = mount(|| in_a_later_task_behind_the_copy(|| view! { <p class="part">"page"</p> }));
    assert_eq!(count(&alone, ".part"), 1, "without a copy: at once");
    sleep(10).await;
    assert_eq!(count(&behind, ".part"), 1);

    let root = mount(|| {
        view! {
            <p class="now">"first"</p>
            {in_a_later_task(|| view! { <p class="later">"second"</p> })}
        }
    });
    assert_eq!(count(&root, ".now"), 1);
    assert_eq!(
        count(&root, ".later"),
        0,
        "the first page: not built in the same task"
    );
    sleep(10).await;
    assert_eq!(count(&root, ".later"), 1);
    // Later pages are built at once.
    let next = mount(|| in_a_later_task(|| view! { <p class="later">"again"</p> }));
    assert_eq!(count(&next, ".later"), 1);
}

/// An element's tag, sorted attributes and text, then its children's: what
/// a visitor and assistive technology get, whatever markers a view keeps
/// between its nodes.
fn markup_shape(element: &web_sys::Element) -> String {
    let mut names: Vec<String> = element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .collect();
    names.sort();
    let attributes: Vec<String> = names
        .iter()
        .map(|name| {
            format!(
                "{name}={:?}",
                element.get_attribute(name).unwrap_or_default()
            )
        })
        .collect();
    let children = element.children();
    let inner: String = (0..children.length())
        .filter_map(|index| children.item(index))
        .map(|child| markup_shape(&child))
        .collect();
    let text = if children.length() == 0 {
        element.text_content().unwrap_or_default()
    } else {
        String::new()
    };
    format!(
        "<{} {}>{text}{inner}</>",
        element.tag_name(),
        attributes.join(" ")
    )
}

#[wasm_bindgen_test]
async fn the_search_box_stand_in_is_the_live_box_as_first_drawn() {
    let stand_in = mount(|| view! { <SiteSearchStandIn input=NodeRef::new() /> });
    let stand_in = markup_shape(&find(&stand_in, ".site-search"));
    // One box at a time in the document, as on a page: they share ids.
    document()
        .query_selector(".site-search")
        .expect("a valid selector")
        .expect("the stand-in")
        .remove();
    let live = mount(|| view! { <Router><SiteSearch /></Router> });
    tick().await;
    assert_eq!(stand_in, markup_shape(&find(&live, ".site-search")));
    assert!(stand_in.contains("role=\"combobox\""), "{stand_in}");
}

#[wasm_bindgen_test]
fn review_text_is_shown_literally_never_as_html() {
    let hostile = "<img src=x onerror=alert(1)><script>window.pwned=1</script>";
    let root = mount(move || view! { <ReviewCard review=review(hostile, hostile, false) /> });
    assert_eq!(
        find(&root, ".review-headline").text_content().as_deref(),
        Some(hostile)
    );
    assert_eq!(count(&root, "img"), 0);
    assert_eq!(count(&root, "script"), 0);
    assert_eq!(
        find(&root, ".review-helpful").text_content().as_deref(),
        Some("14 of 18 people found this review helpful")
    );
    assert_eq!(
        find(&root, "time").get_attribute("datetime").as_deref(),
        Some("2006-09-12")
    );
    assert_eq!(
        find(&root, "time").text_content().as_deref(),
        Some("12 September 2006")
    );
}

#[wasm_bindgen_test]
fn spoiler_reviews_start_collapsed_and_paragraphs_are_kept() {
    let root = mount(
        || view! { <ReviewCard review=review("Twist", "First part.\n\nSecond part.", true) /> },
    );
    let details = find(&root, "details.spoiler");
    assert!(
        !details.has_attribute("open"),
        "spoilers are hidden until asked"
    );
    assert_eq!(count(&details, ".review-body p"), 2);
}

#[wasm_bindgen_test]
fn cast_list_shows_character_notes() {
    let cast = vec![
        CastCredit {
            person: PersonRef {
                id: "salvador-allende".into(),
                name: "Salvador Allende".into(),
            },
            character: "Himself".into(),
            notes: vec!["archive footage".into()],
        },
        CastCredit {
            person: PersonRef {
                id: "andongo-diabon".into(),
                name: "Andongo Diabon".into(),
            },
            character: String::new(),
            notes: vec![],
        },
    ];
    let root = mount(move || view! { <CastList cast /> });
    assert_eq!(count(&root, ".cast-item"), 2);
    assert_eq!(
        find(&root, ".cast-role").text_content().as_deref(),
        Some("Himself (archive footage)")
    );
    // An unknown character leaves no empty role line behind.
    assert_eq!(count(&root, ".cast-role"), 1);
    // Every name is a link to the person's page.
    let link = find(&root, ".cast-person a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/name/salvador-allende")
    );
    assert_eq!(link.text_content().as_deref(), Some("Salvador Allende"));
    assert_eq!(count(&root, ".cast-person a"), 2);
}

#[wasm_bindgen_test]
fn names_link_to_person_pages_and_a_bad_id_stays_text() {
    let people = vec![
        PersonRef {
            id: "patricio-guzman".into(),
            name: "Patricio Guzmán".into(),
        },
        PersonRef {
            id: "../escape".into(),
            name: "Odd Entry".into(),
        },
        PersonRef {
            id: "nm0634240".into(),
            name: "Christopher Nolan".into(),
        },
    ];
    let root = mount(move || view! { <p>{person_links(&people)}</p> });
    assert_eq!(
        root.text_content().as_deref(),
        Some("Patricio Guzmán, Odd Entry, Christopher Nolan")
    );
    assert_eq!(count(&root, "a"), 2, "the bad id is no link");
    let hrefs: Vec<String> = (0..2)
        .filter_map(|i| {
            root.query_selector_all("a")
                .ok()?
                .item(i)?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .get_attribute("href")
        })
        .collect();
    assert_eq!(hrefs, ["/name/patricio-guzman", "/name/nm0634240"]);
}

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// Empties this site's storage: `localStorage`, and the IndexedDB database
/// (deleted; stores of earlier tests close their connection when asked).
async fn clear_storage() {
    local_storage().clear().expect("clear storage");
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .expect("IndexedDB");
    let request = factory
        .delete_database(DB_NAME)
        .expect("delete the database");
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    wasm_bindgen_futures::JsFuture::from(done)
        .await
        .expect("the database is deleted");
}

/// What the database holds, read as the site reads it at start. A read
/// begun after a write waits for it, so after [`after_save`] this is what
/// the save wrote.
async fn saved_data() -> UserData {
    let db = Db::open().await.expect("the database opens");
    let found = db.read_all().await.expect("readable");
    let (data, unreadable) = UserData::from_records(found.records);
    assert!(unreadable.is_empty(), "{unreadable:?}");
    data
}

/// Clears this site's storage, then mounts `view` under a fresh [`UserStore`]
/// and hands the store back for the test to drive.
async fn mount_with_store<V: IntoView + 'static>(
    view: impl FnOnce() -> V + 'static,
) -> (HtmlElement, UserStore) {
    clear_storage().await;
    let stored = Stored::read().await;
    let slot = Arc::new(std::sync::Mutex::new(None));
    let out = slot.clone();
    let root = mount(move || {
        let store = UserStore::new(stored);
        *out.lock().expect("not poisoned") = Some(store);
        provide_context(store);
        view()
    });
    let store = slot
        .lock()
        .expect("not poisoned")
        .expect("the store was created");
    (root, store)
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("valid");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i).and_then(|n| n.text_content()))
        .collect()
}

fn credit(id: &str, title: &str, year: u16, character: &str) -> PersonCredit {
    PersonCredit {
        id: id.into(),
        title: title.into(),
        year,
        character: character.into(),
        notes: Vec::new(),
        department: None,
    }
}

#[wasm_bindgen_test]
async fn person_page_lists_roles_links_titles_and_counts_this_browsers_ratings() {
    let person = PersonFile {
        id: "patricio-guzman".into(),
        name: "Patricio Guzmán".into(),
        imdb_id: None,
        known_for: vec![credit(
            "salvador-allende-2004",
            "Salvador Allende",
            2004,
            "",
        )],
        roles: vec![
            RoleCredits {
                role: Role::Director,
                total: 2,
                pages: 1,
                credits: vec![
                    credit("the-pearl-button-2015", "The Pearl Button", 2015, ""),
                    credit("salvador-allende-2004", "Salvador Allende", 2004, ""),
                ],
            },
            RoleCredits {
                role: Role::Actor,
                total: 101,
                pages: 2,
                credits: vec![credit(
                    "salvador-allende-2004",
                    "Salvador Allende",
                    2004,
                    "Narrator",
                )],
            },
        ],
    };
    let (root, _store) = mount_with_store(move || {
        // The page reads `?hide=seen` from the URL, so it needs a router.
        view! {
            <Router>
                <RatingStars id="the-pearl-button-2015" film=FilmFacts::named("The Pearl Button", 2015) />
                <PersonView person />
            </Router>
        }
    }).await;
    tick().await;
    assert_eq!(
        find(&root, "h1").text_content().as_deref(),
        Some("Patricio Guzmán")
    );
    assert_eq!(
        texts(&root, "section h2"),
        ["Known for", "Director (2)", "Cast (101)"]
    );
    let director = find(&root, "section[aria-labelledby='role-director']");
    let links: Vec<String> = (0..2)
        .filter_map(|i| director.query_selector_all("a").ok()?.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        links,
        [
            "/title/the-pearl-button-2015",
            "/title/salvador-allende-2004"
        ],
        "newest first, each linked"
    );
    assert_eq!(
        find(&root, "section[aria-labelledby='role-actor'] .credit-role")
            .text_content()
            .as_deref(),
        Some("Narrator")
    );
    // A role with a second page offers it; one without does not.
    assert_eq!(
        find(&root, "section[aria-labelledby='role-actor'] > button")
            .text_content()
            .as_deref(),
        Some("Show more (100 more)")
    );
    assert_eq!(count(&director, ":scope > button"), 0);
    // Each credit has its watchlist toggle, named for its film.
    let toggle = find(&director, ".filmography .watchlist-button");
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    toggle.click();
    tick().await;
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        find(&root, ".person-header .lead")
            .text_content()
            .as_deref(),
        Some("You haven't rated any of these 2 films yet.")
    );

    find(&root, "label[for='rate-the-pearl-button-2015-8']").click();
    tick().await;
    assert_eq!(
        find(&root, ".person-header .lead")
            .text_content()
            .as_deref(),
        Some("You rated 1 of these 2 films.")
    );
    assert_eq!(
        find(&root, ".filmography .mine")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Your rating: 8/10")
    );
}

#[wasm_bindgen_test]
async fn recently_viewed_lists_visits_except_the_current_title() {
    let (root, store) = mount_with_store(|| view! { <RecentlyViewedList current="b" /> }).await;
    assert!(
        find(&root, ".empty-state")
            .text_content()
            .unwrap_or_default()
            .contains("listed here")
    );
    for (id, title) in [("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")] {
        store.update(|d| {
            d.recent.visit(RecentEntry {
                id: id.into(),
                title: title.into(),
                year: 2001,
            })
        });
    }
    tick().await;
    assert_eq!(texts(&root, ".recent-list a"), ["Gamma", "Alpha"]);
}

#[wasm_bindgen_test]
async fn rating_stars_are_a_labelled_radio_group_that_saves() {
    let (root, store) = mount_with_store(
        || view! { <RatingStars id="canoa-1976" film=FilmFacts::named("Canoa", 1976) /> },
    )
    .await;
    let group = find(&root, "[role='radiogroup']");
    assert_eq!(
        group.get_attribute("aria-label").as_deref(),
        Some("Your rating of Canoa")
    );
    assert_eq!(count(&root, "input[type='radio']"), 10);
    assert_eq!(texts(&root, "label .visually-hidden")[7], "8 out of 10");
    assert_eq!(count(&root, ".clear-rating"), 0, "nothing to clear yet");

    find(&root, "label[for='rate-canoa-1976-8']").click();
    tick().await;
    let eight: web_sys::HtmlInputElement = find(&root, "#rate-canoa-1976-8").unchecked_into();
    assert!(eight.checked());
    assert_eq!(count(&root, "label.on"), 8);
    assert_eq!(
        find(&root, ".your-rating").text_content().as_deref(),
        Some("Your rating: 8/10")
    );
    after_save().await;
    let data = saved_data().await;
    assert_eq!(data.ratings["canoa-1976"].stars.get(), 8);
    assert_eq!(data.ratings["canoa-1976"].film.title, "Canoa");

    find(&root, ".clear-rating").click();
    tick().await;
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.id());
    assert_eq!(
        focused.as_deref(),
        Some("rate-canoa-1976-1"),
        "focus stays in the control"
    );
    assert!(!eight.checked());
    assert_eq!(count(&root, "label.on"), 0);
    assert!(store.data().get_untracked().ratings.is_empty());
}

/// A rating of Canoa (1976) with `stars`, set on `on`.
fn rating(stars: u8, on: &str) -> UserRating {
    UserRating {
        stars: Stars::try_from(stars).expect("1 to 10"),
        film: FilmFacts::named("Canoa", 1976),
        rated_on: on.into(),
    }
}

#[wasm_bindgen_test]
async fn an_unreadable_document_is_set_aside_not_overwritten() {
    clear_storage().await;
    let storage = local_storage();
    storage.set_item(DATA_KEY, "{corrupt").expect("write");
    let store = UserStore::new(Stored::read().await);
    let notice = store.notice().get_untracked().expect("the person is told");
    let StorageNotice::SetAside { kept_as, .. } = notice else {
        panic!("expected SetAside, got {notice:?}");
    };
    assert!(kept_as.starts_with(SET_ASIDE_PREFIX));
    assert_eq!(
        storage.get_item(&kept_as).ok().flatten().as_deref(),
        Some("{corrupt")
    );
    // Kept aside, so the old key is gone and the library saves as usual.
    assert_eq!(storage.get_item(DATA_KEY).ok().flatten(), None);
    store.update(|d| {
        d.recent.visit(RecentEntry {
            id: "canoa-1976".into(),
            title: "Canoa".into(),
            year: 1976,
        })
    });
    after_save().await;
    assert_eq!(saved_data().await.recent.entries().len(), 1);
}

#[wasm_bindgen_test]
async fn a_newer_document_is_left_untouched() {
    clear_storage().await;
    let storage = local_storage();
    let newer = r#"{"version":99,"ratings":{}}"#;
    storage.set_item(DATA_KEY, newer).expect("write");
    let store = UserStore::new(Stored::read().await);
    assert_eq!(
        store.notice().get_untracked(),
        Some(StorageNotice::NewerVersion(99))
    );
    store.update(|d| d.recent.clear());
    after_save().await;
    assert_eq!(
        storage.get_item(DATA_KEY).ok().flatten().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
async fn a_document_of_earlier_releases_moves_into_indexeddb() {
    clear_storage().await;
    let storage = local_storage();
    let mut old = UserData::default();
    old.ratings
        .insert("canoa-1976".into(), rating(8, "2024-01-02"));
    storage.set_item(DATA_KEY, &old.encode()).expect("write");
    let store = UserStore::new(Stored::read().await);
    assert_eq!(store.notice().get_untracked(), None);
    assert_eq!(store.data().get_untracked().ratings, old.ratings);
    assert_eq!(saved_data().await.ratings, old.ratings);
    assert_eq!(
        storage.get_item(DATA_KEY).ok().flatten(),
        None,
        "moved, not copied"
    );
    // Read again, as on the next visit: the same library, from IndexedDB alone.
    let again = Stored::read().await;
    assert_eq!(
        UserStore::new(again).data().get_untracked().ratings,
        old.ratings
    );
}

#[wasm_bindgen_test]
async fn the_first_release_history_is_migrated() {
    clear_storage().await;
    let storage = local_storage();
    storage
        .set_item(
            LEGACY_RECENT_KEY,
            r#"[{"id":"canoa-1976","title":"Canoa","year":1976}]"#,
        )
        .expect("write");
    let store = UserStore::new(Stored::read().await);
    assert_eq!(store.notice().get_untracked(), None);
    assert_eq!(
        store.data().get_untracked().recent.entries()[0].id,
        "canoa-1976"
    );
    assert!(storage.get_item(LEGACY_RECENT_KEY).ok().flatten().is_none());
    assert_eq!(saved_data().await.recent.entries().len(), 1);
}

#[wasm_bindgen_test]
async fn an_unreadable_record_is_set_aside_and_the_rest_loads() {
    clear_storage().await;
    let db = Db::open().await.expect("opens");
    let good = Record {
        section: Section::Ratings,
        key: "canoa-1976".into(),
        value: Some(r#"{"stars":8,"title":"Canoa","year":1976,"rated_on":"2024-01-02"}"#.into()),
    };
    let bad = Record {
        section: Section::Ratings,
        key: "memento-2000".into(),
        value: Some(r#"{"stars":11}"#.into()),
    };
    db.write(&[good, bad]).await.expect("written");
    let store = UserStore::new(Stored::read().await);
    assert_eq!(
        store.notice().get_untracked(),
        Some(StorageNotice::RecordsSetAside(1))
    );
    let ratings = store.data().get_untracked().ratings;
    assert_eq!(ratings.keys().collect::<Vec<_>>(), ["canoa-1976"]);
    // Moved out of the entries, so the next visit loads without a notice.
    assert_eq!(saved_data().await.ratings, ratings);
    let next_visit = UserStore::new(Stored::read().await);
    assert_eq!(next_visit.notice().get_untracked(), None);
}

#[wasm_bindgen_test]
async fn changes_of_a_closing_tab_are_kept_until_the_database_has_them() {
    clear_storage().await;
    let owner = Owner::new();
    let stored = Stored::read().await;
    let store = owner.with(|| UserStore::new(stored));
    store.update(|d| {
        d.ratings
            .insert("canoa-1976".into(), rating(6, "2024-04-04"));
    });
    // Closing: the change is in localStorage before the handler returns.
    let window = web_sys::window().expect("a window");
    let hide = web_sys::Event::new("pagehide").expect("an event");
    window.dispatch_event(&hide).expect("dispatched");
    // (Stores of earlier tests, whose database was deleted under them, may
    // keep changes of their own under keys of their own.)
    let ours: Vec<String> = unsaved_keys()
        .into_iter()
        .filter(|k| {
            local_storage()
                .get_item(k)
                .ok()
                .flatten()
                .is_some_and(|v| v.contains("2024-04-04"))
        })
        .collect();
    assert_eq!(ours.len(), 1);
    // The tab lived on: its write finished and it removed its copy.
    sleep(100).await;
    assert!(!unsaved_keys().contains(&ours[0]));
    assert_eq!(saved_data().await.ratings["canoa-1976"].stars.get(), 6);
    drop(owner);

    // A tab that did not live on: the next start applies what it left.
    for key in unsaved_keys() {
        local_storage().remove_item(&key).expect("removed");
    }
    let left = r#"[["ratings","canoa-1976","{\"stars\":3,\"title\":\"Canoa\",\"year\":1976,\"rated_on\":\"2024-04-05\"}"]]"#;
    local_storage()
        .set_item(&format!("{UNSAVED_PREFIX}1700000000000-1"), left)
        .expect("write");
    let next = UserStore::new(Stored::read().await);
    assert_eq!(
        next.data().get_untracked().ratings["canoa-1976"]
            .stars
            .get(),
        3
    );
    assert_eq!(saved_data().await.ratings["canoa-1976"].stars.get(), 3);
    assert!(unsaved_keys().is_empty());
}

/// The `localStorage` keys closing tabs left their changes under.
fn unsaved_keys() -> Vec<String> {
    let storage = local_storage();
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(UNSAVED_PREFIX))
        .collect()
}

#[wasm_bindgen_test]
async fn tabs_follow_each_others_saves() {
    clear_storage().await;
    // Two stores on one page stand for two tabs: a broadcast channel reaches
    // every other channel of its name, in this page too.
    let (first, second) = (Stored::read().await, Stored::read().await);
    // Under an owner, as in the app, so their listeners live until it goes.
    let owner = Owner::new();
    let (mine, theirs) = owner.with(|| (UserStore::new(first), UserStore::new(second)));
    theirs.update(|d| {
        d.ratings
            .insert("canoa-1976".into(), rating(7, "2024-03-03"));
    });
    // This tab's unsaved change to another entry survives what arrives.
    mine.update(|d| {
        d.ratings
            .insert("memento-2000".into(), rating(9, "2024-03-04"));
    });
    after_save().await;
    sleep(50).await;
    let here = mine.data().get_untracked();
    assert_eq!(here.ratings["canoa-1976"].stars.get(), 7);
    assert_eq!(here.ratings["memento-2000"].stars.get(), 9);
    let there = theirs.data().get_untracked();
    assert_eq!(there.ratings["memento-2000"].stars.get(), 9);
    assert_eq!(saved_data().await.ratings, here.ratings);
    drop(owner);
}

#[wasm_bindgen_test]
async fn fetching_a_missing_or_invalid_title_is_not_found() {
    assert_eq!(
        fetch_title("Not A Slug/../x".into()).await,
        Err(FetchError::NotFound)
    );
    // The test runner's server has no catalog: a real 404.
    assert_eq!(
        fetch_title("no-such-film-1999".into()).await,
        Err(FetchError::NotFound)
    );
}

/// Types into a text field the way a person does: value, then an input event.
fn type_into(root: &HtmlElement, selector: &str, text: &str) {
    let field = find(root, selector);
    js_sys::Reflect::set(&field, &"value".into(), &text.into()).expect("set value");
    let event = web_sys::Event::new("input").expect("an input event");
    field.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn review_form_validates_inline_and_saves_only_when_valid() {
    let closed = Arc::new(AtomicU32::new(0));
    let seen = closed.clone();
    let (root, store) = mount_with_store(move || {
        view! {
            <ReviewForm
                id="canoa-1976"
                title="Canoa"
                year=1976
                on_close=move || {
                    seen.fetch_add(1, Ordering::SeqCst);
                }
            />
        }
    })
    .await;
    let submit = find(&root, "button[type='submit']");
    assert_eq!(
        count(&root, "[role='alert']"),
        0,
        "no errors before a first try"
    );
    submit.click();
    tick().await;
    assert_eq!(
        texts(&root, ".field-error[role='alert']"),
        [
            "Choose a rating from 1 to 10 stars.",
            "Write a headline.",
            "Write at least 100 characters (0 so far).",
        ]
    );
    assert_eq!(
        find(&root, "#review-headline")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        find(&root, "#review-headline")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("review-headline-count review-headline-error")
    );
    assert!(store.data().get_untracked().reviews.is_empty());

    find(&root, "label[for='review-canoa-1976-7']").click();
    type_into(&root, "#review-headline", "\u{200B}\u{200B}");
    type_into(&root, "#review-body", &"x".repeat(120));
    tick().await;
    assert_eq!(
        texts(&root, ".field-error[role='alert']"),
        ["Write a headline."]
    );
    assert_eq!(
        find(&root, "#review-body-count").text_content().as_deref(),
        Some("120 characters (at least 100, at most 10,000)")
    );
    // The draft follows every keystroke.
    let draft = store.data().get_untracked().drafts["canoa-1976"].clone();
    assert_eq!(draft.body.len(), 120);

    type_into(&root, "#review-headline", "A village turned into a mob");
    tick().await;
    submit.click();
    tick().await;
    let data = store.data().get_untracked();
    let review = &data.reviews["canoa-1976"];
    assert_eq!(review.stars.get(), 7);
    assert_eq!(review.headline, "A village turned into a mob");
    assert!(data.drafts.is_empty(), "a submitted review leaves no draft");
    assert_eq!(closed.load(Ordering::SeqCst), 1);
}

/// Waits until a change has been written: the store saves in a task after
/// the next paint.
async fn after_save() {
    next_frame().await;
    sleep(0).await;
}

/// Resolves after the next animation frame (what `request_animation_frame`
/// callbacks wait for).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts `view` with the interface in `lang` (as `App` does with the
/// detected language) and hands the locale back for the test to switch.
fn mount_in<V: IntoView + 'static>(
    lang: Lang,
    view: impl FnOnce() -> V + 'static,
) -> (HtmlElement, Locale) {
    let slot = Arc::new(std::sync::Mutex::new(None));
    let out = slot.clone();
    let root = mount(move || {
        let locale = Locale::new(lang);
        *out.lock().expect("not poisoned") = Some(locale);
        provide_context(locale);
        view()
    });
    let locale = slot
        .lock()
        .expect("not poisoned")
        .expect("the locale was created");
    (root, locale)
}

#[wasm_bindgen_test]
fn components_speak_spanish_and_catalog_text_stays_english() {
    let (root, _) = mount_in(Lang::Es, || {
        view! {
            <RatingBadge rating=Some(Rating { average: 7.5, votes: Some(1100) }) />
            <ReviewCard review=review("Lessons of History", "A patient film.", false) />
            <ErrorPanel
                what=Loadable::Reviews
                message=Lang::Es.texts().fetch_error(&FetchError::Http(503))
                on_retry=|| {}
            />
        }
    });
    let badge = find(&root, ".rating-badge");
    assert_eq!(
        badge.get_attribute("aria-label").as_deref(),
        Some("Valoración de 7,5 sobre 10 según 1100 usuarios")
    );
    assert_eq!(badge.text_content().as_deref(), Some("★7,5/101,1\u{a0}mil"));
    assert_eq!(
        find(&root, "time").text_content().as_deref(),
        Some("12 de septiembre de 2006")
    );
    assert_eq!(
        find(&root, ".review-meta").text_content().as_deref(),
        Some("12 de septiembre de 2006 · por palmiro")
    );
    assert_eq!(
        find(&root, ".review-helpful").text_content().as_deref(),
        Some("A 14 de 18 personas les ha parecido útil esta crítica")
    );
    // The review itself is catalog text, in English, and says so.
    assert_eq!(
        find(&root, ".review-headline").text_content().as_deref(),
        Some("Lessons of History")
    );
    assert_eq!(
        find(&root, ".review-headline")
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        find(&root, ".review-body").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert!(!find(&root, ".review-card").has_attribute("lang"));
    let panel = find(&root, "[role='alert']");
    assert_eq!(
        find(&panel, "h2").text_content().as_deref(),
        Some("No se han podido cargar las críticas")
    );
    assert_eq!(
        find(&panel, "p").text_content().as_deref(),
        Some("El servidor ha respondido con el código de estado HTTP 503.")
    );
    assert_eq!(
        find(&panel, "button").text_content().as_deref(),
        Some("Reintentar")
    );
}

#[wasm_bindgen_test]
async fn review_form_validates_in_french() {
    let (root, _) = mount_with_store(|| {
        provide_context(Locale::new(Lang::Fr));
        view! { <ReviewForm id="canoa-1976" title="Canoa" year=1976 on_close=|| {} /> }
    })
    .await;
    assert_eq!(
        find(&root, "h2").text_content().as_deref(),
        Some("Écrire une critique de Canoa")
    );
    assert_eq!(
        find(&root, "#review-body-count").text_content().as_deref(),
        Some("0 caractère (au moins 100, au plus 10\u{202f}000)")
    );
    let submit = find(&root, "button[type='submit']");
    assert_eq!(
        submit.text_content().as_deref(),
        Some("Envoyer la critique")
    );
    submit.click();
    tick().await;
    assert_eq!(
        texts(&root, ".field-error[role='alert']"),
        [
            "Choisissez une note de 1 à 10 étoiles.",
            "Donnez un titre à votre critique.",
            "Écrivez au moins 100 caractères (0 pour l’instant).",
        ]
    );
    type_into(&root, "#review-body", &"x".repeat(120));
    tick().await;
    assert_eq!(
        find(&root, "#review-body-count").text_content().as_deref(),
        Some("120 caractères (au moins 100, au plus 10\u{202f}000)")
    );
}

#[wasm_bindgen_test]
async fn switching_language_updates_the_page_in_place_and_is_remembered() {
    let slot = Arc::new(std::sync::Mutex::new(None));
    let out = slot.clone();
    let (root, _) = mount_with_store(move || {
        let locale = Locale::new(Lang::En);
        *out.lock().expect("not poisoned") = Some(locale);
        provide_context(locale);
        // The header's search box navigates, so it lives inside a router.
        view! {
            <Router>
                <Localized>
                    <SiteHeader />
                    <RecentlyViewedList />
                </Localized>
            </Router>
        }
    })
    .await;
    let locale = slot
        .lock()
        .expect("not poisoned")
        .expect("the locale was created");
    let heading = find(&root, "#recent-heading");
    let browse = find(&root, "nav a");
    assert_eq!(heading.text_content().as_deref(), Some("Recently viewed"));
    assert_eq!(browse.text_content().as_deref(), Some("Browse films"));

    // The switcher: a labelled select whose options name themselves.
    let select: web_sys::HtmlSelectElement = find(&root, "select#lang-select").unchecked_into();
    assert_eq!(
        find(&root, "label[for='lang-select']")
            .text_content()
            .as_deref(),
        Some("Language")
    );
    assert_eq!(select.value(), "en");
    assert_eq!(
        texts(&root, "#lang-select option"),
        ["English", "Español", "Français"]
    );
    assert_eq!(
        find(&root, "option[value='fr']")
            .get_attribute("lang")
            .as_deref(),
        Some("fr")
    );

    // Choosing French builds the page again in French, and the keyboard
    // focus comes back to the (new) switcher.
    select.focus().expect("focusable");
    select.set_value("fr");
    let change = web_sys::Event::new("change").expect("a change event");
    select.dispatch_event(&change).expect("dispatch");
    tick().await;
    next_frame().await;
    assert_eq!(locale.get(), Lang::Fr);
    assert_eq!(
        find(&root, "#recent-heading").text_content().as_deref(),
        Some("Consultés récemment")
    );
    assert_eq!(
        find(&root, "nav a").text_content().as_deref(),
        Some("Parcourir les films")
    );
    assert_eq!(
        find(&root, "nav").get_attribute("aria-label").as_deref(),
        Some("Menu principal")
    );
    assert_eq!(
        texts(&root, "#recent-heading").len(),
        1,
        "the English page is gone, not kept beside the French one"
    );
    let focused = document().active_element().map(|el| el.id());
    assert_eq!(
        focused.as_deref(),
        Some("lang-select"),
        "focus stays on the switcher"
    );
    assert_eq!(
        local_storage().get_item(LANG_KEY).ok().flatten().as_deref(),
        Some("fr")
    );

    // A change from elsewhere (another component, a test) shows as well,
    // and the select follows it.
    locale.set(Lang::Es);
    tick().await;
    assert_eq!(
        find(&root, "#recent-heading").text_content().as_deref(),
        Some("Vistos recientemente")
    );
    let select: web_sys::HtmlSelectElement = find(&root, "select#lang-select").unchecked_into();
    assert_eq!(select.value(), "es");
    assert_eq!(
        find(&root, "label[for='lang-select']")
            .text_content()
            .as_deref(),
        Some("Idioma")
    );
    local_storage().remove_item(LANG_KEY).expect("clean up");
}

#[wasm_bindgen_test]
async fn watchlist_button_is_a_named_toggle_that_saves() {
    let film = FilmFacts {
        genres: vec!["Drama".into()],
        ..FilmFacts::named("Canoa", 1976)
    };
    let (root, store) =
        mount_with_store(move || view! { <WatchlistButton id="canoa-1976" film compact=true /> })
            .await;
    let button = find(&root, "button");
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Watchlist: Canoa")
    );
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    after_save().await;
    let data = saved_data().await;
    assert_eq!(data.watchlist["canoa-1976"].film.genres, ["Drama"]);
    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(store.data().get_untracked().watchlist.is_empty());
}

#[wasm_bindgen_test]
async fn seen_button_marks_a_film_seen_without_a_viewing() {
    let film = FilmFacts::named("Memento", 2000);
    let (root, store) =
        mount_with_store(move || view! { <SeenButton id="memento-2000" film /> }).await;
    let button = find(&root, "button");
    assert_eq!(button.text_content().as_deref(), Some("+ Seen"));
    assert_eq!(
        button.get_attribute("aria-label"),
        None,
        "named by its text"
    );
    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    after_save().await;
    let data = saved_data().await;
    assert_eq!(data.seen["memento-2000"].film.title, "Memento");
    assert!(data.diary.is_empty() && data.watchlist.is_empty());
    button.click();
    tick().await;
    assert!(store.data().get_untracked().seen.is_empty());
}

#[wasm_bindgen_test]
async fn ratings_page_lists_fifty_a_page_newest_rating_first() {
    let (root, store) = mount_with_store(|| view! { <Router><RatingsPage /></Router> }).await;
    store.update(|d| {
        for n in 0..60u16 {
            let rating = UserRating {
                stars: Stars::try_from(1 + (n % 10) as u8).expect("1 to 10"),
                film: FilmFacts::named(format!("Film {n}"), 1950 + n),
                rated_on: format!("2026-01-{:02}", 1 + n % 28),
            };
            d.ratings.insert(format!("film-{n}"), rating);
        }
    });
    tick().await;
    assert_eq!(
        find(&root, "h1").text_content().as_deref(),
        Some("Your ratings")
    );
    assert_eq!(count(&root, ".shelf-list > li"), 50);
    assert_eq!(
        find(&root, "[role='status']").text_content().as_deref(),
        Some("60 films")
    );
    assert_eq!(
        find(&root, ".pager [aria-current='page']")
            .text_content()
            .as_deref(),
        Some("Page 1 of 2")
    );
    let first = texts(&root, ".shelf-list .tile-title a");
    assert_eq!(
        first[..2],
        ["Film 27", "Film 55"],
        "rated on the 28th, the latest date; then by title"
    );
    assert_eq!(
        texts(&root, ".library-tabs a"),
        ["Ratings", "Watchlist", "Diary", "Stats"]
    );
    assert_eq!(
        count(&root, "label[for='shelf-stars']"),
        1,
        "ratings filter by stars"
    );
}

#[wasm_bindgen_test]
async fn stats_page_draws_each_chart_with_its_caption_and_table() {
    let (root, store) = mount_with_store(|| view! { <Router><StatsPage /></Router> }).await;
    tick().await;
    assert_eq!(count(&root, ".empty-state"), 1, "nothing to count yet");
    store.update(|d| {
        for n in 0..12u8 {
            let film = FilmFacts {
                directors: vec![format!("Director {}", n % 3)],
                genres: vec!["Drama".into()],
                ..FilmFacts::named(format!("Film {n}"), 1990)
            };
            let stars = Stars::try_from(1 + n % 10).expect("1 to 10");
            let on = format!("20{:02}-{:02}-10", 20 + n % 3, 1 + n % 12);
            let rating = UserRating {
                stars,
                film: film.clone(),
                rated_on: on.clone(),
            };
            d.ratings.insert(format!("film-{n}"), rating);
            let entry = DiaryEntry {
                title_id: format!("film-{n}"),
                film,
                watched_on: on.clone(),
                rewatch: false,
                stars: None,
                tags: Vec::new(),
                changed_on: on,
            };
            d.log_watch(entry, false);
        }
    });
    tick().await;
    let headings = texts(&root, "h2");
    assert_eq!(
        headings,
        [
            "Films watched per year",
            "How you rate",
            "Directors you watch most",
            "Genres you watch most",
            "2022 in review"
        ]
    );
    // Three years of columns, ten of stars, three directors, one genre,
    // twelve months.
    assert_eq!(
        count(&root, "svg:not(.narrow) rect.chart-bar"),
        3 + 10 + 3 + 1 + 12
    );
    assert_eq!(
        count(&root, "svg.narrow rect.chart-bar"),
        3 + 10 + 3 + 1 + 12,
        "the same bars laid out for a phone"
    );
    assert_eq!(count(&root, "svg[aria-hidden='true']"), 10);
    assert_eq!(count(&root, "figure.chart > figcaption"), 5);
    assert_eq!(
        texts(&root, "#per-year-heading ~ details tbody th"),
        ["2020", "2021", "2022"]
    );
    assert_eq!(
        texts(&root, "#directors-heading ~ figure figcaption"),
        ["First: Director 0, with 4 films."]
    );
    assert_eq!(
        texts(&root, "#per-month-heading ~ details tbody td"),
        ["0", "0", "1", "0", "0", "1", "0", "0", "1", "0", "0", "1"]
    );
}
