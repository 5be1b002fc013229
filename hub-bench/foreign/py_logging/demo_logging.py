"""The resource `logger` of demo:logging/logging@0.1.0."""

from wit_world.exports import demo_logging
from wit_world.exports.demo_logging import Level

# Loggers ever created by this instance (the library's state between app runs).
_created = 0


class Logger(demo_logging.Logger):
    def __init__(self, max_level: Level) -> None:
        global _created
        _created += 1
        self.id = _created
        self.max_level = max_level
        print(f"[PROVIDER] Logger::new(id={self.id}, max_level={max_level.name.lower()})")

    @classmethod
    def get_logger_count(cls) -> int:
        return _created

    def get_max_level(self) -> Level:
        return self.max_level

    def set_max_level(self, level: Level) -> None:
        self.max_level = level

    def log(self, level: Level, msg: str) -> None:
        if level.value >= self.max_level.value:
            print(f"[PROVIDER] [{level.name.lower()}] {msg}")
