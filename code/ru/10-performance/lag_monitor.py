# Listing 10.1, from manuscript/ru/10-performance.md:43
import asyncio
import time
from collections import deque
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


@asynccontextmanager
async def lag_monitor(
    interval: float = 0.02, keep: int = 3000
) -> AsyncGenerator[deque[float], None]:
    """Отдаёт deque с последними `keep` замерами отставания (минута при 20 мс)."""
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
        await asyncio.wait([monitor])  # даём ей завершиться; сам wait() ничего не выбрасывает


def load_config() -> None:
    time.sleep(0.3)  # изображает блокирующий вызов: синхронный драйвер, разбор большого файла


async def main() -> None:
    async with lag_monitor() as lags:
        await asyncio.sleep(0.2)  # здоровый период: цикл свободен
        healthy = len(lags)
        load_config()  # держит цикл 0.3 с
        await asyncio.sleep(0.1)
    print(f"замеров: {len(lags)}, худшее отставание: {max(lags):.3f} с")
    print("здоровый период, все отставания меньше 0.1 с:", max(list(lags)[:healthy]) < 0.1)
    print("блокирующий вызов виден как отставание больше 0.25 с:", max(list(lags)[healthy:]) > 0.25)


asyncio.run(main())
