# Listing 4.12, from manuscript/en/04-async-await.md:849
import asyncio
import time
from collections.abc import Awaitable, Callable

log: list[str] = []


async def heartbeat() -> None:
    while True:
        log.append("tick")
        await asyncio.sleep(0.05)


async def blocking_work() -> None:
    log.append("work starts")
    time.sleep(0.3)  # blocks the thread, and with it the event loop
    log.append("work ends")


async def polite_work() -> None:
    log.append("work starts")
    await asyncio.sleep(0.3)  # suspends only this coroutine
    log.append("work ends")


async def observe(work: Callable[[], Awaitable[None]]) -> list[str]:
    log.clear()
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # let the heartbeat take its first beat
    await work()
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # wait until it stops
    return list(log)


async def main() -> None:
    print("with time.sleep:   ", await observe(blocking_work))
    ticks = (await observe(polite_work)).count("tick") - 1  # minus the first
    print("with asyncio.sleep, heartbeat kept ticking:", ticks > 0)


asyncio.run(main())
