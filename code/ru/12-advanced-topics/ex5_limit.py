# Listing 12.20, from manuscript/ru/12-advanced-topics.md:2015
import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar
from weakref import WeakKeyDictionary

P = ParamSpec("P")
R = TypeVar("R")
AsyncFunc = Callable[P, Coroutine[Any, Any, R]]


def limit(max_concurrent: int) -> Callable[[AsyncFunc[P, R]], AsyncFunc[P, R]]:
    """Позволяет одновременно выполняться не более чем max_concurrent вызовам функции."""

    def decorate(func: AsyncFunc[P, R]) -> AsyncFunc[P, R]:
        # Свой семафор на каждый цикл событий: семафор, заставивший задачу ждать,
        # привязан к этому циклу навсегда.
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
    print("размеры:", [task.result() for task in tasks])
    print("пиковая конкурентность:", peak)


asyncio.run(main())
asyncio.run(main())  # второй цикл событий, как в наборе тестов
