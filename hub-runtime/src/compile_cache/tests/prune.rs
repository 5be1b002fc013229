//! The disk folder's bound, recency, temporary-file cleanup and clearing. Recency is set
//! with explicit modification times, never by waiting.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::*;
use crate::compile_cache::folder::{self, Kind, Pruned, TEMP_MAX_AGE};

/// A fixed instant plus `seconds`: an order of uses that does not depend on the clock.
fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_700_000_000 + seconds)
}

fn set_modified(path: &Path, time: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(time))
        .expect("the test's own file");
}

fn modified(path: &Path) -> SystemTime {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .expect("exists")
}

/// An engine-key folder name for a made-up engine (an old wasmtime, other settings).
fn engine_folder(name: &str) -> String {
    ContentDigest::of(name.as_bytes()).to_string()
}

/// Writes a file shaped like an entry, `len` bytes, last used at `used`. Pruning looks
/// at names, sizes and times only, so it need not hold compiled code.
fn fake_entry(dir: &Path, engine: &str, n: u32, len: usize, used: SystemTime) -> PathBuf {
    let folder = dir.join(engine);
    fs::create_dir_all(&folder).expect("writable");
    let path = folder.join(format!(
        "{}.{ENTRY_EXTENSION}",
        ContentDigest::of(&n.to_le_bytes())
    ));
    fs::write(&path, vec![0; len]).expect("writable");
    set_modified(&path, used);
    path
}

/// Entry files under `dir`, sorted.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = folder::list(dir)
        .expect("listable")
        .entries
        .into_iter()
        .map(|e| e.path)
        .collect();
    paths.sort();
    paths
}

fn sorted(mut paths: Vec<PathBuf>) -> Vec<PathBuf> {
    paths.sort();
    paths
}

#[test]
fn pruning_removes_least_recently_used_first_whatever_the_engine() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (current, old) = (engine_folder("current"), engine_folder("wasmtime 47"));
    let stale = fake_entry(dir.path(), &old, 0, 100, at(0));
    let a = fake_entry(dir.path(), &current, 1, 100, at(30));
    let b = fake_entry(dir.path(), &current, 2, 100, at(10));
    let c = fake_entry(dir.path(), &current, 3, 100, at(20));
    let pruned = folder::prune(dir.path(), 250, None).expect("prunes");
    assert_eq!(
        pruned,
        Pruned {
            entries: 2,
            bytes: 200,
            temps: 0
        }
    );
    assert!(
        !stale.exists() && !b.exists(),
        "the two least recently used go"
    );
    assert_eq!(entries(dir.path()), sorted(vec![a.clone(), c.clone()]));
    // Under the bound, nothing more goes.
    assert_eq!(
        folder::prune(dir.path(), 250, None).expect("prunes"),
        Pruned::default()
    );
    // Exactly at the bound is under it.
    assert_eq!(
        folder::prune(dir.path(), 200, None).expect("prunes"),
        Pruned::default()
    );
    assert_eq!(entries(dir.path()), sorted(vec![a, c]));
}

#[test]
fn the_entry_just_written_is_never_pruned() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = engine_folder("current");
    // Written now but with an old time (a copied file, another machine's clock): still
    // kept, even though it alone exceeds the bound.
    let kept = fake_entry(dir.path(), &key, 0, 500, at(0));
    let other = fake_entry(dir.path(), &key, 1, 10, at(100));
    let pruned = folder::prune(dir.path(), 100, Some(&kept)).expect("prunes");
    assert_eq!(pruned.entries, 1);
    assert_eq!(entries(dir.path()), vec![kept]);
    assert!(!other.exists());
}

#[test]
fn the_bound_holds_after_many_inserts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keys = [engine_folder("current"), engine_folder("other settings")];
    let bound = 1_000;
    let mut written = Vec::new();
    for n in 0..60u32 {
        // Sizes from 50 to 340 bytes, in an order that is not monotonic.
        let len = 50 + (n as usize * 37) % 300;
        let path = fake_entry(dir.path(), &keys[n as usize % 2], n, len, at(u64::from(n)));
        folder::prune(dir.path(), bound, Some(&path)).expect("prunes");
        written.push(path);
        let listing = folder::list(dir.path()).expect("listable");
        let total: u64 = listing.entries.iter().map(|e| e.len).sum();
        assert!(total <= bound, "after insert {n}: {total} bytes");
        // What stays is the most recently used run of entries, the newest included.
        let kept = entries(dir.path());
        let expected = sorted(written[written.len() - kept.len()..].to_vec());
        assert_eq!(kept, expected, "after insert {n}");
        // And nothing more went than needed: the next older one would not have fit.
        if let Some(next_older) = written.len().checked_sub(kept.len() + 1) {
            let next_len = 50 + (next_older * 37) % 300;
            assert!(total + next_len as u64 > bound, "after insert {n}");
        }
    }
}

