//! The global handle registry: every resource that crosses the hub is a host handle
//! whose `rep` is a slot here, pointing back at the provider's own `ResourceAny`, and
//! naming who holds it.
//!
//! Insert, lookup and remove are O(1) (a slab indexed by the low bits of `rep`; the high
//! bits tag the slot's occupant, so a stale `rep` kept by a run in flight when its
//! library went away does not reach a later handle in the same slot). Each holder also keeps
//! the list of reps handed to it, so releasing a run's or a library's handles touches
//! only those, never the whole registry; entries that moved on or died are skipped by
//! their sequence number, and the lists are compacted as they go stale.

use std::collections::HashMap;
use std::sync::Arc;

use parking_lot::Mutex;
use slab::Slab;
use wasmtime::component::ResourceAny;

use crate::holder::Holder;
use crate::host_table::HostTable;
use crate::rep::{slot, tagged_rep};
use crate::resource_type::ResourceTypeEntry;
use crate::trace::HUB_TARGET;

/// One live resource: the provider-side handle, the type it belongs to (which knows the
/// provider), and who holds the host handle.
pub(crate) struct HandleEntry {
    pub(crate) ty: Arc<ResourceTypeEntry>,
    /// The owned handle in the provider's store.
    pub(crate) handle: ResourceAny,
    /// Which instance of the provider made it, and holds it: its methods and its drop
    /// go there.
    pub(crate) instance: usize,
    pub(crate) holder: Holder,
    /// Unique for the registry's lifetime: tells a live entry from a later one in the
    /// same slot, and orders releases (newest first).
    seq: u64,
    /// Its `rep`: the slot, tagged.
    rep: u32,
}

/// A provider's own handle, with the instance of the provider holding it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ProviderHandle {
    pub(crate) handle: ResourceAny,
    pub(crate) instance: usize,
}

/// An app run went over its handle quota.
#[derive(Debug, thiserror::Error)]
#[error("the run holds {quota} resource handles, its quota")]
pub(crate) struct QuotaExceeded {
    pub(crate) quota: usize,
}

/// Slab-backed map from `rep` to [`HandleEntry`].
pub(crate) struct HandleRegistry {
    slots: Mutex<Slots>,
    /// Most live handles one run may hold.
    run_quota: usize,
    /// The host's own resources that cross between stores, with their holders.
    pub(crate) host: Arc<HostTable>,
}

#[derive(Default)]
struct Slots {
    live: Slab<HandleEntry>,
    next_seq: u64,
    holders: HashMap<Holder, HolderIndex>,
}

/// The reps handed to one holder (some may have moved on or died since) and how many of
/// them it still holds.
#[derive(Default)]
struct HolderIndex {
    reps: Vec<(u32, u64)>,
    live: usize,
}

impl HandleRegistry {
    /// An empty registry allowing each run `run_quota` live handles.
    pub(crate) fn new(run_quota: usize) -> Self {
        HandleRegistry {
            slots: Mutex::default(),
            run_quota,
            host: Arc::new(HostTable::new(run_quota)),
        }
    }

    /// Registers a provider's handle, made by its instance `instance` and held by
    /// `holder`, and returns the `rep` every other store will see.
    ///
    /// # Errors
    ///
    /// [`QuotaExceeded`] when `holder` is a run already at its quota (the handle is not
    /// registered then: the caller still owns it), or when the registry is full.
    pub(crate) fn insert(
        &self,
        ty: &Arc<ResourceTypeEntry>,
        handle: ResourceAny,
        instance: usize,
        holder: Holder,
    ) -> wasmtime::Result<u32> {
        let mut slots = self.slots.lock();
        // Checked under the slots' lock: a library is taken out of service before its
        // resources are forgotten (under this lock), so a handle it returns after that is
        // refused here instead of outliving it.
        if ty.owner.is_out_of_service() {
            return Err(wasmtime::Error::new(ty.owner.disabled_error()));
        }
        self.check_quota(&slots, holder)?;
        let seq = slots.next_seq;
        slots.next_seq += 1;
        let rep = tagged_rep(slots.live.vacant_key(), seq)
            .ok_or_else(|| wasmtime::format_err!("handle registry is full"))?;
        slots.live.insert(HandleEntry {
            ty: Arc::clone(ty),
            handle,
            instance,
            holder,
            seq,
            rep,
        });
        slots.hold(holder, rep, seq);
        drop(slots);
        tracing::trace!(
            target: HUB_TARGET,
            rep,
            resource = %ty.name,
            %holder,
            "Registered handle {rep} of {} for {holder}",
            ty.qualified_name()
        );
        Ok(rep)
    }

