# Listing 13.16, from manuscript/ru/13-sync-and-async.md:1748
import asyncio
import threading
import time


async def long_download() -> None:
    try:
        await asyncio.sleep(0.5)
        print("загрузка: закончена")
    except asyncio.CancelledError:
        print("загрузка: отменена")
        raise


def watchdog(loop: asyncio.AbstractEventLoop, task: asyncio.Task[None]) -> None:
    time.sleep(0.1)  # оператор нажимает «стоп»
    loop.call_soon_threadsafe(task.cancel)  # а не task.cancel()!


async def main() -> None:
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(long_download())
    thread = threading.Thread(target=watchdog, args=(loop, task))
    thread.start()
    try:
        await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise  # отменяют саму main: это не проглатываем
        print("main: загрузку остановил сторож")
    finally:
        await asyncio.to_thread(thread.join)


asyncio.run(main())
