# Listing 10.20, from manuscript/ru/10-performance.md:1740
import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


async def bounded_map(func: Callable[[T], Awaitable[R]], items: Iterable[T], limit: int) -> list[R]:
    queue: asyncio.Queue[tuple[int, T]] = asyncio.Queue(maxsize=limit)
    results: dict[int, R] = {}

    async def worker() -> None:
        while True:
            index, item = await queue.get()
            try:
                results[index] = await func(item)
            finally:
                queue.task_done()

    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker()) for _ in range(limit)]
        count = 0
        for count, item in enumerate(items, start=1):
            await queue.put((count - 1, item))
        await queue.join()
        for task in workers:
            task.cancel()
    return [results[i] for i in range(count)]


running = 0
most_running = 0
finished: list[int] = []


async def slow_square(n: int) -> int:
    global running, most_running
    running += 1
    most_running = max(most_running, running)
    await asyncio.sleep(0.01 * (n % 4))  # более поздние элементы часто завершаются первыми
    running -= 1
    finished.append(n)
    return n * n


async def main() -> None:
    results = await bounded_map(slow_square, range(20), limit=4)
    print("результаты:", results)
    print("больше всего вызовов одновременно:", most_running)
    print("завершились не по порядку:", finished != sorted(finished))


asyncio.run(main())
