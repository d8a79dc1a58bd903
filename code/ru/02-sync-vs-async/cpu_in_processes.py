# Listing 2.10, from manuscript/ru/02-sync-vs-async.md:1074
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

N = 3_000_000


def crunch(n: int) -> int:
    return sum(i * i for i in range(n))


async def heartbeat(ticks: list[float]) -> None:
    while True:
        await asyncio.sleep(0.02)
        ticks.append(time.perf_counter())


async def main() -> None:
    loop = asyncio.get_running_loop()
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks))
    with ProcessPoolExecutor(max_workers=2) as pool:
        start = time.perf_counter()
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, crunch, N) for _ in range(3))
        )
        end = time.perf_counter()
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # ждём, пока он остановится
    print("результаты верны:", results == [crunch(N)] * 3)
    print(f"три вычисления заняли {end - start:.2f} с")
    print("пульс не прерывался:", any(start < t < end for t in ticks))


if __name__ == "__main__":
    asyncio.run(main())
