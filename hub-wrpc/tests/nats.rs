//! wRPC over a real NATS server (`nats-server`, started here on a loopback port and
//! stopped after each test): a call crosses and comes back, garbage and oversized
//! answers are errors, and a call nobody serves fails within its time.

mod common;

use std::time::Duration;

use futures::StreamExt;
use hub_fixtures::nats::{NatsServer, unreachable_url};
use hub_wrpc::{NatsTransport, NoHandles, Route, TransportError, decode_values, encode_values};
use wasmtime::component::Val;
use wasmtime::component::types::Type;

const WIT: &str = r#"
package test:nats;

interface math {
    add: func(a: u32, b: u32) -> u32;
}

world served {
    export math;
}
"#;

const INSTANCE: &str = "test:nats/math";

fn signature() -> (Vec<Type>, Vec<Type>) {
    common::signature(WIT, "served", INSTANCE, "add")
}

async fn transport(server: &NatsServer, prefix: &str) -> NatsTransport {
    NatsTransport::connect(&server.url(), async_nats::ConnectOptions::new(), prefix)
        .await
        .expect("connects")
}

/// Serves `add` on `transport`: decodes, adds, encodes; refuses what does not decode.
async fn serve_add(transport: &NatsTransport) {
    serve_add_plus(transport, 0).await;
}

/// Serves `add` that adds `plus` too (which server answered shows in the sum).
async fn serve_add_plus(transport: &NatsTransport, plus: u32) {
    let (params, results) = signature();
    let mut calls = Box::pin(transport.serve(INSTANCE, "add").await.expect("serves"));
    tokio::spawn(async move {
        while let Some(call) = calls.next().await {
            let Ok(mut call) = call else { continue };
            let bytes = call.params(1024).await.unwrap_or_default();
            match decode_values(&bytes, &params, &mut NoHandles).as_deref() {
                Ok([Val::U32(a), Val::U32(b)]) => {
                    let sum = [Val::U32(a.wrapping_add(*b).wrapping_add(plus))];
                    let answer = encode_values(&sum, &results, &mut NoHandles).expect("encodes");
                    let _ = call.answer(&answer).await;
                }
                _ => {
                    let _ = call.refuse().await;
                }
            }
        }
    });
}

async fn add(client: &NatsTransport, params: Vec<u8>) -> Result<Vec<u8>, TransportError> {
    add_on(client, Route::Any, params, 1024, Duration::from_secs(10)).await
}

