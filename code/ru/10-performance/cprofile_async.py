# Listing 10.3, from manuscript/ru/10-performance.md:240
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
    await asyncio.sleep(0.2)  # ждём, скажем, базу данных
    await asyncio.sleep(0.1)  # и ещё один сервис
    return crunch(50_000 + n)  # немного настоящей работы


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
print(f"астрономическое время: {wall:.3f} с")
print("наибольшее собственное время:", by_self_time[0])
handler = functions["handle_request"]
print(f"handle_request: вызовов {handler.ncalls}, накопленное время {handler.cumtime:.3f} с")
print("время приостановки в нём не учтено:", handler.cumtime < wall / 2)
