# Listing 9.19, from manuscript/ru/09-testing.md:2132
import asyncio
import selectors


class VirtualClockSelector(selectors.DefaultSelector):
    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(
        self, timeout: float | None = None
    ) -> list[tuple[selectors.SelectorKey, int]]:
        events = super().select(0)
        if events or timeout == 0:
            return events
        if timeout is None:
            return super().select(None)
        self.now += timeout
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self._clock = VirtualClockSelector()
        super().__init__(self._clock)

    def time(self) -> float:
        return self._clock.now


class TokenBucket:
    def __init__(self, rate: float, capacity: int) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.updated = asyncio.get_running_loop().time()
        self.lock = asyncio.Lock()

    def _refill(self) -> None:
        now = asyncio.get_running_loop().time()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self) -> None:
        async with self.lock:  # по одному ожидающему, в порядке очереди
            self._refill()
            if self.tokens < 1:
                await asyncio.sleep((1 - self.tokens) / self.rate)
                self._refill()
            self.tokens -= 1


async def main() -> None:
    loop = asyncio.get_running_loop()
    bucket = TokenBucket(rate=5, capacity=5)
    times: list[float] = []
    for _ in range(25):
        await bucket.acquire()
        times.append(loop.time())
    for n in (1, 5, 6, 10, 25):
        print(f"получение {n:2}: t={times[n - 1]:.1f}")
    print(f"всего виртуального времени: {loop.time():.1f} с")


with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:
    runner.run(main())
