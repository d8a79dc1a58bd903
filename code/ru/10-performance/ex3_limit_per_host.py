# Listing 10.18, from manuscript/ru/10-performance.md:1622
import asyncio

from aiohttp import ClientSession, TCPConnector, web

connections: set[asyncio.BaseTransport] = set()
in_flight = 0
most_in_flight = 0


async def handler(request: web.Request) -> web.Response:
    global in_flight, most_in_flight
    assert request.transport is not None
    connections.add(request.transport)
    in_flight += 1
    most_in_flight = max(most_in_flight, in_flight)
    try:
        await asyncio.sleep(0.02)
        return web.Response(text="ok")
    finally:
        in_flight -= 1


async def get(session: ClientSession, url: str) -> int:
    async with session.get(url) as response:
        await response.read()
        return response.status


async def main() -> None:
    app = web.Application()
    app.router.add_get("/", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
        async with ClientSession(connector=TCPConnector(limit_per_host=3)) as session:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(get(session, url)) for _ in range(30)]
    finally:
        await runner.cleanup()
    print("статусы:", {task.result() for task in tasks})
    print("запросов:", len(tasks), "соединений:", len(connections))
    print("больше всего запросов одновременно:", most_in_flight)


asyncio.run(main())
