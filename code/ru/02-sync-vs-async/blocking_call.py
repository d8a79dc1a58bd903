# Listing 2.11, from manuscript/ru/02-sync-vs-async.md:1211
import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any


async def blocking_fetch() -> None:
    time.sleep(0.2)  # НЕВЕРНО: здесь останавливается весь цикл событий


async def polite_fetch() -> None:
    await asyncio.sleep(0.2)  # тем временем цикл выполняет другие задачи


async def offloaded_fetch() -> None:
    await asyncio.to_thread(time.sleep, 0.2)  # блокирующий вызов выполняется в потоке


async def run_three(fetch: Callable[[], Coroutine[Any, Any, None]]) -> float:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for _ in range(3):
            tg.create_task(fetch())
    return time.perf_counter() - start


async def main() -> None:
    print("блокирующий: не меньше 3 × 0.2 с:", await run_three(blocking_fetch) >= 0.6)
    print("вежливый:    меньше 0.5 с:", await run_three(polite_fetch) < 0.5)
    print("в потоке:    меньше 0.5 с:", await run_three(offloaded_fetch) < 0.5)


asyncio.run(main())
