# Listing 10.6, from manuscript/en/10-performance.md:546
import asyncio
import statistics
import time

CAPACITY = 4  # requests the service can work on at once
SERVICE_TIME = 0.02  # seconds per request
REQUESTS = 80


async def service(capacity: asyncio.Semaphore) -> None:
    async with capacity:
        await asyncio.sleep(SERVICE_TIME)


async def client(capacity: asyncio.Semaphore, count: int, latencies: list[float]) -> None:
    for _ in range(count):
        start = time.perf_counter()
        await service(capacity)
        latencies.append(time.perf_counter() - start)


async def run(clients: int) -> tuple[float, float]:
    capacity = asyncio.Semaphore(CAPACITY)
    latencies: list[float] = []
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for _ in range(clients):
            tg.create_task(client(capacity, REQUESTS // clients, latencies))
    throughput = len(latencies) / (time.perf_counter() - start)
    return throughput, statistics.median(latencies)


async def main() -> None:
    results: dict[int, tuple[float, float]] = {}
    for clients in (2, 4, 8, 16):
        throughput, p50 = results[clients] = await run(clients)
        print(f"{clients:2} clients: {throughput:5.0f} requests/s, p50 {p50 * 1000:4.0f} ms")
    print("16 clients no faster than 4:", results[16][0] < 1.5 * results[4][0])
    print("16 clients wait far longer:", results[16][1] > 2 * results[4][1])


asyncio.run(main())
