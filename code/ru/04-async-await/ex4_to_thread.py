# Listing 4.19, from manuscript/ru/04-async-await.md:1252
import asyncio
import time
from collections.abc import Awaitable, Callable

log: list[str] = []


def compress(data: bytes) -> int:
    """Блокирующий библиотечный вызов, который мы не можем изменить."""
    time.sleep(0.3)
    return len(data) // 2


async def heartbeat() -> None:
    while True:
        log.append("тик")
        await asyncio.sleep(0.05)


async def direct() -> None:
    log.append(f"сжато до {compress(b'x' * 100)}")


async def threaded() -> None:
    size = await asyncio.to_thread(compress, b"x" * 100)
    log.append(f"сжато до {size}")


async def ticks_during(work: Callable[[], Awaitable[None]]) -> int:
    log.clear()
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # первый удар пульса происходит до начала работы
    await work()
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # ждём, пока он остановится
    print(log[-1])
    return log.count("тик") - 1


async def main() -> None:
    print("ударов пульса при прямом вызове:", await ticks_during(direct))
    print("пульс бился, пока работал поток:", await ticks_during(threaded) > 0)


asyncio.run(main())
