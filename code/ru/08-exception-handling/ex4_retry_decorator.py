# Listing 8.18, from manuscript/ru/08-exception-handling.md:1709
import asyncio
import functools
import random
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")
AsyncFunction = Callable[P, Coroutine[Any, Any, T]]  # то, что создаёт `async def`


def retrying(
    *,
    attempts: int = 3,
    base_delay: float = 0.05,
    max_delay: float = 0.4,
    retry_on: tuple[type[Exception], ...] = (ConnectionError, TimeoutError),
    rng: random.Random | None = None,
) -> Callable[[AsyncFunction[P, T]], AsyncFunction[P, T]]:
    generator = rng or random.Random()

    def decorate(func: AsyncFunction[P, T]) -> AsyncFunction[P, T]:
        @functools.wraps(func)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        exc.add_note(f"сдаюсь после {attempts} попыток")
                        raise
                    cap = min(max_delay, base_delay * 2 ** (attempt - 1))
                    delay = generator.uniform(0, cap)
                    print(f"попытка {attempt} не удалась: {exc}; повтор через {delay:.3f} с")
                    await asyncio.sleep(delay)
            raise AssertionError("недостижимо")

        return wrapper

    return decorate


calls = 0


@retrying(attempts=4, rng=random.Random(1))
async def get_price(symbol: str) -> float:
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    if calls < 3:
        raise ConnectionError(f"сервер котировок занят (вызов {calls})")
    return 123.45


async def main() -> None:
    price = await get_price("ACME")
    print("цена:", price)


asyncio.run(main())
