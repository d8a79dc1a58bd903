# Listing 5.18, from manuscript/ru/05-asyncio-module.md:1508
import asyncio
from collections.abc import Awaitable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def gather_limited(limit: int, *coros: Coroutine[Any, Any, T]) -> list[T]:
    semaphore = asyncio.Semaphore(limit)

    async def limited(coro: Awaitable[T]) -> T:
        async with semaphore:
            return await coro

    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(limited(coro)) for coro in coros]
    finally:
        for coro in coros:
            # Для отработавших корутин ничего не делает; закрывает те, что не стартовали,
            # потому что группу отменили, пока они ждали семафора.
            coro.close()
    return [task.result() for task in tasks]


running = 0
peak = 0


async def square(n: int) -> int:
    global running, peak
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0.1 if n % 2 else 0.05)
    running -= 1
    return n * n


async def broken() -> int:
    await asyncio.sleep(0.05)
    raise ValueError("некорректные входные данные")


async def main() -> None:
    results = await gather_limited(2, *(square(n) for n in range(1, 8)))
    print("результаты:", results)
    print("наибольшее число выполнявшихся одновременно:", peak)
    try:
        await gather_limited(2, square(1), broken(), square(3), square(4))
    except* ValueError as group:
        print("сбой:", group.exceptions)


asyncio.run(main())
