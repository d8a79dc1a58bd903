# Listing 11.15, from manuscript/ru/11-web-development.md:2064
import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import ClientSession, web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
arrived = 0


def limit_concurrency(limit: int, max_wait: float) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        semaphore = asyncio.Semaphore(limit)

        async def limited(request: web.Request) -> web.StreamResponse:
            global arrived
            arrived += 1
            try:
                async with asyncio.timeout(max_wait):  # ждём в очереди, но недолго
                    await semaphore.acquire()
            except TimeoutError:
                raise web.HTTPServiceUnavailable(text=f"нет места за {max_wait} с")
            try:
                return await handler(request)
            finally:
                semaphore.release()

        return limited

    return decorate


@limit_concurrency(1, max_wait=0.3)
async def work(request: web.Request) -> web.Response:
    seconds = float(request.query["seconds"])
    await asyncio.sleep(seconds)
    return web.Response(text=f"работал {seconds} с")


async def call(session: ClientSession, seconds: float) -> str:
    async with session.get("/work", params={"seconds": seconds}) as resp:
        return f"{resp.status} {await resp.text()}"


async def main() -> None:
    app = web.Application()
    app.router.add_get("/work", work)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            tasks: list[asyncio.Task[str]] = []
            async with asyncio.timeout(3):
                for seconds in (0.1, 0.5, 0.1):  # A, B, C приходят в этом порядке
                    tasks.append(asyncio.create_task(call(session, seconds)))
                    while arrived < len(tasks):
                        await asyncio.sleep(0.01)
                for name, task in zip("ABC", tasks):
                    print(name, await task)
    finally:
        await runner.cleanup()


asyncio.run(main())
