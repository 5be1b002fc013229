//! wRPC over a real NATS server (`nats-server`, started here on a loopback port and
//! stopped after each test): a call crosses and comes back, garbage and oversized
//! answers are errors, and a call nobody serves fails within its time.

mod common;

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures::StreamExt;
use hub_wrpc::{NatsTransport, NoHandles, TransportError, decode_values, encode_values};
use wasmtime::component::Val;
use wasmtime::component::types::Type;

const NEEDS_SERVER: &str = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these";

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

/// A `nats-server` on a free loopback port, killed when dropped.
struct NatsServer {
    child: Child,
    url: String,
}

impl NatsServer {
    fn start() -> NatsServer {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("nats-server")
            .args(["-a", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nats-server starts (is it installed?)");
        // Readiness, not timing: poll until it accepts, a bounded number of times.
        let ready = (0..400).any(|_| {
            let up = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok();
            if !up {
                std::thread::sleep(Duration::from_millis(25));
            }
            up
        });
        assert!(ready, "nats-server did not listen on port {port}");
        NatsServer {
            child,
            url: format!("nats://127.0.0.1:{port}"),
        }
    }

    async fn transport(&self, prefix: &str) -> NatsTransport {
        NatsTransport::connect(&self.url, async_nats::ConnectOptions::new(), prefix, None)
            .await
            .expect("connects")
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Serves `add` on `transport`: decodes, adds, encodes; refuses what does not decode.
async fn serve_add(transport: &NatsTransport) {
    let (params, results) = signature();
    let mut calls = transport.serve(INSTANCE, "add").await.expect("serves");
    tokio::spawn(async move {
        while let Some(call) = calls.next().await {
            let Ok(mut call) = call else { continue };
            let bytes = call.params(1024).await.unwrap_or_default();
            match decode_values(&bytes, &params, &mut NoHandles).as_deref() {
                Ok([Val::U32(a), Val::U32(b)]) => {
                    let sum = [Val::U32(a.wrapping_add(*b))];
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
    client
        .invoke(INSTANCE, "add", params, 1024, Duration::from_secs(10))
        .await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
async fn a_call_crosses_nats_and_comes_back_and_garbage_is_refused() {
    let _ = NEEDS_SERVER;
    let server = NatsServer::start();
    let served = server.transport("hubtest").await;
    serve_add(&served).await;
    let client = server.transport("hubtest").await;
    let (params, results) = signature();
    let bytes = encode_values(&[Val::U32(40), Val::U32(2)], &params, &mut NoHandles).expect("encodes");
    let answer = add(&client, bytes).await.expect("answered");
    assert_eq!(
        decode_values(&answer, &results, &mut NoHandles).expect("decodes"),
        [Val::U32(42)]
    );
    // Garbage params: the server refuses the call (no results), and serves the next.
    let refused = add(&client, vec![0xff, 0xff, 0xff]).await.expect("ended");
    assert!(decode_values(&refused, &results, &mut NoHandles).is_err());
    let bytes = encode_values(&[Val::U32(1), Val::U32(2)], &params, &mut NoHandles).expect("encodes");
    let answer = add(&client, bytes).await.expect("answered");
    assert_eq!(
        decode_values(&answer, &results, &mut NoHandles).expect("decodes"),
        [Val::U32(3)]
    );
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
async fn a_call_nobody_serves_fails_within_its_time_and_a_large_answer_is_refused() {
    let server = NatsServer::start();
    let client = server.transport("hubtest").await;
    let err = client
        .invoke(INSTANCE, "add", vec![1, 2], 1024, Duration::from_millis(300))
        .await
        .expect_err("nobody serves it");
    assert!(matches!(err, TransportError::Timeout { .. }), "{err}");

    // Another prefix is another set of subjects: its server does not answer this one's.
    let other = server.transport("elsewhere").await;
    serve_add(&other).await;
    let err = client
        .invoke(INSTANCE, "add", vec![1, 2], 1024, Duration::from_millis(300))
        .await
        .expect_err("served under another prefix");
    assert!(matches!(err, TransportError::Timeout { .. }), "{err}");

    // An answer past the caller's limit is an error, whatever it holds.
    let served = server.transport("hubtest").await;
    serve_add(&served).await;
    let (params, _) = signature();
    let bytes = encode_values(&[Val::U32(u32::MAX), Val::U32(u32::MAX)], &params, &mut NoHandles).expect("encodes");
    let err = client
        .invoke(INSTANCE, "add", bytes, 2, Duration::from_secs(10))
        .await
        .expect_err("five bytes of results");
    assert!(matches!(err, TransportError::TooLarge { limit: 2, .. }), "{err}");
}

#[test]
fn unreachable_servers_are_one_error() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    // A port nothing listens on (bound, then released).
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .expect("a port")
        .port();
    let url = format!("nats://127.0.0.1:{port}");
    let err = runtime
        .block_on(NatsTransport::connect(&url, async_nats::ConnectOptions::new(), "p", None))
        .err()
        .expect("nothing listens there");
    assert!(matches!(err, TransportError::Connect { .. }), "{err}");
    assert_eq!(err.to_string(), format!("cannot connect to NATS at `{url}`"));
}
