# Listing 13.16, from manuscript/en/13-sync-and-async.md:1707
import asyncio
import threading
import time


async def long_download() -> None:
    try:
        await asyncio.sleep(0.5)
        print("download: finished")
    except asyncio.CancelledError:
        print("download: cancelled")
        raise


def watchdog(loop: asyncio.AbstractEventLoop, task: asyncio.Task[None]) -> None:
    time.sleep(0.1)  # the operator presses "stop"
    loop.call_soon_threadsafe(task.cancel)  # not task.cancel()!


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
            raise  # main itself is being cancelled: do not swallow that
        print("main: the download was stopped by the watchdog")
    finally:
        await asyncio.to_thread(thread.join)


asyncio.run(main())
