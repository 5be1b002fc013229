"""py_counters: hub:async-guests/counters@0.1.0 written in Python, built with
componentize-py as its users build it: `async def`s awaiting asyncio, the resource
`counter` (the class `Counter` of the module `counters`), a stream of counters written by
a spawned task after `count_up` returned, one read to its end, and a future of one.

It behaves like the Rust guest `counter_provider`, except for `live`: CPython frees the
object of a dropped counter when it pleases, so the count is what Python still holds.
"""

import asyncio

import counters
import wit_world
from componentize_py_async_support import spawn
from componentize_py_async_support.futures import FutureReader
from componentize_py_async_support.streams import StreamReader
from wit_world import exports


class Counters(exports.Counters):
    async def make_some(self, starts: list[int]) -> list[counters.Counter | None]:
        await asyncio.sleep(0)
        return [counters.Counter(start) if start != 0 else None for start in starts]

    async def total(self, all: list[counters.Counter]) -> int:
        return sum(c.value for c in all)

    def live(self) -> int:
        return counters.live

    async def count_up(self, start: int, count: int) -> StreamReader[counters.Counter]:
        writer, reader = wit_world.counters_counter_stream()

        async def write() -> None:
            with writer:
                for value in range(start, start + count):
                    await writer.write_all([counters.Counter(value)])

        spawn(write())
        return reader

    async def sum_all(self, all: StreamReader[counters.Counter]) -> int:
        total = 0
        with all:
            while not all.writer_dropped:
                for counter in await all.read(16):
                    total += counter.value
        return total

    async def values_after(self, c: counters.Counter, n: int) -> StreamReader[int]:
        start = c.value
        writer, reader = wit_world.u32_stream()

        async def write() -> None:
            with writer:
                await writer.write_all([start + i for i in range(1, n + 1)])

        spawn(write())
        return reader

    async def add_all(self, into: counters.Counter, values: StreamReader[int]) -> counters.Counter:
        with values:
            while not values.writer_dropped:
                for value in await values.read(16):
                    into.value += value
        return into

    async def later(self, start: int) -> FutureReader[counters.Counter]:
        writer, reader = wit_world.counters_counter_future(lambda: counters.Counter(0))

        async def write() -> None:
            await asyncio.sleep(0)
            with writer:
                await writer.write(counters.Counter(start))

        spawn(write())
        return reader
