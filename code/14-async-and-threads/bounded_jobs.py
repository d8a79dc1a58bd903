# Listing 14.11, from manuscript/en/14-async-and-threads.md:1261
import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
Runner = Callable[[Executor, asyncio.Semaphore, Callable[[], None]], Awaitable[None]]
LIMIT = 1
REQUESTS = 4


class Gauge:
    """Counts jobs running in the pool, from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.current = 0
        self.peak = 0

    def job(self) -> None:  # a blocking call that outlives its caller's timeout
        with self._lock:
            self.current += 1
            self.peak = max(self.peak, self.current)
        time.sleep(0.35)
        with self._lock:
            self.current -= 1


async def run_naive(
    pool: Executor, limit: asyncio.Semaphore, func: Callable[[], T]
) -> T:
    async with limit:  # released when the await ends, not when the job does
        return await asyncio.get_running_loop().run_in_executor(pool, func)


async def run_bounded(
    pool: Executor, limit: asyncio.Semaphore, func: Callable[[], T]
) -> T:
    loop = asyncio.get_running_loop()
    await limit.acquire()
    try:
        job: Future[T] = pool.submit(func)
    except BaseException:
        limit.release()
        raise
    # the permit goes back when the job ends, even if nobody awaits it any more
    job.add_done_callback(lambda _: loop.call_soon_threadsafe(limit.release))
    return await asyncio.wrap_future(job)


async def traffic(runner: Runner) -> int:
    """A request every 0.1 s, each giving up after 0.08 s."""
    gauge = Gauge()
    limit = asyncio.Semaphore(LIMIT)
    pool = ThreadPoolExecutor(REQUESTS)
    try:
        for _ in range(REQUESTS):
            try:
                async with asyncio.timeout(0.08):
                    await runner(pool, limit, gauge.job)
            except TimeoutError:
                pass
            await asyncio.sleep(0.02)
    finally:
        await asyncio.to_thread(pool.shutdown)
    return gauge.peak


naive = asyncio.run(traffic(run_naive))
bounded = asyncio.run(traffic(run_bounded))
print(f"limit {LIMIT}; naive semaphore: more jobs ran at once:", naive > LIMIT)
print(f"limit {LIMIT}; permit held until the job ends, peak:", bounded)
