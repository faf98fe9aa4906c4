//! The catalog model shared by the site (wasm) and the catalog tool (native).
//!
//! Everything here is pure: the shapes of the static JSON catalog, the rules a
//! catalog must keep, dates, search (folding, keys, shards), browsing, and
//! matching an imported film history to titles. Nothing reads a file or
//! touches a page, so the same code checks a catalog when the tool writes it
//! and decodes it when a browser reads it.

pub mod browse;
pub mod catalog;
pub mod date;
pub mod front;
pub mod matching;
pub mod people;
pub mod search;
pub mod validate;
