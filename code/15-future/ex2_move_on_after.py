# Listing 15.23, from manuscript/en/15-future.md:2023
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from dataclasses import dataclass


@dataclass
class Scope:
    cancelled_caught: bool = False


@asynccontextmanager
async def move_on_after(delay: float) -> AsyncGenerator[Scope, None]:
    """Like anyio.move_on_after: stop the block at the deadline, silently."""
    scope = Scope()
    deadline = asyncio.timeout(delay)
    try:
        async with deadline:
            yield scope
    except TimeoutError:
        if not deadline.expired():
            raise  # a TimeoutError from inside the block: not ours to swallow
        scope.cancelled_caught = True


async def main() -> None:
    async with move_on_after(0.1) as scope:
        await asyncio.sleep(0.5)
        print("not printed")
    print("slow block stopped:", scope.cancelled_caught)

    async with move_on_after(0.5) as scope:
        await asyncio.sleep(0.01)
    print("fast block stopped:", scope.cancelled_caught)

    try:
        async with move_on_after(0.5):
            raise TimeoutError("the server said 504")
    except TimeoutError as exc:
        print("foreign TimeoutError passed through:", exc)


asyncio.run(main())
