# Listing 5.9, from manuscript/en/05-asyncio-module.md:723
import asyncio


async def query(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name}: {seconds} s of work"


async def main() -> None:
    # A deadline for a whole block of code (Python 3.11+).
    try:
        async with asyncio.timeout(0.4):
            print(await query("first", 0.1))
            print(await query("second", 0.1))
            print(await query("third", 0.3))  # would end at 0.5 s: too late
    except TimeoutError:
        print("the block ran out of time")

    # A deadline for a single awaitable.
    try:
        print(await asyncio.wait_for(query("report", 0.4), timeout=0.1))
    except TimeoutError:
        print("wait_for gave up on the report")
    print(await asyncio.wait_for(query("summary", 0.1), timeout=0.3))


asyncio.run(main())
