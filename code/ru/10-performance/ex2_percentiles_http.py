# Listing 10.17, from manuscript/ru/10-performance.md:1559
import asyncio
import statistics
import time

from aiohttp import ClientSession, web

count = 0


async def handler(request: web.Request) -> web.Response:
    global count
    count += 1
    if count % 10 == 0:
        await asyncio.sleep(0.2)
    return web.Response(text="ok")


async def timed_get(session: ClientSession, url: str, limit: asyncio.Semaphore,
                    latencies: list[float]) -> None:
    async with limit:
        start = time.perf_counter()
        async with session.get(url) as response:
            await response.read()
        latencies.append(time.perf_counter() - start)


async def main() -> None:
    app = web.Application()
    app.router.add_get("/", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
        latencies: list[float] = []
        limit = asyncio.Semaphore(10)
        async with ClientSession() as session:
            async with asyncio.TaskGroup() as tg:
                for _ in range(100):
                    tg.create_task(timed_get(session, url, limit, latencies))
    finally:
        await runner.cleanup()
    cuts = statistics.quantiles(latencies, n=100)
    print(f"запросов: {len(latencies)}, p50 {cuts[49]:.3f} с, p99 {cuts[98]:.3f} с")
    print("p50 меньше 0.1 с:", cuts[49] < 0.1)
    print("p99 не меньше 0.2 с:", cuts[98] >= 0.2)


asyncio.run(main())
