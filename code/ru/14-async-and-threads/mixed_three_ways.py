# Listing 14.4, from manuscript/ru/14-async-and-threads.md:493
import asyncio
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

ITEMS = 8
WAIT = 0.1  # часть каждого элемента, приходящаяся на ввод-вывод
N = 600_000  # вычислительная часть каждого элемента


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def item_blocking(n: int) -> int:
    time.sleep(WAIT)
    return crunch(n)


async def item_async(pool: Executor | None) -> tuple[int, float]:
    await asyncio.sleep(WAIT)
    start = time.perf_counter()
    if pool is None:
        result = crunch(N)  # вычисляется прямо здесь, в потоке цикла событий
    else:
        result = await asyncio.get_running_loop().run_in_executor(pool, crunch, N)
    return result, time.perf_counter() - start


async def watch_loop(gaps: list[float]) -> None:
    last = time.perf_counter()
    while True:
        await asyncio.sleep(0.005)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


async def run_async(pool: Executor | None) -> tuple[list[int], float, float]:
    gaps: list[float] = []
    watcher = asyncio.create_task(watch_loop(gaps))
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(item_async(pool)) for _ in range(ITEMS)]
        await asyncio.sleep(0.02)  # дать наблюдателю записать последний промежуток
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)  # дать ему завершиться
    results = [t.result()[0] for t in tasks]
    longest_job = max(t.result()[1] for t in tasks)
    return results, max(gaps), longest_job


if __name__ == "__main__":
    start = time.perf_counter()
    with ThreadPoolExecutor(ITEMS) as threads:
        by_threads = list(threads.map(item_blocking, [N] * ITEMS))
    print(f"только потоки:          {time.perf_counter() - start:.2f} с")

    start = time.perf_counter()
    inline, inline_gap, longest = asyncio.run(run_async(None))
    print(f"asyncio, CPU в цикле:   {time.perf_counter() - start:.2f} с,"
          f" цикл стоял до {inline_gap * 1000:.0f} мс")

    with ProcessPoolExecutor(2) as processes:
        processes.submit(crunch, 1).result()  # сначала запустить рабочие процессы
        start = time.perf_counter()
        offloaded, pool_gap, _ = asyncio.run(run_async(processes))
        print(f"asyncio + процессы:     {time.perf_counter() - start:.2f} с,"
              f" цикл стоял до {pool_gap * 1000:.0f} мс")

    print("одинаковые ответы:", by_threads == inline == offloaded)
    print("простой в цикле не короче одного задания:", inline_gap >= longest)
    print("вынос в процессы сократил самый долгий простой:", pool_gap < inline_gap)
