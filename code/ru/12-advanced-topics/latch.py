# Listing 12.9, from manuscript/ru/12-advanced-topics.md:972
import asyncio
from collections.abc import Generator
from typing import Any


class NaiveLatch:
    """Открывается после `count` вызовов count_down()."""

    def __init__(self, count: int) -> None:
        self._count = count
        self._ready = asyncio.get_running_loop().create_future()

    def count_down(self) -> None:
        self._count -= 1
        if self._count == 0 and not self._ready.done():
            self._ready.set_result(None)

    def __await__(self) -> Generator[Any, None, None]:
        return self._ready.__await__()  # все ожидающие делят одну футуру


class Latch(NaiveLatch):
    def __await__(self) -> Generator[Any, None, None]:
        return self.wait().__await__()

    async def wait(self) -> None:
        await asyncio.shield(self._ready)  # отмена ожидающего касается только его


async def waiter(name: str, latch: NaiveLatch) -> None:
    try:
        await latch
        print(f"  {name}: защёлка открыта")
    except asyncio.CancelledError:
        print(f"  {name}: отменён")
        raise


async def trial(latch_type: type[NaiveLatch]) -> None:
    print(f"{latch_type.__name__}:")
    latch = latch_type(2)
    a = asyncio.create_task(waiter("a", latch))
    b = asyncio.create_task(waiter("b", latch))
    await asyncio.sleep(0.01)
    a.cancel()
    await asyncio.sleep(0.01)
    latch.count_down()
    latch.count_down()
    await asyncio.gather(a, b, return_exceptions=True)


async def main() -> None:
    await trial(NaiveLatch)
    await trial(Latch)


asyncio.run(main())
