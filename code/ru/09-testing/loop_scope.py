# Listing 9.4, from manuscript/ru/09-testing.md:388
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
# pyright: reportUntypedFunctionDecorator=false
import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

setups: list[str] = []


@pytest.fixture(scope="module")
def event_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """Заменяет цикл pytest-asyncio на тест одним циклом на модуль."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest_asyncio.fixture(scope="module")
async def database() -> AsyncIterator[dict[str, int]]:
    setups.append("connect")
    await asyncio.sleep(0.1)  # делаем вид, что подключение медленное
    yield {"answer": 42}
    setups.append("disconnect")


@pytest.mark.asyncio
async def test_read(database: dict[str, int]) -> None:
    assert database["answer"] == 42


@pytest.mark.asyncio
async def test_write(database: dict[str, int]) -> None:
    database["question"] = 6 * 9
    assert setups == ["connect"]  # подготовка один раз на весь модуль


@pytest.mark.asyncio
async def test_same_loop(event_loop: asyncio.AbstractEventLoop) -> None:
    assert asyncio.get_running_loop() is event_loop


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__]
    )
