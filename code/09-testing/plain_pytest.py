# Listing 9.1, from manuscript/en/09-testing.md:48
import asyncio
import subprocess
import sys


async def double(x: int) -> int:
    await asyncio.sleep(0)
    return 2 * x


async def test_double() -> None:
    assert await double(2) == 5  # wrong on purpose, but never checked


def test_double_with_asyncio_run() -> None:
    assert asyncio.run(double(2)) == 4


if __name__ == "__main__":
    # Run this file under pytest, without the two async plugins.
    plugins_off = ["-p", "no:asyncio", "-p", "no:anyio"]
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         *plugins_off, __file__]
    )
