//! The first screen of the home page and of each title as HTML, written
//! ahead of time (native only).
//!
//! `crates/prerender` fills the site's shell (trunk's `index.html`, kept as
//! `404.html`) with [`Template::home_page`] as `index.html` and with
//! [`Template::title_page`] for every title: the page's name in `<title>`,
//! for a title its plot as the description, and the site header and the
//! page's first screen in the body, rendered by the app's own components
//! ([`SiteHeader`], the pages' `first_screen`) in English over an empty
//! library, as a first visit shows them. The app takes its place once it
//! has started (see [`crate::first_screen`]).

use std::ops::Range;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;
use thiserror::Error;

use crate::base_path;
use crate::components::site_chrome::SiteHeader;
use crate::first_screen::FIRST_SCREEN_ID;
use crate::i18n::{EN, Lang, Locale};
use crate::model::catalog::Title;
use crate::model::front::FrontPage;
use crate::pages::{home, title};
use crate::storage::UserStore;

/// Why a page could not be written from the site's shell.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum TemplateError {
    /// The template lacks a part the page is written into.
    #[error("the site's shell has no {0}")]
    Missing(&'static str),
    /// One process writes pages for one mount path.
    #[error("the shell's <base href> differs from the one pages were written for")]
    OtherBase,
}

/// The site's built shell (trunk's `index.html`), cut where a page differs:
/// the text of `<title>`, the description, and the end of the body.
#[derive(Debug, Clone)]
pub struct Template {
    /// The template's text.
    html: String,
    /// Where the text of `<title>` is.
    title: Range<usize>,
    /// Where the description's text is.
    description: Range<usize>,
    /// Where `</body>` starts.
    body_end: usize,
}

impl Template {
    /// Reads the built shell, and sets the mount path links are
    /// written under from its `<base href>`.
    pub fn new(index_html: &str) -> Result<Template, TemplateError> {
        let base = between(index_html, "<base href=\"", "\"")
            .ok_or(TemplateError::Missing("<base href>"))?;
        if !base_path::set_for_rendering(&index_html[base]) {
            return Err(TemplateError::OtherBase);
        }
        let title =
            between(index_html, "<title>", "</title>").ok_or(TemplateError::Missing("<title>"))?;
        let description = between(index_html, "<meta name=\"description\" content=\"", "\"")
            .ok_or(TemplateError::Missing("<meta name=\"description\">"))?;
        let body_end = index_html
            .rfind("</body>")
            .filter(|&at| at > title.end && at > description.end)
            .ok_or(TemplateError::Missing("</body>"))?;
        Ok(Template {
            html: index_html.to_owned(),
            title,
            description,
            body_end,
        })
    }

    /// The page for `title`: its document title, its plot as the
    /// description, and its first screen.
    pub fn title_page(&self, title: Title) -> String {
        let path = format!("/title/{}", title.id);
        let document_title = title::document_title(&title);
        let description = title.plot.clone();
        let body = render(&path, move || {
            view! { <div class="page title-page">{title::first_screen(&title)}</div> }
        });
        self.page(&path, &document_title, Some(&description), &body)
    }

    /// The home page: its heading, the catalog's size and the featured film.
    pub fn home_page(&self, front: FrontPage) -> String {
        let body = render("/", move || {
            view! { <div class="page home">{home::first_screen(front.featured, front.total)}</div> }
        });
        self.page("/", EN.home_doc_title, None, &body)
    }

    /// The shell with `document_title`, `description` (else the shell's
    /// own) and `body` in an inert element the app replaces. The element
    /// names the page's in-site address (`path`): a host that answers other
    /// addresses with this file too (`trunk serve` answers every unknown
    /// path with `index.html`) would otherwise show this page's copy there,
    /// and `boot.js` removes a copy written for another address.
    fn page(
        &self,
        path: &str,
        document_title: &str,
        description: Option<&str>,
        body: &str,
    ) -> String {
        let path = escape(path);
        let mut replacements = vec![
            (self.title.clone(), escape(document_title)),
            (
                self.body_end..self.body_end,
                format!(
                    "<div id=\"{FIRST_SCREEN_ID}\" data-path=\"{path}\" inert>{body}</div>\n  "
                ),
            ),
        ];
        if let Some(description) = description {
            replacements.push((self.description.clone(), escape(description)));
        }
        replacements.sort_by_key(|(range, _)| range.start);
        let mut page = String::with_capacity(self.html.len() + body.len());
        let mut from = 0;
        for (range, text) in &replacements {
            page.push_str(&self.html[from..range.start]);
            page.push_str(text);
            from = range.end;
        }
        page.push_str(&self.html[from..]);
        page
    }
}

