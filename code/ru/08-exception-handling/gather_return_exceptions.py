# Listing 8.5, from manuscript/ru/08-exception-handling.md:384
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: соединение сброшено")
    print(f"{name}: готово")
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
            print("ошибка:", repr(result))
        else:
            print("успех:", result)


asyncio.run(main())
