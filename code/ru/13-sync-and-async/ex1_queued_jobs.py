# Listing 13.13, from manuscript/ru/13-sync-and-async.md:1589
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def job(name: str) -> None:
    print(f"{name}: началось")
    time.sleep(0.2)
    print(f"{name}: закончилось")


async def main() -> None:
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        futures = [loop.run_in_executor(pool, job, f"задание {n}") for n in range(3)]
        try:
            async with asyncio.timeout(0.1):
                await asyncio.gather(*futures)
        except TimeoutError:
            print("main: тайм-аут")
    finally:
        # shutdown(wait=True) блокирует, поэтому выполняется в отдельном потоке
        await asyncio.to_thread(pool.shutdown)
    print("main: исполнитель остановлен")


asyncio.run(main())
