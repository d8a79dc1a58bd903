# Listing 7.1, from manuscript/ru/07-libraries-frameworks.md:75
import asyncio

from aiohttp import ClientSession, ClientTimeout, web


async def hello(request: web.Request) -> web.Response:
    name = request.query.get("name", "мир")
    return web.json_response({"greeting": f"привет, {name}"})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/hello", hello)
    return app


async def main() -> None:
    runner = web.AppRunner(make_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    base = f"http://127.0.0.1:{port}"
    try:
        timeout = ClientTimeout(total=5)
        async with ClientSession(base_url=base, timeout=timeout) as session:
            for name in ["Ada", "Guido"]:
                async with session.get("/hello", params={"name": name}) as resp:
                    print(resp.status, resp.content_type, await resp.json())
    finally:
        await runner.cleanup()


asyncio.run(main())
