# Listing 14.17, from manuscript/en/14-async-and-threads.md:1842
import asyncio
import threading
import time


def slow_call(steps: int, stop: threading.Event | None = None) -> str:
    for _ in range(steps):
        if stop is not None and stop.is_set():
            return "stopped early"
        time.sleep(0.01)
    return "ran to the end"


async def uncooperative(log: list[str]) -> None:
    try:
        async with asyncio.timeout(0.1):
            log.append(await asyncio.to_thread(slow_call, 30))
    except TimeoutError:
        print("timed out; threads still alive:", threading.active_count())


async def cooperative(log: list[str]) -> None:
    stop = threading.Event()
    job = asyncio.create_task(asyncio.to_thread(slow_call, 30, stop))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(job)
    except TimeoutError:
        pass
    finally:
        stop.set()  # on a timeout, an error or a cancellation alike
    log.append(await job)


start = time.perf_counter()
results: list[str] = []
asyncio.run(uncooperative(results))
elapsed = time.perf_counter() - start
print("asyncio.run waited for the thread:", elapsed >= 0.3)

start = time.perf_counter()
asyncio.run(cooperative(results))
elapsed = time.perf_counter() - start
print("cooperative call:", results[-1])
print("returned before the full 0.3 s:", elapsed < 0.3)
