# Listing 13.3, from manuscript/en/13-sync-and-async.md:306
import asyncio
import threading
import time

finished = threading.Event()


def slow_export(rows: int) -> int:
    time.sleep(0.4)  # a blocking library call that ignores asyncio
    finished.set()
    print("worker: export finished anyway; nobody wants the result")
    return rows


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            await asyncio.to_thread(slow_export, 1000)
    except TimeoutError:
        print("main: timed out after 0.1 s")
    print("main: has the thread finished?", finished.is_set())
    print("main: returning")


start = time.monotonic()
asyncio.run(main())
elapsed = time.monotonic() - start
print("after asyncio.run: has the thread finished?", finished.is_set())
print("asyncio.run waited for the thread:", elapsed >= 0.35)
