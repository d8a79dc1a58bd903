# Listing 12.21, from manuscript/ru/12-advanced-topics.md:2098
import asyncio
import functools
import inspect
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")


def report(name: str, start: float) -> None:
    elapsed = time.perf_counter() - start
    print(f"  {name}: {'быстро' if elapsed < 0.1 else 'медленно'}")


def timed(func: Callable[P, R]) -> Callable[P, R]:
    if inspect.isasyncgenfunction(func):
        raise TypeError(f"{func.__qualname__} — функция асинхронного генератора")

    if inspect.iscoroutinefunction(func):
        async_func = cast(Callable[P, Coroutine[Any, Any, Any]], func)

        @functools.wraps(func)
        async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
            start = time.perf_counter()
            try:
                return await async_func(*args, **kwargs)
            finally:
                report(func.__qualname__, start)

        return cast(Callable[P, R], async_wrapper)  # возвращает корутину, как и func

    @functools.wraps(func)
    def sync_wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            report(func.__qualname__, start)

    return sync_wrapper


@timed
def parse(text: str) -> list[str]:
    return text.split(",")


@timed
async def fetch(key: str) -> str:
    await asyncio.sleep(0.2)
    return key.upper()


async def main() -> None:
    print("parse ->", parse("a,b,c"))
    print("fetch ->", await fetch("k"))
    print("fetch — корутинная функция:", inspect.iscoroutinefunction(fetch))
    print("parse — корутинная функция:", inspect.iscoroutinefunction(parse))

    async def numbers() -> AsyncIterator[int]:
        yield 1

    try:
        timed(numbers)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
