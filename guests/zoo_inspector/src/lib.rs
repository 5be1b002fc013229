//! `zoo_inspector`: imports `zoo:types/handles`, exports `zoo:types/inspector`: a second
//! library that takes, keeps and hands back the first library's counters.
//!
//! `bump-all` takes `list<borrow<counter>>` of an *imported* resource, for which
//! wit-bindgen 0.61 generates code that does not compile
//! (<https://github.com/bytecodealliance/wit-bindgen/issues/811>), so it is skipped below and
//! its canonical-ABI export is written by hand at the end of this file.

wit_bindgen::generate!({
    path: [
        "../../wit/demo-logging.wit",
        "../../wit/zoo.wit",
        "../../wit/share.wit",
        "../../wit/typeonly.wit",
        "../../wit/maps.wit",
        "../../wit/gated.wit",
        "../wit",
    ],
    world: "hub:guests/zoo-inspector",
    generate_all,
    skip: ["bump-all"],
});

use exports::zoo::types::inspector::{Guest, GuestWrapper, Wrapper};
use zoo::types::handles::Counter;

struct Component;

impl Guest for Component {
    type Wrapper = MyWrapper;

    fn describe(c: &Counter) -> String {
        format!("counter={}", c.get())
    }

    fn absorb(c: Counter) -> i64 {
        // `c` is dropped on return: the provider drops the counter.
        c.get()
    }

    fn fresh(start: i64) -> Counter {
        Counter::new(start)
    }
}

impl Component {
    /// `bump-all: func(counters: list<borrow<counter>>, delta: s64)`.
    fn bump_all(counters: &[&Counter], delta: i64) {
        for c in counters {
            c.add(delta);
        }
    }
}

struct MyWrapper {
    /// `None` only once `unwrap` has taken the counter back out.
    inner: Option<Counter>,
}

impl GuestWrapper for MyWrapper {
    fn new(inner: Counter) -> Self {
        println!("[INSPECTOR] Wrapper::new(value={})", inner.get());
        MyWrapper { inner: Some(inner) }
    }

    fn peek(&self) -> i64 {
        self.inner
            .as_ref()
            .expect("wrapper already unwrapped")
            .get()
    }

    fn unwrap(w: Wrapper) -> Counter {
        let mut w = w.into_inner::<MyWrapper>();
        let inner = w.inner.take().expect("wrapper already unwrapped");
        println!("[INSPECTOR] Wrapper::unwrap(value={})", inner.get());
        inner
    }
}

impl Drop for MyWrapper {
    fn drop(&mut self) {
        match &self.inner {
            Some(inner) => println!("[INSPECTOR] Wrapper::drop(value={})", inner.get()),
            None => println!("[INSPECTOR] Wrapper::drop(unwrapped)"),
        }
    }
}

export!(Component);

/// The hand-written export of `bump-all` (see the module docs): the canonical ABI passes the
/// list as (pointer, length) of `i32` borrow handles, allocated in this instance's memory
/// through `cabi_realloc`.
///
/// # Safety
/// Called only by the component model, with a valid list of `len` borrow handles at `ptr`.
#[cfg(target_arch = "wasm32")]
#[unsafe(export_name = "zoo:types/inspector@0.1.0#bump-all")]
unsafe extern "C" fn export_bump_all(ptr: *mut u8, len: usize, delta: i64) {
    wit_bindgen::rt::run_ctors_once();
    let counters: Vec<Counter> = (0..len)
        .map(|i| {
            // SAFETY: `ptr` holds `len` little-endian `i32` handles, 4-byte aligned.
            let handle = unsafe { ptr.add(i * 4).cast::<i32>().read() };
            // SAFETY: each is a borrow handle lent for this call; dropping the `Counter`
            // below ends the borrow (`resource.drop` on a borrow handle), as required
            // before the call returns.
            unsafe { Counter::from_handle(handle as u32) }
        })
        .collect();
    if len != 0 {
        // SAFETY: the list was allocated by `cabi_realloc` with this size and alignment.
        unsafe {
            std::alloc::dealloc(
                ptr,
                std::alloc::Layout::from_size_align_unchecked(len * 4, 4),
            );
        }
    }
    let borrowed: Vec<&Counter> = counters.iter().collect();
    Component::bump_all(&borrowed, delta);
}
