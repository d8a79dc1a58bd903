# Listing 3.17, from manuscript/ru/03-python-basics.md:1298
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def blocking_read(name: str) -> str:
    time.sleep(0.2)  # блокирующий вызов библиотеки
    return f"{name}: загружено"


def crunch(n: int) -> int:
    return sum(i * i for i in range(n))


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        text, total = await asyncio.gather(
            asyncio.to_thread(blocking_read, "config"),
            loop.run_in_executor(pool, crunch, 1_000_000),
        )
        print(text)
        print("сумма квадратов:", total)

        submitted = pool.submit(crunch, 10)
        print("обёрнутая футура:", await asyncio.wrap_future(submitted))


if __name__ == "__main__":
    asyncio.run(main())
