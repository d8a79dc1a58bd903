# Listing 13.14, from manuscript/en/13-sync-and-async.md:1594
import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def call_async(
    loop: asyncio.AbstractEventLoop,
    coro: Coroutine[Any, Any, T],
    timeout: float | None = None,
) -> T:
    """Run coro on loop and wait for it, from any thread except the loop's."""
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        coro.close()
        raise RuntimeError("call_async() would block the loop it waits for")
    future = asyncio.run_coroutine_threadsafe(coro, loop)
    try:
        return future.result(timeout)
    except TimeoutError:
        future.cancel()
        raise


async def double(n: int) -> int:
    await asyncio.sleep(0.01)
    return 2 * n


def sync_helper(loop: asyncio.AbstractEventLoop) -> int:
    return call_async(loop, double(21), timeout=1.0)


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("from a worker thread:", await asyncio.to_thread(sync_helper, loop))
    try:
        sync_helper(loop)  # called directly, on the loop's own thread
    except RuntimeError as exc:
        print("from the loop thread:", exc)


asyncio.run(main())
