# Listing 2.11, from manuscript/en/02-sync-vs-async.md:1256
import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any


async def blocking_fetch() -> None:
    time.sleep(0.2)  # WRONG: the whole event loop stops here


async def polite_fetch() -> None:
    await asyncio.sleep(0.2)  # the loop runs other tasks meanwhile


async def offloaded_fetch() -> None:
    await asyncio.to_thread(time.sleep, 0.2)  # the blocking call runs in a thread


async def run_three(fetch: Callable[[], Coroutine[Any, Any, None]]) -> float:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for _ in range(3):
            tg.create_task(fetch())
    return time.perf_counter() - start


async def main() -> None:
    print("blocking:  at least 3 x 0.2 s:", await run_three(blocking_fetch) >= 0.6)
    print("polite:    under 0.5 s:", await run_three(polite_fetch) < 0.5)
    print("offloaded: under 0.5 s:", await run_three(offloaded_fetch) < 0.5)


asyncio.run(main())
