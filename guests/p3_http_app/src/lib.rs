//! `p3_http_app`: a WASI 0.3 command that sends `GET http://example.com/` and
//! `GET http://127.0.0.1:9/` (nothing listens there) with `wasi:http/client@0.3.0` and
//! prints `[APP] p3_http_app: <host>: status <n>` or `... error <error-code>` for each:
//! a denied request is an error value, never a trap. For the WASI 0.3 HTTP policy test.

wit_bindgen::generate!({
    path: "../wit-p3",
    world: "p3-http-app",
    generate_all,
});

use exports::wasi::cli::run::Guest;
use wasi::http::client;
use wasi::http::types::{ErrorCode, Fields, Method, Request, Scheme};

struct Component;

/// `GET http://<authority>/`: the status, or what went wrong.
async fn get(authority: &str) -> Result<u16, String> {
    // No trailers: the writer dropped unwritten gives the default, `ok(none)`.
    let (trailers, trailers_reader) = wit_future::new(|| Ok(None));
    drop(trailers);
    let (request, _sent) = Request::new(Fields::new(), None, trailers_reader, None);
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
    match client::send(request).await {
        Ok(response) => Ok(response.get_status_code()),
        Err(ErrorCode::HttpRequestDenied) => Err("HttpRequestDenied".to_string()),
        Err(other) => Err(format!("{other:?}")),
    }
}

impl Guest for Component {
    async fn run() -> Result<(), ()> {
        for authority in ["example.com", "127.0.0.1:9"] {
            match get(authority).await {
                Ok(status) => println!("[APP] p3_http_app: {authority}: status {status}"),
                Err(error) => println!("[APP] p3_http_app: {authority}: error {error}"),
            }
        }
        Ok(())
    }
}

export!(Component);
