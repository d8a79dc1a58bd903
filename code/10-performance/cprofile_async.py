# Listing 10.3, from manuscript/en/10-performance.md:268
import asyncio
import cProfile
import pstats
import time


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


async def handle_request(n: int) -> int:
    await asyncio.sleep(0.2)  # waiting for a database, say
    await asyncio.sleep(0.1)  # and for another service
    return crunch(50_000 + n)  # a little real work


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for n in range(5):
            tg.create_task(handle_request(n))


profiler = cProfile.Profile()
start = time.perf_counter()
with profiler:
    asyncio.run(main())
wall = time.perf_counter() - start

functions = pstats.Stats(profiler).get_stats_profile().func_profiles
by_self_time = sorted(functions, key=lambda name: functions[name].tottime, reverse=True)
print(f"wall-clock time: {wall:.3f} s")
print("largest self time:", by_self_time[0])
handler = functions["handle_request"]
print(f"handle_request: {handler.ncalls} calls, cumulative {handler.cumtime:.3f} s")
print("suspended time missing from it:", handler.cumtime < wall / 2)
