# Listing 5.14, from manuscript/en/05-asyncio-module.md:1236
import asyncio


async def runner(name: str, start: asyncio.Event) -> None:
    print(f"{name}: at the starting line")
    await start.wait()  # suspends until the event is set
    print(f"{name}: running")


async def main() -> None:
    start = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("ann", "bob", "cid"):
            tg.create_task(runner(name, start))
        await asyncio.sleep(0.1)
        print("starter: go!")
        start.set()  # wakes every waiter at once
    print("is_set():", start.is_set())
    await start.wait()  # a set event does not block
    print("a late waiter passes straight through")


asyncio.run(main())
