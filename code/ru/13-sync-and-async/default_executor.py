# Listing 13.1, from manuscript/ru/13-sync-and-async.md:98
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running = 0
peak = 0
thread_names: set[str] = set()


def blocking_lookup(key: str) -> str:
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
        thread_names.add(threading.current_thread().name)
    time.sleep(0.1)  # заменяет вызов блокирующего драйвера
    with lock:
        running -= 1
    return key.upper()


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_default_executor(
        ThreadPoolExecutor(max_workers=3, thread_name_prefix="blocking")
    )
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(asyncio.to_thread(blocking_lookup, f"key{i}"))
            for i in range(9)
        ]
    print("результаты:", [task.result() for task in tasks])
    print("больше всего вызовов одновременно:", peak)
    print("использованные потоки:", sorted(thread_names))


asyncio.run(main())
