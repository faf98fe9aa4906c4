//! Reusable pieces of the pages.

pub mod async_view;
pub mod bar_chart;
pub mod cast_list;
pub mod connection_banner;
pub mod download;
pub mod hide_seen_switch;
pub mod history_import;
pub mod lazy_code;
pub mod log_watch;
pub mod pager;
pub mod person_link;
pub mod poster;
pub mod rating_badge;
pub mod rating_stars;
pub mod recently_viewed;
pub mod related_carousel;
pub mod review_card;
pub mod review_feedback;
pub mod review_form;
pub mod shelf;
pub mod site_chrome;
pub mod site_search;
pub mod source_credit;
pub mod storage_notice;
pub mod title_card;
pub mod watchlist_button;
