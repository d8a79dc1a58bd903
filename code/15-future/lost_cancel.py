# Listing 15.6, from manuscript/en/15-future.md:431
import asyncio


async def close_connection() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # The cleanup itself fails while the task is being cancelled.
        raise ConnectionResetError("peer vanished during close")


async def worker() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(close_connection())
    except* ConnectionResetError as group:
        print("worker: handled", repr(group.exceptions[0]))
    task = asyncio.current_task()
    assert task is not None
    print("worker: cancelling() =", task.cancelling())
    await asyncio.sleep(0.2)
    print("worker: still running; the cancellation was lost")


async def main() -> None:
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: worker was cancelled")
    else:
        print("main: worker finished normally")


asyncio.run(main())
