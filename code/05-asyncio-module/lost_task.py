# Listing 5.3, from manuscript/en/05-asyncio-module.md:281
import asyncio
import gc


async def wait_for_signal(signal: asyncio.Future[str]) -> None:
    print("listener: waiting for the signal")
    print("listener: got", await signal)


async def main() -> None:
    loop = asyncio.get_running_loop()
    signal: asyncio.Future[str] = loop.create_future()
    asyncio.create_task(wait_for_signal(signal))  # result thrown away!
    del signal  # now only the task refers to the future, and vice versa
    await asyncio.sleep(0.1)
    gc.collect()  # a garbage collection may happen at any moment
    print("main: tasks still alive:", [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
