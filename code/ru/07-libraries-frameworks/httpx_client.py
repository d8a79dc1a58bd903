# Listing 7.6, from manuscript/ru/07-libraries-frameworks.md:662
import asyncio

import httpx
from aiohttp import web


async def slow(request: web.Request) -> web.Response:
    delay = float(request.query["delay"])
    await asyncio.sleep(delay)
    return web.json_response({"delay": delay})


async def start_server() -> tuple[web.AppRunner, int]:
    app = web.Application()
    app.router.add_get("/slow", slow)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, runner.addresses[0][1]


async def main() -> None:
    runner, port = await start_server()
    try:
        timeout = httpx.Timeout(2.0, read=0.4)  # 2 с на всё, но 0.4 с на чтение
        limits = httpx.Limits(max_connections=10)
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", timeout=timeout, limits=limits
        ) as client:
            async with asyncio.TaskGroup() as tg:
                tasks = [
                    tg.create_task(client.get("/slow", params={"delay": d}))
                    for d in (0.2, 0.1, 0.0)
                ]
            for task in tasks:
                response = task.result()
                print(response.status_code, response.http_version, response.json())

            try:
                await client.get("/slow", params={"delay": 0.5})
            except httpx.ReadTimeout as exc:
                print("тайм-аут чтения для", exc.request.url.path)

            # Тайм-аут отдельного запроса переопределяет умолчание клиента.
            response = await client.get("/slow", params={"delay": 0.5}, timeout=1.0)
            print("терпеливый запрос:", response.json())
    finally:
        await runner.cleanup()


asyncio.run(main())
