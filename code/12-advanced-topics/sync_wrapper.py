# Listing 12.14, from manuscript/en/12-advanced-topics.md:1643
import asyncio
import functools
import inspect
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def timed_sync(func: Callable[P, R]) -> Callable[P, R]:
    """An ordinary timing decorator, written for ordinary functions."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        result = func(*args, **kwargs)  # for a coroutine function: creates a coroutine
        print(f"{func.__name__} took {time.perf_counter() - start:.1f} s")
        return result

    return wrapper


@timed_sync
async def report(name: str) -> str:
    await asyncio.sleep(0.2)
    return f"report {name}"


async def dispatch(handler: Callable[[str], Any], arg: str, pool: ThreadPoolExecutor) -> Any:
    """What many frameworks do: await coroutine functions, thread the rest."""
    if inspect.iscoroutinefunction(handler):
        return await handler(arg)
    return await asyncio.get_running_loop().run_in_executor(pool, handler, arg)


async def main() -> None:
    print("awaited directly:", await report("direct"))
    print("coroutine function?", inspect.iscoroutinefunction(report))
    with ThreadPoolExecutor() as pool:
        result = await dispatch(report, "dispatched", pool)
    print("dispatch returned a", type(result).__name__)
    del result  # drop our reference; the coroutine is freed without having run


asyncio.run(main())
