# Listing 4.3, from manuscript/en/04-async-await.md:226
import asyncio
from collections.abc import Generator
from typing import Any


async def compute() -> int:
    await asyncio.sleep(0.01)
    return 42


class Countdown:
    """A hand-made awaitable that suspends `n` times, then returns a value."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __await__(self) -> Generator[Any, None, str]:
        for _ in range(self.n):
            yield from asyncio.sleep(0).__await__()
        return "liftoff"


async def main() -> None:
    loop = asyncio.get_running_loop()

    print("coroutine:", await compute())

    task = asyncio.create_task(compute())
    print("task:", await task)

    future: asyncio.Future[str] = loop.create_future()
    loop.call_later(0.01, future.set_result, "filled in by a callback")
    print("future:", await future)

    print("custom:", await Countdown(3))


asyncio.run(main())
