# Listing 5.6, from manuscript/en/05-asyncio-module.md:482
import asyncio


async def download(mirror: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{mirror}: cancelled")
        raise
    return f"file from {mirror}"


async def main() -> None:
    mirrors = {"eu": 0.4, "us": 0.1, "asia": 0.3}
    tasks = [asyncio.create_task(download(name, delay)) for name, delay in mirrors.items()]

    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", len(done), "pending:", len(pending))
    for task in done:
        print("winner:", task.result())

    # wait() never cancels anything itself: the losers are still running.
    for task in tasks:
        if task in pending:
            task.cancel()
    await asyncio.wait(pending)  # let the cancellations take effect
    print("losers cancelled:", all(task.cancelled() for task in pending))


asyncio.run(main())
