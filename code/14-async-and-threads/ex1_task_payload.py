# Listing 14.14, from manuscript/en/14-async-and-threads.md:1646
import asyncio
import tracemalloc
from collections.abc import Callable, Coroutine
from typing import Any

COUNT = 2_000


async def bare(release: asyncio.Event) -> None:
    await release.wait()


async def holding(release: asyncio.Event) -> int:
    buffer = bytearray(4096)
    await release.wait()
    return len(buffer)


async def traced_per_task(
    make: Callable[[asyncio.Event], Coroutine[Any, Any, object]],
) -> float:
    release = asyncio.Event()
    tracemalloc.start()
    tasks = [asyncio.create_task(make(release)) for _ in range(COUNT)]
    await asyncio.sleep(0.1)  # every task is now suspended
    traced, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    release.set()
    await asyncio.gather(*tasks)
    return traced / COUNT


async def main() -> None:
    plain = await traced_per_task(bare)
    loaded = await traced_per_task(holding)
    print(f"bare task:            {plain / 1024:.2f} KiB")
    print(f"task holding 4 KiB:   {loaded / 1024:.2f} KiB")
    print("difference about 4 KiB:", 3.9 < (loaded - plain) / 1024 < 4.5)


asyncio.run(main())
