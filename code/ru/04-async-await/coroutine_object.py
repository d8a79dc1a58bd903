# Listing 4.1, from manuscript/ru/04-async-await.md:67
import asyncio


async def greet(name: str) -> str:
    print(f"  greet({name!r}) начинается")
    await asyncio.sleep(0.01)
    print(f"  greet({name!r}) заканчивается")
    return f"Привет, {name}!"


async def main() -> None:
    coro = greet("Ada")
    print("объект корутины создан; ещё ничего не выполнялось")
    result = await coro
    print("результат:", result)
    try:
        await coro
    except RuntimeError as exc:
        print("второй await:", exc)


asyncio.run(main())
