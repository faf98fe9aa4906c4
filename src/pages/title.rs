//! The title page: everything about one film, section by section.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::CustomAttribute;
use leptos_meta::Title as DocumentTitle;
use leptos_router::hooks::use_params_map;

use crate::api::fetch_title;
use crate::base_path::app_path;
use crate::components::async_view::async_view;
use crate::components::cast_list::CastList;
use crate::components::lazy_code::{in_a_later_task, in_a_later_task_behind_the_copy};
use crate::components::log_watch::{LogWatchForm, WatchToLog};
use crate::components::person_link::person_links;
use crate::components::poster::Poster;
use crate::components::rating_badge::RatingBadge;
use crate::components::rating_stars::RatingStars;
use crate::components::recently_viewed::RecentlyViewedList;
use crate::components::related_carousel::RelatedCarousel;
use crate::components::review_card::ReviewCard;
use crate::components::review_form::ReviewForm;
use crate::components::source_credit::SourceCredit;
use crate::components::watchlist_button::{SeenButton, WatchlistButton};
use crate::i18n::format::{awards_line, best_offer, compact_count, long_date, runtime, watch_line};
use crate::i18n::{CATALOG_LANG, Lang, Loadable, Texts, use_lang, use_texts};
use crate::model::browse::{Facet, slug};
use crate::model::catalog::{CastCredit, Details, Release, TechSpecs, Title};
use crate::model::library::{DiaryId, FilmFacts};
use crate::model::recent::RecentEntry;
use crate::storage::UserStore;

