# Listing 8.9, from manuscript/en/08-exception-handling.md:822
import asyncio


async def process(job: int) -> None:
    await asyncio.sleep(0.01)
    if job == 2:
        raise ValueError(f"job {job} is malformed")


async def worker(jobs: asyncio.Queue[int]) -> None:
    print("worker: connected")
    try:
        while True:
            job = await jobs.get()
            try:
                await process(job)
                print(f"worker: job {job} done")
            except Exception as exc:  # errors, but never cancellation
                print(f"worker: job {job} failed: {exc!r}")
            finally:
                jobs.task_done()
    except asyncio.CancelledError:
        task = asyncio.current_task()
        assert task is not None
        print(f"worker: cancelled (cancelling() = {task.cancelling()})")
        raise  # always let the cancellation continue
    finally:
        await asyncio.sleep(0.01)  # e.g. close a connection politely
        print("worker: disconnected")


async def main() -> None:
    jobs: asyncio.Queue[int] = asyncio.Queue()
    for job in (1, 2, 3):
        jobs.put_nowait(job)
    task = asyncio.create_task(worker(jobs))
    await jobs.join()
    print("main: all jobs processed, stopping the worker")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise  # we are being cancelled ourselves: do not swallow that
    print("main: worker cancelled =", task.cancelled())


asyncio.run(main())