/// Effects and resources never run in a page written ahead of time: the
/// page is the view as first built. Their tasks are dropped unstarted.
struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The site header, and `page` under the same `<main>` the app puts it
/// in, as the app draws them at `path` (the mount path added).
fn render<V: IntoView + 'static>(path: &str, page: impl FnOnce() -> V) -> String {
    // Already set by an earlier page: the same executor, kept.
    let _ = Executor::init_custom_executor(NoTasks);
    // The page is a snapshot: reading signals once, untracked, is the point,
    // so the debug build's warning about untracked reads does not apply.
    let _snapshot = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let owner = Owner::new();
    owner.with(|| {
        provide_context(Locale::new(Lang::En));
        provide_context(UserStore::empty());
        provide_context(RequestUrl::new(&base_path::app_path(path)));
        let page = page();
        view! {
            <Router>
                <SiteHeader />
                <main id="main" tabindex="-1">
                    {page}
                </main>
            </Router>
        }
        .to_html()
    })
}

/// Where the text between the first `open` and the next `close` is.
fn between(text: &str, open: &str, close: &str) -> Option<Range<usize>> {
    let start = text.find(open)? + open.len();
    let len = text[start..].find(close)?;
    Some(start..start + len)
}

/// `text` safe inside an element or a double-quoted attribute.
fn escape(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta name="description" content="Films." />
    <base href="/" />
    <title>Marquee</title>
  </head>
  <body>
    <noscript>No script.</noscript>
  </body>
</html>
"#;

    fn allende() -> Title {
        let text = include_str!("../assets/catalog/titles/salvador-allende-2004.json");
        serde_json::from_str(text).expect("the seed title decodes")
    }

    #[test]
    fn a_title_page_has_its_name_plot_and_first_screen() {
        let template = Template::new(INDEX).expect("the template is whole");
        let page = template.title_page(allende());
        assert!(
            page.contains("<title>Salvador Allende (2004) · Marquee</title>"),
            "{page}"
        );
        assert!(page.contains("content=\"Patricio Guzmán traces"), "{page}");
        assert!(!page.contains("content=\"Films.\""));
        let screen = page
            .find("<div id=\"first-screen\" data-path=\"/title/salvador-allende-2004\" inert>")
            .expect("the first screen, for its address");
        assert!(page.find("<noscript>").expect("noscript kept") < screen);
        assert!(
            page[screen..].contains(
                "<h1 elementtiming=\"title-heading\" class=\"title-name\">Salvador Allende"
            )
        );
        assert!(page[screen..].contains("<header class=\"site-header\">"));
        assert!(page[screen..].contains("id=\"cast-heading\""));
        assert!(page.ends_with("</div>\n  </body>\n</html>\n"), "{page}");
    }

    #[test]
    fn the_home_page_has_its_heading_and_featured_film() {
        let template = Template::new(INDEX).expect("the template is whole");
        let front: FrontPage = serde_json::from_str(include_str!("../assets/catalog/front.json"))
            .expect("the seed front page decodes");
        let featured = front.featured.title.clone();
        let page = template.home_page(front);
        assert!(
            page.contains(&format!("<title>{}</title>", EN.home_doc_title)),
            "{page}"
        );
        assert!(
            page.contains("content=\"Films.\""),
            "the shell's description stays"
        );
        let screen = page
            .find("<div id=\"first-screen\" data-path=\"/\" inert>")
            .expect("the first screen, for its address");
        assert!(page[screen..].contains(&format!("<h1>{}</h1>", EN.home_heading)));
        assert!(page[screen..].contains(&featured), "{page}");
        assert!(page[screen..].contains("<section aria-labelledby=\"featured-heading\""));
    }

    #[test]
    fn text_from_the_catalog_is_escaped() {
        let template = Template::new(INDEX).expect("the template is whole");
        let mut title = allende();
        title.title = "<script>\"Tom & Jerry\"".to_owned();
        title.plot = "\"><script>".to_owned();
        let page = template.title_page(title);
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;&quot;Tom &amp; Jerry&quot; (2004)"));
        assert!(page.contains("content=\"&quot;&gt;&lt;script&gt;\""));
    }

    #[test]
    fn a_template_without_its_parts_is_refused() {
        assert_eq!(
            Template::new(&INDEX.replace("<title>Marquee</title>", "")).err(),
            Some(TemplateError::Missing("<title>"))
        );
        assert_eq!(
            Template::new(&INDEX.replace("</body>", "")).err(),
            Some(TemplateError::Missing("</body>"))
        );
        assert_eq!(
            Template::new(&INDEX.replace("<base href=\"/\" />", "")).err(),
            Some(TemplateError::Missing("<base href>"))
        );
    }
}
