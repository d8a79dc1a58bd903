# Listing 9.8, from manuscript/ru/09-testing.md:842
import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import pytest

Address = tuple[str, int]


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while line := await reader.readline():
            if line.strip() == b"QUIT":
                break
            writer.write(line.upper())
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


@pytest.fixture
async def server() -> AsyncIterator[Address]:
    srv = await asyncio.start_server(handle, "127.0.0.1", 0, limit=1024)
    host, port = srv.sockets[0].getsockname()[:2]
    yield host, port
    srv.close()  # перестаём слушать; принятые соединения остаются открытыми
    current = asyncio.current_task()
    handlers = [t for t in asyncio.all_tasks() if t is not current]
    stuck: set[asyncio.Task[Any]] = set()
    if handlers:
        _, stuck = await asyncio.wait(handlers, timeout=1)
        for task in stuck:
            task.cancel()  # его блок finally закроет соединение
        if stuck:
            await asyncio.wait(stuck)
    await srv.wait_closed()  # начиная с 3.12.1 ждёт каждое соединение
    assert not stuck, f"обработчики всё ещё работают: {stuck}"


async def ask(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, line: bytes
) -> bytes:
    writer.write(line + b"\n")
    await writer.drain()
    async with asyncio.timeout(1):  # сломанный сервер проваливает тест, а не вешает его
        return await reader.readline()


async def test_one_client(server: Address) -> None:
    reader, writer = await asyncio.open_connection(*server)
    try:
        assert await ask(reader, writer, b"hello") == b"HELLO\n"
    finally:
        writer.close()
        await writer.wait_closed()


async def test_two_clients_interleaved(server: Address) -> None:
    r1, w1 = await asyncio.open_connection(*server)
    r2, w2 = await asyncio.open_connection(*server)
    try:
        assert await ask(r1, w1, b"one") == b"ONE\n"
        assert await ask(r2, w2, b"two") == b"TWO\n"  # пока клиент 1 открыт
        assert await ask(r1, w1, b"three") == b"THREE\n"
    finally:
        for w in (w1, w2):
            w.close()
            await w.wait_closed()


async def test_quit_closes_the_connection(server: Address) -> None:
    reader, writer = await asyncio.open_connection(*server)
    try:
        assert await ask(reader, writer, b"QUIT") == b""  # EOF: сервер повесил трубку
    finally:
        writer.close()
        await writer.wait_closed()


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
