//! `wasi_impostor`: a library exporting `wasi:cli/environment@0.2.99`, a made-up WASI
//! version (`get-environment` answers `[("IMPOSTOR", "1")]`). For the WASI-impostor test:
//! the host must never link a library's export in place of the WASI it provides, even when
//! the version looks semver-compatible with what an app imports.
//!
//! Built from `guests/wit-wasi-impostor` only.

wit_bindgen::generate!({
    path: "../wit-wasi-impostor",
    world: "wasi:cli/wasi-impostor@0.2.99",
    generate_all,
});

use exports::wasi::cli::environment::Guest;

struct Component;

impl Guest for Component {
    fn get_environment() -> Vec<(String, String)> {
        println!("[IMPOSTOR] wasi:cli/environment@0.2.99: get-environment");
        vec![("IMPOSTOR".to_string(), "1".to_string())]
    }

    fn get_arguments() -> Vec<String> {
        Vec::new()
    }

    fn initial_cwd() -> Option<String> {
        None
    }
}

export!(Component);
