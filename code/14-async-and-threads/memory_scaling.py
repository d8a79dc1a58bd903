# Listing 14.5, from manuscript/en/14-async-and-threads.md:619
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
    """Start `count` tasks that all wait; return the RSS growth in bytes."""
    release = asyncio.Event()
    before = rss()
    tasks = [asyncio.create_task(release.wait()) for _ in range(count)]
    await asyncio.sleep(0.1)  # let every task start and suspend
    grown = rss() - before
    print("waiting tasks:", sum(not t.done() for t in tasks),
          "| threads in the process:", threading.active_count())
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
    """Start `count` threads that all wait; return the RSS growth in bytes."""
    release = threading.Event()
    before = rss()
    threads = [threading.Thread(target=release.wait) for _ in range(count)]
    for t in threads:
        t.start()
    grown = rss() - before
    print("waiting threads:", sum(t.is_alive() for t in threads),
          "| threads in the process:", threading.active_count())
    release.set()
    for t in threads:
        t.join()
    return grown


per_task = asyncio.run(park_tasks(TASKS)) / TASKS
per_thread = park_threads(THREADS) / THREADS
traced = asyncio.run(traced_bytes_per_task(TASKS))
print(f"RSS per task:   {per_task / 1024:.1f} KiB")
print(f"RSS per thread: {per_thread / 1024:.1f} KiB")
print(f"Python objects per task (tracemalloc): {traced / 1024:.1f} KiB")
print("a thread costs over 3x a task:", per_thread > 3 * per_task)
