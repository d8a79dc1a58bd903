# Listing 10.12, from manuscript/ru/10-performance.md:1044
import asyncio
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor

CHUNK = 1_000_000
CHUNKS = 4


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def heartbeat(ticks: list[float]) -> None:
    while True:
        await asyncio.sleep(0.01)
        ticks.append(time.perf_counter())


async def main() -> None:
    loop = asyncio.get_running_loop()

    async def inline() -> list[int]:
        return [crunch(CHUNK) for _ in range(CHUNKS)]

    async def threads() -> list[int]:
        return await asyncio.gather(*(asyncio.to_thread(crunch, CHUNK) for _ in range(CHUNKS)))

    with ProcessPoolExecutor(max_workers=2) as pool:

        async def processes() -> list[int]:
            return await asyncio.gather(
                *(loop.run_in_executor(pool, crunch, CHUNK) for _ in range(CHUNKS))
            )

        await loop.run_in_executor(pool, crunch, 1)  # сначала запускаем рабочие процессы
        ways: dict[str, Callable[[], Awaitable[list[int]]]] = {
            "в цикле": inline, "to_thread": threads, "процессы": processes
        }
        for name, way in ways.items():
            ticks: list[float] = []
            async with asyncio.TaskGroup() as tg:
                beat = tg.create_task(heartbeat(ticks))
                await asyncio.sleep(0.05)
                start = time.perf_counter()
                results = await way()
                end = time.perf_counter()
                beat.cancel()
            during = sum(start < tick < end for tick in ticks)
            print(f"{name:9} {end - start:.2f} с, отметок пульса во время работы: {during}")
            print(f"{name:9} результаты {set(results)}, цикл отзывчив: {during > 0}")
    print("интервал переключения GIL:", sys.getswitchinterval(), "с")


if __name__ == "__main__":
    asyncio.run(main())
