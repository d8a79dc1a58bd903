# Listing 10.14, from manuscript/ru/10-performance.md:1262
import asyncio
import sys


async def lookup(key: str, cache: dict[str, int]) -> int:
    if key in cache:
        return cache[key]  # попадание в кеш: ни await, ни приостановки
    await asyncio.sleep(0.1)  # промах кеша: ждём «базу данных»
    cache[key] = len(key)
    return cache[key]


async def main() -> None:
    cache = {"answer": 42}
    hit = asyncio.create_task(lookup("answer", cache))
    miss = asyncio.create_task(lookup("question", cache))
    print("попадание завершено сразу:", hit.done(), "| промах завершён сразу:", miss.done())
    print("результаты:", await hit, await miss)


if sys.version_info >= (3, 12):

    async def eager_main() -> None:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
        await main()

    asyncio.run(main())  # попадание завершено сразу: False | промах завершён сразу: False
    asyncio.run(eager_main())  # попадание завершено сразу: True | промах завершён сразу: False
else:
    print("eager-задачам нужен Python 3.12 или новее")
