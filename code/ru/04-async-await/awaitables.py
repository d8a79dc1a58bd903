# Listing 4.3, from manuscript/ru/04-async-await.md:203
import asyncio
from collections.abc import Generator
from typing import Any


async def compute() -> int:
    await asyncio.sleep(0.01)
    return 42


class Countdown:
    """Самодельный awaitable-объект: приостанавливается `n` раз и возвращает значение."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __await__(self) -> Generator[Any, None, str]:
        for _ in range(self.n):
            yield from asyncio.sleep(0).__await__()
        return "старт!"


async def main() -> None:
    loop = asyncio.get_running_loop()

    print("корутина:", await compute())

    task = asyncio.create_task(compute())
    print("задача:", await task)

    future: asyncio.Future[str] = loop.create_future()
    loop.call_later(0.01, future.set_result, "значение от колбэка")
    print("футура:", await future)

    print("свой класс:", await Countdown(3))


asyncio.run(main())
