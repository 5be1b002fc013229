//! Tests of the compile cache against real guest components.

mod concurrent;
mod prune;

use hub_fixtures::events::Recording;

use super::*;
use crate::engine::new_engine;
use crate::limits::StoreLimitsConfig;

/// Runs `f` and returns its result with the messages of the warnings it emitted.
fn warnings_during<R>(f: impl FnOnce() -> R) -> (R, Vec<String>) {
    let (recording, guard) = Recording::start();
    let result = f();
    drop(guard);
    (result, recording.warnings())
}

struct Fixture {
    engine: Engine,
    path: PathBuf,
    bytes: Vec<u8>,
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let path = hub_fixtures::guest("provider_logging");
        let bytes = fs::read(&path).expect("the guest was built");
        Self {
            engine: new_engine(true, &StoreLimitsConfig::default()).expect("engine"),
            path,
            bytes,
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn cache(&self) -> CompileCache {
        CompileCache::new(Some(self.dir.path().to_owned()))
    }

    /// Loads the guest through a fresh cache on the fixture's folder.
    fn load_fresh(&self) -> (Component, CacheSource) {
        self.load(&self.cache())
    }

    fn load(&self, cache: &CompileCache) -> (Component, CacheSource) {
        let (component, digest, source) = cache
            .component(&self.engine, &self.path, &self.bytes)
            .expect("loads");
        assert_eq!(digest, ContentDigest::of(&self.bytes));
        (component, source)
    }

    fn entry(&self) -> DiskEntry {
        DiskEntry::new(
            self.dir.path(),
            EngineKey::of(&self.engine),
            ContentDigest::of(&self.bytes),
        )
    }

    /// Every regular file under the cache folder (entries and leftovers).
    fn files(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for item in fs::read_dir(dir).expect("readable") {
                let path = item.expect("entry").path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out
    }
}

/// The names of a component's exports: the same for every way it was obtained.
fn exports(engine: &Engine, component: &Component) -> Vec<String> {
    component
        .component_type()
        .exports(engine)
        .map(|(name, _)| name.to_owned())
        .collect()
}

/// `bytes` with a custom section appended: another valid component, another digest.
fn variant(bytes: &[u8], n: u8) -> Vec<u8> {
    let name = b"variant";
    let mut out = bytes.to_vec();
    out.extend_from_slice(&[0, 1 + name.len() as u8 + 1, name.len() as u8]);
    out.extend_from_slice(name);
    out.push(n);
    out
}

#[test]
fn cache_is_send_and_sync() {
    fn assert<T: Send + Sync>() {}
    assert::<CompileCache>();
}

#[test]
fn compiles_once_then_serves_from_memory_then_from_disk() {
    let fx = Fixture::new();
    let cache = fx.cache();
    let ((compiled, source), warnings) = warnings_during(|| fx.load(&cache));
    assert_eq!(source, CacheSource::Compiled);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        fx.files(),
        vec![fx.entry().path],
        "exactly one entry, no leftovers"
    );

    let (again, source) = fx.load(&cache);
    assert_eq!(source, CacheSource::Memory);
    assert_eq!(cache.memory_len(), 1);

    let ((from_disk, source), warnings) = warnings_during(|| fx.load_fresh());
    assert_eq!(source, CacheSource::Disk);
    assert!(warnings.is_empty(), "{warnings:?}");
    let expected = exports(&fx.engine, &compiled);
    assert!(!expected.is_empty());
    assert_eq!(exports(&fx.engine, &again), expected);
    assert_eq!(exports(&fx.engine, &from_disk), expected);
}

#[test]
fn memory_cache_works_without_a_folder_and_never_touches_disk() {
    let fx = Fixture::new();
    let cache = CompileCache::new(None);
    assert_eq!(fx.load(&cache).1, CacheSource::Compiled);
    assert_eq!(fx.load(&cache).1, CacheSource::Memory);
    assert!(fx.files().is_empty());
}

#[test]
fn bad_entries_are_detected_reported_and_rewritten() {
    let fx = Fixture::new();
    let (component, _) = fx.load_fresh();
    let entry = fx.entry();
    let good = fs::read(&entry.path).expect("entry written");
    let payload = entry.verify(&good).expect("valid").to_vec();

    // An intact entry whose payload is another engine's code: framed with our keys
    // and a correct digest, so only wasmtime's own check can refuse it.
    let mut foreign_config = wasmtime::Config::new();
    foreign_config.concurrency_support(false);
    foreign_config.epoch_interruption(false);
    let foreign_engine = Engine::new(&foreign_config).expect("engine");
    let foreign_code = Component::from_binary(&foreign_engine, &fx.bytes)
        .and_then(|c| c.serialize())
        .expect("compiles");
    entry.store(&foreign_code).expect("writable");
    let foreign_engine_entry = fs::read(&entry.path).expect("written");
    fs::write(&entry.path, &good).expect("restore");

    // An intact entry of another component, copied under this one's name.
    let other = variant(&fx.bytes, 1);
    fx.cache()
        .component(&fx.engine, &fx.path, &other)
        .expect("compiles");
    let other_entry = DiskEntry::new(
        fx.dir.path(),
        EngineKey::of(&fx.engine),
        ContentDigest::of(&other),
    );
    let other_component = fs::read(&other_entry.path).expect("written");

    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x40;
    let mut header_and_noise = good[..HEADER_LEN].to_vec();
    header_and_noise.extend((0..payload.len() + TRAILER_LEN).map(|i| (i * 7919 % 251) as u8));
    let cases: [(&str, Vec<u8>, &str); 6] = [
        ("flipped byte", flipped, "fails its digest check"),
        ("cut in half", good[..good.len() / 2].to_vec(), "instead of"),
        ("cut in the header", good[..20].to_vec(), "is truncated"),
        (
            "valid header, noise",
            header_and_noise,
            "fails its digest check",
        ),
        ("another component", other_component, "another component"),
        (
            "another engine's code",
            foreign_engine_entry,
            "refused by wasmtime",
        ),
    ];
    for (case, bad, reason) in cases {
        fs::write(&entry.path, &bad).expect("writable");
        let ((loaded, source), warnings) = warnings_during(|| fx.load_fresh());
        assert_eq!(source, CacheSource::Compiled, "{case}");
        assert_eq!(warnings.len(), 1, "{case}: {warnings:?}");
        assert!(warnings[0].contains(reason), "{case}: {warnings:?}");
        assert!(
            warnings[0].contains(&entry.path.display().to_string()),
            "{case}: {warnings:?}"
        );
        assert_eq!(
            exports(&fx.engine, &loaded),
            exports(&fx.engine, &component)
        );
        assert!(
            entry
                .verify(&fs::read(&entry.path).expect("rewritten"))
                .is_ok(),
            "{case}"
        );
        let ((_, source), warnings) = warnings_during(|| fx.load_fresh());
        assert_eq!(source, CacheSource::Disk, "{case}");
        assert!(warnings.is_empty(), "{case}: {warnings:?}");
    }
    assert!(
        fx.files()
            .iter()
            .all(|f| f.extension() == Some(ENTRY_EXTENSION.as_ref())),
        "no temporary file left behind: {:?}",
        fx.files()
    );
}

#[test]
fn unwritable_folder_still_loads_with_one_warning() {
    let fx = Fixture::new();
    let file = fx.dir.path().join("a-file");
    fs::write(&file, b"not a folder").expect("writable");
    let cache = CompileCache::new(Some(file.join("cache")));
    let ((component, digest, source), warnings) = warnings_during(|| {
        cache
            .component(&fx.engine, &fx.path, &fx.bytes)
            .expect("loads without the disk cache")
    });
    assert_eq!(source, CacheSource::Compiled);
    assert_eq!(digest, ContentDigest::of(&fx.bytes));
    assert!(!exports(&fx.engine, &component).is_empty());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("Could not cache"), "{warnings:?}");
    // Later loads come from memory, without further warnings.
    let ((_, _, source), warnings) = warnings_during(|| {
        cache
            .component(&fx.engine, &fx.path, &fx.bytes)
            .expect("loads")
    });
    assert_eq!(source, CacheSource::Memory);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn compile_errors_are_returned_and_not_remembered() {
    let fx = Fixture::new();
    let cache = fx.cache();
    let mut broken = fx.bytes.clone();
    broken.truncate(broken.len() / 2);
    assert!(cache.component(&fx.engine, &fx.path, &broken).is_err());
    assert_eq!(cache.memory_len(), 0);
    assert!(fx.files().is_empty());
}

#[test]
fn memory_map_stays_bounded() {
    let fx = Fixture::new();
    let cache = CompileCache::with_capacity(None, 2);
    let [a, b, c] = [1, 2, 3].map(|n| variant(&fx.bytes, n));
    let load = |bytes: &[u8]| {
        cache
            .component(&fx.engine, &fx.path, bytes)
            .expect("a valid component")
            .2
    };
    assert_eq!(load(&a), CacheSource::Compiled);
    assert_eq!(load(&b), CacheSource::Compiled);
    assert_eq!(load(&a), CacheSource::Memory); // `b` is now the least recently used
    assert_eq!(load(&c), CacheSource::Compiled);
    assert_eq!(cache.memory_len(), 2);
    assert_eq!(load(&a), CacheSource::Memory);
    assert_eq!(load(&c), CacheSource::Memory);
    assert_eq!(load(&b), CacheSource::Compiled);
    assert_eq!(cache.memory_len(), 2);
}

#[test]
fn lru_evicts_the_least_recently_used() {
    let mut lru = Lru::new(3);
    for k in 0..3 {
        lru.get_or_insert_with(k, || k * 10);
    }
    assert_eq!(
        *lru.get_or_insert_with(0, || 99),
        0,
        "present: not replaced"
    );
    lru.get_or_insert_with(3, || 30); // evicts 1, the oldest unused
    assert!(!lru.contains(&1));
    lru.get_or_insert_with(4, || 40); // evicts 2
    assert!(!lru.contains(&2));
    assert!(lru.contains(&0) && lru.contains(&3) && lru.contains(&4));
    for k in 100..1000 {
        lru.get_or_insert_with(k, || k);
    }
    assert_eq!(lru.len(), 3);
    lru.remove_if(&999, |v| *v == 0);
    assert!(lru.contains(&999));
    lru.remove_if(&999, |v| *v == 999);
    assert!(!lru.contains(&999));
}

#[test]
fn default_dir_is_the_platform_cache_folder() {
    let dir = CompileCache::default_dir().expect("this machine has a home folder");
    assert!(
        dir.is_absolute() && dir.ends_with("component-hub"),
        "{dir:?}"
    );
}

#[test]
fn digests_are_stable_hex() {
    let digest = ContentDigest::of(b"abc");
    assert_eq!(
        digest.to_string(),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let engine = new_engine(true, &StoreLimitsConfig::default()).expect("engine");
    assert!(
        EngineKey::of(&engine)
            == EngineKey::of(&new_engine(true, &StoreLimitsConfig::default()).expect("engine"))
    );
    let mut other = wasmtime::Config::new();
    other.concurrency_support(false);
    other.epoch_interruption(false);
    let other = Engine::new(&other).expect("engine");
    assert!(EngineKey::of(&engine) != EngineKey::of(&other));
}
