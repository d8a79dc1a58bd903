# Listing 6.12, from manuscript/ru/06-async-io-streams.md:1295
import asyncio
import tempfile
from collections.abc import AsyncGenerator
from contextlib import aclosing
from pathlib import Path
from typing import BinaryIO


def open_binary(path: Path) -> BinaryIO:
    return path.open("rb")


async def read_chunks(path: Path, size: int) -> AsyncGenerator[bytes, None]:
    """Выдавать файл по `size` байт за раз; каждое чтение идёт в потоке."""
    f = await asyncio.to_thread(open_binary, path)
    try:
        while chunk := await asyncio.to_thread(f.read, size):
            yield chunk
    finally:
        await asyncio.to_thread(f.close)


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.log"
        await asyncio.to_thread(path.write_bytes, b"a log line\n" * 50_000)

        chunks = lines = size = 0
        async with aclosing(read_chunks(path, 64 * 1024)) as reader:
            async for chunk in reader:
                chunks += 1
                lines += chunk.count(b"\n")
                size += len(chunk)
        print(f"{size} байт, {lines} строк, {chunks} блоков")


asyncio.run(main())
