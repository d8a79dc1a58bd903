# Listing 4.19, from manuscript/en/04-async-await.md:1374
import asyncio
import time
from collections.abc import Awaitable, Callable

log: list[str] = []


def compress(data: bytes) -> int:
    """A blocking library call that we cannot change."""
    time.sleep(0.3)
    return len(data) // 2


async def heartbeat() -> None:
    while True:
        log.append("tick")
        await asyncio.sleep(0.05)


async def direct() -> None:
    log.append(f"compressed to {compress(b'x' * 100)}")


async def threaded() -> None:
    size = await asyncio.to_thread(compress, b"x" * 100)
    log.append(f"compressed to {size}")


async def ticks_during(work: Callable[[], Awaitable[None]]) -> int:
    log.clear()
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # first tick happens before the work starts
    await work()
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # wait until it stops
    print(log[-1])
    return log.count("tick") - 1


async def main() -> None:
    print("ticks while calling directly:", await ticks_during(direct))
    print("ticked while in a thread:", await ticks_during(threaded) > 0)


asyncio.run(main())
