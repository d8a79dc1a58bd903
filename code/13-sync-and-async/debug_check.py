# Listing 13.6, from manuscript/en/13-sync-and-async.md:606
import asyncio


def report_from_thread(
    loop: asyncio.AbstractEventLoop, done: asyncio.Event
) -> None:
    try:
        loop.call_soon(done.set)  # wrong: call_soon is for the loop's own thread
    except RuntimeError as exc:
        print("thread:", exc)
    # Print first: once done is set, main may print before this thread does.
    print("thread: handing done.set to the loop")
    loop.call_soon_threadsafe(done.set)  # right


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.to_thread(report_from_thread, loop, done))
        await done.wait()
        print("main: event received")


asyncio.run(main(), debug=True)
