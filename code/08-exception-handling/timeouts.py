# Listing 8.11, from manuscript/en/08-exception-handling.md:1027
import asyncio
from collections.abc import AsyncIterator


async def slow_query(seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  slow_query({seconds}): cancelled")
        raise
    return f"rows after {seconds} s"


async def chunks() -> AsyncIterator[str]:
    for n in range(1, 4):
        await asyncio.sleep(0.05)
        yield f"chunk {n}"
    await asyncio.sleep(0.4)  # the peer goes quiet
    yield "too late"


async def main() -> None:
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)

    print("a deadline for a block:")
    deadline = asyncio.timeout(0.1)
    try:
        async with deadline:
            await slow_query(0.4)
    except TimeoutError:
        print("  TimeoutError; expired() =", deadline.expired())

    print("an idle timeout, moved forward after every chunk:")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.3) as idle:
            async for chunk in chunks():
                print("  got", chunk)
                idle.reschedule(loop.time() + 0.3)
    except TimeoutError:
        print("  the stream went quiet")

    print("wait_for() on a single awaitable:")
    try:
        await asyncio.wait_for(slow_query(0.4), timeout=0.1)
    except TimeoutError:
        print("  TimeoutError from wait_for")
    print(" ", await asyncio.wait_for(slow_query(0.01), timeout=0.2))


asyncio.run(main())
