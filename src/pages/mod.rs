//! One module per routed page.

mod browse;
mod cast;
mod diary;
pub(crate) mod home;
mod not_found;
mod person;
mod ratings;
mod reviews;
mod search;
mod stats;
pub(crate) mod title;
mod watchlist;
mod your_data;

pub use browse::BrowsePage;
pub use cast::CastPage;
pub use diary::DiaryPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use person::{PersonPage, PersonView};
pub use ratings::RatingsPage;
pub use reviews::ReviewsPage;
pub use search::SearchPage;
pub use stats::StatsPage;
pub use title::TitlePage;
#[cfg(feature = "split")]
pub use title::preload_title_parts_chunk;
pub use watchlist::WatchlistPage;
pub use your_data::YourDataPage;
