# Listing 14.9, from manuscript/ru/14-async-and-threads.md:1076
import asyncio
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

CALLS = 40


def usable_cpus() -> int:
    """Число процессоров, от которого считается размер исполнителя по умолчанию."""
    count: Callable[[], int | None] = getattr(os, "process_cpu_count", os.cpu_count)
    return count() or 1


class Gauge:
    """Считает выполняющиеся вызовы из любого потока и запоминает пик."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.current = 0
        self.peak = 0

    def blocking_call(self) -> None:  # заменяет блокирующую библиотеку
        with self._lock:
            self.current += 1
            self.peak = max(self.peak, self.current)
        time.sleep(0.1)
        with self._lock:
            self.current -= 1


async def run_calls(executor: ThreadPoolExecutor | None) -> tuple[int, float]:
    loop = asyncio.get_running_loop()
    if executor is not None:
        loop.set_default_executor(executor)
    gauge = Gauge()
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for _ in range(CALLS):
            tg.create_task(asyncio.to_thread(gauge.blocking_call))
    return gauge.peak, time.perf_counter() - start


default_size = min(32, usable_cpus() + 4)
peak, elapsed = asyncio.run(run_calls(None))
print(f"исполнитель по умолчанию: пик {peak}, {elapsed:.2f} с")
print("пик равен min(32, доступные CPU + 4):", peak == default_size)

peak, elapsed = asyncio.run(run_calls(ThreadPoolExecutor(CALLS)))
print(f"{CALLS} потоков:               пик {peak}, {elapsed:.2f} с")
