# Listing 9.15, from manuscript/ru/09-testing.md:1739
import asyncio
import os
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

import pytest
from hypothesis import given, settings, strategies as st

T = TypeVar("T")
R = TypeVar("R")


async def map_limited(
    func: Callable[[T], Awaitable[R]], items: Iterable[T], limit: int
) -> list[R]:
    semaphore = asyncio.Semaphore(limit)

    async def one(item: T) -> R:
        async with semaphore:
            return await func(item)

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(one(item)) for item in items]
    return [task.result() for task in tasks]


@pytest.mark.asyncio
@settings(max_examples=50, derandomize=True, database=None, deadline=None)
@given(
    steps=st.lists(st.integers(min_value=0, max_value=5), max_size=20),
    limit=st.integers(min_value=1, max_value=4),
)
async def test_map_limited(steps: list[int], limit: int) -> None:
    running = 0
    peak = 0

    async def work(n: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        for _ in range(n):  # приостанавливаемся n раз, чтобы вызовы чередовались
            await asyncio.sleep(0)
        running -= 1
        return n * 10

    assert await map_limited(work, steps, limit) == [n * 10 for n in steps]
    assert peak <= limit


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as cache:  # здесь Hypothesis хранит свои файлы
        env = dict(os.environ, HYPOTHESIS_STORAGE_DIRECTORY=cache)
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             __file__],
            env=env,
        )
