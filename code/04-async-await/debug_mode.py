# Listing 4.13, from manuscript/en/04-async-await.md:971
import asyncio
import time


def checksum(data: bytes) -> int:
    """Stands in for a blocking library call, such as requests.get()."""
    time.sleep(0.25)
    return sum(data) % 256


async def handle(data: bytes) -> None:
    print("checksum:", checksum(data))


async def main() -> None:
    await handle(b"hello")


asyncio.run(main(), debug=True)
