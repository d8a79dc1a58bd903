# Listing 8.10, from manuscript/en/08-exception-handling.md:908
import asyncio
import time


async def stubborn() -> str:
    for step in range(1, 4):
        try:
            await asyncio.sleep(0.1)  # one unit of work
        except asyncio.CancelledError:
            print(f"stubborn: cancelled in step {step}, carrying on anyway")
    return "stubborn result"


async def main() -> None:
    start = time.monotonic()
    async with asyncio.timeout(0.05) as deadline:
        result = await stubborn()
    elapsed = time.monotonic() - start
    print("result:", result)
    print("deadline expired:", deadline.expired())
    print("no TimeoutError, and the block overran its deadline:", elapsed > 0.2)


asyncio.run(main())
