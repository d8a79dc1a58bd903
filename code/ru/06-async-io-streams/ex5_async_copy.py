# Listing 6.17, from manuscript/ru/06-async-io-streams.md:1702
import asyncio
import filecmp

import aiofiles
import aiofiles.os


CHUNK_SIZE = 64 * 1024


async def copy_file(source: str, target: str) -> int:
    copied = 0
    async with (
        aiofiles.open(source, "rb") as src,
        aiofiles.open(target, "wb") as dst,
    ):
        while chunk := await src.read(CHUNK_SIZE):
            await dst.write(chunk)
            copied += len(chunk)
    return copied


async def main() -> None:
    async with aiofiles.open("original.bin", "wb") as f:
        await f.write(bytes(range(256)) * 1000)
    copied = await copy_file("original.bin", "copy.bin")
    same = await asyncio.to_thread(
        filecmp.cmp, "original.bin", "copy.bin", shallow=False
    )
    print(f"скопировано байт: {copied}, файлы совпадают: {same}")
    for name in ("original.bin", "copy.bin"):
        await aiofiles.os.remove(name)


asyncio.run(main())