    /// The provider's handle behind `rep`, for a `borrow`: the entry stays. `instance`
    /// is the provider's instance the call goes to, when one is chosen already.
    ///
    /// # Errors
    ///
    /// Fails when `rep` is not live, belongs to another resource type, or lives in
    /// another instance than `instance`.
    pub(crate) fn get(
        &self,
        rep: u32,
        expected: &ResourceTypeEntry,
        instance: Option<usize>,
    ) -> wasmtime::Result<ProviderHandle> {
        let slots = self.slots.lock();
        let entry = checked(slots.entry(rep), rep, expected, instance)?;
        Ok(ProviderHandle {
            handle: entry.handle,
            instance: entry.instance,
        })
    }

    /// Moves the entry behind `rep` out of the registry, for an `own` passed back to its
    /// provider (whose instance `instance`, when chosen already, the call goes to).
    ///
    /// # Errors
    ///
    /// As [`get`](Self::get); nothing is moved then.
    pub(crate) fn take(
        &self,
        rep: u32,
        expected: &ResourceTypeEntry,
        instance: Option<usize>,
    ) -> wasmtime::Result<ProviderHandle> {
        let mut slots = self.slots.lock();
        checked(slots.entry(rep), rep, expected, instance)?;
        let entry = slots.remove(rep);
        Ok(ProviderHandle {
            handle: entry.handle,
            instance: entry.instance,
        })
    }

    /// The one instance of their provider holding the live handles `reps` (`None` when
    /// none is live: the call finds them dead).
    ///
    /// # Errors
    ///
    /// When two of them live in different instances: one call goes to one instance.
    pub(crate) fn instance_of_all(&self, reps: &[u32]) -> wasmtime::Result<Option<usize>> {
        let slots = self.slots.lock();
        let mut live = reps.iter().filter_map(|rep| slots.entry(*rep));
        let Some(first) = live.next() else {
            return Ok(None);
        };
        match live.find(|other| other.instance != first.instance) {
            None => Ok(Some(first.instance)),
            Some(other) => Err(wasmtime::format_err!(
                "handles {} and {} belong to instances {} and {} of `{}`: one call cannot use resources of two instances",
                first.rep,
                other.rep,
                first.instance + 1,
                other.instance + 1,
                first.ty.owner.name
            )),
        }
    }

    /// Records that the host handle `rep` moved to `holder` (an `own` passed through to a
    /// library that does not define it, or returned from one to its caller).
    ///
    /// # Errors
    ///
    /// Fails when `rep` is not live, or with [`QuotaExceeded`] when `holder` is a run at
    /// its quota (the handle then stays with its previous holder).
    pub(crate) fn move_to(&self, rep: u32, holder: Holder) -> wasmtime::Result<()> {
        let mut slots = self.slots.lock();
        let Some(entry) = slots.entry(rep) else {
            wasmtime::bail!("handle {rep} is no longer live");
        };
        let (previous, seq) = (entry.holder, entry.seq);
        if previous == holder {
            return Ok(());
        }
        self.check_quota(&slots, holder)?;
        slots.release_hold(previous);
        slots.live[slot(rep)].holder = holder;
        slots.hold(holder, rep, seq);
        Ok(())
    }

    /// Removes `rep` whatever its type: the host handle was dropped.
    pub(crate) fn remove(&self, rep: u32) -> Option<HandleEntry> {
        let mut slots = self.slots.lock();
        slots.entry(rep).is_some().then(|| slots.remove(rep))
    }

    /// Removes every entry `holder` still holds, newest first: the caller runs their
    /// destructors, in that order.
    pub(crate) fn release_holder(&self, holder: Holder) -> Vec<HandleEntry> {
        let mut slots = self.slots.lock();
        let Some(index) = slots.holders.remove(&holder) else {
            return Vec::new();
        };
        let mut held: Vec<(u32, u64)> = index
            .reps
            .into_iter()
            .filter(|&(rep, seq)| slots.is_held(rep, seq, holder))
            .collect();
        held.sort_unstable_by_key(|&(_, seq)| std::cmp::Reverse(seq));
        held.into_iter()
            .map(|(rep, _)| slots.live.remove(slot(rep)))
            .collect()
    }

    /// Removes every entry whose resource `dead` says belongs to a library going away,
    /// without destructors (its store goes with it). Holders of those handles find them
    /// dead from now on.
    pub(crate) fn forget_types(
        &self,
        dead: impl Fn(&ResourceTypeEntry) -> bool,
    ) -> Vec<HandleEntry> {
        let mut slots = self.slots.lock();
        let reps: Vec<u32> = slots
            .live
            .iter()
            .filter(|(_, entry)| dead(&entry.ty))
            .map(|(_, entry)| entry.rep)
            .collect();
        reps.into_iter().map(|rep| slots.remove(rep)).collect()
    }

