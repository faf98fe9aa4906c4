//! Ordering the catalog's user reviews.

use std::cmp::Reverse;

use super::catalog::Review;
use super::date::Date;
use super::user_data::Vote;

/// Reviews shown at first, and added by each "Load more".
pub const REVIEWS_PAGE_SIZE: usize = 10;

/// Reads the star filter of the URL (`?stars=8`); anything but 1–10 means all.
pub fn stars_filter_from_query(value: Option<&str>) -> Option<u8> {
    value
        .and_then(|v| v.parse::<u8>().ok())
        .filter(|n| (1..=10).contains(n))
}

/// The reviews to list, as positions in `reviews`: those with the chosen star
/// rating (all when `None`), in the chosen order. Positions rather than
/// copies, because a title can have ten thousand reviews and a page shows ten.
pub fn filtered_sorted(reviews: &[Review], order: ReviewSort, stars: Option<u8>) -> Vec<usize> {
    let mut list: Vec<usize> = reviews
        .iter()
        .enumerate()
        .filter(|(_, r)| stars.is_none() || r.rating == stars)
        .map(|(i, _)| i)
        .collect();
    // Cached: each review's date is parsed once, not at every comparison.
    list.sort_by_cached_key(|&i| sort_key(&reviews[i], order));
    list
}

/// "N of M found this helpful" with this device's vote counted in.
pub fn helpful_with_vote(review: &Review, vote: Option<Vote>) -> (u32, u32) {
    let (yes, total) = (review.helpful_yes, review.helpful_total);
    match vote {
        None => (yes, total),
        Some(Vote::Helpful) => (yes.saturating_add(1), total.saturating_add(1)),
        Some(Vote::NotHelpful) => (yes, total.saturating_add(1)),
    }
}

/// How the all-reviews page orders reviews; each language names the orders
/// in [`Texts::sort_label`](crate::i18n::Texts::sort_label).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReviewSort {
    /// Most people found it helpful first; ties broken by newest.
    #[default]
    Helpfulness,
    /// Newest first.
    Date,
    /// Highest rating first; unrated reviews last.
    Rating,
}

impl ReviewSort {
    /// Every order, as the sort menu lists them.
    pub const ALL: [ReviewSort; 3] = [
        ReviewSort::Helpfulness,
        ReviewSort::Date,
        ReviewSort::Rating,
    ];

    /// The value kept in the URL query (`?sort=date`).
    pub fn as_query(self) -> &'static str {
        match self {
            ReviewSort::Helpfulness => "helpful",
            ReviewSort::Date => "date",
            ReviewSort::Rating => "rating",
        }
    }

    /// Reads a URL query value; anything unknown falls back to the default.
    pub fn from_query(value: Option<&str>) -> Self {
        match value {
            Some("date") => ReviewSort::Date,
            Some("rating") => ReviewSort::Rating,
            _ => ReviewSort::Helpfulness,
        }
    }
}

/// Sorts reviews in place; the sort is stable, so equal reviews keep catalog order.
pub fn sort_reviews(reviews: &mut [Review], order: ReviewSort) {
    reviews.sort_by_cached_key(|r| sort_key(r, order));
}

