# Listing 14.14, from manuscript/ru/14-async-and-threads.md:1695
import asyncio
import tracemalloc
from collections.abc import Callable, Coroutine
from typing import Any

COUNT = 2_000


async def bare(release: asyncio.Event) -> None:
    await release.wait()


async def holding(release: asyncio.Event) -> int:
    buffer = bytearray(4096)
    await release.wait()
    return len(buffer)


async def traced_per_task(
    make: Callable[[asyncio.Event], Coroutine[Any, Any, object]],
) -> float:
    release = asyncio.Event()
    tracemalloc.start()
    tasks = [asyncio.create_task(make(release)) for _ in range(COUNT)]
    await asyncio.sleep(0.1)  # теперь все задачи приостановлены
    traced, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    release.set()
    await asyncio.gather(*tasks)
    return traced / COUNT


async def main() -> None:
    plain = await traced_per_task(bare)
    loaded = await traced_per_task(holding)
    print(f"пустая задача:           {plain / 1024:.2f} КиБ")
    print(f"задача с буфером 4 КиБ:  {loaded / 1024:.2f} КиБ")
    print("разница около 4 КиБ:", 3.9 < (loaded - plain) / 1024 < 4.5)


asyncio.run(main())