/// The page at `/title/:id`.
#[component]
pub fn TitlePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let title = LocalResource::new(move || fetch_title(id.get()));
    // A related-film click keeps this component and swaps its data, so the
    // view has to go back to the top itself.
    // Not while the first screen written ahead of time shows: the visitor
    // may have scrolled it, and the app's copy takes its place where it is.
    Effect::new(move |_| {
        id.track();
        if let Some(window) = web_sys::window()
            && !crate::first_screen::is_shown()
        {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    view! { <div class="page title-page">{async_view(title, Loadable::Title, title_view)}</div> }
}

fn title_view(title: Title) -> impl IntoView {
    if let Some(store) = use_context::<UserStore>() {
        let entry = RecentEntry::from(&title);
        store.update(|d| d.recent.visit(entry));
    }
    let doc_title = document_title(&title);
    let shown_first = title.clone();
    // Behind the copy written ahead of time, in a task after the one that
    // built the page around it and read the title's file.
    let first_screen_view = in_a_later_task_behind_the_copy(move || {
        crate::first_screen::reveal_once_drawn();
        first_screen(&shown_first)
    });
    view! {
        <DocumentTitle text=doc_title />
        {first_screen_view}
        <BelowTheFirstScreen title />
    }
}

/// The document's title for a film: "Salvador Allende (2004) · Marquee".
pub fn document_title(title: &Title) -> String {
    format!("{} ({}) · Marquee", title.title, title.year)
}

/// The header and the top cast: what a phone shows before any scrolling,
/// built first, and the part written ahead of time as HTML for each title
/// (`crate::prerender`), so that copy is this very markup.
pub fn first_screen(title: &Title) -> impl IntoView + use<> {
    view! {
        <TitleHeader title=title.clone() />
        <TopCast
            id=title.id.clone()
            cast=title.top_cast.clone()
            total=title.cast_total
            alphabetical=title.cast_alphabetical
        />
    }
}

/// The sections under the header and the top cast. Their code is a chunk of
/// its own (`split_title_parts.wasm`), downloaded after the header is on
/// screen: less code before the heading, and building them waits for the
/// browser to have painted it, instead of one long task for the whole page.
/// On the first page even asking for the chunk waits for a task of its own:
/// the loader starts a request for each of the chunk's files (some forty,
/// the code it shares with other pages), which took as long as building the
/// header itself.
#[component]
fn BelowTheFirstScreen(title: Title) -> impl IntoView {
    #[cfg(feature = "split")]
    {
        use crate::components::lazy_code::{LazyCode, in_a_later_task_with_more_to_come};
        in_a_later_task_with_more_to_come(move || {
            let title = title.clone();
            let load = move || title_part(TitlePart::More(Box::new(title.clone())));
            view! { <LazyCode what=Loadable::Page load /> }
        })
    }
    #[cfg(not(feature = "split"))]
    more_sections(title)
}

/// What the title page's chunk builds: the sections below the first screen,
/// and the two forms opened from the header. One split point for the three,
/// not one each: wasm-split gives the code each set of split points shares a
/// file of its own, and with three the title page's code came in about
/// fifty files, most under a kilobyte, each a request and an instantiation.
#[cfg(feature = "split")]
enum TitlePart {
    More(Box<Title>),
    LogWatch {
        what: WatchToLog,
        on_done: Callback<Option<DiaryId>>,
        on_review: Callback<()>,
    },
    ReviewForm {
        id: String,
        title: String,
        year: u16,
        on_close: Callback<()>,
    },
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(title_parts, fallible, preload(preload_title_parts))]
fn title_part(part: TitlePart) -> Result<AnyView, crate::components::lazy_code::CodeUnavailable> {
    Ok(match part {
        TitlePart::More(title) => more_sections(*title).into_any(),
        TitlePart::LogWatch {
            what,
            on_done,
            on_review,
        } => view! { <LogWatchForm what on_done on_review /> }.into_any(),
        TitlePart::ReviewForm {
            id,
            title,
            year,
            on_close,
        } => view! { <ReviewForm id title year on_close /> }.into_any(),
    })
}

/// Downloads the title page's chunk (its lower sections and forms) before a
/// visit, for a title linked on screen. A failed download costs nothing: the
/// visit asks again.
#[cfg(feature = "split")]
pub async fn preload_title_parts_chunk() {
    let _ = preload_title_parts().await;
}

/// The sections under the top cast, each group built in a task of its own.
/// A section the record has nothing for (no storyline, no trivia, no
/// questions, no details) is left out rather than shown empty; reviews keep
/// their empty state, since the visitor can write one.
fn more_sections(title: Title) -> impl IntoView {
    let related = title.related.clone();
    let (facts, trivia, reviews) = (title.clone(), title.clone(), title);
    view! {
        {in_a_later_task(move || {
            (!related.is_empty()).then(|| view! { <RelatedCarousel cards=related.clone() /> })
        })}
        {in_a_later_task(move || {
            view! {
                {(!facts.storyline.is_empty()).then(|| view! { <Storyline title=facts.clone() /> })}
                {has_details(&facts.details, facts.release.as_ref())
                    .then(|| {
                        view! {
                            <DetailsSection
                                details=facts.details.clone()
                                release=facts.release.clone()
                            />
                        }
                    })}
            }
        })}
        {in_a_later_task(move || {
            view! {
                {(!trivia.quotes.is_empty() || !trivia.trivia.is_empty())
                    .then(|| view! { <DidYouKnow title=trivia.clone() /> })}
                {(!trivia.faq.is_empty()).then(|| view! { <FaqSection title=trivia.clone() /> })}
            }
        })}
        {in_a_later_task(move || {
            view! {
                <FeaturedReview title=reviews.clone() />
                <RecentlyViewedList current=reviews.id.clone() />
                {reviews.source.clone().map(|source| view! { <SourceCredit source /> })}
            }
        })}
    }
}

/// "5 September 2007 (Chile)", or the date alone when the country is unknown.
fn release_line(release: &Release, lang: Lang) -> String {
    let date = long_date(&release.date, lang);
    if release.country.is_empty() {
        date
    } else {
        format!("{date} ({})", release.country)
    }
}

/// Name, year, certification, runtime, genres, release, ratings, review
/// counts, plot, principal credits, where to watch and awards.
#[component]
fn TitleHeader(title: Title) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let reviews_href = app_path(&format!("/title/{}/reviews", title.id));
    let (year, certification) = (title.year, title.certification.clone());
    let runtime_minutes = title.details.tech.runtime_minutes;
    // The year and certificate link to their browse pages; the runtime is
    // written in the interface language, so it follows a language change.
    let certificate = certification.map(|c| {
        let href = landing_href(Facet::Certificate, &c);
        view! { " · " <a href=href>{c}</a> }
    });
    let runtime_fact = move || runtime_minutes.map(|m| format!(" · {}", runtime(m, lang)));
    let offer = best_offer(&title.watch).cloned();
    let (directors, writers) = (title.directors.len(), title.writers.len());
    let user_reviews = title.user_reviews;
    view! {
        <header class="title-header">
            <Poster id=title.id.clone() title=title.title.clone() year=title.year class="poster-large" />
            <div class="title-main">
                // `elementtiming` lets the benchmark read when the heading was painted.
                {view! {
                    <h1 class="title-name">
                        {title.title.clone()}
                        " "
                        <span class="year">{format!("({})", title.year)}</span>
                    </h1>
                }
                    .attr("elementtiming", "title-heading")}
                {title
                    .original_title
                    .clone()
                    .map(|o| view! { <p class="original-title">{(t.original_title)(&o)}</p> })}
                <p class="title-facts">
                    <a href=landing_href(Facet::Year, &year.to_string())>{year}</a>
                    {certificate}
                    {runtime_fact}
                </p>
                <ul class="genre-chips" aria-label=t.genres>
                    {title
                        .genres
                        .iter()
                        .map(|g| {
                            view! {
                                <li lang=CATALOG_LANG>
                                    <a href=landing_href(Facet::Genre, g)>{g.clone()}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {title
                    .release
                    .clone()
                    .map(|r| {
                        view! {
                            <p class="release">
                                <span class="label">{t.release_date}</span>
                                " "
                                {release_line(&r, lang)}
                            </p>
                        }
                    })}
                {(!title.plot.is_empty())
                    .then(|| view! { <p class="plot" lang=CATALOG_LANG>{title.plot.clone()}</p> })}
                <dl class="principal-credits">
                    {(!title.directors.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{(t.directors)(directors)}</dt>
                                    <dd>{person_links(&title.directors)}</dd>
                                </div>
                            }
                        })}
                    {(!title.writers.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{(t.writers)(writers)}</dt>
                                    <dd>{person_links(&title.writers)}</dd>
                                </div>
                            }
                        })}
                    {(!title.stars.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{t.stars_label}</dt>
                                    <dd>{person_links(&title.stars)}</dd>
                                </div>
                            }
                        })}
                </dl>
            </div>
            <aside class="title-side" aria-label=t.ratings_and_watch>
                <div class="score-block">
                    <p class="score-label">{t.user_rating}</p>
                    <RatingBadge rating=title.rating />
                </div>
                <div class="score-block">
                    <p class="score-label">{t.your_rating}</p>
                    <RatingStars id=title.id.clone() film=FilmFacts::from(&title) />
                </div>
                <div class="library-actions">
                    <div class="list-toggles">
                        <WatchlistButton id=title.id.clone() film=FilmFacts::from(&title) />
                        <SeenButton id=title.id.clone() film=FilmFacts::from(&title) />
                    </div>
                    <WatchLog id=title.id.clone() film=FilmFacts::from(&title) />
                </div>
                <p class="review-counts">
                    <a href=reviews_href>
                        <strong>{compact_count(user_reviews, lang)}</strong>
                        {(t.user_reviews_after)(user_reviews)}
                    </a>
                    {title
                        .critic_reviews
                        .map(|n| {
                            view! {
                                <span>
                                    <strong>{compact_count(n, lang)}</strong>
                                    {(t.critic_reviews_after)(n)}
                                </span>
                            }
                        })}
                </p>
                <div class="watch-block">
                    <h2 class="mini-title">{t.where_to_watch}</h2>
                    {match offer {
                        Some(offer) => {
                            view! { <p class="watch-line">{watch_line(&offer, lang)}</p> }
                                .into_any()
                        }
                        None => view! { <p class="empty-state">{t.no_offers}</p> }.into_any(),
                    }}
                </div>
                {title
                    .awards
                    .clone()
                    .map(|a| {
                        let counts = a.clone();
                        view! {
                            <div class="awards-block">
                                <h2 class="mini-title">{t.awards}</h2>
                                <p class="awards-line">{awards_line(&counts, lang)}</p>
                                {(!a.highlights.is_empty())
                                    .then(|| {
                                        view! {
                                            <ul lang=CATALOG_LANG>
                                                {a.highlights.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}
                                            </ul>
                                        }
                                    })}
                            </div>
                        }
                    })}
            </aside>
        </header>
    }
}

