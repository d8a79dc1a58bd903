# Listing 13.4, from manuscript/ru/13-sync-and-async.md:434
import asyncio
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def import_records(count: int, stop: threading.Event) -> int:
    """Блокирующая работа, которая проверяет флаг остановки между шагами."""
    done = 0
    for _ in range(count):
        if stop.is_set():
            print("worker: запрошена остановка, выходим досрочно")
            break
        time.sleep(0.05)  # одна запись через блокирующий драйвер
        done += 1
    return done


async def run_stoppable(func: Callable[[threading.Event], T]) -> T:
    stop = threading.Event()
    future = asyncio.ensure_future(asyncio.to_thread(func, stop))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        stop.set()  # просим поток остановиться...
        await asyncio.wait([future])  # ...и ждём, пока он остановится
        print("run_stoppable: поток остановлен")
        raise


async def main() -> None:
    try:
        async with asyncio.timeout(0.2):
            count = await run_stoppable(lambda stop: import_records(100, stop))
            print("импортировано", count)
    except TimeoutError:
        print("main: тайм-аут, и рабочий поток уже остановлен")


asyncio.run(main())