    /// How many live handles `holder` holds.
    pub(crate) fn held_by(&self, holder: Holder) -> usize {
        self.slots
            .lock()
            .holders
            .get(&holder)
            .map_or(0, |index| index.live)
    }

    /// Number of live handles.
    pub(crate) fn len(&self) -> usize {
        self.slots.lock().live.len()
    }

    /// Forgets every handle, without running destructors (their stores are going away).
    pub(crate) fn clear(&self) {
        // Dropping an entry may drop the last reference to a library, and with it the
        // library's store and the closures in it: not under the registry's lock.
        let live = {
            let mut slots = self.slots.lock();
            slots.holders.clear();
            std::mem::take(&mut slots.live)
        };
        drop(live);
        self.host.clear();
    }

    fn check_quota(&self, slots: &Slots, holder: Holder) -> wasmtime::Result<()> {
        if let Holder::Run(_) = holder {
            let held = slots.holders.get(&holder).map_or(0, |index| index.live);
            if held >= self.run_quota {
                return Err(wasmtime::Error::new(QuotaExceeded {
                    quota: self.run_quota,
                }));
            }
        }
        Ok(())
    }
}

impl Slots {
    fn hold(&mut self, holder: Holder, rep: u32, seq: u64) {
        let index = self.holders.entry(holder).or_default();
        index.reps.push((rep, seq));
        index.live += 1;
        // Entries that moved on or died stay in the list until it is mostly stale.
        if index.reps.len() > 2 * index.live + 64 {
            let mut reps = std::mem::take(&mut index.reps);
            reps.retain(|&(rep, seq)| self.is_held(rep, seq, holder));
            if let Some(index) = self.holders.get_mut(&holder) {
                index.reps = reps;
            }
        }
    }

    fn release_hold(&mut self, holder: Holder) {
        if let Some(index) = self.holders.get_mut(&holder) {
            index.live = index.live.saturating_sub(1);
        }
    }

    /// The live entry `rep` names: none when its slot is empty or holds a later one.
    fn entry(&self, rep: u32) -> Option<&HandleEntry> {
        self.live.get(slot(rep)).filter(|entry| entry.rep == rep)
    }

    fn is_held(&self, rep: u32, seq: u64, holder: Holder) -> bool {
        self.entry(rep)
            .is_some_and(|entry| entry.seq == seq && entry.holder == holder)
    }

    /// Removes the live entry `rep` names (which must be live).
    fn remove(&mut self, rep: u32) -> HandleEntry {
        let entry = self.live.remove(slot(rep));
        self.release_hold(entry.holder);
        entry
    }
}

/// `entry` when it is a live `expected` in `instance` (if given).
fn checked<'e>(
    entry: Option<&'e HandleEntry>,
    rep: u32,
    expected: &ResourceTypeEntry,
    instance: Option<usize>,
) -> wasmtime::Result<&'e HandleEntry> {
    match entry {
        Some(entry) if entry.ty.id != expected.id => Err(mismatch(rep, &entry.ty, expected)),
        Some(entry) if instance.is_some_and(|i| i != entry.instance) => Err(wasmtime::format_err!(
            "handle {rep} (`{}`) belongs to instance {} of `{}`, and this call goes to instance {}: one call cannot use resources of two instances",
            expected.qualified_name(),
            entry.instance + 1,
            expected.owner.name,
            instance.unwrap_or_default() + 1
        )),
        Some(entry) => Ok(entry),
        None => Err(dead(rep, expected)),
    }
}

fn mismatch(rep: u32, actual: &ResourceTypeEntry, expected: &ResourceTypeEntry) -> wasmtime::Error {
    if expected.owner.is_out_of_service() {
        return dead(rep, expected);
    }
    wasmtime::format_err!(
        "handle {rep} is a `{}`, not a `{}`",
        actual.qualified_name(),
        expected.qualified_name()
    )
}

fn dead(rep: u32, expected: &ResourceTypeEntry) -> wasmtime::Error {
    let name = expected.qualified_name();
    if expected.owner.is_out_of_service() {
        let why = expected.owner.disabled_error();
        wasmtime::format_err!("handle {rep} (`{name}`) is no longer live: {why}")
    } else {
        wasmtime::format_err!("handle {rep} (`{name}`) is no longer live")
    }
}
