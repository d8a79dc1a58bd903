# Listing 5.18, from manuscript/en/05-asyncio-module.md:1569
import asyncio
from collections.abc import Awaitable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def gather_limited(limit: int, *coros: Coroutine[Any, Any, T]) -> list[T]:
    semaphore = asyncio.Semaphore(limit)

    async def limited(coro: Awaitable[T]) -> T:
        async with semaphore:
            return await coro

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(limited(coro)) for coro in coros]
    return [task.result() for task in tasks]


running = 0
peak = 0


async def square(n: int) -> int:
    global running, peak
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0.1 if n % 2 else 0.05)
    running -= 1
    return n * n


async def main() -> None:
    results = await gather_limited(2, *(square(n) for n in range(1, 8)))
    print("results:", results)
    print("most running at once:", peak)


asyncio.run(main())
