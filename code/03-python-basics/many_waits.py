# Listing 3.16, from manuscript/en/03-python-basics.md:1158
import asyncio
import threading
import time

N = 1_000


def wait_in_thread() -> None:
    time.sleep(0.2)


def with_threads() -> int:
    threads = [threading.Thread(target=wait_in_thread) for _ in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(threads)


async def wait_in_task() -> None:
    await asyncio.sleep(0.2)


async def with_asyncio() -> int:
    async with asyncio.TaskGroup() as tg:
        for _ in range(N):
            tg.create_task(wait_in_task())
    return threading.active_count()


start = time.perf_counter()
print("threads created:", with_threads())
print(f"threads took {time.perf_counter() - start:.2f} s")

start = time.perf_counter()
print("threads used by asyncio:", asyncio.run(with_asyncio()))
print(f"asyncio took {time.perf_counter() - start:.2f} s")
