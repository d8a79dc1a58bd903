# Listing 13.11, from manuscript/ru/13-sync-and-async.md:1315
import asyncio
import threading

import janus


def producer(q: janus.SyncQueue[int]) -> None:
    for n in range(5):
        q.put(n)  # блокирует этот поток, пока очередь полна
    q.put(-1)  # конец потока данных
    q.join()  # ждём, пока цикл событий всё обработает
    print("производитель: все элементы обработаны")


async def main() -> None:
    q: janus.Queue[int] = janus.Queue(maxsize=2)  # janus < 1.2: нужен цикл
    thread = threading.Thread(target=producer, args=(q.sync_q,))
    thread.start()
    try:
        total = 0
        while (n := await q.async_q.get()) >= 0:
            total += n
            await asyncio.sleep(0.02)  # медленный потребитель
            q.async_q.task_done()
        q.async_q.task_done()  # для признака конца потока данных
        await asyncio.to_thread(thread.join)
        print("потребитель: сумма", total)
    finally:
        q.close()
        await q.wait_closed()


asyncio.run(main())
