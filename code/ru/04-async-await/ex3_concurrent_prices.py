# Listing 4.18, from manuscript/ru/04-async-await.md:1214
import asyncio

DELAYS = {"AAA": 0.2, "BBB": 0.3, "CCC": 0.1}
PRICES = {"AAA": 101.5, "BBB": 47.25, "CCC": 12.0}


async def fetch_price(symbol: str) -> float:
    await asyncio.sleep(DELAYS[symbol])  # изображает сетевой запрос
    print(f"пришёл ответ для {symbol}")
    return PRICES[symbol]


async def main() -> None:
    symbols = ["AAA", "BBB", "CCC"]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_price(s)) for s in symbols]
    for symbol, task in zip(symbols, tasks):
        print(f"{symbol}: {task.result()}")


asyncio.run(main())
