//! Interface names (`ns:pkg/iface@1.2.3`) and when two of them are interchangeable.

/// The part of an interface name that must match for two versions to be compatible,
/// following semver the way wasmtime's linker does: `@1.2.3` and `@1.4.0` share `@1`,
/// `@0.2.1` and `@0.2.5` share `@0.2`; `@0.0.x` versions match only themselves.
pub(crate) fn compatibility_key(name: &str) -> String {
    let Some((base, version)) = name.split_once('@') else {
        return name.to_owned();
    };
    let mut parts = version.split('.');
    let (major, minor) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if version.contains('-') || version.contains('+') {
        return name.to_owned();
    }
    match (major, minor) {
        ("0", "0") => name.to_owned(),
        ("0", minor) => format!("{base}@0.{minor}"),
        (major, _) => format!("{base}@{major}"),
    }
}

/// Whether `name` is `unversioned` with a version added (`a:b/c@1.0.0` of `a:b/c`).
pub(crate) fn is_version_of(name: &str, unversioned: &str) -> bool {
    name.split_once('@')
        .is_some_and(|(base, _)| base == unversioned)
}

/// The one item `items` yields: none when it yields none or more than one (a name
/// given without its version must not pick one of two versions).
pub(crate) fn only_one<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::{compatibility_key, is_version_of, only_one};

    #[test]
    fn an_unversioned_name_picks_only_a_single_version() {
        assert!(is_version_of("a:b/c@1.0.0", "a:b/c"));
        assert!(!is_version_of("a:b/cd@1.0.0", "a:b/c"));
        assert!(!is_version_of("a:b/c", "a:b/c"));
        let names = ["a:b/c@1.0.0", "a:b/d@1.0.0", "a:b/d@2.0.0"];
        let of = |unversioned| only_one(names.iter().filter(|n| is_version_of(n, unversioned)));
        assert_eq!(of("a:b/c"), Some(&"a:b/c@1.0.0"));
        assert_eq!(of("a:b/d"), None);
        assert_eq!(of("a:b/e"), None);
    }

    #[test]
    fn compatible_versions_share_a_key() {
        assert_eq!(
            compatibility_key("a:b/c@1.2.3"),
            compatibility_key("a:b/c@1.9.0")
        );
        assert_eq!(
            compatibility_key("a:b/c@0.2.1"),
            compatibility_key("a:b/c@0.2.7")
        );
        assert_ne!(
            compatibility_key("a:b/c@0.2.1"),
            compatibility_key("a:b/c@0.3.0")
        );
        assert_ne!(
            compatibility_key("a:b/c@0.0.1"),
            compatibility_key("a:b/c@0.0.2")
        );
        assert_ne!(
            compatibility_key("a:b/c@1.0.0"),
            compatibility_key("a:b/c@2.0.0")
        );
        assert_eq!(compatibility_key("run"), "run");
    }
}