/// "You watched it 3 times, last on …", and "Log a watch", which opens the
/// diary form (its code is loaded on first use).
#[component]
fn WatchLog(id: String, film: FilmFacts) -> impl IntoView {
    let Some(store) = use_context::<UserStore>() else {
        return ().into_any();
    };
    let t = use_texts();
    let lang = use_lang();
    let open = RwSignal::new(false);
    let logged = RwSignal::new(false);
    let watched = {
        let id = id.clone();
        move || {
            store.data().with(|d| match d.watches_of(&id) {
                (0, _) | (_, None) => None,
                (n, Some(last)) => Some((t.watched_times)(n, &long_date(last, lang))),
            })
        }
    };
    let form_id = format!("log-form-{id}");
    let review = (id.clone(), film.title.clone(), film.year);
    let what = WatchToLog::New {
        id: id.clone(),
        film,
    };
    let reviewing = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let focus_button = move || {
        if let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    // The form goes; the focus returns to the button that opened it.
    let on_done = Callback::new(move |saved: Option<DiaryId>| {
        open.set(false);
        logged.set(saved.is_some());
        focus_button();
    });
    let on_review = Callback::new(move |()| reviewing.set(true));
    let on_close = Callback::new(move |()| {
        reviewing.set(false);
        focus_button();
    });

    view! {
        <div class="watch-log">
            <p class="watched-line">{watched}</p>
            <button
                type="button"
                class="button"
                node_ref=button
                aria-expanded=move || open.get().to_string()
                aria-controls=form_id.clone()
                on:click=move |_| {
                    logged.set(false);
                    reviewing.set(false);
                    open.update(|o| *o = !*o);
                }
            >
                {t.log_watch}
            </button>
            <div id=form_id>
                {move || open.get().then(|| log_watch_form(what.clone(), on_done, on_review))}
            </div>
            {move || logged.get().then(|| log_watch_done(id.clone(), !reviewing.get()))}
            {move || {
                let (id, title, year) = review.clone();
                reviewing.get().then(|| review_form(id, title, year, on_close))
            }}
        </div>
    }
    .into_any()
}

/// The diary form, from the title page's chunk where the build splits.
fn log_watch_form(
    what: WatchToLog,
    on_done: Callback<Option<DiaryId>>,
    on_review: Callback<()>,
) -> impl IntoView {
    #[cfg(feature = "split")]
    {
        use crate::components::lazy_code::LazyCode;
        let load = move || {
            title_part(TitlePart::LogWatch {
                what: what.clone(),
                on_done,
                on_review,
            })
        };
        view! { <LazyCode what=Loadable::Page load /> }
    }
    #[cfg(not(feature = "split"))]
    view! { <LogWatchForm what on_done on_review /> }
}

/// The review form after a logged watch, from the title page's chunk where
/// the build splits.
fn review_form(id: String, title: String, year: u16, on_close: Callback<()>) -> impl IntoView {
    #[cfg(feature = "split")]
    {
        use crate::components::lazy_code::LazyCode;
        let load = move || {
            title_part(TitlePart::ReviewForm {
                id: id.clone(),
                title: title.clone(),
                year,
                on_close,
            })
        };
        view! { <LazyCode what=Loadable::Page load /> }
    }
    #[cfg(not(feature = "split"))]
    view! { <ReviewForm id title year on_close /> }
}

/// "Logged in your diary", once the form has saved, with the way to a
/// review unless its form is already open.
fn log_watch_done(id: String, with_link: bool) -> impl IntoView {
    let t = use_texts();
    let href = app_path(&format!("/title/{id}/reviews?write=1"));
    view! {
        <p class="logged-notice" role="status">
            {t.logged}
            {with_link.then(|| view! { " " <a href=href>{t.review_this_title}</a> })}
        </p>
    }
}

/// The first-billed cast, with a link to the full cast and crew.
#[component]
fn TopCast(id: String, cast: Vec<CastCredit>, total: u32, alphabetical: bool) -> impl IntoView {
    let t = use_texts();
    let href = app_path(&format!("/title/{id}/cast"));
    let shown = cast.len();
    view! {
        <section class="section" aria-labelledby="cast-heading">
            <div class="section-head">
                <h2 id="cast-heading" class="section-title">
                    {if alphabetical { t.cast } else { t.top_cast }}
                </h2>
                <a href=href>
                    {if total as usize > shown {
                        (t.see_full_cast)(total)
                    } else {
                        t.cast_and_crew.to_owned()
                    }}
                </a>
            </div>
            {alphabetical.then(|| view! { <p class="section-note">{t.cast_alphabetical}</p> })}
            {if cast.is_empty() {
                view! { <p class="empty-state">{t.no_cast}</p> }.into_any()
            } else {
                view! { <CastList cast /> }.into_any()
            }}
        </section>
    }
}

/// The longer plot, genres and certification.
#[component]
fn Storyline(title: Title) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="section" aria-labelledby="storyline-heading">
            <h2 id="storyline-heading" class="section-title">{t.storyline}</h2>
            <p class="storyline" lang=CATALOG_LANG>{title.storyline.clone()}</p>
            <dl class="facts">
                <div>
                    <dt>{t.genres}</dt>
                    <dd lang=CATALOG_LANG>{title.genres.join(", ")}</dd>
                </div>
                {title
                    .certification
                    .clone()
                    .map(|c| {
                        view! {
                            <div>
                                <dt>{t.certificate}</dt>
                                <dd lang=CATALOG_LANG>{c}</dd>
                            </div>
                        }
                    })}
            </dl>
        </section>
    }
}

