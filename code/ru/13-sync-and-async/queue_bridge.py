# Listing 13.10, from manuscript/ru/13-sync-and-async.md:1230
import asyncio
import queue
import threading
import time


def sensor(
    loop: asyncio.AbstractEventLoop, inbox: asyncio.Queue[str | None]
) -> None:
    """Блокирующий поток-производитель: передаёт каждое показание в цикл событий."""
    for n in range(3):
        time.sleep(0.02)  # блокирующее чтение с устройства
        loop.call_soon_threadsafe(inbox.put_nowait, f"показание {n}")
    loop.call_soon_threadsafe(inbox.put_nowait, None)  # конец потока данных


def archive(outbox: queue.Queue[str | None]) -> None:
    """Блокирующий поток-потребитель: сохраняет то, что присылает цикл событий."""
    while (item := outbox.get()) is not None:
        print("поток архива:", item)


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
            outbox.put_nowait(item.upper())  # очередь не ограничена, не блокирует
            handled += 1
    finally:
        outbox.put_nowait(None)
        await asyncio.to_thread(producer.join)
        await asyncio.to_thread(consumer.join)
    print("цикл событий обработал", handled, "показания")


asyncio.run(main())
