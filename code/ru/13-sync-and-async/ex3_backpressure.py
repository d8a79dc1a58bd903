# Listing 13.15, from manuscript/ru/13-sync-and-async.md:1698
import asyncio
import threading
import time


def producer(
    loop: asyncio.AbstractEventLoop, inbox: asyncio.Queue[int], took: list[float]
) -> None:
    start = time.monotonic()
    for n in range(6):
        # Блокирует этот поток (а не цикл), пока очередь полна.
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
        await asyncio.sleep(0.05)  # медленный потребитель
    await asyncio.to_thread(thread.join)
    print("получено:", received)
    print("медленный потребитель сдерживал производителя:", took[0] >= 0.15)


asyncio.run(main())
