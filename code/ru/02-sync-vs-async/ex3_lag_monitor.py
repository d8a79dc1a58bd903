# Listing 2.15, from manuscript/ru/02-sync-vs-async.md:1526
import asyncio
import time


async def monitor(lags: list[float], stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        before = loop.time()
        await asyncio.sleep(0.05)
        lags.append(loop.time() - before - 0.05)


async def run_with(blocking: bool) -> float:
    lags: list[float] = []
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(monitor(lags, stop))
        await asyncio.sleep(0.05)  # даём монитору освоиться
        if blocking:
            time.sleep(0.3)  # блокирует цикл
        else:
            await asyncio.to_thread(time.sleep, 0.3)
        await asyncio.sleep(0.05)
        stop.set()
    return max(lags)


async def main() -> None:
    print("блокирующий вызов, макс. отставание больше 0.2 с:", await run_with(True) > 0.2)
    print("to_thread, макс. отставание меньше 0.2 с:", await run_with(False) < 0.2)


asyncio.run(main())
