# Listing 10.7, from manuscript/ru/10-performance.md:589
import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import ClientSession, TCPConnector, web

connections: set[asyncio.BaseTransport] = set()


async def hello(request: web.Request) -> web.Response:
    assert request.transport is not None
    connections.add(request.transport)
    await asyncio.sleep(0.01)  # достаточно долго, чтобы конкурентные запросы перекрылись
    return web.Response(text="hello")


async def get(session: ClientSession, url: str) -> None:
    async with session.get(url) as response:
        await response.read()  # теперь всё тело пришло: соединение можно использовать снова


async def session_per_request(url: str) -> None:
    for _ in range(50):
        async with ClientSession() as session:
            await get(session, url)


async def shared_session(url: str) -> None:
    async with ClientSession() as session:
        for _ in range(50):
            await get(session, url)


async def concurrent(url: str, limit: int) -> None:
    async with ClientSession(connector=TCPConnector(limit=limit)) as session:
        async with asyncio.TaskGroup() as tg:
            for _ in range(50):
                tg.create_task(get(session, url))


async def no_keep_alive(url: str) -> None:
    async with ClientSession(connector=TCPConnector(force_close=True)) as session:
        for _ in range(50):
            await get(session, url)


async def main() -> None:
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
        scenarios: dict[str, Callable[[], Awaitable[None]]] = {
            "сессия на каждый запрос": lambda: session_per_request(url),
            "одна общая сессия": lambda: shared_session(url),
            "50 сразу, limit=10": lambda: concurrent(url, 10),
            "50 сразу, limit=100": lambda: concurrent(url, 100),
            "force_close=True": lambda: no_keep_alive(url),
        }
        for label, scenario in scenarios.items():
            connections.clear()
            await scenario()
            print(f"{label:26} 50 запросов, соединений: {len(connections)}")
    finally:
        await runner.cleanup()


asyncio.run(main())
