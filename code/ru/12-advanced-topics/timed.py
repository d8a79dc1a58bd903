# Listing 12.13, from manuscript/ru/12-advanced-topics.md:1392
import asyncio
import functools
import inspect
import time
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def timed(func: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    """Сообщает, сколько длится каждый вызов корутинной функции."""

    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__qualname__}: {elapsed:.1f} с")

    return wrapper


@timed
async def fetch_user(user_id: int, *, with_orders: bool = False) -> dict[str, Any]:
    """Загружает одного пользователя из (имитируемой) базы данных."""
    await asyncio.sleep(0.2)
    return {"id": user_id, "orders": [1, 2] if with_orders else []}


class Inventory:
    @timed
    async def count(self, sku: str) -> int:
        await asyncio.sleep(0.1)
        return len(sku)


async def main() -> None:
    user = await fetch_user(7, with_orders=True)
    print("пользователь:", user)
    print("на складе:", await Inventory().count("ABC-123"))
    # Для людей и для инструментов обёртка по-прежнему выглядит как оригинал:
    print("имя:", fetch_user.__name__)
    print("документация:", fetch_user.__doc__)
    print("сигнатура:", inspect.signature(fetch_user))
    print("корутинная функция:", inspect.iscoroutinefunction(fetch_user))


asyncio.run(main())
