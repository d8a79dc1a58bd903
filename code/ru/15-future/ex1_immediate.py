# Listing 15.22, from manuscript/ru/15-future.md:1972
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

    def shutdown(self, immediate: bool = False) -> None:
        self._is_shutdown = True
        if immediate:
            self._items.clear()  # теперь get() сразу выбрасывает исключение
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


async def worker(name: str, queue: ClosableQueue[int], done: list[int]) -> None:
    while True:
        try:
            job = await queue.get()
        except QueueShutDown:
            print(f"{name}: остановлен")
            return
        await asyncio.sleep(0.1)  # обрабатываем задание
        done.append(job)


async def run(immediate: bool) -> None:
    queue: ClosableQueue[int] = ClosableQueue()
    done: list[int] = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("worker", queue, done))
        for job in range(1, 6):
            queue.put_nowait(job)
        await asyncio.sleep(0.15)  # сейчас рабочий занят заданием 2
        queue.shutdown(immediate=immediate)
    print(f"immediate={immediate}: выполнены задания {done}")


async def main() -> None:
    await run(immediate=False)
    await run(immediate=True)


asyncio.run(main())
