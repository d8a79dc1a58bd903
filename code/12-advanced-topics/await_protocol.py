# Listing 12.8, from manuscript/en/12-advanced-topics.md:960
import asyncio
from collections.abc import Generator
from typing import Any


class NextTurn:
    """Lets the other tasks run once, like asyncio.sleep(0)."""

    def __await__(self) -> Generator[None, None, None]:
        yield  # a bare yield: the task simply goes to the back of the queue


class Answer:
    """Waits until a callback supplies the answer."""

    def __init__(self, delay: float) -> None:
        self.delay = delay

    def __await__(self) -> Generator[Any, None, str]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str] = loop.create_future()
        timer = loop.call_later(self.delay, future.set_result, "forty-two")
        try:
            answer = yield from future.__await__()  # yields the future itself
        finally:
            timer.cancel()  # in case we were cancelled before the answer came
        return answer.upper()


class BadYield:
    def __await__(self) -> Generator[int, None, None]:
        yield 42  # the task does not know what to do with an int


async def ticker(name: str) -> None:
    for i in range(3):
        print(f"{name} {i}")
        await NextTurn()


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ticker("ping"))
        tg.create_task(ticker("pong"))

    print("answer:", await Answer(0.05))

    async def bad() -> None:
        await BadYield()

    try:
        await asyncio.create_task(bad())
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
