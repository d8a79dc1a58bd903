# Listing 4.8, from manuscript/ru/04-async-await.md:575
import asyncio
import time


async def brew(drink: str, seconds: float) -> str:
    print(f"начало: {drink}")
    await asyncio.sleep(seconds)  # всю работу делает чайник
    print(f"готово: {drink}")
    return drink


async def main() -> None:
    start = time.perf_counter()
    tea = await brew("чай", 0.25)
    coffee = await brew("кофе", 0.15)
    elapsed = time.perf_counter() - start
    print(f"поданы {tea} и {coffee} за {elapsed:.2f} с")


asyncio.run(main())
