//! How the hub names things on the wire: a function's wRPC name, a resource's drop (the
//! hub's extension: wRPC has no drop), a handle's bytes, and a hub's answer to a hub.
//!
//! wRPC answers a failed call with no bytes, which for a function without results reads
//! as success. So a server answers a call that names its hub (the
//! `component-hub-client` header) with a [`HubAnswer`]: `result<results, string>` in
//! the value encoding, the error's message kept. Other wRPC clients get plain answers.

use crate::leb128::write_unsigned;
use crate::reader::Reader;

/// A hub server's answer to a hub: the results' encoding, or why the call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HubAnswer<'a> {
    /// The call returned; its results' encoding.
    Returned(&'a [u8]),
    /// The call failed, for this reason.
    Failed(String),
}

impl HubAnswer<'_> {
    /// Its bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            HubAnswer::Returned(results) => {
                let mut bytes = Vec::with_capacity(1 + results.len());
                bytes.push(0);
                bytes.extend_from_slice(results);
                bytes
            }
            HubAnswer::Failed(reason) => {
                let mut bytes = vec![1];
                write_unsigned(reason.len() as u64, &mut bytes);
                bytes.extend_from_slice(reason.as_bytes());
                bytes
            }
        }
    }

    /// The answer `bytes` hold, if they are one.
    pub fn from_bytes(bytes: &[u8]) -> Option<HubAnswer<'_>> {
        let (&tag, rest) = bytes.split_first()?;
        match tag {
            0 => Some(HubAnswer::Returned(rest)),
            1 => {
                let mut reader = Reader::new(rest);
                let length = reader.length().ok()?;
                let reason = std::str::from_utf8(reader.take(length).ok()?).ok()?;
                (reader.left() == 0).then(|| HubAnswer::Failed(reason.to_owned()))
            }
            _ => None,
        }
    }
}

/// The wRPC name of an exported function: its name with `[constructor]`, `[method]` or
/// `[static]` taken off (`[method]calc.add` is `calc.add`), as wRPC's bindings name it.
pub fn wire_function(function: &str) -> &str {
    ["[constructor]", "[method]", "[static]"]
        .iter()
        .find_map(|prefix| function.strip_prefix(prefix))
        .unwrap_or(function)
}

/// The wire name of dropping a handle of `resource`: the hub's extension, served beside
/// the resource's methods (`[drop]calc`). A bracket cannot start a WIT name, so no
/// function of the interface has it.
pub fn wire_drop(resource: &str) -> String {
    format!("[drop]{resource}")
}

/// A handle as the hub sends it: which server made it, and its number there. Its bytes
/// are the server's id (a length byte, then the id) and the number (8 bytes, little
/// endian); to anyone else they are opaque, as wRPC has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireHandle {
    /// The [`id`](crate::NatsTransport::id) of the server that made it.
    pub server: String,
    /// Its number among the server's handles.
    pub slot: u64,
}

impl WireHandle {
    /// Its bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let id = self.server.as_bytes();
        let length = u8::try_from(id.len()).expect("a server id is a NUID, 22 bytes");
        let mut bytes = Vec::with_capacity(1 + id.len() + 8);
        bytes.push(length);
        bytes.extend_from_slice(id);
        bytes.extend_from_slice(&self.slot.to_le_bytes());
        bytes
    }

    /// The parameters of its drop: the one `own` handle, as the value encoding writes
    /// a handle (the length of its bytes, then the bytes).
    pub fn drop_params(&self) -> Vec<u8> {
        let bytes = self.to_bytes();
        let mut params = Vec::with_capacity(1 + bytes.len());
        write_unsigned(bytes.len() as u64, &mut params);
        params.extend(bytes);
        params
    }

    /// The handle a drop's `params` name, if they are [`drop_params`](Self::drop_params).
    pub fn from_drop_params(params: &[u8]) -> Option<WireHandle> {
        let mut reader = Reader::new(params);
        let length = reader.length().ok()?;
        let bytes = reader.take(length).ok()?;
        (reader.left() == 0).then_some(())?;
        WireHandle::from_bytes(bytes)
    }

    /// The handle `bytes` name, if they are a hub's handle bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<WireHandle> {
        let (&length, rest) = bytes.split_first()?;
        let (id, slot) = rest.split_at_checked(usize::from(length))?;
        let slot: [u8; 8] = slot.try_into().ok()?;
        Some(WireHandle {
            server: std::str::from_utf8(id).ok()?.to_owned(),
            slot: u64::from_le_bytes(slot),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hub_answer_keeps_its_results_or_its_reason() {
        for answer in [
            HubAnswer::Returned(&[1, 2, 3]),
            HubAnswer::Returned(&[]),
            HubAnswer::Failed("`x` trapped".into()),
        ] {
            assert_eq!(HubAnswer::from_bytes(&answer.to_bytes()), Some(answer));
        }
        assert_eq!(HubAnswer::from_bytes(&[]), None);
        assert_eq!(HubAnswer::from_bytes(&[2]), None);
        assert_eq!(HubAnswer::from_bytes(&[1, 5, b'a']), None);
        assert_eq!(HubAnswer::from_bytes(&[1, 1, 0xff]), None);
    }

    #[test]
    fn functions_lose_their_kind_and_drops_get_the_hub_s_name() {
        assert_eq!(wire_function("[method]calc.add"), "calc.add");
        assert_eq!(wire_function("[constructor]calc"), "calc");
        assert_eq!(wire_function("[static]calc.version"), "calc.version");
        assert_eq!(wire_function("quick-add"), "quick-add");
        assert_eq!(wire_drop("calc"), "[drop]calc");
    }

    #[test]
    fn handle_bytes_round_trip_and_anything_else_is_no_handle() {
        let handle = WireHandle {
            server: "NUIDNUIDNUIDNUIDNUID22".into(),
            slot: 7,
        };
        let bytes = handle.to_bytes();
        assert_eq!(WireHandle::from_bytes(&bytes), Some(handle.clone()));
        assert_eq!(WireHandle::from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(WireHandle::from_bytes(&[]), None);
        assert_eq!(WireHandle::from_bytes(&[200, 1, 2]), None);
        assert_eq!(
            WireHandle::from_drop_params(&handle.drop_params()),
            Some(handle.clone())
        );
        assert_eq!(WireHandle::from_drop_params(&bytes), None);
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(WireHandle::from_bytes(&longer), None);
    }
}
