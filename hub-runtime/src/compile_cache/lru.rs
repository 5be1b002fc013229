//! The in-memory map's eviction order.

/// A map that keeps its `capacity` most recently used entries.
///
/// Lookups are O(1); inserting into a full map scans it for the least recently used entry.
/// With a capacity of 64 that scan costs nothing next to the compilation that precedes
/// every insert. (The `lru` crate would change `hashbrown`'s features and so rebuild
/// cranelift and wasmtime.)
use std::collections::HashMap;
use std::hash::Hash;

pub(super) struct Lru<K, V> {
    capacity: usize,
    /// Incremented on every use; an entry's stamp says when it was last used.
    clock: u64,
    entries: HashMap<K, (V, u64)>,
}

impl<K: Eq + Hash + Copy, V> Lru<K, V> {
    pub(super) fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            clock: 0,
            entries: HashMap::new(),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    /// The value for `key`, inserting `make()` if there is none (evicting the least
    /// recently used entry if the map is full); either way `key` becomes the most recent.
    pub(super) fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &V {
        self.clock += 1;
        let now = self.clock;
        if !self.entries.contains_key(&key) && self.entries.len() >= self.capacity {
            let oldest = self
                .entries
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| *k);
            if let Some(oldest) = oldest {
                self.entries.remove(&oldest);
            }
        }
        let entry = self.entries.entry(key).or_insert_with(|| (make(), now));
        entry.1 = now;
        &entry.0
    }

    /// Removes `key` if its value satisfies `pred`.
    pub(super) fn remove_if(&mut self, key: &K, pred: impl FnOnce(&V) -> bool) {
        if self.entries.get(key).is_some_and(|(v, _)| pred(v)) {
            self.entries.remove(key);
        }
    }

    #[cfg(test)]
    pub(super) fn contains(&self, key: &K) -> bool {
        self.entries.contains_key(key)
    }
}
