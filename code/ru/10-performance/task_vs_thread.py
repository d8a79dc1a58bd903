# Listing 10.15, from manuscript/ru/10-performance.md:1323
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
# pyright: reportUnknownVariableType=false
import asyncio
import resource
import threading
import time
import tracemalloc

import psutil

TASKS = 10_000
THREADS = 200


async def wait_for(event: asyncio.Event) -> None:
    await event.wait()


async def measure_tasks() -> tuple[float, float]:
    event = asyncio.Event()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.create_task(wait_for(event)) for _ in range(TASKS)]
    await asyncio.sleep(0)  # каждая задача доходит до первого await и приостанавливается
    bytes_per_task = (tracemalloc.get_traced_memory()[0] - before) / TASKS
    tracemalloc.stop()
    event.set()
    await asyncio.gather(*tasks)

    event = asyncio.Event()  # теперь время, без накладных расходов tracemalloc
    start = time.perf_counter()
    tasks = [asyncio.create_task(wait_for(event)) for _ in range(TASKS)]
    await asyncio.sleep(0)
    seconds_per_task = (time.perf_counter() - start) / TASKS
    event.set()
    await asyncio.gather(*tasks)
    return bytes_per_task, seconds_per_task


def measure_threads() -> tuple[float, float, float]:
    process = psutil.Process()
    stop = threading.Event()
    before = process.memory_info()
    start = time.perf_counter()
    threads = [threading.Thread(target=stop.wait) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    seconds_per_thread = (time.perf_counter() - start) / THREADS
    after = process.memory_info()
    stop.set()
    for thread in threads:
        thread.join()
    rss = (after.rss - before.rss) / THREADS
    vms = (after.vms - before.vms) / THREADS
    return rss, vms, seconds_per_thread


task_bytes, task_seconds = asyncio.run(measure_tasks())
thread_rss, thread_vms, thread_seconds = measure_threads()
print(f"задача: {task_bytes:6.0f} байт отслежено, {task_seconds * 1e6:5.1f} мкс на создание и запуск")
print(f"поток:  {thread_rss / 1024:6.1f} КиБ резидентно, {thread_vms / 2**20:5.1f} МиБ зарезервировано, "
      f"{thread_seconds * 1e6:5.1f} мкс на запуск")
print("приостановленная задача держит меньше 2 КиБ:", task_bytes < 2048)
print("задача запускается быстрее:", task_seconds < thread_seconds)
print("threading.stack_size():", threading.stack_size())
print(f"мягкий предел RLIMIT_STACK: {resource.getrlimit(resource.RLIMIT_STACK)[0] / 2**20:.0f} МиБ")
