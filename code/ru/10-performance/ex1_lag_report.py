# Listing 10.16, from manuscript/ru/10-performance.md:1487
import asyncio
import statistics
import time
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class LagReport:
    threshold: float
    lags: list[float] = field(default_factory=list[float])
    samples: int = 0
    p99: float = 0.0
    over_threshold: int = 0


@asynccontextmanager
async def lag_monitor(
    interval: float = 0.02, threshold: float = 0.1
) -> AsyncGenerator[LagReport, None]:
    report = LagReport(threshold)

    async def sample() -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(interval)
            report.lags.append(loop.time() - start - interval)

    monitor = asyncio.create_task(sample(), name="lag-monitor")
    try:
        yield report
    finally:
        monitor.cancel()
        await asyncio.wait([monitor])
        report.samples = len(report.lags)
        if report.samples >= 2:
            cuts = statistics.quantiles(report.lags, n=100, method="inclusive")
            report.p99 = cuts[98]
        report.over_threshold = sum(lag > threshold for lag in report.lags)


async def main() -> None:
    async with lag_monitor(threshold=0.15) as report:
        for _ in range(2):
            await asyncio.sleep(0.1)
            time.sleep(0.2)  # блокирует цикл
        await asyncio.sleep(0.1)
    print(f"замеров: {report.samples}, p99 отставания: {report.p99:.3f} с")
    print(f"замеров больше {report.threshold} с:", report.over_threshold)
    print("p99 показывает простои:", report.p99 > 0.15)


asyncio.run(main())
