# Listing 5.12, from manuscript/en/05-asyncio-module.md:1013
import asyncio
import time


async def producer(queue: asyncio.Queue[int], count: int) -> int:
    largest = 0
    for n in range(1, count + 1):
        await queue.put(n)  # waits while the queue is full
        largest = max(largest, queue.qsize())
    print(f"producer: queued {count} images")
    return largest


async def worker(name: str, queue: asyncio.Queue[int], results: list[str]) -> None:
    while True:
        image = await queue.get()  # waits while the queue is empty
        try:
            await asyncio.sleep(0.1)  # pretend to resize the image
            results.append(f"image {image} resized by {name}")
        finally:
            queue.task_done()  # exactly one task_done() for every get()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    results: list[str] = []
    start = time.perf_counter()
    workers = [
        asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(1, 4)
    ]
    largest = await producer(queue, 6)
    await queue.join()  # returns when every item has been marked done
    elapsed = time.perf_counter() - start
    for task in workers:
        task.cancel()  # the workers loop forever: stop them
    await asyncio.gather(*workers, return_exceptions=True)
    print("\n".join(results))
    print("largest queue size seen:", largest)
    print("6 jobs of 0.1 s, 3 workers: faster than one worker (0.6 s):", elapsed < 0.6)


asyncio.run(main())
