# Listing 8.12, from manuscript/ru/08-exception-handling.md:1175
import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def retry(
    operation: Callable[[], Awaitable[T]],
    *,
    attempts: int = 4,
    base_delay: float = 0.05,
    max_delay: float = 0.4,
    attempt_timeout: float | None = None,
    retry_on: tuple[type[Exception], ...] = (ConnectionError, TimeoutError),
    rng: random.Random | None = None,
) -> T:
    rng = rng or random.Random()
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(attempt_timeout):
                return await operation()
        except retry_on as exc:
            if attempt == attempts:
                exc.add_note(f"сдаюсь после {attempts} попыток")
                raise
            cap = min(max_delay, base_delay * 2 ** (attempt - 1))
            delay = rng.uniform(0, cap)
            print(f"  попытка {attempt} не удалась: {exc!r}; повтор через {delay:.3f} с")
            await asyncio.sleep(delay)
    raise AssertionError("недостижимо")


class FlakyService:
    """Отвечает, только начиная с вызова номер failures + 1."""

    def __init__(self, failures: int, hang_on_first_call: bool = False) -> None:
        self.failures = failures
        self.hang_on_first_call = hang_on_first_call
        self.calls = 0

    async def fetch(self) -> str:
        self.calls += 1
        if self.calls == 1 and self.hang_on_first_call:
            await asyncio.sleep(0.5)  # намного дольше тайм-аута попытки
        await asyncio.sleep(0.01)
        if self.calls <= self.failures:
            raise ConnectionError(f"вызов {self.calls}: в соединении отказано")
        return f"данные из вызова {self.calls}"


async def main() -> None:
    print("два сбоя, затем успех:")
    service = FlakyService(failures=2)
    print("  результат:", await retry(service.fetch, rng=random.Random(7)))

    print("зависший вызов, прерванный тайм-аутом попытки:")
    service = FlakyService(failures=0, hang_on_first_call=True)
    result = await retry(service.fetch, attempt_timeout=0.1, rng=random.Random(7))
    print("  результат:", result)

    print("сервис, который так и не восстанавливается:")
    service = FlakyService(failures=10)
    try:
        await retry(service.fetch, attempts=3, rng=random.Random(7))
    except ConnectionError as exc:
        print("  итоговая ошибка:", repr(exc))
        print("  примечания:", exc.__notes__)


asyncio.run(main())
