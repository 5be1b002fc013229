"""py_logging: demo:logging/logging@0.1.0 written in Python, built with componentize-py.

It behaves like the Rust guest `provider_logging`; the load benchmarks use it as the large
component (CPython is linked into it: about 18 MB). componentize-py finds the interface's
free functions on the class `DemoLogging` of this module, and the resource `logger` as the
class `Logger` of the module `demo_logging` (the name build.sh gives the interface, so that
no module shadows Python's own `logging`).
"""

from wit_world import exports
from wit_world.exports.demo_logging import Level


class DemoLogging(exports.DemoLogging):
    def get_default_level(self) -> Level:
        return Level.INFO

    def level_to_string(self, lvl: Level) -> str:
        return lvl.name.lower()