#[test]
fn a_hit_from_disk_refreshes_the_entry_s_recency() {
    let fx = Fixture::new();
    let [a, b, c] = [1, 2, 3].map(|n| variant(&fx.bytes, n));
    let entry_of = |bytes: &[u8]| {
        DiskEntry::new(
            fx.dir.path(),
            EngineKey::of(&fx.engine),
            ContentDigest::of(bytes),
        )
        .path
    };
    let load = |cache: &CompileCache, bytes: &[u8]| {
        cache
            .component(&fx.engine, &fx.path, bytes)
            .expect("a valid component")
            .2
    };
    let writer = fx.cache();
    assert_eq!(load(&writer, &a), CacheSource::Compiled);
    assert_eq!(load(&writer, &b), CacheSource::Compiled);
    // `a` was used before `b`.
    set_modified(&entry_of(&a), at(0));
    set_modified(&entry_of(&b), at(10));

    let before_hit = SystemTime::now();
    assert_eq!(load(&fx.cache(), &a), CacheSource::Disk);
    assert!(modified(&entry_of(&a)) >= before_hit, "the hit touched `a`");

    // Room for two entries, not three: writing `c` pushes out `b`, now the least
    // recently used, and not `a`, the oldest written.
    let len = |bytes: &[u8]| fs::metadata(entry_of(bytes)).expect("written").len();
    let bound = len(&a) + len(&b) + len(&b) / 2;
    let bounded = fx.cache().max_disk_size(bound);
    assert_eq!(load(&bounded, &c), CacheSource::Compiled);
    assert_eq!(
        entries(fx.dir.path()),
        sorted(vec![entry_of(&a), entry_of(&c)])
    );

    // A hub started with a lower bound prunes at once, least recently used first.
    set_modified(&entry_of(&a), at(0));
    fx.cache().max_disk_size(len(&c)).prune_disk();
    assert_eq!(entries(fx.dir.path()), vec![entry_of(&c)]);
}

#[test]
fn temporary_files_of_dead_writers_are_removed_and_live_ones_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder_path = dir.path().join(engine_folder("current"));
    fs::create_dir_all(&folder_path).expect("writable");
    let digest = ContentDigest::of(b"x");
    let temp = |pid: u32, age: Duration| {
        let path = folder_path.join(disk::temp_name(&digest, pid, 0));
        fs::write(&path, b"half an entry").expect("writable");
        set_modified(&path, SystemTime::now() - age);
        path
    };
    let dead = temp(1, TEMP_MAX_AGE + Duration::from_secs(60));
    let writing = temp(2, Duration::from_secs(1));
    // Another clock ahead of ours: young, not infinitely old.
    let future = folder_path.join(disk::temp_name(&digest, 3, 0));
    fs::write(&future, b"").expect("writable");
    set_modified(&future, SystemTime::now() + Duration::from_secs(3600));
    // Not ours, however old.
    let foreign = folder_path.join(".notes.tmp");
    fs::write(&foreign, b"mine").expect("writable");
    set_modified(&foreign, at(0));

    let pruned = folder::prune(dir.path(), u64::MAX, None).expect("prunes");
    assert_eq!(
        pruned,
        Pruned {
            entries: 0,
            bytes: 0,
            temps: 1
        }
    );
    assert!(!dead.exists());
    assert!(writing.exists() && future.exists() && foreign.exists());
}

