//! Where the bars of a chart go, in whole units of an SVG view box that
//! scales to its box: layout is tested here, and the chart view only
//! draws what it is given. Whole numbers keep float formatting out of the
//! wasm.
//!
//! A chart is laid out twice, for a wide box and for a phone's, as its text
//! scales with the view box: one width could not keep labels readable on
//! both.

/// The view box's width for a wide box.
pub const WIDE: u32 = 640;
/// The view box's width for a phone, close to its CSS pixels so that
/// labels keep about their size.
pub const NARROW: u32 = 360;
/// Space left and right of a column chart.
const SIDE: u32 = 8;
/// Room above the tallest column for its value.
const TOP: u32 = 18;
/// The tallest column.
const PLOT: u32 = 150;
/// Room below the columns for their labels.
const AXIS: u32 = 22;
/// Units a label character takes, roughly, at the chart's font size.
const CHAR: u32 = 8;
/// The narrowest column slot that still has room for a value above it.
const VALUE_SLOT: u32 = 30;

/// One bar of a chart, placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlacedBar {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    /// Where its label goes: the centre under a column, the right end of
    /// the label column before a row.
    pub label_x: u32,
    pub label_y: u32,
    /// Whether its label is drawn (crowded axes label every few columns;
    /// the table beside the chart has them all).
    pub labelled: bool,
    /// Where its value goes: above a column, after a row.
    pub value_x: u32,
    pub value_y: u32,
    /// Whether its value is drawn.
    pub valued: bool,
}

/// A chart's bars and the view box's height.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartLayout {
    pub height: u32,
    /// Where the axis line runs: the columns' foot, or the rows' left edge.
    pub axis: u32,
    pub bars: Vec<PlacedBar>,
}

/// Vertical columns, one per value, side by side across the width, their
/// heights in proportion to the largest value. `label_chars` is the
/// longest label's length, which decides how many labels fit.
pub fn columns(values: &[usize], label_chars: usize, width: u32) -> ChartLayout {
    let n = u32::try_from(values.len()).unwrap_or(u32::MAX).max(1);
    let slot = ((width - 2 * SIDE) / n).max(1);
    let width = (slot * 3 / 4).max(1);
    let label_width = u32::try_from(label_chars)
        .unwrap_or(u32::MAX)
        .saturating_mul(CHAR)
        + CHAR;
    let every = label_width.div_ceil(slot).max(1);
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let foot = TOP + PLOT;
    let bars = (0..n).zip(values).map(|(i, &value)| {
        let height = scaled(value, max, PLOT);
        let left = SIDE + i * slot;
        PlacedBar {
            x: left + (slot - width) / 2,
            y: foot - height,
            width,
            height,
            label_x: left + slot / 2,
            label_y: foot + AXIS - 6,
            labelled: i % every == 0,
            value_x: left + slot / 2,
            value_y: foot - height - 5,
            valued: slot >= VALUE_SLOT && value > 0,
        }
    });
    ChartLayout {
        height: foot + AXIS,
        axis: foot,
        bars: bars.collect(),
    }
}

/// The width of the label column of a row chart `width` wide: a third.
pub fn row_label_width(width: u32) -> u32 {
    width / 3
}

/// How many characters of a row's label fit in its column.
pub fn row_label_chars(width: u32) -> usize {
    usize::try_from(row_label_width(width) / CHAR).unwrap_or(0)
}

/// Room after the longest row for its value.
const ROW_VALUE: u32 = 56;
/// One row's height, and its bar's.
const ROW: u32 = 28;
const ROW_BAR: u32 = 18;

/// Horizontal rows, one per value, labels on the left, lengths in
/// proportion to the largest value.
pub fn rows(values: &[usize], width: u32) -> ChartLayout {
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let label = row_label_width(width);
    let room = width - label - ROW_VALUE;
    let bars = (0u32..).zip(values).map(|(i, &value)| {
        let length = scaled(value, max, room);
        let top = i * ROW;
        let middle = top + ROW / 2 + 5;
        PlacedBar {
            x: label,
            y: top + (ROW - ROW_BAR) / 2,
            width: length,
            height: ROW_BAR,
            label_x: label - 8,
            label_y: middle,
            labelled: true,
            value_x: label + length + 6,
            value_y: middle,
            valued: true,
        }
    });
    let bars: Vec<PlacedBar> = bars.collect();
    let height = u32::try_from(bars.len())
        .unwrap_or(u32::MAX)
        .saturating_mul(ROW);
    ChartLayout {
        height: height.max(ROW),
        axis: label,
        bars,
    }
}

