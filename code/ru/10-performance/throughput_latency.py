# Listing 10.6, from manuscript/ru/10-performance.md:496
import asyncio
import statistics
import time

CAPACITY = 4  # сколько запросов сервис может обрабатывать одновременно
SERVICE_TIME = 0.02  # секунд на запрос
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
        print(f"клиентов: {clients:2}, {throughput:5.0f} запросов/с, p50 {p50 * 1000:4.0f} мс")
    print("16 клиентов не быстрее 4:", results[16][0] < 1.5 * results[4][0])
    print("16 клиентов ждут гораздо дольше:", results[16][1] > 2 * results[4][1])


asyncio.run(main())
