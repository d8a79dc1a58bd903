# Listing 6.10, from manuscript/ru/06-async-io-streams.md:1118
import asyncio
import time
from pathlib import Path

PATH = Path("measurements.csv")


def write_measurements(path: Path, rows: int) -> None:
    with path.open("w") as f:
        for i in range(rows):
            f.write(f"{i},{i * 0.5}\n")


def slow_sum(path: Path) -> float:
    """Блокирующий код: прочитать файл и сложить его второй столбец."""
    time.sleep(0.3)  # будто файл лежит на медленном сетевом диске
    with path.open() as f:
        return sum(float(line.split(",")[1]) for line in f)


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.monotonic())
        await asyncio.sleep(0.05)


async def measure(label: str, use_thread: bool) -> None:
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0)  # дать пульсу запуститься
    before = len(ticks)
    if use_thread:
        total = await asyncio.to_thread(slow_sum, PATH)
    else:
        total = slow_sum(PATH)  # блокирует цикл событий!
    during = len(ticks) - before
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # дождаться остановки
    print(f"{label}: сумма={total}, ударов пульса за время чтения: {during}")
    print(f"{label}: цикл событий оставался отзывчивым: {during >= 2}")


async def main() -> None:
    await asyncio.to_thread(write_measurements, PATH, 1000)
    await measure("прямой вызов", use_thread=False)
    await measure("to_thread", use_thread=True)
    PATH.unlink()


asyncio.run(main())
