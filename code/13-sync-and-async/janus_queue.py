# Listing 13.11, from manuscript/en/13-sync-and-async.md:1290
import asyncio
import threading

import janus


def producer(q: janus.SyncQueue[int]) -> None:
    for n in range(5):
        q.put(n)  # blocks this thread while the queue is full
    q.put(-1)  # end of stream
    q.join()  # wait until the event loop has processed everything
    print("producer: every item was processed")


async def main() -> None:
    q: janus.Queue[int] = janus.Queue(maxsize=2)  # janus < 1.2: needs a loop
    thread = threading.Thread(target=producer, args=(q.sync_q,))
    thread.start()
    try:
        total = 0
        while (n := await q.async_q.get()) >= 0:
            total += n
            await asyncio.sleep(0.02)  # a slow consumer
            q.async_q.task_done()
        q.async_q.task_done()  # for the end-of-stream marker
        await asyncio.to_thread(thread.join)
        print("consumer: total", total)
    finally:
        q.close()
        await q.wait_closed()


asyncio.run(main())
