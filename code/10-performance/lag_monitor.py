# Listing 10.1, from manuscript/en/10-performance.md:52
import asyncio
import time
from collections import deque
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


@asynccontextmanager
async def lag_monitor(
    interval: float = 0.02, keep: int = 3000
) -> AsyncGenerator[deque[float], None]:
    """Yield a deque holding the latest `keep` lag samples (a minute at 20 ms)."""
    lags: deque[float] = deque(maxlen=keep)

    async def sample() -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(interval)
            lags.append(loop.time() - start - interval)

    monitor = asyncio.create_task(sample(), name="lag-monitor")
    try:
        yield lags
    finally:
        monitor.cancel()
        await asyncio.wait([monitor])  # let it finish; wait() raises nothing itself


def load_config() -> None:
    time.sleep(0.3)  # stands in for a blocking call: a sync driver, a big parse


async def main() -> None:
    async with lag_monitor() as lags:
        await asyncio.sleep(0.2)  # a healthy period: the loop is free
        healthy = len(lags)
        load_config()  # holds the loop for 0.3 s
        await asyncio.sleep(0.1)
    print(f"samples: {len(lags)}, worst lag: {max(lags):.3f} s")
    print("healthy period, every lag under 0.1 s:", max(list(lags)[:healthy]) < 0.1)
    print("blocking call seen as lag over 0.25 s:", max(list(lags)[healthy:]) > 0.25)


asyncio.run(main())
