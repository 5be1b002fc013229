#!/usr/bin/env bash
# Builds our Python plugins with componentize-py from PyPI, as its users build them:
#
#   hub-bench/foreign/build.sh  ->  target/foreign/py_logging.wasm   (about 18 MB)
#                                   target/foreign/py_counters.wasm  (about 21 MB)
#
# `py_logging` (py_logging/, world.wit) exports demo:logging/logging@0.1.0: the large
# component of the load benchmarks and the plugin of tests/foreign_plugins.rs.
# `py_counters` (py_counters/, py-counters.wit) exports the async guests'
# hub:async-guests/counters@0.1.0 with Python `async def`s, a resource, a stream and a
# future: the async plugin of tests/foreign_async_plugins.rs.
#
# Idempotent: the venv (target/foreign/venv) is made only when missing or at another
# componentize-py version, and a component is rebuilt only when its inputs (the Python
# sources, the world, the WIT it depends on, the tool's version) changed since its last
# build. Everything it makes is under target/; nothing here is downloaded into the
# source tree. Any failure stops it with the failing line, and no stale component is
# left behind: the benchmarks then fall back to the largest Rust guest and say so.
set -euo pipefail
trap 'echo "hub-bench/foreign/build.sh: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

COMPONENTIZE_PY_VERSION=0.25.1

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT_DIR="$ROOT/target/foreign"
VENV="$OUT_DIR/venv"
DEMO_WIT="$ROOT/wit/demo-logging.wit"
COUNTERS_WIT="$ROOT/guests/wit-async/counters.wit"

command -v python3 >/dev/null || { echo "build.sh: python3 not found" >&2; exit 1; }
for wit in "$DEMO_WIT" "$COUNTERS_WIT"; do
    [[ -f "$wit" ]] || { echo "build.sh: missing $wit" >&2; exit 1; }
done
mkdir -p "$OUT_DIR"

# The tool, in a venv of its own.
if [[ ! -x "$VENV/bin/componentize-py" ]] || \
   [[ "$("$VENV/bin/componentize-py" --version 2>/dev/null)" != "componentize-py $COMPONENTIZE_PY_VERSION" ]]; then
    echo "build.sh: installing componentize-py $COMPONENTIZE_PY_VERSION into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "componentize-py==$COMPONENTIZE_PY_VERSION"
fi
TOOL_VERSION="$("$VENV/bin/componentize-py" --version)"

# build NAME WORLD_FILE WORLD DEP_DIR DEP_WIT [componentize-py options...]: builds
# target/foreign/NAME.wasm from the Python sources in NAME/, the world WORLD of
# WORLD_FILE and its dependency DEP_WIT (as wit/deps/DEP_DIR/), unless its inputs are
# unchanged since its last build.
build() {
    local name=$1 world_file=$2 world=$3 dep_dir=$4 dep_wit=$5
    shift 5
    local stage="$OUT_DIR/$name.build" out="$OUT_DIR/$name.wasm" stamp="$OUT_DIR/$name.inputs"
    local inputs
    inputs="$( { echo "$TOOL_VERSION" "$*"; cat "$HERE/$world_file" "$dep_wit" "$HERE/$name"/*.py; } | sha256sum | cut -d' ' -f1)"
    if [[ -s "$out" && -f "$stamp" && "$(cat "$stamp")" == "$inputs" ]]; then
        echo "build.sh: $out is up to date ($(stat -c %s "$out") bytes)"
        return
    fi
    # The world and its dependency, as componentize-py reads them; a copy of the
    # sources, so that Python's caches land under target/ too.
    rm -rf "$stage" "$out" "$stamp"
    mkdir -p "$stage/wit/deps/$dep_dir" "$stage/src"
    cp "$HERE/$world_file" "$stage/wit/world.wit"
    cp "$dep_wit" "$stage/wit/deps/$dep_dir/"
    cp "$HERE/$name"/*.py "$stage/src/"
    echo "build.sh: building $out with $TOOL_VERSION"
    local start
    start=$(date +%s)
    (
        cd "$stage"
        "$VENV/bin/componentize-py" -d wit -w "$world" "$@" componentize -p src app -o "$out.tmp"
    )
    [[ -s "$out.tmp" ]] || { echo "build.sh: componentize-py produced no $out.tmp" >&2; exit 1; }
    mv "$out.tmp" "$out"
    echo "$inputs" > "$stamp"
    echo "build.sh: built $out ($(stat -c %s "$out") bytes) in $(( $(date +%s) - start )) s"
}

# The interface is named `demo_logging` in Python: by default componentize-py would look
# for the resource class in a module `logging`, shadowing Python's own.
build py_logging world.wit py-logging demo-logging "$DEMO_WIT" \
    --export-interface-name demo:logging/logging@0.1.0=demo_logging
build py_counters py-counters.wit py-counters async-guests "$COUNTERS_WIT"
