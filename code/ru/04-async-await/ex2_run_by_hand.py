# Listing 4.17, from manuscript/ru/04-async-await.md:1167
import asyncio
from collections.abc import Coroutine
from typing import Any


async def inner() -> int:
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 20


async def outer() -> int:
    await asyncio.sleep(0)
    return 1 + await inner()


def run_by_hand(coro: Coroutine[Any, Any, int]) -> tuple[int, int]:
    suspensions = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value, suspensions
        suspensions += 1


result, suspensions = run_by_hand(outer())
print("результат:", result)
print("приостановок:", suspensions)
