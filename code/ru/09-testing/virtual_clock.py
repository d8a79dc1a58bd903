# Listing 9.10, from manuscript/ru/09-testing.md:1077
import asyncio
import selectors
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from unittest.mock import AsyncMock

import pytest


class VirtualClockSelector(selectors.DefaultSelector):
    """Селектор, который перескакивает во времени, а не ждёт таймера."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(
        self, timeout: float | None = None
    ) -> list[tuple[selectors.SelectorKey, int]]:
        events = super().select(0)  # реальный ввод-вывод, готовый прямо сейчас
        if events or timeout == 0:
            return events
        if timeout is None:  # таймеров нет вовсе: ждём реального ввода-вывода
            return super().select(None)
        self.now += timeout  # до следующего таймера делать нечего: прыгаем к нему
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self._clock = VirtualClockSelector()
        super().__init__(self._clock)

    def time(self) -> float:
        return self._clock.now

@pytest.fixture
def event_loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = VirtualClockLoop()
    yield loop
    loop.close()


async def wait_until_healthy(
    check: Callable[[], Awaitable[bool]], *, interval: float, deadline: float
) -> int:
    """Вызывает check() каждые interval секунд, пока она не вернёт True."""
    attempts = 0
    async with asyncio.timeout(deadline):
        while True:
            attempts += 1
            if await check():
                return attempts
            await asyncio.sleep(interval)


async def test_healthy_on_fourth_check() -> None:
    loop = asyncio.get_running_loop()
    check = AsyncMock(side_effect=[False, False, False, True])
    start = loop.time()
    assert await wait_until_healthy(check, interval=10, deadline=60) == 4
    assert loop.time() - start == 30  # три интервала виртуального времени


async def test_gives_up_after_five_minutes() -> None:
    loop = asyncio.get_running_loop()
    wall_start = time.monotonic()
    with pytest.raises(TimeoutError):
        await wait_until_healthy(
            AsyncMock(return_value=False), interval=10, deadline=300
        )
    assert loop.time() == 300  # прошло пять виртуальных минут...
    assert time.monotonic() - wall_start < 5  # ...за миллисекунды реального времени


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
