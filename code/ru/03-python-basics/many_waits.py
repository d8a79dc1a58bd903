# Listing 3.16, from manuscript/ru/03-python-basics.md:1225
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
print("создано потоков:", with_threads())
print(f"потоки заняли {time.perf_counter() - start:.2f} с")

start = time.perf_counter()
print("потоков использовал asyncio:", asyncio.run(with_asyncio()))
print(f"asyncio занял {time.perf_counter() - start:.2f} с")
