# Listing 10.4, from manuscript/ru/10-performance.md:337
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false
import asyncio
from typing import Any

import yappi


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


async def handle_request(n: int) -> int:
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.1)
    return crunch(50_000 + n)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for n in range(5):
            tg.create_task(handle_request(n))


def is_handler(stat: Any) -> bool:  # yappi передаёт YFuncStat
    return stat.name == "handle_request"


for clock in ("wall", "cpu"):
    yappi.clear_stats()
    yappi.set_clock_type(clock)
    with yappi.run():  # start() на входе, stop() на выходе
        asyncio.run(main())
    for stat in yappi.get_func_stats(filter_callback=is_handler):
        print(f"{clock}: handle_request вызвана {stat.ncall} раз, всего {stat.ttot:.3f} с")
        print(f"{clock}: всего больше 5 x 0.3 с:", stat.ttot > 1.5)
