# Listing 6.10, from manuscript/en/06-async-io-streams.md:1082
import asyncio
import time
from pathlib import Path

PATH = Path("measurements.csv")


def write_measurements(path: Path, rows: int) -> None:
    with path.open("w") as f:
        for i in range(rows):
            f.write(f"{i},{i * 0.5}\n")


def slow_sum(path: Path) -> float:
    """Blocking code: read a file and add up its second column."""
    time.sleep(0.3)  # pretend the file lives on a slow network drive
    with path.open() as f:
        return sum(float(line.split(",")[1]) for line in f)


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.monotonic())
        await asyncio.sleep(0.05)


async def measure(label: str, use_thread: bool) -> None:
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0)  # let the heartbeat start
    before = len(ticks)
    if use_thread:
        total = await asyncio.to_thread(slow_sum, PATH)
    else:
        total = slow_sum(PATH)  # blocks the event loop!
    during = len(ticks) - before
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # wait until it stops
    print(f"{label}: total={total}, heartbeats during the read: {during}")
    print(f"{label}: event loop stayed responsive: {during >= 2}")


async def main() -> None:
    await asyncio.to_thread(write_measurements, PATH, 1000)
    await measure("direct call", use_thread=False)
    await measure("to_thread", use_thread=True)
    PATH.unlink()


asyncio.run(main())
