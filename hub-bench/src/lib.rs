//! Support for component-hub's benchmarks: the floors the hub is measured against (the
//! same imports implemented by the host, the host calling providers directly, and the
//! components fused ahead of time), the list of what is measured and the measured loops
//! themselves, shared by the criterion benches, `bench-profile` and `bench-report`; and
//! what a user waits for besides calls (loads, runs) and how much memory stays resident.

#![deny(missing_docs)]

pub mod floors;
pub mod fuse;
pub mod kinds;
pub mod large;
pub mod lifecycle;
pub mod memory;
pub mod plain;
pub mod runners;
pub mod scratch;
