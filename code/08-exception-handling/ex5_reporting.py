# Listing 8.19, from manuscript/en/08-exception-handling.md:1763
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


@asynccontextmanager
async def reporting(name: str) -> AsyncGenerator[None, None]:
    try:
        yield
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    except Exception as exc:
        print(f"{name}: failed with {type(exc).__name__}")
        raise
    else:
        print(f"{name}: ok")


async def main() -> None:
    async with reporting("quick"):
        await asyncio.sleep(0.01)

    try:
        async with reporting("broken"):
            await asyncio.sleep(0.01)
            raise KeyError("missing")
    except KeyError:
        pass

    try:
        async with asyncio.timeout(0.05):
            async with reporting("slow"):
                await asyncio.sleep(0.3)
    except TimeoutError:
        print("main: the slow block timed out")


asyncio.run(main())
