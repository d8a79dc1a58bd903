# Listing 5.8, from manuscript/en/05-asyncio-module.md:615
import asyncio


async def load(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        raise ConnectionError(f"{name}: connection refused")
    print(f"{name}: loaded")
    return f"{name} data"


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        user = tg.create_task(load("user", 0.1))
        orders = tg.create_task(load("orders", 0.2))
    # Leaving the block means every task has finished.
    print("results:", user.result(), "and", orders.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(load("profile", 0.1))
            tg.create_task(load("payments", 0.2, fail=True))
            tg.create_task(load("history", 0.4))
    except* ConnectionError as group:
        for exc in group.exceptions:
            print("failed:", exc)


asyncio.run(main())
