# Listing 13.5, from manuscript/ru/13-sync-and-async.md:537
import asyncio
import threading
import time


def notify_later(
    loop: asyncio.AbstractEventLoop, event: asyncio.Event, safe: bool
) -> None:
    time.sleep(0.05)  # поток заканчивает какую-то работу и сообщает о ней
    if safe:
        loop.call_soon_threadsafe(event.set)
    else:
        event.set()  # ошибка: трогает объекты цикла из другого потока


async def wait_for_thread(safe: bool) -> None:
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    alarm = loop.call_later(0.5, lambda: None)  # следующий таймер цикла
    thread = threading.Thread(target=notify_later, args=(loop, event, safe))
    start = loop.time()
    thread.start()
    await event.wait()
    waited = loop.time() - start
    alarm.cancel()
    await asyncio.to_thread(thread.join)
    label = "call_soon_threadsafe" if safe else "event.set() напрямую"
    print(f"{label}: проснулся только по таймеру: {waited >= 0.45}")


asyncio.run(wait_for_thread(safe=False))
asyncio.run(wait_for_thread(safe=True))
