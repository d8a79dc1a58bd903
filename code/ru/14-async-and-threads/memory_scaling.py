# Listing 14.5, from manuscript/ru/14-async-and-threads.md:631
import asyncio
import gc
import threading
import tracemalloc

import psutil

TASKS = 10_000
THREADS = 1_000
process = psutil.Process()


def rss() -> int:
    gc.collect()
    return process.memory_info().rss


async def park_tasks(count: int) -> int:
    """Запустить `count` ждущих задач; вернуть прирост RSS в байтах."""
    release = asyncio.Event()
    before = rss()
    tasks = [asyncio.create_task(release.wait()) for _ in range(count)]
    await asyncio.sleep(0.1)  # дать каждой задаче стартовать и приостановиться
    grown = rss() - before
    print("ждущих задач:", sum(not t.done() for t in tasks),
          "| потоков в процессе:", threading.active_count())
    release.set()
    await asyncio.gather(*tasks)
    return grown


async def traced_bytes_per_task(count: int) -> float:
    release = asyncio.Event()
    tracemalloc.start()
    tasks = [asyncio.create_task(release.wait()) for _ in range(count)]
    await asyncio.sleep(0.1)
    traced, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    release.set()
    await asyncio.gather(*tasks)
    return traced / count


def park_threads(count: int) -> int:
    """Запустить `count` ждущих потоков; вернуть прирост RSS в байтах."""
    release = threading.Event()
    before = rss()
    threads = [threading.Thread(target=release.wait) for _ in range(count)]
    for t in threads:
        t.start()
    grown = rss() - before
    print("ждущих потоков:", sum(t.is_alive() for t in threads),
          "| потоков в процессе:", threading.active_count())
    release.set()
    for t in threads:
        t.join()
    return grown


per_task = asyncio.run(park_tasks(TASKS)) / TASKS
per_thread = park_threads(THREADS) / THREADS
traced = asyncio.run(traced_bytes_per_task(TASKS))
print(f"RSS на задачу: {per_task / 1024:.1f} КиБ")
print(f"RSS на поток:  {per_thread / 1024:.1f} КиБ")
print(f"объекты Python на задачу (tracemalloc): {traced / 1024:.1f} КиБ")
print("поток дороже задачи более чем в 3 раза:", per_thread > 3 * per_task)
