//! One module per routed page.

mod browse;
mod cast;
mod home;
mod not_found;
mod person;
mod reviews;
mod title;
mod your_data;

pub use browse::BrowsePage;
pub use cast::CastPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use person::{PersonPage, PersonView};
pub use reviews::ReviewsPage;
pub use title::TitlePage;
pub use your_data::YourDataPage;
