# Listing 2.13, from manuscript/ru/02-sync-vs-async.md:1387
import asyncio
import time

DELAYS = [0.05, 0.1, 0.15, 0.2]


def fetch_sync(delay: float) -> float:
    time.sleep(delay)
    return delay


async def fetch_async(delay: float) -> float:
    await asyncio.sleep(delay)
    return delay


async def fetch_all_async() -> list[float]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_async(d)) for d in DELAYS]
    return [task.result() for task in tasks]


def main() -> None:
    start = time.perf_counter()
    sync_results = [fetch_sync(d) for d in DELAYS]
    sync_time = time.perf_counter() - start

    start = time.perf_counter()
    results = asyncio.run(fetch_all_async())
    async_time = time.perf_counter() - start

    print("результаты совпадают:", sync_results == results)
    print(f"прогноз: синхронно {sum(DELAYS):.2f} с, асинхронно {max(DELAYS):.2f} с")
    print("синхронно не меньше суммы:", sync_time >= sum(DELAYS))
    print("асинхронно заметно меньше суммы:", async_time < 0.45)


main()
