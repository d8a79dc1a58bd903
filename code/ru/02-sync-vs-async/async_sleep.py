# Listing 2.2, from manuscript/ru/02-sync-vs-async.md:107
import asyncio
import time


async def fetch(name: str, delay: float) -> str:
    print(f"старт {name}")
    await asyncio.sleep(delay)  # изображает ожидание ответа по сети
    print(f"финиш {name}")
    return f"{name} data"


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(fetch("alpha", 0.3)),
            tg.create_task(fetch("beta", 0.1)),
            tg.create_task(fetch("gamma", 0.2)),
        ]
    elapsed = time.perf_counter() - start
    print([task.result() for task in tasks])
    print(f"прошло: {elapsed:.2f} с")
    print("меньше суммы ожиданий (0.6 с):", elapsed < 0.6)


asyncio.run(main())
