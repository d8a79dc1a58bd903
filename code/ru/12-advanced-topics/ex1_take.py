# Listing 12.16, from manuscript/ru/12-advanced-topics.md:1766
import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import TypeVar

T = TypeVar("T")


async def take(source: AsyncGenerator[T, None], n: int) -> AsyncGenerator[T, None]:
    """Выдаёт первые n элементов source, затем закрывает его."""
    async with aclosing(source):
        if n <= 0:
            return
        count = 0
        async for item in source:
            yield item
            count += 1
            if count == n:
                return


async def lines(name: str) -> AsyncGenerator[str, None]:
    try:
        for i in range(1, 100):
            await asyncio.sleep(0)
            yield f"{name}: строка {i}"
    finally:
        await asyncio.sleep(0.01)  # закрываем файл или соединение
        print(f"  {name}: источник закрыт")


async def consume(items: AsyncIterator[str]) -> None:
    async for item in items:
        print(" ", item)


async def main() -> None:
    async with aclosing(take(lines("log"), 3)) as first_three:
        await consume(first_three)
    print("после блока: источник уже закрыт")


asyncio.run(main())
