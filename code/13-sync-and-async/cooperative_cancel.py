# Listing 13.4, from manuscript/en/13-sync-and-async.md:424
import asyncio
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def import_records(count: int, stop: threading.Event) -> int:
    """Blocking work that checks a stop flag between steps."""
    done = 0
    for _ in range(count):
        if stop.is_set():
            print("worker: stop requested, leaving early")
            break
        time.sleep(0.05)  # one record, written by a blocking driver
        done += 1
    return done


async def run_stoppable(func: Callable[[threading.Event], T]) -> T:
    stop = threading.Event()
    future = asyncio.ensure_future(asyncio.to_thread(func, stop))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        stop.set()  # ask the thread to stop...
        await asyncio.wait([future])  # ...and wait until it has
        print("run_stoppable: thread has stopped")
        raise


async def main() -> None:
    try:
        async with asyncio.timeout(0.2):
            count = await run_stoppable(lambda stop: import_records(100, stop))
            print("imported", count)
    except TimeoutError:
        print("main: timed out, and the worker has already stopped")


asyncio.run(main())
