//! What both criterion benches share.

use std::time::Duration;

use criterion::Criterion;

/// The settings every group starts from (groups that need longer samples set their own).
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
}
