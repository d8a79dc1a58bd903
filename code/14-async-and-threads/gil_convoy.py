# Listing 14.8, from manuscript/en/14-async-and-threads.md:942
import asyncio
import sys
import threading
import time

WAKEUPS = 100


def spin(stop: threading.Event) -> None:
    """Pure-Python busy work that never blocks, as CPU-bound code does."""
    while not stop.is_set():
        pass


async def per_wakeup() -> float:
    """Average time for one short sleep: one trip through epoll and back."""
    start = time.perf_counter()
    for _ in range(WAKEUPS):
        await asyncio.sleep(0.001)
    return (time.perf_counter() - start) / WAKEUPS


async def main() -> None:
    alone = await per_wakeup()
    stop = threading.Event()
    interval = sys.getswitchinterval()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.to_thread(spin, stop))
        try:
            await asyncio.sleep(0.05)  # let the thread get going
            contended = await per_wakeup()
            sys.setswitchinterval(0.001)
            short_interval = await per_wakeup()
        finally:  # on Ctrl-C or an error too, or the thread spins forever
            sys.setswitchinterval(interval)
            stop.set()
    print(f"loop alone:                  {alone * 1000:.1f} ms per wake-up")
    print(f"next to a CPU-bound thread:  {contended * 1000:.1f} ms per wake-up")
    print(f"same, switch interval 1 ms:  {short_interval * 1000:.1f} ms per wake-up")
    print("switch interval:", sys.getswitchinterval())
    print("the busy thread slowed every wake-up:", contended > 0.003)


asyncio.run(main())
