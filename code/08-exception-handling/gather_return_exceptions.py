# Listing 8.5, from manuscript/en/08-exception-handling.md:376
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    print(f"{name}: finished")
    return name.upper()


async def main() -> None:
    results = await asyncio.gather(
        fetch("a", 0.1),
        fetch("b", 0.2, fail=True),
        fetch("c", 0.3),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, BaseException):
            print("failed:", repr(result))
        else:
            print("ok:", result)


asyncio.run(main())
