# Listing 5.10, from manuscript/en/05-asyncio-module.md:822
import asyncio


async def sync_files() -> None:
    print("sync: opening connection")
    try:
        for n in range(1, 10):
            await asyncio.sleep(0.2)
            print(f"sync: file {n} copied")
    except asyncio.CancelledError:
        print("sync: cancellation requested")
        raise  # let the task end as cancelled
    finally:
        print("sync: connection closed")


async def main() -> None:
    task = asyncio.create_task(sync_files())
    await asyncio.sleep(0.5)
    print("main: cancel() returned", task.cancel())
    print("main: cancelled yet?", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise  # main itself is being cancelled: never swallow that
        print("main: the task is gone; cancelled?", task.cancelled())


asyncio.run(main())
