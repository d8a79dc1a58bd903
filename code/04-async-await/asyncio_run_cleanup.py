# Listing 4.5, from manuscript/en/04-async-await.md:430
import asyncio


async def reporter() -> None:
    print("reporter: started")
    try:
        await asyncio.sleep(0.5)
        print("reporter: finished")
    except asyncio.CancelledError:
        print("reporter: cancelled, cleaning up")
        raise


async def main() -> asyncio.Task[None]:
    task = asyncio.create_task(reporter())
    await asyncio.sleep(0)  # give the reporter a chance to start
    print("main: returning")
    return task


task = asyncio.run(main())
print("back in synchronous code; task cancelled:", task.cancelled())
