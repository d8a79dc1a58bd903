# Listing 12.20, from manuscript/en/12-advanced-topics.md:2220
import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar
from weakref import WeakKeyDictionary

P = ParamSpec("P")
R = TypeVar("R")
AsyncFunc = Callable[P, Coroutine[Any, Any, R]]


def limit(max_concurrent: int) -> Callable[[AsyncFunc[P, R]], AsyncFunc[P, R]]:
    """Allow at most max_concurrent calls of the function to run at once."""

    def decorate(func: AsyncFunc[P, R]) -> AsyncFunc[P, R]:
        # One semaphore per event loop: a semaphore that has made a task wait
        # is bound to that loop for good.
        semaphores: WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            WeakKeyDictionary()
        )

        @functools.wraps(func)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            loop = asyncio.get_running_loop()
            semaphore = semaphores.get(loop)
            if semaphore is None:
                semaphore = semaphores[loop] = asyncio.Semaphore(max_concurrent)
            async with semaphore:
                return await func(*args, **kwargs)

        return wrapper

    return decorate


running = 0
peak = 0


@limit(2)
async def download(url: str) -> int:
    global running, peak
    running += 1
    peak = max(peak, running)
    try:
        await asyncio.sleep(0.05)
        return len(url)
    finally:
        running -= 1


async def main() -> None:
    global peak
    peak = 0
    urls = [f"/page/{i}" for i in range(6)]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(download(url)) for url in urls]
    print("sizes:", [task.result() for task in tasks])
    print("peak concurrency:", peak)


asyncio.run(main())
asyncio.run(main())  # a second event loop, as in a test suite
