//! Libraries on other machines: `load nats://host:port/prefix` links the library that
//! hubs serve there (`hub-demo serve`), `unload` and `reload` take the same address, and
//! `status` says where each lives and whether it answers. The NATS options (credentials,
//! TLS) come from the command line.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use component_hub::{Hub, OneLine};
use hub_wrpc::{Description, RemoteLibrary, RemoteOptions};

/// How to reach NATS: async-nats' options, from `--nats-creds`, `--nats-tls-ca`,
/// `--nats-tls-cert`/`--nats-tls-key` (user and password go in the URL).
#[derive(Clone, Debug, Default)]
pub struct NatsSettings {
    /// A `.creds` file (a JWT and an nkey seed).
    pub creds: Option<PathBuf>,
    /// A CA's certificate to trust; TLS is then required.
    pub tls_ca: Option<PathBuf>,
    /// A client certificate and its key, for servers that ask for one.
    pub tls_client: Option<(PathBuf, PathBuf)>,
    /// How long a remote call may take.
    pub timeout: Option<Duration>,
}

impl NatsSettings {
    /// async-nats' options for these settings.
    ///
    /// # Errors
    ///
    /// The credentials file cannot be read or is not one.
    pub fn connect_options(&self) -> anyhow::Result<async_nats::ConnectOptions> {
        let mut options = match &self.creds {
            Some(path) => {
                let creds = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read `{}`", path.display()))?;
                async_nats::ConnectOptions::with_credentials(&creds).with_context(|| {
                    format!("`{}` is not a NATS credentials file", path.display())
                })?
            }
            None => async_nats::ConnectOptions::new(),
        };
        if let Some(ca) = &self.tls_ca {
            options = options.add_root_certificates(ca.clone()).require_tls(true);
        }
        if let Some((cert, key)) = &self.tls_client {
            options = options.add_client_certificate(cert.clone(), key.clone());
        }
        Ok(options)
    }
}

/// `nats://host:port/prefix` split into the server's URL and the subject prefix.
///
/// # Errors
///
/// One line when it has no prefix.
pub fn split_address(address: &str) -> Result<(&str, &str), String> {
    let rest = address.strip_prefix("nats://").unwrap_or(address);
    let at = address.len() - rest.len();
    match rest.split_once('/') {
        Some((server, prefix)) if !server.is_empty() && !prefix.is_empty() => {
            Ok((&address[..at + server.len()], prefix))
        }
        _ => Err(format!(
            "`{address}` names no prefix: a remote library is `nats://<host>:<port>/<prefix>`"
        )),
    }
}

/// The remote libraries a session linked.
pub struct Remotes {
    settings: NatsSettings,
    linked: Vec<Linked>,
}

struct Linked {
    address: String,
    /// The WIT file its types came from, when its server is not a hub.
    wit: Option<PathBuf>,
    library: RemoteLibrary,
    interfaces: Vec<String>,
}

impl Remotes {
    pub fn new(settings: NatsSettings) -> Remotes {
        Remotes {
            settings,
            linked: Vec::new(),
        }
    }

    /// Links the library served at `address` into `hub`: its types from the hubs
    /// serving it (the describe call), or from the WIT file `wit` (every interface of
    /// its package) for another wRPC server.
    ///
    /// # Errors
    ///
    /// One line: a bad address, NATS not reachable, nobody serving the prefix, or an
    /// interface the hub serves already.
    pub fn load(&mut self, hub: &Hub, address: &str, wit: Option<&Path>) -> Result<String, String> {
        if self.linked.iter().any(|l| l.address == address) {
            return Err(format!(
                "`{address}` is linked already (`reload` it to connect again)"
            ));
        }
        let (url, prefix) = split_address(address)?;
        let connect = self
            .settings
            .connect_options()
            .map_err(|e| format!("{e:#}"))?;
        let mut options = RemoteOptions::default();
        if let Some(timeout) = self.settings.timeout {
            options.timeout = timeout;
        }
        let cannot = |e: &(dyn std::error::Error + 'static)| {
            format!("cannot link `{address}`: {}", OneLine(e))
        };
        let library = match wit {
            // Served by a wRPC server that is not a hub: its types are the file's.
            Some(file) => {
                let text = std::fs::read_to_string(file)
                    .map_err(|e| format!("cannot read `{}`: {e}", file.display()))?;
                let description = Description::of_wit(&text).map_err(|e| cannot(&e))?;
                RemoteLibrary::connect_described(url, connect, prefix, options, description)
            }
            None => RemoteLibrary::connect(url, connect, prefix, options),
        }
        .map_err(|e| cannot(&e))?;
        let interfaces = library.link(hub).map_err(|e| cannot(&e))?;
        let said = format!("Linked {address}: it serves {}.", interfaces.join(", "));
        self.linked.push(Linked {
            address: address.to_owned(),
            wit: wit.map(Path::to_owned),
            library,
            interfaces,
        });
        Ok(said)
    }

    /// Whether `text` names a remote library (`nats://…`).
    pub fn is_address(text: &str) -> bool {
        text.starts_with("nats://")
    }

    /// Unlinks the library at `address`: its interfaces are no longer served.
    ///
    /// # Errors
    ///
    /// One line when it is not linked or a loaded library imports from it.
    pub fn unload(&mut self, hub: &Hub, address: &str) -> Result<String, String> {
        let index = self
            .linked
            .iter()
            .position(|l| l.address == address)
            .ok_or_else(|| format!("`{address}` is not linked"))?;
        hub.unserve(&self.linked[index].interfaces)
            .map_err(|e| OneLine(&e).to_string())?;
        self.linked.remove(index);
        Ok(format!("Unlinked {address}."))
    }

    /// Unlinks it and links it again: a new connection and a new description.
    ///
    /// # Errors
    ///
    /// As [`unload`](Remotes::unload) and [`load`](Remotes::load).
    pub fn reload(&mut self, hub: &Hub, address: &str) -> Result<String, String> {
        let wit = self
            .linked
            .iter()
            .find(|l| l.address == address)
            .and_then(|l| l.wit.clone());
        self.unload(hub, address)?;
        self.load(hub, address, wit.as_deref())
    }

    /// Unlinks every remote library no loaded library imports from (after a purge:
    /// all of them).
    pub fn unload_all(&mut self, hub: &Hub) {
        let addresses: Vec<String> = self.linked.iter().map(|l| l.address.clone()).collect();
        for address in addresses {
            let _ = self.unload(hub, &address);
        }
    }

    /// `status`'s lines for them, asking each whether it answers.
    pub fn status_lines(&self) -> Vec<String> {
        self.linked
            .iter()
            .map(|l| {
                let state = if l.library.check() {
                    "reachable"
                } else {
                    "unreachable"
                };
                // Plain functions under `wit/` cross typed (no `Val`s): how many do.
                let typed = match l.library.typed_functions().len() {
                    0 => String::new(),
                    1 => "; 1 function typed".to_owned(),
                    n => format!("; {n} functions typed"),
                };
                let interfaces = l.interfaces.join(", ");
                format!("  {} ({state}): {interfaces}{typed}", l.address)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::split_address;

    #[test]
    fn an_address_is_a_server_and_a_prefix() {
        assert_eq!(
            split_address("nats://127.0.0.1:4222/demo.logging"),
            Ok(("nats://127.0.0.1:4222", "demo.logging"))
        );
        assert!(split_address("nats://127.0.0.1:4222").is_err());
        assert!(split_address("nats://127.0.0.1:4222/").is_err());
        assert!(split_address("nats:///logging").is_err());
    }
}
