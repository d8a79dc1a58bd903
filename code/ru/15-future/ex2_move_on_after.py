# Listing 15.23, from manuscript/ru/15-future.md:2075
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from dataclasses import dataclass


@dataclass
class Scope:
    cancelled_caught: bool = False


@asynccontextmanager
async def move_on_after(delay: float) -> AsyncGenerator[Scope, None]:
    """Как anyio.move_on_after: молча останавливает блок по крайнему сроку."""
    scope = Scope()
    deadline = asyncio.timeout(delay)
    try:
        async with deadline:
            yield scope
    except TimeoutError:
        if not deadline.expired():
            raise  # TimeoutError изнутри блока: не нам его глотать
        scope.cancelled_caught = True


async def main() -> None:
    async with move_on_after(0.1) as scope:
        await asyncio.sleep(0.5)
        print("не печатается")
    print("медленный блок остановлен:", scope.cancelled_caught)

    async with move_on_after(0.5) as scope:
        await asyncio.sleep(0.01)
    print("быстрый блок остановлен:", scope.cancelled_caught)

    try:
        async with move_on_after(0.5):
            raise TimeoutError("сервер ответил 504")
    except TimeoutError as exc:
        print("чужой TimeoutError прошёл насквозь:", exc)


asyncio.run(main())
