//! `http_app`: an app importing `wasi:http/outgoing-handler@0.2.12` and `wasi:http/types`;
//! its `run` makes a GET to `http://example.com/` and one to `http://127.0.0.1:9/` (nothing
//! listens there) and prints `[APP] http: <host>: status <n>` or
//! `[APP] http: <host>: error <error-code>` for each, never panicking on an error. For the
//! wasi:http test (the host may or may not give it `wasi:http`).
//!
//! The variable `HTTP_APP_AUTHORITIES` (comma-separated `host[:port]`s), when set, replaces
//! the two targets, so that a test can keep every request on the loopback.
//!
//! Built from `guests/wit-http` only.

wit_bindgen::generate!({
    path: "../wit-http",
    world: "hub:http-guests/http-app",
    generate_all,
});

use wasi::http::outgoing_handler;
use wasi::http::types::{Fields, Method, OutgoingRequest, RequestOptions, Scheme};

/// The targets when `HTTP_APP_AUTHORITIES` is not set.
const DEFAULT_AUTHORITIES: [&str; 2] = ["example.com", "127.0.0.1:9"];

/// Connect and first-byte timeouts, so that `run` ends in bounded time.
const TIMEOUT_NS: u64 = 5_000_000_000;

struct Component;

/// `GET http://<authority>/`: the status, or what went wrong.
fn get(authority: &str) -> Result<u16, String> {
    let request = OutgoingRequest::new(Fields::new());
    request
        .set_method(&Method::Get)
        .map_err(|()| "invalid method".to_string())?;
    request
        .set_scheme(Some(&Scheme::Http))
        .map_err(|()| "invalid scheme".to_string())?;
    request
        .set_authority(Some(authority))
        .map_err(|()| format!("invalid authority {authority:?}"))?;
    request
        .set_path_with_query(Some("/"))
        .map_err(|()| "invalid path".to_string())?;

    let options = RequestOptions::new();
    // A host may refuse timeouts; the request then goes without them.
    let _ = options.set_connect_timeout(Some(TIMEOUT_NS));
    let _ = options.set_first_byte_timeout(Some(TIMEOUT_NS));

    let future = outgoing_handler::handle(request, Some(options)).map_err(|e| format!("{e:?}"))?;
    future.subscribe().block();
    match future.get() {
        Some(Ok(Ok(response))) => Ok(response.status()),
        Some(Ok(Err(e))) => Err(format!("{e:?}")),
        Some(Err(())) => Err("response already taken".to_string()),
        None => Err("response not ready after block".to_string()),
    }
}

impl Guest for Component {
    fn run() {
        let authorities: Vec<String> = match std::env::var("HTTP_APP_AUTHORITIES") {
            Ok(list) => list.split(',').map(|a| a.trim().to_string()).collect(),
            Err(_) => DEFAULT_AUTHORITIES.iter().map(|a| a.to_string()).collect(),
        };
        for authority in &authorities {
            match get(authority) {
                Ok(status) => println!("[APP] http: {authority}: status {status}"),
                Err(error) => println!("[APP] http: {authority}: error {error}"),
            }
        }
    }
}

export!(Component);
