# Listing 9.1, from manuscript/ru/09-testing.md:49
import asyncio
import subprocess
import sys


async def double(x: int) -> int:
    await asyncio.sleep(0)
    return 2 * x


async def test_double() -> None:
    assert await double(2) == 5  # намеренно неверно, но не проверяется


def test_double_with_asyncio_run() -> None:
    assert asyncio.run(double(2)) == 4


if __name__ == "__main__":
    # Запускаем этот файл под pytest без двух асинхронных плагинов.
    plugins_off = ["-p", "no:asyncio", "-p", "no:anyio"]
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         *plugins_off, __file__]
    )
