# Listing 2.2, from manuscript/en/02-sync-vs-async.md:112
import asyncio
import time


async def fetch(name: str, delay: float) -> str:
    print(f"start {name}")
    await asyncio.sleep(delay)  # stands in for waiting on a network reply
    print(f"end   {name}")
    return f"{name} data"


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(fetch("alpha", 0.3)),
            tg.create_task(fetch("beta", 0.1)),
            tg.create_task(fetch("gamma", 0.2)),
        ]
    elapsed = time.perf_counter() - start
    print([task.result() for task in tasks])
    print(f"elapsed: {elapsed:.2f} s")
    print("less than the sum of the waits (0.6 s):", elapsed < 0.6)


asyncio.run(main())