/// One row of a facts list, left out when there is nothing to say. `label`
/// picks the row's name from the current language's texts; `values_lang` marks
/// values that are catalog words (countries, languages) rather than names.
fn fact_row(
    label: fn(&Texts) -> &'static str,
    values: Vec<String>,
    values_lang: Option<&'static str>,
) -> Option<impl IntoView + use<>> {
    let t = use_texts();
    (!values.is_empty()).then(|| {
        view! {
            <div>
                <dt>{label(t)}</dt>
                <dd lang=values_lang>{values.join(" · ")}</dd>
            </div>
        }
    })
}

/// A facts row whose values link to their browse pages (countries,
/// languages), left out when there is nothing to say.
fn linked_fact_row(
    label: fn(&Texts) -> &'static str,
    values: Vec<String>,
    facet: Facet,
) -> Option<impl IntoView + use<>> {
    let t = use_texts();
    (!values.is_empty()).then(|| {
        let links = values.into_iter().enumerate().map(move |(i, value)| {
            let href = landing_href(facet, &value);
            view! {
                {(i > 0).then_some(" · ")}
                <a href=href>{value}</a>
            }
        });
        view! {
            <div>
                <dt>{label(t)}</dt>
                <dd lang=CATALOG_LANG>{links.collect_view()}</dd>
            </div>
        }
    })
}

