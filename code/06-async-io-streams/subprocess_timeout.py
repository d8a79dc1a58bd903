# Listing 6.8, from manuscript/en/06-async-io-streams.md:935
import asyncio
import sys

FOREVER = """
import time
print("working...", flush=True)
while True:
    time.sleep(0.1)
"""


async def run(*args: str, timeout: float) -> tuple[int, bytes]:
    """Run a program; kill it if it takes longer than `timeout` seconds."""
    proc = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(timeout):
            stdout, _ = await proc.communicate()
    finally:
        if proc.returncode is None:  # timed out, or we were cancelled
            proc.kill()
            await proc.wait()  # until it has really exited
            print("killed child, exit code", proc.returncode)
    return await proc.wait(), stdout  # exited: wait() returns at once


async def main() -> None:
    print(await run(sys.executable, "-c", "print('quick')", timeout=5))
    try:
        await run(sys.executable, "-c", FOREVER, timeout=0.3)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
