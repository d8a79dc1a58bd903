# Listing 13.15, from manuscript/en/13-sync-and-async.md:1657
import asyncio
import threading
import time


def producer(
    loop: asyncio.AbstractEventLoop, inbox: asyncio.Queue[int], took: list[float]
) -> None:
    start = time.monotonic()
    for n in range(6):
        # Blocks this thread (not the loop) while the queue is full.
        asyncio.run_coroutine_threadsafe(inbox.put(n), loop).result()
    asyncio.run_coroutine_threadsafe(inbox.put(-1), loop).result()
    took.append(time.monotonic() - start)


async def main() -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    took: list[float] = []
    thread = threading.Thread(target=producer, args=(loop, inbox, took))
    thread.start()
    received: list[int] = []
    while (n := await inbox.get()) >= 0:
        received.append(n)
        await asyncio.sleep(0.05)  # a slow consumer
    await asyncio.to_thread(thread.join)
    print("received:", received)
    print("producer was held back by the slow consumer:", took[0] >= 0.15)


asyncio.run(main())