/// The landing page of a facet value: `/genre/drama`.
fn landing_href(facet: Facet, label: &str) -> String {
    app_path(&format!("/{}/{}", facet.key(), slug(label)))
}

/// Whether a title has any technical specification to show.
fn has_tech(tech: &TechSpecs) -> bool {
    tech.runtime_minutes.is_some()
        || tech.color.is_some()
        || !tech.sound_mix.is_empty()
        || tech.aspect_ratio.is_some()
}

/// Whether the details section has any row to show.
fn has_details(details: &Details, release: Option<&Release>) -> bool {
    release.is_some()
        || !details.countries.is_empty()
        || !details.languages.is_empty()
        || !details.also_known_as.is_empty()
        || !details.filming_locations.is_empty()
        || !details.companies.is_empty()
        || has_tech(&details.tech)
}

/// Release, countries, languages, other titles, locations, companies and
/// technical specifications.
#[component]
fn DetailsSection(
    details: Details,
    release: Option<crate::model::catalog::Release>,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let akas = details
        .also_known_as
        .iter()
        .map(|a| match &a.region {
            Some(region) => format!("{} ({region})", a.title),
            None => a.title.clone(),
        })
        .collect();
    let tech = &details.tech;
    let catalog = Some(CATALOG_LANG);
    let runtime_minutes = tech.runtime_minutes;
    // The rows with dates and durations are written in the interface
    // language, so they are rebuilt when it changes.
    let release_row = move || {
        let date = release.as_ref().map(|r| vec![release_line(r, lang)]);
        fact_row(|t| t.release_date, date.unwrap_or_default(), None)
    };
    let runtime_row = move || {
        let minutes = runtime_minutes.map(|m| runtime(m, lang));
        fact_row(|t| t.runtime, minutes.into_iter().collect(), None)
    };
    view! {
        <section class="section" aria-labelledby="details-heading">
            <h2 id="details-heading" class="section-title">{t.details}</h2>
            <dl class="facts">
                {release_row}
                {linked_fact_row(|t| t.countries, details.countries.clone(), Facet::Country)}
                {linked_fact_row(|t| t.languages, details.languages.clone(), Facet::Language)}
                {fact_row(|t| t.also_known_as, akas, None)}
                {fact_row(|t| t.filming_locations, details.filming_locations.clone(), None)}
                {fact_row(|t| t.companies, details.companies.clone(), None)}
            </dl>
            {has_tech(tech).then(|| view! { <h3 class="sub-title">{t.tech_specs}</h3> })}
            <dl class="facts">
                {runtime_row}
                {fact_row(|t| t.color, tech.color.clone().into_iter().collect(), catalog)}
                {fact_row(|t| t.sound_mix, tech.sound_mix.clone(), None)}
                {fact_row(|t| t.aspect_ratio, tech.aspect_ratio.clone().into_iter().collect(), None)}
            </dl>
        </section>
    }
}

