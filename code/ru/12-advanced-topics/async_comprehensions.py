# Listing 12.7, from manuscript/ru/12-advanced-topics.md:732
import asyncio
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing

PRICES = {"ACME": 12.5, "GLOBEX": 80.0, "INITECH": 3.25, "UMBRELLA": 41.0}


async def symbols() -> AsyncGenerator[str, None]:
    for symbol in PRICES:
        await asyncio.sleep(0.01)  # следующий тикер приходит из потока котировок
        yield symbol


async def is_trading(symbol: str) -> bool:
    await asyncio.sleep(0.01)
    return symbol != "INITECH"


async def price(symbol: str, log: list[str]) -> float:
    log.append(f"начало {symbol}")
    await asyncio.sleep(0.1)
    log.append(f"конец {symbol}")
    return PRICES[symbol]


async def main() -> None:
    # async for в списковом включении
    names = [s async for s in symbols()]
    print("имена:", names)

    # await во включении по обычному итерируемому объекту, с ожидаемым фильтром
    log: list[str] = []
    start = time.perf_counter()
    prices = {s: await price(s, log) for s in names if await is_trading(s)}
    elapsed = time.perf_counter() - start
    print("цены:", prices)
    print("по одному:", log[:4], "...")
    print("заняло не меньше 0.3 с:", elapsed >= 0.3)

    # и то и другое сразу, во включении множества
    initials = {s[0] async for s in symbols() if await is_trading(s)}
    print("первые буквы:", sorted(initials))

    # асинхронное включение внутри обычного (Python 3.11+)
    nested = [[s[:n] async for s in symbols()] for n in (1, 2)]
    print("вложенное:", nested)

    # асинхронное выражение-генератор ленивое и является асинхронным генератором
    lowered = (s.lower() async for s in symbols())
    print("тип:", type(lowered).__name__)
    async with aclosing(lowered):
        async for s in lowered:
            print("первый в нижнем регистре:", s)
            break

    # для конкурентности нужны задачи, а не включение
    log.clear()
    async with asyncio.TaskGroup() as tg:
        tasks = {s: tg.create_task(price(s, log)) for s in names}
    print("конкурентно:", {s: t.result() for s, t in tasks.items()})
    print("сначала все стартовали:", log[:4])


asyncio.run(main())
