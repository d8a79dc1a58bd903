# Listing 2.17, from manuscript/ru/02-sync-vs-async.md:1650
import asyncio
import sys
import time

N = 3_000_000


def crunch(n: int) -> int:
    return sum(i * i for i in range(n))


async def heartbeat(ticks: list[float]) -> None:
    while True:
        await asyncio.sleep(0.02)
        ticks.append(time.perf_counter())


async def main() -> None:
    print("интервал переключения:", sys.getswitchinterval())
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks))
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(asyncio.to_thread(crunch, N)) for _ in range(3)]
    end = time.perf_counter()
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # ждём, пока он остановится
    print("результаты верны:", [t.result() for t in tasks] == [crunch(N)] * 3)
    print(f"три вычисления в потоках заняли {end - start:.2f} с")
    print("пульс не прерывался:", any(start < t < end for t in ticks))


asyncio.run(main())
