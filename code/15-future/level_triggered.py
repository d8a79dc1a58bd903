# Listing 15.19, from manuscript/en/15-future.md:1532
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
import asyncio
import time

import trio


async def stubborn_asyncio() -> None:
    for step in range(1, 4):
        try:
            await asyncio.sleep(0.1)
            print(f"  step {step}: done")
        except asyncio.CancelledError:
            print(f"  step {step}: cancelled (and swallowed)")


async def stubborn_trio() -> None:
    for step in range(1, 4):
        try:
            await trio.sleep(0.1)
            print(f"  step {step}: done")
        except trio.Cancelled:
            print(f"  step {step}: cancelled (and swallowed)")


async def asyncio_main() -> None:
    start = time.monotonic()
    async with asyncio.timeout(0.05):
        await stubborn_asyncio()
    print("  overran the deadline:", time.monotonic() - start > 0.2)


async def trio_main() -> None:
    start = time.monotonic()
    with trio.move_on_after(0.05):
        await stubborn_trio()
    print("  overran the deadline:", time.monotonic() - start > 0.2)


print("asyncio (edge-triggered):")
asyncio.run(asyncio_main())
print("trio (level-triggered):")
trio.run(trio_main)