/// What `order` sorts by, smallest first: the order's own measure (none for
/// newest first), then the date, newest first.
fn sort_key(review: &Review, order: ReviewSort) -> (Reverse<u32>, Reverse<Option<Date>>) {
    let first = match order {
        ReviewSort::Helpfulness => review.helpful_yes,
        ReviewSort::Date => 0,
        // Unrated below a rating of 1.
        ReviewSort::Rating => review.rating.map_or(0, |stars| u32::from(stars) + 1),
    };
    (Reverse(first), Reverse(Date::parse(&review.date)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(id: &str, date: &str, rating: Option<u8>, helpful_yes: u32) -> Review {
        Review {
            id: id.into(),
            author: "a".into(),
            date: date.into(),
            rating,
            headline: "h".into(),
            body: "b".into(),
            spoilers: false,
            helpful_yes,
            helpful_total: helpful_yes + 1,
        }
    }

    fn ids(reviews: &[Review]) -> Vec<&str> {
        reviews.iter().map(|r| r.id.as_str()).collect()
    }

    /// The reviews at `positions`, in that order.
    fn at(reviews: &[Review], positions: Vec<usize>) -> Vec<Review> {
        positions.into_iter().map(|i| reviews[i].clone()).collect()
    }

    fn sample() -> Vec<Review> {
        vec![
            review("old-helpful", "2006-09-12", Some(8), 14),
            review("new-unrated", "2020-01-01", None, 2),
            review("mid-ten", "2012-05-05", Some(10), 2),
            review("newest-low", "2024-03-03", Some(3), 0),
        ]
    }

    #[test]
    fn helpfulness_then_newest() {
        let mut r = sample();
        sort_reviews(&mut r, ReviewSort::Helpfulness);
        assert_eq!(
            ids(&r),
            ["old-helpful", "new-unrated", "mid-ten", "newest-low"]
        );
    }

    #[test]
    fn newest_first() {
        let mut r = sample();
        sort_reviews(&mut r, ReviewSort::Date);
        assert_eq!(
            ids(&r),
            ["newest-low", "new-unrated", "mid-ten", "old-helpful"]
        );
    }

    #[test]
    fn highest_rating_first_and_unrated_last() {
        let mut r = sample();
        sort_reviews(&mut r, ReviewSort::Rating);
        assert_eq!(
            ids(&r),
            ["mid-ten", "old-helpful", "newest-low", "new-unrated"]
        );
    }

    #[test]
    fn positions_list_the_same_order_as_sorting_the_reviews() {
        let mut more = sample();
        more.push(review("same-day-a", "2025-01-01", Some(7), 3));
        more.push(review("same-day-b", "2025-01-01", Some(7), 3));
        for order in ReviewSort::ALL {
            let mut sorted = more.clone();
            sort_reviews(&mut sorted, order);
            let by_position = at(&more, filtered_sorted(&more, order, None));
            assert_eq!(ids(&by_position), ids(&sorted), "{order:?}");
        }
    }

    #[test]
    fn filtering_by_stars_keeps_the_order() {
        let mut more = sample();
        more.push(review("another-ten", "2025-01-01", Some(10), 1));
        let tens = at(&more, filtered_sorted(&more, ReviewSort::Date, Some(10)));
        assert_eq!(ids(&tens), ["another-ten", "mid-ten"]);
        assert_eq!(filtered_sorted(&more, ReviewSort::Date, None).len(), 5);
        assert!(filtered_sorted(&more, ReviewSort::Date, Some(1)).is_empty());
    }

    #[test]
    fn star_filter_accepts_only_one_to_ten() {
        assert_eq!(stars_filter_from_query(Some("8")), Some(8));
        for bad in ["0", "11", "-1", "8.5", "eight", "", "999999999999"] {
            assert_eq!(stars_filter_from_query(Some(bad)), None, "{bad}");
        }
        assert_eq!(stars_filter_from_query(None), None);
    }

    #[test]
    fn this_device_vote_counts_once() {
        let r = review("r", "2020-01-01", None, 14);
        assert_eq!((r.helpful_yes, r.helpful_total), (14, 15));
        assert_eq!(helpful_with_vote(&r, None), (14, 15));
        assert_eq!(helpful_with_vote(&r, Some(Vote::Helpful)), (15, 16));
        assert_eq!(helpful_with_vote(&r, Some(Vote::NotHelpful)), (14, 16));
    }

    #[test]
    fn query_values_round_trip_and_unknown_falls_back() {
        for order in ReviewSort::ALL {
            assert_eq!(ReviewSort::from_query(Some(order.as_query())), order);
        }
        assert_eq!(
            ReviewSort::from_query(Some("<script>")),
            ReviewSort::Helpfulness
        );
        assert_eq!(ReviewSort::from_query(None), ReviewSort::Helpfulness);
    }
}
