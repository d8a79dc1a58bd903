# Listing 9.20, from manuscript/ru/09-testing.md:2230
import subprocess
import sys

import anyio
import pytest
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from hypothesis import given, settings, strategies as st


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param


async def run_pipeline(count: int, consumers: int) -> list[int]:
    received: list[int] = []
    send, receive = anyio.create_memory_object_stream(max_buffer_size=2)

    async def produce(stream: MemoryObjectSendStream[int]) -> None:
        async with stream:
            for n in range(count):
                await stream.send(n)

    async def consume(stream: MemoryObjectReceiveStream[int]) -> None:
        async with stream:
            async for n in stream:
                received.append(n)
                await anyio.sleep(0)

    async with anyio.create_task_group() as tg:
        tg.start_soon(produce, send)
        for _ in range(consumers):
            tg.start_soon(consume, receive.clone())
        await receive.aclose()  # открытыми остаются только клоны
    return received


@pytest.mark.anyio
async def test_pipeline() -> None:
    assert sorted(await run_pipeline(10, 2)) == list(range(10))


@pytest.mark.anyio
@settings(max_examples=20, derandomize=True, database=None, deadline=None)
@given(count=st.integers(0, 50), consumers=st.integers(1, 5))
async def test_pipeline_property(count: int, consumers: int) -> None:
    assert sorted(await run_pipeline(count, consumers)) == list(range(count))


if __name__ == "__main__":
    import os
    import tempfile

    silence = ["-W", "ignore:trio.MultiError is deprecated"]
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, HYPOTHESIS_STORAGE_DIRECTORY=cache)
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider",
             *silence, __file__],
            env=env,
        )
