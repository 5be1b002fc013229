//! Many hubs, threads and writers on one cache at once.

use std::sync::Barrier;

use super::*;

#[test]
fn concurrent_hubs_share_one_folder() {
    let fx = Fixture::new();
    let barrier = Barrier::new(2);
    let expected = exports(&fx.engine, &fx.load(&CompileCache::new(None)).0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for round in 0..4 {
                    barrier.wait();
                    // Both compile and write in the even rounds, both read in the odd ones.
                    if round % 2 == 0 {
                        let _ = fs::remove_file(fx.entry().path);
                        barrier.wait();
                    }
                    let (component, source) = fx.load_fresh();
                    // In an even round either thread may compile or read what the other
                    // just wrote; in an odd one the entry is there for both. Either way
                    // each gets a whole, working component.
                    if round % 2 == 1 {
                        assert_eq!(source, CacheSource::Disk);
                    }
                    assert_eq!(exports(&fx.engine, &component), expected);
                }
            });
        }
    });
    assert_eq!(fx.load_fresh().1, CacheSource::Disk);
    assert_eq!(fx.files(), vec![fx.entry().path]);
}

#[test]
fn concurrent_callers_in_one_process_share_one_compilation() {
    let fx = Fixture::new();
    let cache = CompileCache::new(None);
    let barrier = Barrier::new(2);
    let sources: Vec<CacheSource> = std::thread::scope(|s| {
        let threads: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    fx.load(&cache).1
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().expect("no panic"))
            .collect()
    });
    let compiled = sources
        .iter()
        .filter(|s| **s == CacheSource::Compiled)
        .count();
    assert_eq!(compiled, 1, "{sources:?}");
    assert_eq!(cache.memory_len(), 1);
}

#[test]
fn concurrent_writes_never_expose_a_partial_entry() {
    let fx = Fixture::new();
    let entry = fx.entry();
    let code = fx
        .load(&CompileCache::new(None))
        .0
        .serialize()
        .expect("serializes");
    let rounds = 50;
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for _ in 0..rounds {
                    entry.store(&code).expect("writable");
                }
            });
        }
        s.spawn(|| {
            for _ in 0..rounds * 4 {
                match fs::read(&entry.path) {
                    Ok(file) => assert_eq!(entry.verify(&file).expect("whole"), &code[..]),
                    Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::NotFound),
                }
            }
        });
    });
    assert_eq!(fx.load_fresh().1, CacheSource::Disk);
    assert_eq!(fx.files(), vec![entry.path]);
}

/// Pruners racing each other and a writer: files vanish under every pruner (the other
/// removed them first) and entries are renamed in during a listing; none of it is an
/// error, and no write fails.
#[test]
fn concurrent_pruning_and_writing_never_fail() {
    let fx = Fixture::new();
    let code = b"not really compiled code, but framed like an entry";
    let key = EngineKey::of(&fx.engine);
    let store = |n: u32| {
        DiskEntry::new(fx.dir.path(), key, ContentDigest::of(&n.to_le_bytes()))
            .store(code)
            .expect("writing never fails");
    };
    let barrier = Barrier::new(3);
    for round in 0..10u32 {
        // Both pruners list the same 100 entries and remove them at once.
        (0..100).for_each(|n| store(round * 1000 + n));
        std::thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| {
                    barrier.wait();
                    super::folder::prune(fx.dir.path(), 0, None).expect("pruning never fails")
                });
            }
            s.spawn(|| {
                barrier.wait();
                (100..200).for_each(|n| store(round * 1000 + n));
            });
        });
    }
    super::folder::prune(fx.dir.path(), 0, None).expect("prunes");
    assert!(fx.files().is_empty(), "{:?}", fx.files());
}
