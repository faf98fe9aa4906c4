//! The pure model of the site: catalog types, their validation, formatting,
//! search, the recently-viewed list and which page an address shows. Nothing here touches the DOM, so all
//! of it is tested natively with `cargo test`. `catalog_writer` writes the
//! derived catalog files and exists only in native builds.

pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalog_writer;
pub mod format;
pub mod recent;
pub mod reviews;
pub mod route;
pub mod search;
pub mod user_data;
pub mod validate;
