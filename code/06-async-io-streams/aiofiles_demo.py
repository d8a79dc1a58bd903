# Listing 6.11, from manuscript/en/06-async-io-streams.md:1180
import asyncio
import hashlib

import aiofiles
import aiofiles.os


async def main() -> None:
    async with aiofiles.open("journal.txt", "w") as f:
        for day in ("monday", "tuesday", "wednesday"):
            await f.write(f"{day}: wrote some async code\n")

    async with aiofiles.open("journal.txt") as f:
        async for line in f:  # one line at a time
            print("line:", line.rstrip())

    digest = hashlib.sha256()
    async with aiofiles.open("journal.txt", "rb") as f:
        while chunk := await f.read(16):  # fixed-size chunks
            digest.update(chunk)
    info = await aiofiles.os.stat("journal.txt")
    print("size:", info.st_size, "bytes")
    print("sha256 starts with", digest.hexdigest()[:12])

    await aiofiles.os.remove("journal.txt")
    print("still there:", await aiofiles.os.path.exists("journal.txt"))


asyncio.run(main())
