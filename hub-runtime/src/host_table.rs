//! The hub-wide table of resources the host makes for its own interfaces, when they may
//! cross between stores ([`Hub::share_resource`](crate::Hub::share_resource)): one
//! `rep` means the same value in every store, and each value has a holder, like a
//! registry entry, so ending a run or unloading a library releases what it still holds.

use std::any::Any;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use parking_lot::Mutex;
use slab::Slab;

use crate::error::HostResourceError;
use crate::holder::Holder;
use crate::rep::{slot, tagged_rep};

/// A value of the host's, behind a `rep`.
pub(crate) type HostValue = Arc<dyn Any + Send + Sync>;

struct HostEntry {
    value: HostValue,
    holder: Holder,
    rep: u32,
}

#[derive(Default)]
struct Slots {
    live: Slab<HostEntry>,
    next_seq: u64,
    held: HashMap<Holder, HashSet<u32>>,
}

impl Slots {
    fn entry(&self, rep: u32) -> Option<&HostEntry> {
        self.live.get(slot(rep)).filter(|e| e.rep == rep)
    }

    fn held_by(&self, holder: Holder) -> usize {
        self.held.get(&holder).map_or(0, HashSet::len)
    }
}

/// The table; every store's [`HostResources`](crate::HostResources) view shares it.
pub(crate) struct HostTable {
    slots: Mutex<Slots>,
    /// Most live handles one run may hold here.
    run_quota: usize,
}

impl HostTable {
    pub(crate) fn new(run_quota: usize) -> Self {
        HostTable {
            slots: Mutex::default(),
            run_quota,
        }
    }

    /// Keeps `value` for `holder`; returns its `rep`.
    pub(crate) fn insert(
        &self,
        value: HostValue,
        holder: Holder,
    ) -> Result<u32, HostResourceError> {
        let mut slots = self.slots.lock();
        self.check_quota(&slots, holder)?;
        let seq = slots.next_seq;
        slots.next_seq += 1;
        let rep = tagged_rep(slots.live.vacant_key(), seq).ok_or(HostResourceError::Full)?;
        slots.live.insert(HostEntry { value, holder, rep });
        slots.held.entry(holder).or_default().insert(rep);
        Ok(rep)
    }

    /// The value behind `rep`.
    pub(crate) fn get(&self, rep: u32) -> Result<HostValue, HostResourceError> {
        let slots = self.slots.lock();
        let entry = slots.entry(rep).ok_or(HostResourceError::Dead { rep })?;
        Ok(Arc::clone(&entry.value))
    }

    /// Removes `rep` and returns its value, if `keep` accepts it.
    pub(crate) fn remove_if(
        &self,
        rep: u32,
        keep: impl FnOnce(&HostValue) -> Result<(), HostResourceError>,
    ) -> Result<HostValue, HostResourceError> {
        let mut slots = self.slots.lock();
        let entry = slots.entry(rep).ok_or(HostResourceError::Dead { rep })?;
        keep(&entry.value)?;
        let entry = slots.live.remove(slot(rep));
        if let Some(held) = slots.held.get_mut(&entry.holder) {
            held.remove(&rep);
        }
        Ok(entry.value)
    }

    /// Removes `rep` whatever its value, and returns the value.
    pub(crate) fn remove(&self, rep: u32) -> Result<HostValue, HostResourceError> {
        self.remove_if(rep, |_| Ok(()))
    }

    /// Records that the handle `rep` moved to `holder` (an `own` passed to another
    /// store through the hub).
    pub(crate) fn move_to(&self, rep: u32, holder: Holder) -> Result<(), HostResourceError> {
        let mut slots = self.slots.lock();
        let previous = slots
            .entry(rep)
            .ok_or(HostResourceError::Dead { rep })?
            .holder;
        if previous == holder {
            return Ok(());
        }
        self.check_quota(&slots, holder)?;
        if let Some(held) = slots.held.get_mut(&previous) {
            held.remove(&rep);
        }
        slots.live[slot(rep)].holder = holder;
        slots.held.entry(holder).or_default().insert(rep);
        Ok(())
    }

    /// Removes every value `holder` still holds; the caller drops them (not under the
    /// table's lock: a value's `Drop` is the embedder's code).
    pub(crate) fn release_holder(&self, holder: Holder) -> Vec<HostValue> {
        let mut slots = self.slots.lock();
        let Some(held) = slots.held.remove(&holder) else {
            return Vec::new();
        };
        held.into_iter()
            .map(|rep| slots.live.remove(slot(rep)).value)
            .collect()
    }

    /// How many values `holder` holds.
    pub(crate) fn held_by(&self, holder: Holder) -> usize {
        self.slots.lock().held_by(holder)
    }

    /// Number of live values.
    pub(crate) fn len(&self) -> usize {
        self.slots.lock().live.len()
    }

    /// Forgets every value (the hub is going away).
    pub(crate) fn clear(&self) {
        let live = {
            let mut slots = self.slots.lock();
            slots.held.clear();
            std::mem::take(&mut slots.live)
        };
        drop(live);
    }

    fn check_quota(&self, slots: &Slots, holder: Holder) -> Result<(), HostResourceError> {
        if matches!(holder, Holder::Run(_)) && slots.held_by(holder) >= self.run_quota {
            return Err(HostResourceError::Quota {
                quota: self.run_quota,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::RunId;

    #[test]
    fn values_move_between_holders_and_go_with_the_last() {
        let table = HostTable::new(2);
        let run = Holder::Run(RunId(1));
        let library = Holder::Library(crate::ids::LibraryId {
            number: 1,
            generation: 0,
        });
        let a = table.insert(Arc::new(1_u32), run).unwrap();
        let b = table.insert(Arc::new(2_u32), run).unwrap();
        assert!(matches!(
            table.insert(Arc::new(3_u32), run),
            Err(HostResourceError::Quota { quota: 2 })
        ));
        table.move_to(a, library).unwrap();
        assert_eq!((table.held_by(run), table.held_by(library)), (1, 1));
        assert_eq!(table.release_holder(run).len(), 1);
        assert!(matches!(table.get(b), Err(HostResourceError::Dead { .. })));
        assert_eq!(*table.get(a).unwrap().downcast::<u32>().unwrap(), 1);
        table.remove(a).unwrap();
        assert_eq!(table.len(), 0);
        // A stale rep does not reach a later value in the same slot.
        let c = table.insert(Arc::new(4_u32), library).unwrap();
        assert_ne!(a, c);
        assert!(table.get(a).is_err());
    }
}
