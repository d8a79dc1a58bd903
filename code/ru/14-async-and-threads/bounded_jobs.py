# Listing 14.11, from manuscript/ru/14-async-and-threads.md:1293
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
    """Считает задания, выполняющиеся в пуле, из любого потока."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.current = 0
        self.peak = 0

    def job(self) -> None:  # блокирующий вызов, переживающий тайм-аут вызывающего
        with self._lock:
            self.current += 1
            self.peak = max(self.peak, self.current)
        time.sleep(0.35)
        with self._lock:
            self.current -= 1


async def run_naive(
    pool: Executor, limit: asyncio.Semaphore, func: Callable[[], T]
) -> T:
    async with limit:  # возвращается, когда кончается ожидание, а не задание
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
    # разрешение возвращается, когда задание завершится, даже если его уже никто не ждёт
    job.add_done_callback(lambda _: loop.call_soon_threadsafe(limit.release))
    return await asyncio.wrap_future(job)


async def traffic(runner: Runner) -> int:
    """Запрос каждые 0.1 с, каждый сдаётся через 0.08 с."""
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
print(f"предел {LIMIT}; наивный семафор: одновременно шло больше заданий:", naive > LIMIT)
print(f"предел {LIMIT}; разрешение держится до конца задания, пик:", bounded)
