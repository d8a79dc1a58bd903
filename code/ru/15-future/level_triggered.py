# Listing 15.19, from manuscript/ru/15-future.md:1573
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
import asyncio
import time

import trio


async def stubborn_asyncio() -> None:
    for step in range(1, 4):
        try:
            await asyncio.sleep(0.1)
            print(f"  шаг {step}: выполнен")
        except asyncio.CancelledError:
            print(f"  шаг {step}: отменён (и отмена проглочена)")


async def stubborn_trio() -> None:
    for step in range(1, 4):
        try:
            await trio.sleep(0.1)
            print(f"  шаг {step}: выполнен")
        except trio.Cancelled:
            print(f"  шаг {step}: отменён (и отмена проглочена)")


async def asyncio_main() -> None:
    start = time.monotonic()
    async with asyncio.timeout(0.05):
        await stubborn_asyncio()
    print("  крайний срок превышен:", time.monotonic() - start > 0.2)


async def trio_main() -> None:
    start = time.monotonic()
    with trio.move_on_after(0.05):
        await stubborn_trio()
    print("  крайний срок превышен:", time.monotonic() - start > 0.2)


print("asyncio (по фронту):")
asyncio.run(asyncio_main())
print("trio (по уровню):")
trio.run(trio_main)
