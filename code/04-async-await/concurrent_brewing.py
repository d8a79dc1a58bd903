# Listing 4.9, from manuscript/en/04-async-await.md:671
import asyncio
import time


async def brew(drink: str, seconds: float) -> str:
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"done  {drink}")
    return drink


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tea = tg.create_task(brew("tea", 0.25))
        coffee = tg.create_task(brew("coffee", 0.15))
    elapsed = time.perf_counter() - start
    print(f"served {tea.result()} and {coffee.result()} in {elapsed:.2f} s")


asyncio.run(main())
