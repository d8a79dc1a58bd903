# Listing 8.19, from manuscript/ru/08-exception-handling.md:1786
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


@asynccontextmanager
async def reporting(name: str) -> AsyncGenerator[None, None]:
    try:
        yield
    except asyncio.CancelledError:
        print(f"{name}: отменён")
        raise
    except Exception as exc:
        print(f"{name}: ошибка {type(exc).__name__}")
        raise
    else:
        print(f"{name}: успешно")


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
        print("main: медленный блок не уложился в срок")


asyncio.run(main())