/// `add` on `route`, its answer at most `limit` bytes within `timeout`.
async fn add_on(
    client: &NatsTransport,
    route: Route<'_>,
    params: Vec<u8>,
    limit: usize,
    timeout: Duration,
) -> Result<Vec<u8>, TransportError> {
    client
        .invoke(route, INSTANCE, "add", params, limit, timeout)
        .await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
async fn a_call_crosses_nats_and_comes_back_and_garbage_is_refused() {
    let server = NatsServer::start();
    let served = transport(&server, "hubtest").await;
    serve_add(&served).await;
    let client = transport(&server, "hubtest").await;
    let (params, results) = signature();
    let bytes =
        encode_values(&[Val::U32(40), Val::U32(2)], &params, &mut NoHandles).expect("encodes");
    let answer = add(&client, bytes).await.expect("answered");
    assert_eq!(
        decode_values(&answer, &results, &mut NoHandles).expect("decodes"),
        [Val::U32(42)]
    );
    // Garbage params: the server refuses the call (no results), and serves the next.
    let refused = add(&client, vec![0xff, 0xff, 0xff]).await.expect("ended");
    assert!(decode_values(&refused, &results, &mut NoHandles).is_err());
    let bytes =
        encode_values(&[Val::U32(1), Val::U32(2)], &params, &mut NoHandles).expect("encodes");
    let answer = add(&client, bytes).await.expect("answered");
    assert_eq!(
        decode_values(&answer, &results, &mut NoHandles).expect("decodes"),
        [Val::U32(3)]
    );
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
async fn a_call_nobody_serves_fails_at_once_and_a_large_answer_is_refused() {
    let server = NatsServer::start();
    let client = transport(&server, "hubtest").await;
    let err = add_on(
        &client,
        Route::Any,
        vec![1, 2],
        1024,
        Duration::from_millis(300),
    )
    .await
    .expect_err("nobody serves it");
    assert!(matches!(err, TransportError::NoServer { .. }), "{err}");

    // Another prefix is another set of subjects: its server does not answer this one's.
    let other = transport(&server, "elsewhere").await;
    serve_add(&other).await;
    let err = add_on(
        &client,
        Route::Any,
        vec![1, 2],
        1024,
        Duration::from_millis(300),
    )
    .await
    .expect_err("served under another prefix");
    assert!(matches!(err, TransportError::NoServer { .. }), "{err}");

    // An answer past the caller's limit is an error, whatever it holds.
    let served = transport(&server, "hubtest").await;
    serve_add(&served).await;
    let (params, _) = signature();
    let bytes = encode_values(
        &[Val::U32(u32::MAX), Val::U32(u32::MAX)],
        &params,
        &mut NoHandles,
    )
    .expect("encodes");
    let err = add_on(&client, Route::Any, bytes, 2, Duration::from_secs(10))
        .await
        .expect_err("five bytes of results");
    assert!(
        matches!(err, TransportError::TooLarge { limit: 2, .. }),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
async fn a_route_reaches_its_server_among_those_sharing_the_prefix() {
    let server = NatsServer::start();
    let first = transport(&server, "shared").await;
    let second = transport(&server, "shared").await;
    serve_add_plus(&first, 100).await;
    serve_add_plus(&second, 200).await;
    let client = transport(&server, "shared").await;
    let (params, results) = signature();
    let sum = |answer: Vec<u8>| match decode_values(&answer, &results, &mut NoHandles).as_deref() {
        Ok([Val::U32(sum)]) => *sum,
        other => panic!("not a sum: {other:?}"),
    };
    for (route, expected) in [(first.id(), 103), (second.id(), 203), (first.id(), 103)] {
        let bytes =
            encode_values(&[Val::U32(1), Val::U32(2)], &params, &mut NoHandles).expect("encodes");
        let answer = add_on(
            &client,
            Route::Server(route),
            bytes,
            1024,
            Duration::from_secs(10),
        )
        .await
        .expect("answered");
        assert_eq!(sum(answer), expected);
    }
    // Unrouted, the queue group gives each call to one of them.
    let bytes =
        encode_values(&[Val::U32(1), Val::U32(2)], &params, &mut NoHandles).expect("encodes");
    let answer = add(&client, bytes).await.expect("answered");
    assert!([103, 203].contains(&sum(answer)));
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
async fn a_server_that_never_answers_times_out() {
    let server = NatsServer::start();
    let silent = transport(&server, "hubtest").await;
    let mut calls = Box::pin(silent.serve(INSTANCE, "add").await.expect("serves"));
    // Takes each call and keeps it, unanswered, for as long as the test runs.
    let (keep, kept) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Some(Ok(call)) = calls.next().await {
            let _ = keep.send(call);
        }
    });
    let client = transport(&server, "hubtest").await;
    let err = add_on(
        &client,
        Route::Any,
        vec![1, 2],
        1024,
        Duration::from_millis(300),
    )
    .await
    .expect_err("never answered");
    assert!(matches!(err, TransportError::Timeout { .. }), "{err}");
    drop(kept);
}

#[test]
fn unreachable_servers_are_one_error() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let url = unreachable_url();
    let err = runtime
        .block_on(NatsTransport::connect(
            &url,
            async_nats::ConnectOptions::new(),
            "p",
        ))
        .err()
        .expect("nothing listens there");
    assert!(matches!(err, TransportError::Connect { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!("cannot connect to NATS at `{url}`")
    );
}
