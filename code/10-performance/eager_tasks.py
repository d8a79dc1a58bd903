# Listing 10.14, from manuscript/en/10-performance.md:1371
import asyncio
import sys


async def lookup(key: str, cache: dict[str, int]) -> int:
    if key in cache:
        return cache[key]  # a cache hit: no await, no suspension
    await asyncio.sleep(0.1)  # a cache miss: wait for the "database"
    cache[key] = len(key)
    return cache[key]


async def main() -> None:
    cache = {"answer": 42}
    hit = asyncio.create_task(lookup("answer", cache))
    miss = asyncio.create_task(lookup("question", cache))
    print("hit done at once:", hit.done(), "| miss done at once:", miss.done())
    print("results:", await hit, await miss)


if sys.version_info >= (3, 12):

    async def eager_main() -> None:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
        await main()

    asyncio.run(main())  # hit done at once: False | miss done at once: False
    asyncio.run(eager_main())  # hit done at once: True | miss done at once: False
else:
    print("eager tasks need Python 3.12 or later")
