# Listing 15.12, from manuscript/ru/15-future.md:915
import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import TypeVar

T = TypeVar("T")


async def completed(tasks: Iterable[asyncio.Task[T]]) -> AsyncIterator[asyncio.Task[T]]:
    """Выдаёт сами задачи в порядке их завершения."""
    order = list(tasks)
    pending = set(order)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in order:  # стабильный порядок внутри одной порции
            if task in done:
                yield task


async def download(size: int) -> int:
    await asyncio.sleep(size / 10)
    return size * 1024


async def main() -> None:
    tasks = [
        asyncio.create_task(download(size), name=f"file-{size}")
        for size in [3, 1, 2]
    ]

    print("asyncio.as_completed() в 3.11:")
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        print(f"  получено {result}; это одна из наших задач? {next_done in tasks}")

    tasks = [
        asyncio.create_task(download(size), name=f"file-{size}")
        for size in [3, 1, 2]
    ]
    print("помощник completed():")
    async for task in completed(tasks):
        print(f"  {task.get_name()} завершилась с результатом {task.result()}")


asyncio.run(main())
