# Listing 15.7, from manuscript/en/15-future.md:536
import asyncio


async def send_goodbye() -> None:
    await asyncio.sleep(0)
    raise ConnectionResetError("peer vanished during close")


async def close_connection() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        try:
            await send_goodbye()  # cleanup that may fail
        except ConnectionError as exc:
            # Report the cleanup failure, but let the cancellation win.
            print("close_connection: cleanup failed:", repr(exc))
        raise


async def worker() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(close_connection())
    print("worker: this line is never reached")


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
