# Listing 4.12, from manuscript/ru/04-async-await.md:774
import asyncio
import time
from collections.abc import Awaitable, Callable

log: list[str] = []


async def heartbeat() -> None:
    while True:
        log.append("тик")
        await asyncio.sleep(0.05)


async def blocking_work() -> None:
    log.append("работа началась")
    time.sleep(0.3)  # блокирует поток, а вместе с ним и цикл событий
    log.append("работа закончилась")


async def polite_work() -> None:
    log.append("работа началась")
    await asyncio.sleep(0.3)  # приостанавливает только эту корутину
    log.append("работа закончилась")


async def observe(work: Callable[[], Awaitable[None]]) -> list[str]:
    log.clear()
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # даём пульсу сделать первый удар
    await work()
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # ждём, пока он остановится
    return list(log)


async def main() -> None:
    print("с time.sleep:", await observe(blocking_work))
    ticks = (await observe(polite_work)).count("тик") - 1  # минус первый удар
    print("с asyncio.sleep пульс продолжал биться:", ticks > 0)


asyncio.run(main())
