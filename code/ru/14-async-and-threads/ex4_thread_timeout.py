# Listing 14.17, from manuscript/ru/14-async-and-threads.md:1892
import asyncio
import threading
import time


def slow_call(steps: int, stop: threading.Event | None = None) -> str:
    for _ in range(steps):
        if stop is not None and stop.is_set():
            return "остановлен досрочно"
        time.sleep(0.01)
    return "отработал до конца"


async def uncooperative(log: list[str]) -> None:
    try:
        async with asyncio.timeout(0.1):
            log.append(await asyncio.to_thread(slow_call, 30))
    except TimeoutError:
        print("тайм-аут; живых потоков:", threading.active_count())


async def cooperative(log: list[str]) -> None:
    stop = threading.Event()
    job = asyncio.create_task(asyncio.to_thread(slow_call, 30, stop))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(job)
    except TimeoutError:
        pass
    finally:
        stop.set()  # одинаково при тайм-ауте, ошибке или отмене
    log.append(await job)


start = time.perf_counter()
results: list[str] = []
asyncio.run(uncooperative(results))
elapsed = time.perf_counter() - start
print("asyncio.run дождался потока:", elapsed >= 0.3)

start = time.perf_counter()
asyncio.run(cooperative(results))
elapsed = time.perf_counter() - start
print("кооперативный вызов:", results[-1])
print("вернулся раньше полных 0.3 с:", elapsed < 0.3)