/// `value` of `max` as a length of at most `full`; anything above zero
/// gets at least one unit, so a small count still shows.
fn scaled(value: usize, max: usize, full: u32) -> u32 {
    let length = value.min(max) as u64 * u64::from(full) / max as u64;
    let length = u32::try_from(length).unwrap_or(full);
    if value > 0 { length.max(1) } else { 0 }
}

/// `label` cut to `chars` characters, an ellipsis marking the cut.
pub fn clipped(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        return label.to_owned();
    }
    let kept: String = label.chars().take(chars.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_grow_from_one_foot_in_proportion() {
        let layout = columns(&[4, 2, 0], 4, WIDE);
        let [a, b, c] = [layout.bars[0], layout.bars[1], layout.bars[2]];
        assert_eq!(a.height, PLOT);
        assert_eq!(b.height, PLOT / 2);
        assert_eq!(c.height, 0);
        for bar in [a, b, c] {
            assert_eq!(bar.y + bar.height, layout.axis);
        }
        assert!(
            a.valued && b.valued && !c.valued,
            "an empty column has no value"
        );
        assert!(a.x + a.width < b.x && b.x + b.width < c.x);
    }

    #[test]
    fn a_crowded_axis_labels_every_few_columns() {
        // 40 years: four-digit labels cannot all fit in 15-unit slots.
        let layout = columns(&[1; 40], 4, WIDE);
        let labelled: Vec<usize> = (0..40).filter(|&i| layout.bars[i].labelled).collect();
        assert_eq!(labelled.first(), Some(&0));
        assert!(labelled.len() < 20 && labelled.len() > 5, "{labelled:?}");
        assert!(layout.bars.iter().all(|b| !b.valued), "no room for values");
        // Twelve months fit.
        assert!(
            columns(&[1; 12], 3, WIDE)
                .bars
                .iter()
                .all(|b| b.labelled && b.valued)
        );
        // On a phone, every other month is named.
        let narrow = columns(&[1; 12], 3, NARROW);
        assert_eq!(narrow.bars.iter().filter(|b| b.labelled).count(), 6);
    }

    #[test]
    fn a_small_count_still_shows() {
        let layout = rows(&[1000, 1], WIDE);
        assert_eq!(layout.bars[0].width, WIDE - WIDE / 3 - ROW_VALUE);
        assert_eq!(layout.bars[1].width, 1);
        assert_eq!(layout.height, 2 * ROW);
    }

    #[test]
    fn labels_are_clipped_with_an_ellipsis() {
        assert_eq!(clipped("Canoa", 26), "Canoa");
        assert_eq!(clipped("Patricio Guzmán Lozanes", 10), "Patricio…");
        assert_eq!(clipped("Agnès Varda", 11), "Agnès Varda");
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the counts, every bar stays inside the view box and a
        /// larger count never draws a smaller bar.
        #[test]
        fn bars_stay_inside_and_keep_their_order(values in proptest::collection::vec(0usize..100_000, 1..120)) {
            let layouts = [WIDE, NARROW].into_iter().flat_map(|w| {
                [(columns(&values, 4, w), true, w), (rows(&values, w), false, w)]
            });
            for (layout, vertical, width) in layouts {
                for (bar, value) in layout.bars.iter().zip(&values) {
                    proptest::prop_assert!(bar.x + bar.width <= width);
                    proptest::prop_assert!(bar.y + bar.height <= layout.height);
                    proptest::prop_assert!(bar.value_x <= width);
                    proptest::prop_assert_eq!(*value == 0, if vertical { bar.height == 0 } else { bar.width == 0 });
                }
                let size = |b: &PlacedBar| if vertical { b.height } else { b.width };
                for (i, j) in (0..values.len()).zip(1..values.len()) {
                    let (a, b) = (&layout.bars[i], &layout.bars[j]);
                    if values[i] >= values[j] {
                        proptest::prop_assert!(size(a) >= size(b));
                    }
                    if values[i] <= values[j] {
                        proptest::prop_assert!(size(a) <= size(b));
                    }
                }
            }
        }
    }
}
