# Listing 6.11, from manuscript/ru/06-async-io-streams.md:1219
import asyncio
import hashlib

import aiofiles
import aiofiles.os


async def main() -> None:
    async with aiofiles.open("journal.txt", "w") as f:
        for day in ("monday", "tuesday", "wednesday"):
            await f.write(f"{day}: wrote some async code\n")

    async with aiofiles.open("journal.txt") as f:
        async for line in f:  # по одной строке за раз
            print("строка:", line.rstrip())

    digest = hashlib.sha256()
    async with aiofiles.open("journal.txt", "rb") as f:
        while chunk := await f.read(16):  # блоки фиксированного размера
            digest.update(chunk)
    info = await aiofiles.os.stat("journal.txt")
    print("размер:", info.st_size, "Б")
    print("sha256 начинается с", digest.hexdigest()[:12])

    await aiofiles.os.remove("journal.txt")
    print("файл ещё на месте:", await aiofiles.os.path.exists("journal.txt"))


asyncio.run(main())
