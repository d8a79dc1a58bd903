# Listing 9.2, from manuscript/ru/09-testing.md:132
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
# pyright: reportUntypedFunctionDecorator=false
import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio


class KeyValueClient:
    """Заглушка вместо клиента какого-нибудь асинхронного сервиса."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self.closed = False

    async def set(self, key: str, value: str) -> None:
        await asyncio.sleep(0)  # настоящий клиент обращался бы здесь к серверу
        self._data[key] = value

    async def get(self, key: str) -> str | None:
        await asyncio.sleep(0)
        return self._data.get(key)

    async def aclose(self) -> None:
        await asyncio.sleep(0)
        self.closed = True


@pytest_asyncio.fixture
async def client() -> AsyncIterator[KeyValueClient]:
    kv = KeyValueClient()  # подготовка: выполняется перед тестом
    yield kv
    await kv.aclose()  # завершение: после теста, в том же цикле


@pytest.mark.asyncio
async def test_set_then_get(client: KeyValueClient) -> None:
    await client.set("colour", "blue")
    assert await client.get("colour") == "blue"


@pytest.mark.asyncio
async def test_missing_key(client: KeyValueClient) -> None:
    assert await client.get("size") is None


async def test_without_marker(client: KeyValueClient) -> None:
    assert await client.get("size") == "никогда не проверяется"


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__]
    )
