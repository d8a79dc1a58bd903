# Listing 6.8, from manuscript/ru/06-async-io-streams.md:967
import asyncio
import sys

FOREVER = """
import time
print("working...", flush=True)
while True:
    time.sleep(0.1)
"""


async def run(*args: str, timeout: float) -> tuple[int, bytes]:
    """Запустить программу; убить её, если она работает дольше `timeout` секунд."""
    proc = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(timeout):
            stdout, _ = await proc.communicate()
    finally:
        if proc.returncode is None:  # истёк срок или нас отменили
            proc.kill()
            await proc.wait()  # пока процесс действительно не завершится
            print("дочерний процесс убит, код выхода", proc.returncode)
    return await proc.wait(), stdout  # процесс завершён: wait() вернётся сразу


async def main() -> None:
    print(await run(sys.executable, "-c", "print('quick')", timeout=5))
    try:
        await run(sys.executable, "-c", FOREVER, timeout=0.3)
    except TimeoutError:
        print("время вышло")


asyncio.run(main())
