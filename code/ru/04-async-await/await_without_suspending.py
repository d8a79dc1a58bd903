# Listing 4.4, from manuscript/ru/04-async-await.md:314
import asyncio


async def ticker() -> None:
    print("ticker: работаю")


async def add_one(x: int) -> int:
    return x + 1  # внутри нет await: эта корутина никогда не приостанавливается


async def main() -> None:
    task = asyncio.create_task(ticker())
    total = 0
    for _ in range(3):
        total = await add_one(total)
        print("main: сумма равна", total)
    print("main: приостанавливаюсь в sleep(0)")
    await asyncio.sleep(0)
    print("main: снова работаю")
    await task


asyncio.run(main())
