# Listing 4.2, from manuscript/ru/04-async-await.md:116
import asyncio
from collections.abc import Coroutine
from typing import Any


async def add_slowly(a: int, b: int) -> int:
    print("  корутина: шаг 1, приостанавливаюсь")
    await asyncio.sleep(0)
    print("  корутина: шаг 2, снова приостанавливаюсь")
    await asyncio.sleep(0)
    print("  корутина: шаг 3, возвращаю результат")
    return a + b


def drive(coro: Coroutine[Any, Any, int]) -> int:
    rounds = 0
    while True:
        rounds += 1
        print(f"драйвер: раунд {rounds}")
        try:
            coro.send(None)
        except StopIteration as stop:
            print("драйвер: корутина вернула значение")
            return stop.value


print("результат:", drive(add_slowly(2, 3)))
