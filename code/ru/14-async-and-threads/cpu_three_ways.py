# Listing 14.2, from manuscript/ru/14-async-and-threads.md:293
import asyncio
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

JOBS = 4
N = 600_000


def usable_cpus() -> int:
    """Сколько процессоров доступно процессу (os.process_cpu_count() с 3.13)."""
    count: Callable[[], int | None] = getattr(os, "process_cpu_count", os.cpu_count)
    return count() or 1


def crunch(n: int) -> int:
    """Арифметика на чистом Python: держит GIL от начала до конца."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def crunch_task(spans: list[tuple[float, float]]) -> int:
    start = time.perf_counter()
    result = crunch(N)
    spans.append((start, time.perf_counter()))
    return result


async def with_asyncio() -> tuple[list[int], bool]:
    spans: list[tuple[float, float]] = []
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(crunch_task(spans)) for _ in range(JOBS)]
    spans.sort()
    overlapped = any(nxt[0] < prev[1] for prev, nxt in zip(spans, spans[1:]))
    return [t.result() for t in tasks], overlapped


def timed(label: str, start: float, baseline: float | None = None) -> float:
    elapsed = time.perf_counter() - start
    speedup = "" if baseline is None else f" ({baseline / elapsed:.1f}x)"
    print(f"{label:<11} {elapsed:.2f} с{speedup}")
    return elapsed


if __name__ == "__main__":
    start = time.perf_counter()
    expected = [crunch(N) for _ in range(JOBS)]
    base = timed("по очереди", start)

    start = time.perf_counter()
    by_tasks, overlapped = asyncio.run(with_asyncio())
    timed("asyncio", start, base)

    start = time.perf_counter()
    cpu_start = time.process_time()
    with ThreadPoolExecutor(JOBS) as threads:
        by_threads = list(threads.map(crunch, [N] * JOBS))
    cores_busy = (time.process_time() - cpu_start) / timed("потоки", start, base)

    start = time.perf_counter()
    with ProcessPoolExecutor(min(JOBS, usable_cpus())) as processes:
        by_processes = list(processes.map(crunch, [N] * JOBS))
    timed("процессы", start, base)

    print("везде одинаковые ответы:", expected == by_tasks == by_threads == by_processes)
    print("задачи asyncio перекрывались:", overlapped)
    print("потоки загрузили больше одного ядра:", cores_busy > 1.2)
