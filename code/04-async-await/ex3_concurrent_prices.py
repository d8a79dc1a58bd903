# Listing 4.18, from manuscript/en/04-async-await.md:1190
import asyncio
import time

DELAYS = {"AAA": 0.2, "BBB": 0.3, "CCC": 0.1}
PRICES = {"AAA": 101.5, "BBB": 47.25, "CCC": 12.0}


async def fetch_price(symbol: str) -> float:
    await asyncio.sleep(DELAYS[symbol])  # stands in for a network request
    return PRICES[symbol]


async def main() -> None:
    symbols = ["AAA", "BBB", "CCC"]
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_price(s)) for s in symbols]
    elapsed = time.perf_counter() - start
    for symbol, task in zip(symbols, tasks):
        print(f"{symbol}: {task.result()}")
    print("faster than sequential:", elapsed < 0.55)


asyncio.run(main())
