//! A `rep` as the hub hands them out: a slot of a slab, tagged with the number of its
//! occupant, so a stale `rep` never reaches a later value in the same slot. Shared by the
//! handle registry and the host's own table.

/// Bits of a `rep` that are its slot; the rest tag the occupant.
const SLOT_BITS: u32 = 20;
const SLOT_MASK: u32 = (1 << SLOT_BITS) - 1;

/// The slot of `rep`.
pub(crate) fn slot(rep: u32) -> usize {
    (rep & SLOT_MASK) as usize
}

/// The `rep` of slot `key` for its occupant number `seq`: the slot, tagged with the
/// occupant. `None` when the slot does not fit.
pub(crate) fn tagged_rep(key: usize, seq: u64) -> Option<u32> {
    let key = u32::try_from(key).ok().filter(|key| *key <= SLOT_MASK)?;
    // Truncating the sequence number is the point: it only tags the slot.
    Some(key | ((seq as u32) << SLOT_BITS))
}
