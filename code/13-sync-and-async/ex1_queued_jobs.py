# Listing 13.13, from manuscript/en/13-sync-and-async.md:1549
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def job(name: str) -> None:
    print(f"{name}: started")
    time.sleep(0.2)
    print(f"{name}: finished")


async def main() -> None:
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        futures = [loop.run_in_executor(pool, job, f"job {n}") for n in range(3)]
        try:
            async with asyncio.timeout(0.1):
                await asyncio.gather(*futures)
        except TimeoutError:
            print("main: timed out")
    finally:
        # shutdown(wait=True) blocks, so it runs in a thread of its own
        await asyncio.to_thread(pool.shutdown)
    print("main: executor shut down")


asyncio.run(main())
