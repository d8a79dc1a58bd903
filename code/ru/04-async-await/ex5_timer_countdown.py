# Listing 4.20, from manuscript/ru/04-async-await.md:1313
import asyncio
import time
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Self


class Timer:
    def __init__(self, label: str) -> None:
        self.label = label
        self.start = 0.0

    async def __aenter__(self) -> Self:
        self.start = time.perf_counter()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        elapsed = time.perf_counter() - self.start
        print(f"{self.label}: завершено за {elapsed:.2f} с")


async def countdown(n: int) -> AsyncIterator[int]:
    for value in range(n, 0, -1):
        await asyncio.sleep(0.05)
        yield value


async def main() -> None:
    async with Timer("отсчёт"):
        async for value in countdown(3):
            print(value)


asyncio.run(main())
