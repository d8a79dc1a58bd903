# Listing 5.8, from manuscript/ru/05-asyncio-module.md:554
import asyncio


async def load(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: отменено")
        raise
    if fail:
        raise ConnectionError(f"{name}: в соединении отказано")
    print(f"{name}: загружено")
    return f"данные {name}"


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        user = tg.create_task(load("user", 0.1))
        orders = tg.create_task(load("orders", 0.2))
    # Выход из блока означает, что все задачи завершились.
    print("результаты:", user.result(), "и", orders.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(load("profile", 0.1))
            tg.create_task(load("payments", 0.2, fail=True))
            tg.create_task(load("history", 0.4))
    except* ConnectionError as group:
        for exc in group.exceptions:
            print("сбой:", exc)


asyncio.run(main())
