# Listing 10.11, from manuscript/ru/10-performance.md:980
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
            await asyncio.sleep(0.02)  # настоящая работа
            handled.append(request)
            queue.task_done()

    def submit(request: int) -> bool:
        try:
            queue.put_nowait(request)
        except asyncio.QueueFull:
            return False  # отклонить сразу: HTTP 503, «повторите позже»
        return True

    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker()) for _ in range(WORKERS)]
        start = time.perf_counter()
        accepted = [request for request in range(50) if submit(request)]  # всплеск
        decided = time.perf_counter() - start
        await queue.join()
        for task in workers:
            task.cancel()
    print(f"всплеск из 50: принято {len(accepted)}, отклонено {50 - len(accepted)}")
    print("принятые:", accepted, "обработанные:", sorted(handled))
    print("решение по всем 50 принято за 50 мс:", decided < 0.05)


asyncio.run(main())
