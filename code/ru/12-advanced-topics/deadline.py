# Listing 12.15, from manuscript/ru/12-advanced-topics.md:1589
import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
AsyncFunc = Callable[P, Coroutine[Any, Any, R]]


def deadline(seconds: float) -> Callable[[AsyncFunc[P, R]], AsyncFunc[P, R]]:
    """Завершает с TimeoutError каждый вызов, который длится дольше `seconds`."""

    def decorate(func: AsyncFunc[P, R]) -> AsyncFunc[P, R]:
        @functools.wraps(func)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            timeout = asyncio.timeout(seconds)
            try:
                async with timeout:
                    return await func(*args, **kwargs)
            except TimeoutError as exc:
                if timeout.expired():  # наш, а не выброшенный внутри func
                    exc.add_note(f"{func.__qualname__} превысила крайний срок {seconds} с")
                raise

        return wrapper

    return decorate


def logged(func: AsyncFunc[P, R]) -> AsyncFunc[P, R]:
    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"  -> {func.__name__}{args}")
        try:
            result = await func(*args, **kwargs)
        except BaseException as exc:
            print(f"  <- {func.__name__} выбросила {type(exc).__name__}")
            raise
        print(f"  <- {func.__name__} вернула {result!r}")
        return result

    return wrapper


@logged
@deadline(0.1)
async def lookup_outer(key: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return key.upper()


@deadline(0.1)
@logged
async def lookup_inner(key: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return key.upper()


async def main() -> None:
    for lookup in (lookup_outer, lookup_inner):
        print(f"{lookup.__name__}:")
        print("  результат:", await lookup("fast", 0.01))
        try:
            await lookup("slow", 0.3)
        except TimeoutError as exc:
            print("  TimeoutError, примечания:", exc.__notes__)


asyncio.run(main())
