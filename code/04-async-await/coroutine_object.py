# Listing 4.1, from manuscript/en/04-async-await.md:80
import asyncio


async def greet(name: str) -> str:
    print(f"  greet({name!r}) starts")
    await asyncio.sleep(0.01)
    print(f"  greet({name!r}) ends")
    return f"Hello, {name}!"


async def main() -> None:
    coro = greet("Ada")
    print("coroutine object created; nothing has run yet")
    result = await coro
    print("result:", result)
    try:
        await coro
    except RuntimeError as exc:
        print("second await:", exc)


asyncio.run(main())
