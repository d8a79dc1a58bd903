# Listing 8.15, from manuscript/ru/08-exception-handling.md:1571
import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def capture(coro: Coroutine[Any, Any, T]) -> T | Exception:
    try:
        return await coro
    except Exception as exc:
        return exc


async def settle(*coros: Coroutine[Any, Any, T]) -> list[T | Exception]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(capture(coro)) for coro in coros]
    return [task.result() for task in tasks]


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: соединение сброшено")
    return name.upper()


async def main() -> None:
    outcomes = await settle(
        fetch("a", 0.1), fetch("b", 0.05, fail=True), fetch("c", 0.2)
    )
    for outcome in outcomes:
        print(repr(outcome))


asyncio.run(main())
