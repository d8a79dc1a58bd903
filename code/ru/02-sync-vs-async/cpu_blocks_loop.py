# Listing 2.9, from manuscript/ru/02-sync-vs-async.md:974
import asyncio
import time

N = 3_000_000


def crunch(n: int) -> int:
    return sum(i * i for i in range(n))


async def crunch_task(label: str, spans: list[tuple[float, float]]) -> int:
    print(f"{label}: начало")
    begin = time.perf_counter()
    result = crunch(N)  # чистое вычисление: здесь нет ни одного await
    spans.append((begin, time.perf_counter()))
    print(f"{label}: конец")
    return result


async def heartbeat(ticks: list[float]) -> None:
    while True:
        await asyncio.sleep(0.02)
        ticks.append(time.perf_counter())


async def main() -> None:
    ticks: list[float] = []
    spans: list[tuple[float, float]] = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0.1)  # пусть пульс несколько раз ударит
    async with asyncio.TaskGroup() as tg:
        for label in ("задача 1", "задача 2", "задача 3"):
            tg.create_task(crunch_task(label, spans))
    await asyncio.sleep(0.1)
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # ждём, пока он остановится

    work_start, work_end = spans[0][0], spans[-1][1]
    print(f"три вычисления заняли {work_end - work_start:.2f} с")
    longest_gap = max(b - a for a, b in zip(ticks, ticks[1:]))
    print(f"самое долгое молчание пульса: {longest_gap:.2f} с")
    print("пульс молчал всё время работы:",
          not any(work_start < t < work_end for t in ticks))


asyncio.run(main())
