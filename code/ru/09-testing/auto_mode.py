# Listing 9.3, from manuscript/ru/09-testing.md:278
import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator

import pytest

seen_loops: list[asyncio.AbstractEventLoop] = []


async def count_into(queue: asyncio.Queue[int]) -> None:
    n = 0
    while True:
        await queue.put(n)  # блокируется, пока очередь полна
        n += 1


@pytest.fixture
async def numbers() -> AsyncIterator[asyncio.Queue[int]]:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=3)
    producer = asyncio.create_task(count_into(queue))
    yield queue
    producer.cancel()
    await asyncio.wait([producer])  # ждём, пока отмена завершится
    if not producer.cancelled():
        producer.result()  # производитель завершился сам: выбросить его ошибку


async def test_first_five(numbers: asyncio.Queue[int]) -> None:
    seen_loops.append(asyncio.get_running_loop())
    assert [await numbers.get() for _ in range(5)] == [0, 1, 2, 3, 4]


async def test_fresh_fixture_and_loop(numbers: asyncio.Queue[int]) -> None:
    seen_loops.append(asyncio.get_running_loop())
    assert await numbers.get() == 0  # новая очередь и новый производитель
    assert seen_loops[0] is not seen_loops[1]  # и новый цикл событий


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
