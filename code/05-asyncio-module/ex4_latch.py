# Listing 5.21, from manuscript/en/05-asyncio-module.md:1892
import asyncio


class CountdownLatch:
    def __init__(self, count: int) -> None:
        if count < 0:
            raise ValueError("count must be >= 0")
        self._count = count
        self._zero = asyncio.Event()
        if count == 0:
            self._zero.set()

    @property
    def count(self) -> int:
        return self._count

    def count_down(self) -> None:
        # No await in here, so no other coroutine can interleave: no lock needed.
        if self._count > 0:
            self._count -= 1
            if self._count == 0:
                self._zero.set()

    async def wait(self) -> None:
        await self._zero.wait()


async def start_service(name: str, delay: float, latch: CountdownLatch) -> None:
    await asyncio.sleep(delay)
    print(f"{name}: ready")
    latch.count_down()


async def main() -> None:
    latch = CountdownLatch(3)
    async with asyncio.TaskGroup() as tg:
        for name, delay in [("database", 0.3), ("cache", 0.1), ("search", 0.2)]:
            tg.create_task(start_service(name, delay, latch))
        print("coordinator: waiting, count =", latch.count)
        await latch.wait()
        print("coordinator: all services ready, count =", latch.count)
        await latch.wait()  # already at zero: returns at once
        print("coordinator: a second wait() does not block")


asyncio.run(main())
