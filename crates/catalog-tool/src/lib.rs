//! The catalog tool's library: reading and writing catalog directories,
//! the synthetic generator, and the importers. Native only: nothing here is
//! reachable from the site's wasm, which depends on `film-catalog` alone.

pub mod assemble;
pub mod ids;
pub mod import;
pub mod load;
pub mod people;
pub mod related;
pub mod synthetic;
pub mod writer;
