# Listing 15.10, from manuscript/ru/15-future.md:769
import asyncio
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")


class QueueShutDown(Exception):
    """Выбрасывается put() после остановки и get(), когда очередь опустела."""


class ClosableQueue(Generic[T]):
    """Неограниченная очередь с shutdown(), как у asyncio.Queue в Python 3.13."""

    def __init__(self) -> None:
        self._items: deque[T] = deque()
        self._getters: deque[asyncio.Future[None]] = deque()
        self._is_shutdown = False

    def put_nowait(self, item: T) -> None:
        if self._is_shutdown:
            raise QueueShutDown
        self._items.append(item)
        self._wake_one()

    async def get(self) -> T:
        while not self._items:
            if self._is_shutdown:
                raise QueueShutDown
            waiter = asyncio.get_running_loop().create_future()
            self._getters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter in self._getters:
                    self._getters.remove(waiter)
                elif self._items:
                    self._wake_one()  # нас уже разбудили: передаём элемент дальше
                raise
        return self._items.popleft()

    def shutdown(self) -> None:
        self._is_shutdown = True
        while self._getters:  # будим каждый ожидающий get(); они перепроверят
            waiter = self._getters.popleft()
            if not waiter.done():
                waiter.set_result(None)

    def _wake_one(self) -> None:
        while self._getters:
            waiter = self._getters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return


async def worker(name: str, queue: ClosableQueue[int], done: list[str]) -> None:
    while True:
        try:
            job = await queue.get()
        except QueueShutDown:
            done.append(f"{name} stopped")
            return
        await asyncio.sleep(0.01)  # обрабатываем задание
        done.append(f"job {job}")


async def main() -> None:
    queue: ClosableQueue[int] = ClosableQueue()
    done: list[str] = []
    async with asyncio.TaskGroup() as tg:
        for name in ["w1", "w2"]:
            tg.create_task(worker(name, queue, done))
        for job in [1, 2, 3, 4]:
            queue.put_nowait(job)
            await asyncio.sleep(0.05)  # сейчас рабочие простаивают в get()
        queue.put_nowait(5)
        queue.put_nowait(6)
        queue.shutdown()  # заданий больше нет: рабочие опустошат очередь и остановятся
        try:
            queue.put_nowait(7)
        except QueueShutDown:
            print("put после shutdown: QueueShutDown")
    print("выполнены:", sorted(line for line in done if line.startswith("job")))
    print("остановлены:", sorted(line for line in done if "stopped" in line))


asyncio.run(main())
