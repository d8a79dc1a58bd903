# Listing 4.4, from manuscript/en/04-async-await.md:346
import asyncio


async def ticker() -> None:
    print("ticker: running")


async def add_one(x: int) -> int:
    return x + 1  # no await inside: this never suspends


async def main() -> None:
    task = asyncio.create_task(ticker())
    total = 0
    for _ in range(3):
        total = await add_one(total)
        print("main: total is", total)
    print("main: suspending with sleep(0)")
    await asyncio.sleep(0)
    print("main: resumed")
    await task


asyncio.run(main())
