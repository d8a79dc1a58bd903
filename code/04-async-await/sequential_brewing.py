# Listing 4.8, from manuscript/en/04-async-await.md:633
import asyncio
import time


async def brew(drink: str, seconds: float) -> str:
    print(f"start {drink}")
    await asyncio.sleep(seconds)  # the kettle does the work
    print(f"done  {drink}")
    return drink


async def main() -> None:
    start = time.perf_counter()
    tea = await brew("tea", 0.25)
    coffee = await brew("coffee", 0.15)
    elapsed = time.perf_counter() - start
    print(f"served {tea} and {coffee} in {elapsed:.2f} s")


asyncio.run(main())
