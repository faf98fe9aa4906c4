//! A bar chart in SVG with its text equivalent: a sentence that says what
//! it shows, and the numbers as a table anyone can open.

use leptos::prelude::*;

use crate::i18n::format::grouped;
use crate::i18n::library::use_library_texts;
use crate::i18n::use_lang;
use crate::model::chart::{self, ChartLayout, NARROW, WIDE};

/// One bar: its label and its count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub value: usize,
}

/// Which way the bars run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarDirection {
    /// Columns along a time axis (years, months, stars).
    Columns,
    /// Rows of named things (directors, genres), longest first.
    Rows,
}

/// A chart under its own heading. The drawing is hidden from screen
/// readers, who get the caption and the table instead (the table is
/// folded away for sighted readers and opened with a native disclosure).
#[component]
pub fn BarChart(
    /// Prefix of the ids that tie the heading to its section.
    id: &'static str,
    heading: String,
    /// One sentence saying what the chart shows (its caption).
    summary: String,
    /// What the labels are and what the values count: the table's columns.
    columns: (&'static str, &'static str),
    bars: Vec<Bar>,
    direction: BarDirection,
    /// Whether the chart is part of a larger section, its heading one
    /// level lower.
    #[prop(optional)]
    subsection: bool,
) -> impl IntoView {
    let lt = use_library_texts();
    let heading_id = format!("{id}-heading");
    let title = if subsection {
        view! { <h3 id=heading_id.clone() class="section-title">{heading.clone()}</h3> }.into_any()
    } else {
        view! { <h2 id=heading_id.clone() class="section-title">{heading.clone()}</h2> }.into_any()
    };
    let table_rows = bars
        .iter()
        .map(|bar| {
            view! {
                <tr>
                    <th scope="row">{bar.label.clone()}</th>
                    <td>{grouped(bar.value, use_lang())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="section chart-section" aria-labelledby=heading_id.clone()>
            {title}
            <figure class="chart">
                // One drawing per box width; the stylesheet shows one.
                <ChartDrawing bars=bars.clone() direction width=WIDE />
                <ChartDrawing bars direction width=NARROW />
                <figcaption>{summary}</figcaption>
            </figure>
            <details class="chart-table">
                <summary>{lt.show_as_table}</summary>
                <table>
                    <caption class="visually-hidden">{heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{columns.0}</th>
                            <th scope="col">{columns.1}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </section>
    }
}

/// The SVG itself, laid out by [`chart::columns`] or [`chart::rows`] for a
/// view box `width` units wide.
#[component]
fn ChartDrawing(bars: Vec<Bar>, direction: BarDirection, width: u32) -> impl IntoView {
    let lang = use_lang();
    let values: Vec<usize> = bars.iter().map(|b| b.value).collect();
    let layout: ChartLayout = match direction {
        BarDirection::Columns => {
            let longest = bars.iter().map(|b| b.label.chars().count()).max();
            chart::columns(&values, longest.unwrap_or(0), width)
        }
        BarDirection::Rows => chart::rows(&values, width),
    };
    let (anchor, axis) = match direction {
        BarDirection::Columns => ("middle", (0, layout.axis, width, layout.axis)),
        BarDirection::Rows => ("end", (layout.axis, 0, layout.axis, layout.height)),
    };
    let shapes = bars
        .into_iter()
        .zip(layout.bars)
        .map(|(bar, at)| {
            let label = match direction {
                BarDirection::Columns => bar.label,
                BarDirection::Rows => chart::clipped(&bar.label, chart::row_label_chars(width)),
            };
            view! {
                <rect class="chart-bar" x=at.x y=at.y width=at.width height=at.height rx="2" />
                {at.labelled.then(|| view! {
                    <text class="chart-label" x=at.label_x y=at.label_y text-anchor=anchor>{label}</text>
                })}
                {at.valued.then(|| view! {
                    <text class="chart-value" x=at.value_x y=at.value_y text-anchor=if direction == BarDirection::Rows { "start" } else { "middle" }>
                        {grouped(bar.value, lang)}
                    </text>
                })}
            }
        })
        .collect_view();
    view! {
        <svg
            class="chart-drawing"
            class:narrow=width == NARROW
            viewBox=format!("0 0 {width} {}", layout.height)
            aria-hidden="true"
            focusable="false"
        >
            <line class="chart-axis" x1=axis.0 y1=axis.1 x2=axis.2 y2=axis.3 />
            {shapes}
        </svg>
    }
}
