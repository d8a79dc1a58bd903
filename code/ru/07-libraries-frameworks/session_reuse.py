# Listing 7.2, from manuscript/ru/07-libraries-frameworks.md:167
import asyncio

from aiohttp import ClientSession, web

connections: set[asyncio.Transport] = set()  # по транспорту на TCP-соединение


async def ping(request: web.Request) -> web.Response:
    assert request.transport is not None
    connections.add(request.transport)
    return web.Response(text="pong")


async def start_server() -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_get("/ping", ping)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}/ping"


async def main() -> None:
    runner, url = await start_server()
    try:
        # Антипаттерн: новая сессия (и новый пул соединений) на каждый запрос.
        for _ in range(5):
            async with ClientSession() as session:
                async with session.get(url) as resp:
                    await resp.text()
        print("новая сессия на каждый запрос:", len(connections), "соединений")

        connections.clear()
        async with ClientSession() as session:
            for _ in range(5):
                async with session.get(url) as resp:
                    await resp.text()
        print("одна общая сессия:            ", len(connections), "соединение")
    finally:
        await runner.cleanup()


asyncio.run(main())
