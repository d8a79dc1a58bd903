# Listing 12.8, from manuscript/ru/12-advanced-topics.md:853
import asyncio
from collections.abc import Generator
from typing import Any


class NextTurn:
    """Даёт остальным задачам выполниться один раз, как asyncio.sleep(0)."""

    def __await__(self) -> Generator[None, None, None]:
        yield  # голый yield: задача просто встаёт в конец очереди


class Answer:
    """Ждёт, пока колбэк не даст ответ."""

    def __init__(self, delay: float) -> None:
        self.delay = delay

    def __await__(self) -> Generator[Any, None, str]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str] = loop.create_future()
        timer = loop.call_later(self.delay, future.set_result, "сорок два")
        try:
            answer = yield from future.__await__()  # выдаёт саму футуру
        finally:
            timer.cancel()  # на случай, если нас отменили до прихода ответа
        return answer.upper()


class BadYield:
    def __await__(self) -> Generator[int, None, None]:
        yield 42  # задача не знает, что делать с int


async def ticker(name: str) -> None:
    for i in range(3):
        print(f"{name} {i}")
        await NextTurn()


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ticker("ping"))
        tg.create_task(ticker("pong"))

    print("ответ:", await Answer(0.05))

    async def bad() -> None:
        await BadYield()

    try:
        await asyncio.create_task(bad())
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
