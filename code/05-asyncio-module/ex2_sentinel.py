# Listing 5.19, from manuscript/en/05-asyncio-module.md:1729
import asyncio

STOP = None  # the sentinel: a value no real job can have


async def worker(name: str, queue: asyncio.Queue[int | None], done: list[str]) -> None:
    while True:
        job = await queue.get()
        try:
            if job is STOP:
                print(f"{name}: stopping")
                return
            await asyncio.sleep(0.1)
            done.append(f"job {job} by {name}")
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    done: list[str] = []
    names = ["w1", "w2"]
    async with asyncio.TaskGroup() as tg:
        for name in names:
            tg.create_task(worker(name, queue, done))
        for job in range(1, 5):
            await queue.put(job)
        for _ in names:
            await queue.put(STOP)  # one sentinel per worker, after the jobs
    print("\n".join(done))
    await queue.join()  # returns at once: every get() was matched by task_done()
    print("join() returned: every item, sentinels included, is marked done")


asyncio.run(main())
