# Listing 14.10, from manuscript/en/14-async-and-threads.md:1184
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def crunch(seconds: float) -> str:
    """Keep a CPU busy for `seconds` of CPU time."""
    deadline = time.process_time() + seconds
    while time.process_time() < deadline:
        pass
    return f"crunched {seconds} s"


async def main() -> None:
    loop = asyncio.get_running_loop()
    pool = ProcessPoolExecutor(max_workers=1)
    try:
        await loop.run_in_executor(pool, crunch, 0.0)  # start the worker
        start = time.perf_counter()
        job = loop.run_in_executor(pool, crunch, 0.3)
        try:
            async with asyncio.timeout(0.1):
                await job
        except TimeoutError:
            print("stopped waiting after the timeout")
        print("asyncio future cancelled:", job.cancelled())

        print("next job:", await loop.run_in_executor(pool, crunch, 0.0))
        waited = time.perf_counter() - start
        print("next job waited for the abandoned one:", waited >= 0.3)
    finally:
        # shutdown() waits for running jobs: do that waiting off the loop
        await asyncio.to_thread(pool.shutdown)


if __name__ == "__main__":
    asyncio.run(main())
