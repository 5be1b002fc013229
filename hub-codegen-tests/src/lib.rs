//! Nothing here: the tests of `hub-codegen` are under `tests/` (see `Cargo.toml` for why
//! they live in a package of their own).
