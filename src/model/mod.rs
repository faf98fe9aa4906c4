//! The pure model of the site: the catalog (from the `film-catalog` crate,
//! re-exported here), reviews' sorting, this browser's own data, the
//! recently-viewed list and which page an address shows. Nothing here
//! touches the DOM or the interface's words, so all of it is tested natively
//! with `cargo test`.

pub use film_catalog::{browse, catalog, date, front, matching, people, search, validate};

pub mod backup;
pub mod chart;
pub mod history_import;
pub mod library;
pub mod number;
pub mod recent;
pub mod records;
pub mod reviews;
pub mod route;
pub mod stats;
pub mod user_data;
