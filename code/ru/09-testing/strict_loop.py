# Listing 9.13, from manuscript/ru/09-testing.md:1504
import asyncio
import gc
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def event_loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    reports: list[str] = []

    def record(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        reports.append(f"{context['message']}: {exc!r}" if exc else context["message"])

    loop.set_exception_handler(record)
    yield loop

    leftovers = asyncio.all_tasks(loop)
    for task in leftovers:
        task.cancel()
    if leftovers:
        loop.run_until_complete(asyncio.wait(leftovers))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    gc.collect()  # финализируем мусор сейчас, чтобы его сообщения попали в этот тест
    if leftovers:
        names = sorted(task.get_name() for task in leftovers)
        reports.append(f"задачи, ещё работающие в конце теста: {names}")
    if reports:
        pytest.fail("\n".join(reports), pytrace=False)


async def fail_later() -> None:
    await asyncio.sleep(0)
    raise ConnectionError("потеряно в фоне")


async def test_clean() -> None:
    task = asyncio.create_task(fail_later())
    with pytest.raises(ConnectionError):
        await task


async def test_loses_an_exception() -> None:
    task = asyncio.create_task(fail_later())
    await asyncio.sleep(0.01)
    del task  # единственная ссылка: упавшую задачу уничтожают, никто её не видел


async def test_leaks_a_task() -> None:
    asyncio.create_task(asyncio.sleep(10), name="forgotten-sleeper")


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--tb=short", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
