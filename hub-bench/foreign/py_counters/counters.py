"""The resource `counter` of hub:async-guests/counters@0.1.0, in Python."""

import asyncio

from wit_world.exports import counters

# Counters made and not yet dropped (the library's state between runs).
live = 0


class Counter(counters.Counter):
    def __init__(self, start: int) -> None:
        global live
        live += 1
        self.value = start

    def __del__(self) -> None:
        global live
        live -= 1
        print(f"[LIB] py_counters: dropped a counter at {self.value}")

    async def add(self, n: int) -> int:
        await asyncio.sleep(0)
        self.value += n
        return self.value

    def get(self) -> int:
        return self.value

    @classmethod
    async def merge(cls, a: "Counter", b: "Counter") -> "Counter":
        await asyncio.sleep(0)
        return Counter(a.value + b.value)
