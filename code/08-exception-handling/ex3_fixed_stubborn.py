# Listing 8.17, from manuscript/en/08-exception-handling.md:1645
import asyncio


async def stubborn() -> str:
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print("stubborn: cancelled")
        raise
    finally:
        print("stubborn: cleanup")
    return "stubborn result"


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            result = await stubborn()
            print("result:", result)
    except TimeoutError:
        print("main: TimeoutError, as it should be")


asyncio.run(main())
