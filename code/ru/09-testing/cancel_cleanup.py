# Listing 9.11, from manuscript/ru/09-testing.md:1258
import asyncio
import subprocess
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import pytest


class Pool:
    def __init__(self, size: int) -> None:
        self.free = size

    def acquire(self) -> None:
        assert self.free > 0, "пул исчерпан"
        self.free -= 1

    def release(self) -> None:
        self.free += 1


async def good_worker(pool: Pool, started: asyncio.Event) -> None:
    pool.acquire()
    try:
        started.set()
        await asyncio.Event().wait()  # изображает долгую работу
    finally:
        pool.release()


async def swallowing_worker(pool: Pool, started: asyncio.Event) -> None:
    pool.acquire()
    try:
        started.set()
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        pool.release()  # прибирается, но не выбрасывает исключение снова


Worker = Callable[[Pool, asyncio.Event], Coroutine[Any, Any, None]]


@pytest.mark.parametrize("worker", [good_worker, swallowing_worker])
async def test_cancel_releases_and_propagates(worker: Worker) -> None:
    pool = Pool(size=1)
    started = asyncio.Event()
    task = asyncio.create_task(worker(pool, started))
    await started.wait()  # теперь рабочая задача держит соединение
    assert pool.free == 0

    task.cancel()
    await asyncio.wait([task])
    assert pool.free == 1, "соединение утекло"
    assert task.cancelled(), "рабочая задача проглотила отмену"


async def test_timeout_releases_the_connection() -> None:
    pool = Pool(size=1)
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.01):
            await good_worker(pool, asyncio.Event())
    assert pool.free == 1


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--tb=no", "-rf",
         "-p", "no:cacheprovider", "--asyncio-mode=auto", __file__]
    )
