# Listing 7.19, from manuscript/ru/07-libraries-frameworks.md:1868
import asyncio

import uvloop
from aiohttp import ClientSession, web


async def hello(request: web.Request) -> web.Response:
    loop = asyncio.get_running_loop()
    return web.json_response({"цикл сервера": type(loop).__name__})


async def main() -> None:
    app = web.Application()
    app.router.add_get("/hello", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            async with session.get("/hello") as resp:
                print(await resp.json())
    finally:
        await runner.cleanup()


asyncio.run(main())  # цикл по умолчанию

# Локально: uvloop используется только в этом раннере (Python 3.11+).
with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
    runner.run(main())

# Глобально: install() подменяет политику цикла событий до конца работы процесса.
uvloop.install()
asyncio.run(main())
