# Listing 12.7, from manuscript/en/12-advanced-topics.md:827
import asyncio
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing

PRICES = {"ACME": 12.5, "GLOBEX": 80.0, "INITECH": 3.25, "UMBRELLA": 41.0}


async def symbols() -> AsyncGenerator[str, None]:
    for symbol in PRICES:
        await asyncio.sleep(0.01)  # the next symbol arrives from a feed
        yield symbol


async def is_trading(symbol: str) -> bool:
    await asyncio.sleep(0.01)
    return symbol != "INITECH"


async def price(symbol: str, log: list[str]) -> float:
    log.append(f"start {symbol}")
    await asyncio.sleep(0.1)
    log.append(f"end {symbol}")
    return PRICES[symbol]


async def main() -> None:
    # async for in a list comprehension
    names = [s async for s in symbols()]
    print("names:", names)

    # await in a comprehension over an ordinary iterable, with an awaited filter
    log: list[str] = []
    start = time.perf_counter()
    prices = {s: await price(s, log) for s in names if await is_trading(s)}
    elapsed = time.perf_counter() - start
    print("prices:", prices)
    print("one at a time:", log[:4], "...")
    print("took at least 0.3 s:", elapsed >= 0.3)

    # both at once, in a set comprehension
    initials = {s[0] async for s in symbols() if await is_trading(s)}
    print("initials:", sorted(initials))

    # an async comprehension nested in an ordinary one (Python 3.11+)
    nested = [[s[:n] async for s in symbols()] for n in (1, 2)]
    print("nested:", nested)

    # an async generator expression is lazy, and is an async generator
    lowered = (s.lower() async for s in symbols())
    print("type:", type(lowered).__name__)
    async with aclosing(lowered):
        async for s in lowered:
            print("first lowered:", s)
            break

    # concurrency needs tasks, not a comprehension
    log.clear()
    async with asyncio.TaskGroup() as tg:
        tasks = {s: tg.create_task(price(s, log)) for s in names}
    print("concurrent:", {s: t.result() for s, t in tasks.items()})
    print("all started first:", log[:4])


asyncio.run(main())
