//! `wasi:http` for plugins, deny by default: an outgoing request to a host the user did
//! not allow is answered with wasi:http's `HTTP-request-denied` error value, which the
//! guest sees as a failed request, not a trap.

use std::sync::Arc;

use wasmtime_wasi_http::{WasiHttpHooks, default_send_request};

/// The hosts guests may send HTTP requests to (exact host names, or `*` for any).
#[derive(Clone, Debug, Default)]
pub(crate) struct HttpPolicy {
    allowed: Arc<[String]>,
}

impl HttpPolicy {
    pub(crate) fn new(allowed: impl IntoIterator<Item = String>) -> Self {
        HttpPolicy {
            allowed: allowed.into_iter().collect(),
        }
    }

    fn allows(&self, host: &str) -> bool {
        self.allowed
            .iter()
            .any(|a| a == "*" || a.eq_ignore_ascii_case(host))
    }
}

impl WasiHttpHooks for HttpPolicy {
    fn send_request(
        &mut self,
        request: http::Request<wasmtime_wasi_http::WasiBody>,
        options: Option<wasmtime_wasi_http::RequestOptions>,
        fut: Box<dyn Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
    ) -> Box<
        dyn Future<
                Output = Result<
                    (
                        http::Response<wasmtime_wasi_http::WasiBody>,
                        Box<dyn Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
                    ),
                    wasmtime_wasi_http::Error,
                >,
            > + Send,
    > {
        let host = request.uri().host().unwrap_or_default().to_owned();
        if !self.allows(&host) {
            tracing::info!(
                target: crate::trace::HUB_TARGET,
                host = %host,
                "Denied an HTTP request to {host} (allow it with --allow-http {host})"
            );
            return Box::new(async { Err(wasmtime_wasi_http::Error::HttpRequestDenied) });
        }
        drop(fut);
        Box::new(async move {
            use http_body_util::BodyExt;
            let (response, io) = default_send_request(request, options).await?;
            Ok((
                response.map(BodyExt::boxed_unsync),
                Box::new(io) as Box<dyn Future<Output = _> + Send>,
            ))
        })
    }
}
