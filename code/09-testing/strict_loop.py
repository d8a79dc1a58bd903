# Listing 9.13, from manuscript/en/09-testing.md:1486
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
    gc.collect()  # finalize garbage now, so that its reports land in this test
    if leftovers:
        names = sorted(task.get_name() for task in leftovers)
        reports.append(f"tasks still running at the end of the test: {names}")
    if reports:
        pytest.fail("\n".join(reports), pytrace=False)


async def fail_later() -> None:
    await asyncio.sleep(0)
    raise ConnectionError("lost in the background")


async def test_clean() -> None:
    task = asyncio.create_task(fail_later())
    with pytest.raises(ConnectionError):
        await task


async def test_loses_an_exception() -> None:
    task = asyncio.create_task(fail_later())
    await asyncio.sleep(0.01)
    del task  # the only reference: the failed task is collected unseen


async def test_leaks_a_task() -> None:
    asyncio.create_task(asyncio.sleep(10), name="forgotten-sleeper")


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--tb=short", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
