# Listing 14.15, from manuscript/ru/14-async-and-threads.md:1754
import asyncio
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor


def cube(x: int) -> int:
    return x**3


class InFlight:
    def __init__(self) -> None:
        self.current = 0
        self.peak = 0


async def bounded_map(
    pool: ProcessPoolExecutor,
    func: Callable[[int], int],
    items: Iterable[int],
    limit: int,
    stats: InFlight,
) -> list[int]:
    loop = asyncio.get_running_loop()
    semaphore = asyncio.Semaphore(limit)

    async def one(item: int) -> int:
        async with semaphore:
            stats.current += 1
            stats.peak = max(stats.peak, stats.current)
            try:
                return await loop.run_in_executor(pool, func, item)
            finally:
                stats.current -= 1

    return await asyncio.gather(*(one(item) for item in items))


async def main() -> None:
    stats = InFlight()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await bounded_map(pool, cube, range(10), 3, stats)
    print("результаты:", results)
    print("в порядке входных данных:", results == [x**3 for x in range(10)])
    print("пик заданий в полёте:", stats.peak)


if __name__ == "__main__":
    asyncio.run(main())