/// Quotes and trivia.
#[component]
fn DidYouKnow(title: Title) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="section" aria-labelledby="dyk-heading">
            <h2 id="dyk-heading" class="section-title">{t.did_you_know}</h2>
            {(!title.quotes.is_empty())
                .then(|| {
                    view! {
                        <h3 class="sub-title">{t.quotes}</h3>
                        {title
                            .quotes
                            .iter()
                            .map(|q| {
                                view! {
                                    <figure class="quote">
                                        <blockquote lang=CATALOG_LANG>{q.text.clone()}</blockquote>
                                        <figcaption>{q.character.clone()}</figcaption>
                                    </figure>
                                }
                            })
                            .collect_view()}
                    }
                })}
            {(!title.trivia.is_empty())
                .then(|| {
                    view! {
                        <h3 class="sub-title">{t.trivia}</h3>
                        <ul class="trivia" lang=CATALOG_LANG>
                            {title.trivia.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </section>
    }
}

/// Frequently asked questions (left out when there are none).
#[component]
fn FaqSection(title: Title) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="section" aria-labelledby="faq-heading">
            <h2 id="faq-heading" class="section-title">{t.faq}</h2>
            {
                title
                    .faq
                    .iter()
                    .map(|f| {
                        view! {
                            <details class="faq" lang=CATALOG_LANG>
                                <summary>{f.question.clone()}</summary>
                                <p>{f.answer.clone()}</p>
                            </details>
                        }
                    })
                    .collect_view()
            }
        </section>
    }
}

/// This device's review (if any), the featured user review, and links to
/// write one and to read them all.
#[component]
fn FeaturedReview(title: Title) -> impl IntoView {
    let href = app_path(&format!("/title/{}/reviews", title.id));
    let write_href = app_path(&format!("/title/{}/reviews?write=1", title.id));
    let t = use_texts();
    let count = title.user_reviews;
    let id = title.id.clone();
    let mine = use_context::<UserStore>().map(|store| {
        Memo::new(move |_| {
            store
                .data()
                .read()
                .reviews
                .get(&id)
                .map(|r| r.as_review(&id))
        })
    });
    view! {
        <section class="section" aria-labelledby="reviews-heading">
            <div class="section-head">
                <h2 id="reviews-heading" class="section-title">{t.user_reviews}</h2>
                <a href=href>{(t.see_user_reviews)(count)}</a>
            </div>
            {move || {
                mine.and_then(|m| m.get())
                    .map(|review| view! { <ReviewCard review mine=true /> })
            }}
            {match title.featured_review.clone() {
                Some(review) => view! { <ReviewCard review /> }.into_any(),
                None => view! { <p class="empty-state">{t.no_reviews_yet}</p> }.into_any(),
            }}
            <p>
                <a href=write_href class="button">
                    {move || {
                        if mine.is_some_and(|m| m.read().is_some()) {
                            t.edit_your_review
                        } else {
                            t.review_this_title
                        }
                    }}
                </a>
            </p>
        </section>
    }
}
