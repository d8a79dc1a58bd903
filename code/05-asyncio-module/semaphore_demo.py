# Listing 5.16, from manuscript/en/05-asyncio-module.md:1363
import asyncio


class Tracker:
    """Counts how many coroutines are inside a section at the same time."""

    def __init__(self) -> None:
        self.current = 0
        self.peak = 0

    def enter(self) -> None:
        self.current += 1
        self.peak = max(self.peak, self.current)

    def leave(self) -> None:
        self.current -= 1


async def download(n: int, limit: asyncio.Semaphore, tracker: Tracker) -> None:
    async with limit:  # acquire() on entry, release() on exit
        tracker.enter()
        await asyncio.sleep(0.1)
        tracker.leave()


async def main() -> None:
    limit = asyncio.Semaphore(3)
    tracker = Tracker()
    async with asyncio.TaskGroup() as tg:
        for n in range(10):
            tg.create_task(download(n, limit, tracker))
    print("downloads at the same time, at most:", tracker.peak)

    plain = asyncio.Semaphore(1)
    plain.release()  # a release() without acquire(): the limit is now 2
    await plain.acquire()
    print("Semaphore(1), one holder, locked():", plain.locked())

    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as exc:
        print("BoundedSemaphore:", exc)


asyncio.run(main())
