# Listing 2.9, from manuscript/en/02-sync-vs-async.md:1009
import asyncio
import time

N = 3_000_000


def crunch(n: int) -> int:
    return sum(i * i for i in range(n))


async def crunch_task(label: str, spans: list[tuple[float, float]]) -> int:
    print(f"{label} starts")
    begin = time.perf_counter()
    result = crunch(N)  # pure computation: there is no await in here
    spans.append((begin, time.perf_counter()))
    print(f"{label} ends")
    return result


async def heartbeat(ticks: list[float]) -> None:
    while True:
        await asyncio.sleep(0.02)
        ticks.append(time.perf_counter())


async def main() -> None:
    ticks: list[float] = []
    spans: list[tuple[float, float]] = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0.1)  # let the heartbeat tick a few times
    async with asyncio.TaskGroup() as tg:
        for label in ("task 1", "task 2", "task 3"):
            tg.create_task(crunch_task(label, spans))
    await asyncio.sleep(0.1)
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)  # wait until it stops

    work_start, work_end = spans[0][0], spans[-1][1]
    print(f"three computations took {work_end - work_start:.2f} s")
    longest_gap = max(b - a for a, b in zip(ticks, ticks[1:]))
    print(f"longest silence of the heartbeat: {longest_gap:.2f} s")
    print("heartbeat silent during all the work:",
          not any(work_start < t < work_end for t in ticks))


asyncio.run(main())
