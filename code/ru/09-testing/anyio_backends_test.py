# Listing 9.14, from manuscript/ru/09-testing.md:1630
import subprocess
import sys

import anyio
import pytest
import sniffio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param


async def fetch_all(names: list[str]) -> dict[str, int]:
    results: dict[str, int] = {}

    async def fetch_one(name: str) -> None:
        await anyio.sleep(0.01 * len(name))  # изображает сетевой запрос
        results[name] = len(name)

    async with anyio.create_task_group() as tg:
        for name in names:
            tg.start_soon(fetch_one, name)
    return results


@pytest.mark.anyio
async def test_fetch_all(anyio_backend: str) -> None:
    assert sniffio.current_async_library() == anyio_backend
    assert await fetch_all(["a", "bb", "ccc"]) == {"a": 1, "bb": 2, "ccc": 3}


@pytest.mark.anyio
async def test_deadline() -> None:
    with pytest.raises(TimeoutError):
        with anyio.fail_after(0.05):
            await anyio.sleep(1)


if __name__ == "__main__":
    # anyio 3.6 использует API, устаревший в trio 0.22; глушим только это предупреждение.
    silence = ["-W", "ignore:trio.MultiError is deprecated"]
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider",
         *silence, __file__]
    )
