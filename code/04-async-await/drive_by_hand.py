# Listing 4.2, from manuscript/en/04-async-await.md:133
import asyncio
from collections.abc import Coroutine
from typing import Any


async def add_slowly(a: int, b: int) -> int:
    print("  coroutine: step 1, suspending")
    await asyncio.sleep(0)
    print("  coroutine: step 2, suspending again")
    await asyncio.sleep(0)
    print("  coroutine: step 3, returning")
    return a + b


def drive(coro: Coroutine[Any, Any, int]) -> int:
    rounds = 0
    while True:
        rounds += 1
        print(f"driver: round {rounds}")
        try:
            coro.send(None)
        except StopIteration as stop:
            print("driver: the coroutine returned")
            return stop.value


print("result:", drive(add_slowly(2, 3)))
