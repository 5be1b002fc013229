//! Support for component-hub's benchmarks: the floors the hub is measured against (the
//! same imports implemented by the host, the host calling providers directly, and the
//! components fused ahead of time) and the list of what is measured, shared by the
//! criterion benches and the report.

pub mod floors;
pub mod fuse;
pub mod kinds;
pub mod plain;
