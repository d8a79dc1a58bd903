# Listing 12.14, from manuscript/ru/12-advanced-topics.md:1483
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
    """Обычный декоратор замера времени, написанный для обычных функций."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        result = func(*args, **kwargs)  # для корутинной функции: создаёт корутину
        print(f"{func.__name__}: {time.perf_counter() - start:.1f} с")
        return result

    return wrapper


@timed_sync
async def report(name: str) -> str:
    await asyncio.sleep(0.2)
    return f"отчёт {name}"


async def dispatch(handler: Callable[[str], Any], arg: str, pool: ThreadPoolExecutor) -> Any:
    """Как многие фреймворки: корутинные функции ожидаем, остальные отдаём потокам."""
    if inspect.iscoroutinefunction(handler):
        return await handler(arg)
    return await asyncio.get_running_loop().run_in_executor(pool, handler, arg)


async def main() -> None:
    print("ожидание напрямую:", await report("direct"))
    print("корутинная функция?", inspect.iscoroutinefunction(report))
    with ThreadPoolExecutor() as pool:
        result = await dispatch(report, "dispatched", pool)
    print("dispatch вернул объект типа", type(result).__name__)
    del result  # отбрасываем свою ссылку; корутина освобождается, так и не выполнившись


asyncio.run(main())
