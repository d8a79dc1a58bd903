# Listing 7.3, from manuscript/ru/07-libraries-frameworks.md:246
import asyncio
import time

from aiohttp import ClientSession, TCPConnector, web

in_flight = 0
max_in_flight = 0


async def square(request: web.Request) -> web.Response:
    global in_flight, max_in_flight
    in_flight += 1
    max_in_flight = max(max_in_flight, in_flight)
    try:
        await asyncio.sleep(0.2)  # изображаем медленный ввод-вывод
        n = int(request.match_info["n"])
        return web.json_response({"n": n, "square": n * n})
    finally:
        in_flight -= 1


async def fetch(session: ClientSession, n: int) -> int:
    async with session.get(f"/square/{n}") as resp:
        resp.raise_for_status()
        data = await resp.json()
        return int(data["square"])


async def main() -> None:
    app = web.Application()
    app.router.add_get("/square/{n}", square)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        connector = TCPConnector(limit=3)  # не более 3 соединений одновременно
        base = f"http://127.0.0.1:{port}"
        async with ClientSession(base, connector=connector) as session:
            start = time.perf_counter()
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(fetch(session, n)) for n in range(9)]
            elapsed = time.perf_counter() - start
    finally:
        await runner.cleanup()

    print("квадраты:", [t.result() for t in tasks])
    print("больше всего запросов одновременно:", max_in_flight)
    print("быстрее, чем по одному (1.8 с):", elapsed < 1.4)


asyncio.run(main())