#[test]
fn usage_counts_every_engine_s_entries() {
    let fx = Fixture::new();
    assert_eq!(
        CompileCache::new(None).disk_usage().expect("no folder"),
        None
    );
    let empty = fx
        .cache()
        .disk_usage()
        .expect("listable")
        .expect("a folder");
    assert_eq!((empty.entries, empty.bytes), (0, 0));
    assert_eq!(empty.max_bytes, DEFAULT_MAX_SIZE);

    fx.load_fresh();
    fake_entry(fx.dir.path(), &engine_folder("wasmtime 47"), 0, 1000, at(0));
    let usage = fx
        .cache()
        .max_disk_size(1 << 40)
        .disk_usage()
        .expect("listable")
        .expect("a folder");
    let entry_len = fs::metadata(fx.entry().path).expect("written").len();
    assert_eq!(
        usage,
        CacheUsage {
            dir: fx.dir.path().to_owned(),
            entries: 2,
            bytes: entry_len + 1000,
            max_bytes: 1 << 40,
        }
    );
}

#[test]
fn clearing_empties_the_folder_and_the_cache_goes_on() {
    let fx = Fixture::new();
    let cache = fx.cache();
    assert_eq!(fx.load(&cache).1, CacheSource::Compiled);
    let entry_len = fs::metadata(fx.entry().path).expect("written").len();
    let old = fake_entry(fx.dir.path(), &engine_folder("wasmtime 47"), 0, 1000, at(0));
    let temp = fx
        .entry()
        .path
        .with_file_name(disk::temp_name(&ContentDigest::of(b"y"), 7, 0));
    fs::write(&temp, b"being written").expect("writable");
    let foreign = fx.dir.path().join("README");
    fs::write(&foreign, b"not the cache's").expect("writable");

    let removed = cache.clear_disk().expect("clears").expect("a folder");
    assert_eq!((removed.entries, removed.bytes), (2, entry_len + 1000));
    assert!(!old.exists() && !temp.exists());
    assert_eq!(
        fx.files(),
        vec![foreign.clone()],
        "only the foreign file stays"
    );
    assert!(
        !fx.entry().path.parent().expect("a folder").exists(),
        "empty engine folders go"
    );

    // The cache that was cleared still serves from memory; another compiles and writes.
    assert_eq!(fx.load(&cache).1, CacheSource::Memory);
    assert_eq!(fx.load_fresh().1, CacheSource::Compiled);
    assert_eq!(fx.load_fresh().1, CacheSource::Disk);
    assert_eq!(sorted(fx.files()), sorted(vec![fx.entry().path, foreign]));
    assert_eq!(CompileCache::new(None).clear_disk().expect("nothing"), None);
}

#[test]
fn only_names_the_cache_writes_count() {
    let digest = ContentDigest::of(b"z");
    assert_eq!(
        folder::kind(&format!("{digest}.{ENTRY_EXTENSION}")),
        Some(Kind::Entry)
    );
    assert_eq!(
        folder::kind(&disk::temp_name(&digest, 4242, 17)),
        Some(Kind::Temp)
    );
    let upper = digest.to_string().to_uppercase();
    for name in [
        format!("{upper}.{ENTRY_EXTENSION}"),
        format!("{}.{ENTRY_EXTENSION}", &digest.to_string()[1..]),
        format!("{digest}.wasm"),
        format!(".{digest}.{ENTRY_EXTENSION}"),
        format!(".{digest}.12.tmp"),
        format!(".{digest}.x.1.tmp"),
        format!(".{digest}.1.1.tmp.bak"),
        "notes.txt".to_owned(),
    ] {
        assert_eq!(folder::kind(&name), None, "{name}");
    }
}

/// A link named like an entry is not the cache's, wherever it points: clearing leaves it
/// and its target alone, and a linked folder is not entered.
#[cfg(unix)]
#[test]
fn symbolic_links_are_never_followed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let outside = tempfile::tempdir().expect("temp dir");
    let target = outside.path().join("precious");
    fs::write(&target, b"keep me").expect("writable");
    let key = engine_folder("current");
    let folder_path = dir.path().join(&key);
    fs::create_dir_all(&folder_path).expect("writable");
    let link = folder_path.join(format!("{}.{ENTRY_EXTENSION}", ContentDigest::of(b"link")));
    std::os::unix::fs::symlink(&target, &link).expect("links");
    let outside_entry = fake_entry(outside.path(), &key, 0, 10, at(0));
    std::os::unix::fs::symlink(
        outside.path().join(&key),
        dir.path().join(engine_folder("linked")),
    )
    .expect("links");

    let usage = folder::usage(dir.path(), 0).expect("listable");
    assert_eq!(usage.entries, 0);
    folder::clear(dir.path(), 0).expect("clears");
    assert!(link.symlink_metadata().is_ok() && target.exists() && outside_entry.exists());
}
