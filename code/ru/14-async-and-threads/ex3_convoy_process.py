# Listing 14.16, from manuscript/ru/14-async-and-threads.md:1816
import asyncio
import multiprocessing
import threading
import time
from multiprocessing.synchronize import Event as ProcessEvent

WAKEUPS = 100


def spin_thread(stop: threading.Event) -> None:
    while not stop.is_set():
        pass


def spin_process(started: ProcessEvent, stop: ProcessEvent) -> None:
    started.set()
    while not stop.is_set():
        pass


async def per_wakeup() -> float:
    start = time.perf_counter()
    for _ in range(WAKEUPS):
        await asyncio.sleep(0.001)
    return (time.perf_counter() - start) / WAKEUPS


async def next_to_thread() -> float:
    stop = threading.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.to_thread(spin_thread, stop))
        try:
            await asyncio.sleep(0.05)
            result = await per_wakeup()
        finally:
            stop.set()
    return result


async def next_to_process() -> float:
    ctx = multiprocessing.get_context("spawn")
    started, stop = ctx.Event(), ctx.Event()
    worker = ctx.Process(target=spin_process, args=(started, stop))
    worker.start()
    try:
        await asyncio.to_thread(started.wait, 5)
        return await per_wakeup()
    finally:
        stop.set()
        await asyncio.to_thread(worker.join)


if __name__ == "__main__":
    with_thread = asyncio.run(next_to_thread())
    with_process = asyncio.run(next_to_process())
    print(f"занятый поток:   {with_thread * 1000:.1f} мс на пробуждение")
    print(f"занятый процесс: {with_process * 1000:.1f} мс на пробуждение")
    print("процесс мешал циклу меньше:", with_process < with_thread)
