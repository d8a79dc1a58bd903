# Listing 5.2, from manuscript/en/05-asyncio-module.md:203
import asyncio
import time


async def brew(drink: str, seconds: float) -> str:
    print(f"{drink}: started")
    await asyncio.sleep(seconds)
    print(f"{drink}: finished")
    return f"{drink} is ready"


async def main() -> None:
    start = time.perf_counter()
    tea = asyncio.create_task(brew("tea", 0.4), name="tea")
    coffee = asyncio.create_task(brew("coffee", 0.2), name="coffee")
    print("main: two tasks created; tea done?", tea.done())
    await asyncio.sleep(0)  # give control to the loop for one round
    print("main: after one round, tea done?", tea.done())
    print("main:", await tea)
    print("main: coffee done?", coffee.done())
    print("main:", await coffee)  # already finished, so no waiting
    elapsed = time.perf_counter() - start
    print("main: took less than 0.4 + 0.2 s:", elapsed < 0.6)


asyncio.run(main())
