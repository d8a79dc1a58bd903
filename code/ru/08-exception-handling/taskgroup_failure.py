# Listing 8.7, from manuscript/ru/08-exception-handling.md:584
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name}: соединение сброшено")
        print(f"{name}: готово")
        return name.upper()
    except asyncio.CancelledError:
        print(f"{name}: отменена")
        raise


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("a", 0.1))
        tg.create_task(fetch("b", 0.2, fail=True))
        tg.create_task(fetch("c", 0.4))
    print("сюда мы не попадём")


asyncio.run(main())
