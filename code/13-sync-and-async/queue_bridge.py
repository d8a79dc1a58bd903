# Listing 13.10, from manuscript/en/13-sync-and-async.md:1205
import asyncio
import queue
import threading
import time


def sensor(
    loop: asyncio.AbstractEventLoop, inbox: asyncio.Queue[str | None]
) -> None:
    """A blocking producer thread: hands each reading to the event loop."""
    for n in range(3):
        time.sleep(0.02)  # a blocking read from a device
        loop.call_soon_threadsafe(inbox.put_nowait, f"reading {n}")
    loop.call_soon_threadsafe(inbox.put_nowait, None)  # end of stream


def archive(outbox: queue.Queue[str | None]) -> None:
    """A blocking consumer thread: stores what the event loop sends it."""
    while (item := outbox.get()) is not None:
        print("archive thread:", item)


async def main() -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[str | None] = asyncio.Queue()
    outbox: queue.Queue[str | None] = queue.Queue()
    producer = threading.Thread(target=sensor, args=(loop, inbox))
    consumer = threading.Thread(target=archive, args=(outbox,))
    producer.start()
    consumer.start()
    handled = 0
    try:
        while (item := await inbox.get()) is not None:
            outbox.put_nowait(item.upper())  # unbounded, so it never blocks
            handled += 1
    finally:
        outbox.put_nowait(None)
        await asyncio.to_thread(producer.join)
        await asyncio.to_thread(consumer.join)
    print("event loop handled", handled, "readings")


asyncio.run(main())
