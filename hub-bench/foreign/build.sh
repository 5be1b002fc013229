#!/usr/bin/env bash
# Builds the large component of the load benchmarks: `py_logging`, our Python library
# exporting demo:logging/logging@0.1.0 (py_logging/, world.wit), with componentize-py
# from PyPI.
#
#   hub-bench/foreign/build.sh      ->  target/foreign/py_logging.wasm  (about 18 MB)
#
# Idempotent: the venv (target/foreign/venv) is made only when missing or at another
# componentize-py version, and the component is rebuilt only when its inputs (the
# Python sources, the world, the workspace's wit/demo-logging.wit, the tool's version)
# changed since the last build. Everything it makes is under target/; nothing here is
# downloaded into the source tree. Any failure stops it with the failing line, and no
# stale component is left behind: the benchmarks then fall back to the largest Rust
# guest and say so.
set -euo pipefail
trap 'echo "hub-bench/foreign/build.sh: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

COMPONENTIZE_PY_VERSION=0.25.1

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT_DIR="$ROOT/target/foreign"
VENV="$OUT_DIR/venv"
STAGE="$OUT_DIR/py_logging.build"
OUT="$OUT_DIR/py_logging.wasm"
STAMP="$OUT_DIR/py_logging.inputs"
DEMO_WIT="$ROOT/wit/demo-logging.wit"

command -v python3 >/dev/null || { echo "build.sh: python3 not found" >&2; exit 1; }
[[ -f "$DEMO_WIT" ]] || { echo "build.sh: missing $DEMO_WIT" >&2; exit 1; }
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

# What the component is built from; unchanged inputs and an existing output: done.
inputs="$( { echo "$TOOL_VERSION"; cat "$HERE/world.wit" "$DEMO_WIT" "$HERE"/py_logging/*.py; } | sha256sum | cut -d' ' -f1)"
if [[ -s "$OUT" && -f "$STAMP" && "$(cat "$STAMP")" == "$inputs" ]]; then
    echo "build.sh: $OUT is up to date ($(stat -c %s "$OUT") bytes)"
    exit 0
fi

# The world and its dependency, as componentize-py reads them; a copy of the sources,
# so that Python's caches land under target/ too.
rm -rf "$STAGE" "$OUT" "$STAMP"
mkdir -p "$STAGE/wit/deps" "$STAGE/src"
cp "$HERE/world.wit" "$STAGE/wit/world.wit"
cp "$DEMO_WIT" "$STAGE/wit/deps/demo-logging.wit"
cp "$HERE"/py_logging/*.py "$STAGE/src/"

echo "build.sh: building $OUT with $TOOL_VERSION"
start=$(date +%s)
(
    cd "$STAGE"
    # The interface is named `demo_logging` in Python: by default componentize-py would
    # look for the resource class in a module `logging`, shadowing Python's own.
    "$VENV/bin/componentize-py" -d wit -w py-logging \
        --export-interface-name demo:logging/logging@0.1.0=demo_logging \
        componentize -p src app -o "$OUT.tmp"
)
[[ -s "$OUT.tmp" ]] || { echo "build.sh: componentize-py produced no $OUT.tmp" >&2; exit 1; }
mv "$OUT.tmp" "$OUT"
echo "$inputs" > "$STAMP"
echo "build.sh: built $OUT ($(stat -c %s "$OUT") bytes) in $(( $(date +%s) - start )) s"
