# Listing 4.13, from manuscript/ru/04-async-await.md:887
import asyncio
import time


def checksum(data: bytes) -> int:
    """Изображает блокирующий библиотечный вызов, например requests.get()."""
    time.sleep(0.25)
    return sum(data) % 256


async def handle(data: bytes) -> None:
    print("контрольная сумма:", checksum(data))


async def main() -> None:
    await handle(b"hello")


asyncio.run(main(), debug=True)
