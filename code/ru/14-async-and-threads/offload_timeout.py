# Listing 14.10, from manuscript/ru/14-async-and-threads.md:1213
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def crunch(seconds: float) -> str:
    """Занять процессор на `seconds` секунд процессорного времени."""
    deadline = time.process_time() + seconds
    while time.process_time() < deadline:
        pass
    return f"вычислено за {seconds} с"


async def main() -> None:
    loop = asyncio.get_running_loop()
    pool = ProcessPoolExecutor(max_workers=1)
    try:
        await loop.run_in_executor(pool, crunch, 0.0)  # запустить рабочий процесс
        start = time.perf_counter()
        job = loop.run_in_executor(pool, crunch, 0.3)
        try:
            async with asyncio.timeout(0.1):
                await job
        except TimeoutError:
            print("ожидание прекращено по тайм-ауту")
        print("футура asyncio отменена:", job.cancelled())

        print("следующее задание:", await loop.run_in_executor(pool, crunch, 0.0))
        waited = time.perf_counter() - start
        print("следующее задание ждало брошенное:", waited >= 0.3)
    finally:
        # shutdown() ждёт выполняющиеся задания: ждём этого вне цикла
        await asyncio.to_thread(pool.shutdown)


if __name__ == "__main__":
    asyncio.run(main())
