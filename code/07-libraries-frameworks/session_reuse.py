# Listing 7.2, from manuscript/en/07-libraries-frameworks.md:161
import asyncio

from aiohttp import ClientSession, web

connections: set[asyncio.Transport] = set()  # one transport per TCP connection


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
        # Anti-pattern: a new session (and connection pool) per request.
        for _ in range(5):
            async with ClientSession() as session:
                async with session.get(url) as resp:
                    await resp.text()
        print("one session per request:", len(connections), "connections")

        connections.clear()
        async with ClientSession() as session:
            for _ in range(5):
                async with session.get(url) as resp:
                    await resp.text()
        print("one shared session:     ", len(connections), "connection(s)")
    finally:
        await runner.cleanup()


asyncio.run(main())
