# Listing 5.16, from manuscript/ru/05-asyncio-module.md:1239
import asyncio


class Tracker:
    """Считает, сколько корутин одновременно находится внутри участка кода."""

    def __init__(self) -> None:
        self.current = 0
        self.peak = 0

    def enter(self) -> None:
        self.current += 1
        self.peak = max(self.peak, self.current)

    def leave(self) -> None:
        self.current -= 1


async def download(n: int, limit: asyncio.Semaphore, tracker: Tracker) -> None:
    async with limit:  # acquire() при входе, release() при выходе
        tracker.enter()
        await asyncio.sleep(0.1)
        tracker.leave()


async def main() -> None:
    limit = asyncio.Semaphore(3)
    tracker = Tracker()
    async with asyncio.TaskGroup() as tg:
        for n in range(10):
            tg.create_task(download(n, limit, tracker))
    print("наибольшее число одновременных загрузок:", tracker.peak)

    plain = asyncio.Semaphore(1)
    plain.release()  # release() без acquire(): теперь предел равен 2
    await plain.acquire()
    print("Semaphore(1), один владелец, locked():", plain.locked())

    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as exc:
        print("BoundedSemaphore:", exc)


asyncio.run(main())
