# Listing 13.5, from manuscript/en/13-sync-and-async.md:525
import asyncio
import threading
import time


def notify_later(
    loop: asyncio.AbstractEventLoop, event: asyncio.Event, safe: bool
) -> None:
    time.sleep(0.05)  # the thread finishes some work, then reports
    if safe:
        loop.call_soon_threadsafe(event.set)
    else:
        event.set()  # wrong: touches the loop's objects from another thread


async def wait_for_thread(safe: bool) -> None:
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    alarm = loop.call_later(0.5, lambda: None)  # the loop's next timer
    thread = threading.Thread(target=notify_later, args=(loop, event, safe))
    start = loop.time()
    thread.start()
    await event.wait()
    waited = loop.time() - start
    alarm.cancel()
    await asyncio.to_thread(thread.join)
    label = "call_soon_threadsafe" if safe else "event.set() directly"
    print(f"{label}: woke only when the timer fired: {waited >= 0.45}")


asyncio.run(wait_for_thread(safe=False))
asyncio.run(wait_for_thread(safe=True))
