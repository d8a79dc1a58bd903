# Listing 12.13, from manuscript/en/12-advanced-topics.md:1545
import asyncio
import functools
import inspect
import time
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def timed(func: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    """Report how long each call of a coroutine function takes."""

    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__qualname__} took {elapsed:.1f} s")

    return wrapper


@timed
async def fetch_user(user_id: int, *, with_orders: bool = False) -> dict[str, Any]:
    """Fetch one user from the (simulated) database."""
    await asyncio.sleep(0.2)
    return {"id": user_id, "orders": [1, 2] if with_orders else []}


class Inventory:
    @timed
    async def count(self, sku: str) -> int:
        await asyncio.sleep(0.1)
        return len(sku)


async def main() -> None:
    user = await fetch_user(7, with_orders=True)
    print("user:", user)
    print("stock:", await Inventory().count("ABC-123"))
    # The wrapper still looks like the original to people and to tools:
    print("name:", fetch_user.__name__)
    print("doc:", fetch_user.__doc__)
    print("signature:", inspect.signature(fetch_user))
    print("coroutine function:", inspect.iscoroutinefunction(fetch_user))


asyncio.run(main())
