# Listing 10.10, from manuscript/ru/10-performance.md:865
import asyncio
import tracemalloc
from collections.abc import Awaitable, Callable

ITEMS = 5_000
LIMIT = 10


class Peak:
    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    async def work(self, item: int) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)
        await asyncio.sleep(0)  # изображает настоящий ввод-вывод
        self.now -= 1


async def with_semaphore(peak: Peak) -> None:
    semaphore = asyncio.Semaphore(LIMIT)

    async def guarded(item: int) -> None:
        async with semaphore:
            await peak.work(item)

    async with asyncio.TaskGroup() as tg:
        for item in range(ITEMS):
            tg.create_task(guarded(item))  # все 5000 задач существуют одновременно


async def with_workers(peak: Peak) -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=LIMIT)

    async def worker() -> None:
        while True:
            item = await queue.get()
            try:
                await peak.work(item)
            finally:
                queue.task_done()

    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker()) for _ in range(LIMIT)]
        for item in range(ITEMS):
            await queue.put(item)  # ждёт, пока очередь полна
        await queue.join()
        for task in workers:
            task.cancel()


def measure(approach: Callable[[Peak], Awaitable[None]]) -> tuple[int, int]:
    peak = Peak()

    async def run() -> None:
        await approach(peak)

    tracemalloc.start()
    asyncio.run(run())
    peak_bytes = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak.peak, peak_bytes


semaphore_peak, semaphore_bytes = measure(with_semaphore)
workers_peak, workers_bytes = measure(with_workers)
print(f"семафор:      не больше {semaphore_peak} сразу, пик памяти {semaphore_bytes // 1024} КиБ")
print(f"пул рабочих:  не больше {workers_peak} сразу, пик памяти {workers_bytes // 1024} КиБ")
print("пулу рабочих нужно меньше десятой доли:", workers_bytes < semaphore_bytes / 10)
