# Listing 8.17, from manuscript/ru/08-exception-handling.md:1668
import asyncio


async def stubborn() -> str:
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print("stubborn: отмена")
        raise
    finally:
        print("stubborn: освобождение ресурсов")
    return "результат stubborn"


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            result = await stubborn()
            print("результат:", result)
    except TimeoutError:
        print("main: TimeoutError, как и положено")


asyncio.run(main())
