//! Checks the WIT under `wit/` before the proc macro turns it into forwarders, and tells
//! cargo to rebuild when any WIT file changes.

use std::path::Path;

/// Parses every package under `wit/`; prints `rerun-if-changed` for the folder and each
/// file, and one warning per interface that gets no generated forwarders, with why.
pub fn check(workspace: &Path) -> Result<(), String> {
    let wit = workspace.join("wit");
    println!("cargo:rerun-if-changed={}", wit.display());
    // The whole chain: a file that cannot be read says why (the OS error is its source).
    let set = hub_codegen::WitSet::load(&wit).map_err(|e| {
        format!(
            "cannot load the WIT under {}: {}",
            wit.display(),
            hub_codegen::OneLine(&e)
        )
    })?;
    for file in set.files() {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    for skipped in hub_codegen::skipped_interfaces(&set) {
        println!(
            "cargo:warning=`{}` gets no generated forwarders ({}); it is forwarded dynamically",
            skipped.name, skipped.reason
        );
    }
    Ok(())
}
