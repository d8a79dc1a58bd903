# Listing 14.12, from manuscript/ru/14-async-and-threads.md:1391
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(x: int) -> int:
    return x * x


def crash(x: int) -> int:
    os._exit(1)  # так выглядит ошибка сегментации или OOM killer ядра


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("квадрат:", await loop.run_in_executor(pool, square, 7))
        try:
            await loop.run_in_executor(pool, crash, 7)
        except BrokenProcessPool as exc:
            print("BrokenProcessPool:", exc)
        try:
            await loop.run_in_executor(pool, square, 8)
        except BrokenProcessPool as exc:
            print("пул всё ещё сломан:", exc)

    with ProcessPoolExecutor(max_workers=2) as fresh:
        print("новый пул:", await loop.run_in_executor(fresh, square, 8))


if __name__ == "__main__":
    asyncio.run(main())
