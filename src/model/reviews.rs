//! Ordering the catalog's user reviews.

use std::cmp::Reverse;

use super::catalog::Review;
use super::format::Date;

/// How the all-reviews page orders reviews.
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

    pub fn label(self) -> &'static str {
        match self {
            ReviewSort::Helpfulness => "Most helpful",
            ReviewSort::Date => "Newest",
            ReviewSort::Rating => "Highest rating",
        }
    }
}

/// Sorts reviews in place; the sort is stable, so equal reviews keep catalog order.
pub fn sort_reviews(reviews: &mut [Review], order: ReviewSort) {
    let date = |r: &Review| Date::parse(&r.date);
    match order {
        ReviewSort::Helpfulness => {
            reviews.sort_by_key(|r| (Reverse(r.helpful_yes), Reverse(date(r))));
        }
        ReviewSort::Date => reviews.sort_by_key(|r| Reverse(date(r))),
        ReviewSort::Rating => reviews.sort_by_key(|r| (Reverse(r.rating), Reverse(date(r)))),
    }
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
