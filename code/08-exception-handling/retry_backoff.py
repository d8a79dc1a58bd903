# Listing 8.12, from manuscript/en/08-exception-handling.md:1159
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
                exc.add_note(f"gave up after {attempts} attempts")
                raise
            cap = min(max_delay, base_delay * 2 ** (attempt - 1))
            delay = rng.uniform(0, cap)
            print(f"  attempt {attempt} failed: {exc!r}; retrying in {delay:.3f} s")
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")


class FlakyService:
    """Answers only from the (failures + 1)-th call on."""

    def __init__(self, failures: int, hang_on_first_call: bool = False) -> None:
        self.failures = failures
        self.hang_on_first_call = hang_on_first_call
        self.calls = 0

    async def fetch(self) -> str:
        self.calls += 1
        if self.calls == 1 and self.hang_on_first_call:
            await asyncio.sleep(0.5)  # far longer than the attempt timeout
        await asyncio.sleep(0.01)
        if self.calls <= self.failures:
            raise ConnectionError(f"call {self.calls}: connection refused")
        return f"payload from call {self.calls}"


async def main() -> None:
    print("two failures, then success:")
    service = FlakyService(failures=2)
    print("  result:", await retry(service.fetch, rng=random.Random(7)))

    print("a hanging call, cut short by the per-attempt timeout:")
    service = FlakyService(failures=0, hang_on_first_call=True)
    result = await retry(service.fetch, attempt_timeout=0.1, rng=random.Random(7))
    print("  result:", result)

    print("a service that never recovers:")
    service = FlakyService(failures=10)
    try:
        await retry(service.fetch, attempts=3, rng=random.Random(7))
    except ConnectionError as exc:
        print("  final error:", repr(exc))
        print("  notes:", exc.__notes__)


asyncio.run(main())
