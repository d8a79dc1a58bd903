# Listing 15.10, from manuscript/en/15-future.md:747
import asyncio
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")


class QueueShutDown(Exception):
    """Raised by put() after shutdown, and by get() once the queue is drained."""


class ClosableQueue(Generic[T]):
    """An unbounded queue with the shutdown() of Python 3.13's asyncio.Queue."""

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
                    self._wake_one()  # we were woken: pass the item on
                raise
        return self._items.popleft()

    def shutdown(self) -> None:
        self._is_shutdown = True
        while self._getters:  # wake every waiting get(); they re-check
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
        await asyncio.sleep(0.01)  # process the job
        done.append(f"job {job}")


async def main() -> None:
    queue: ClosableQueue[int] = ClosableQueue()
    done: list[str] = []
    async with asyncio.TaskGroup() as tg:
        for name in ["w1", "w2"]:
            tg.create_task(worker(name, queue, done))
        for job in [1, 2, 3, 4]:
            queue.put_nowait(job)
            await asyncio.sleep(0.05)  # the workers are idle in get() now
        queue.put_nowait(5)
        queue.put_nowait(6)
        queue.shutdown()  # no more jobs: the workers drain the queue, then stop
        try:
            queue.put_nowait(7)
        except QueueShutDown:
            print("put after shutdown: QueueShutDown")
    print("jobs done:", sorted(line for line in done if line.startswith("job")))
    print("workers stopped:", sorted(line for line in done if "stopped" in line))


asyncio.run(main())
