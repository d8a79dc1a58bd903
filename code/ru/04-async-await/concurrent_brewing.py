# Listing 4.9, from manuscript/ru/04-async-await.md:612
import asyncio
import time


async def brew(drink: str, seconds: float) -> str:
    print(f"начало: {drink}")
    await asyncio.sleep(seconds)
    print(f"готово: {drink}")
    return drink


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tea = tg.create_task(brew("чай", 0.25))
        coffee = tg.create_task(brew("кофе", 0.15))
    elapsed = time.perf_counter() - start
    print(f"поданы {tea.result()} и {coffee.result()} за {elapsed:.2f} с")


asyncio.run(main())
