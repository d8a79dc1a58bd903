# Listing 10.11, from manuscript/en/10-performance.md:1063
import asyncio
import time

QUEUE_LIMIT = 8
WORKERS = 2


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=QUEUE_LIMIT)
    handled: list[int] = []

    async def worker() -> None:
        while True:
            request = await queue.get()
            await asyncio.sleep(0.02)  # the real work
            handled.append(request)
            queue.task_done()

    def submit(request: int) -> bool:
        try:
            queue.put_nowait(request)
        except asyncio.QueueFull:
            return False  # reject at once: an HTTP 503, "retry later"
        return True

    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker()) for _ in range(WORKERS)]
        start = time.perf_counter()
        accepted = [request for request in range(50) if submit(request)]  # a burst
        decided = time.perf_counter() - start
        await queue.join()
        for task in workers:
            task.cancel()
    print(f"burst of 50: {len(accepted)} accepted, {50 - len(accepted)} rejected")
    print("accepted:", accepted, "handled:", sorted(handled))
    print("all 50 decided within 50 ms:", decided < 0.05)


asyncio.run(main())
