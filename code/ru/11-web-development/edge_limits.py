# Listing 11.9, from manuscript/ru/11-web-development.md:1223
import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import ClientSession, web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Middleware = Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]


def timeout_middleware(default: float, per_path: dict[str, float]) -> Middleware:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        seconds = per_path.get(request.path, default)
        deadline = asyncio.timeout(seconds)
        try:
            async with deadline:
                return await handler(request)
        except TimeoutError:
            if not deadline.expired():
                raise  # собственный TimeoutError обработчика: не нам его подменять
            raise web.HTTPServiceUnavailable(text=f"тайм-аут через {seconds} с")

    return middleware


def limit_concurrency(limit: int) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        semaphore = asyncio.Semaphore(limit)

        async def limited(request: web.Request) -> web.StreamResponse:
            if semaphore.locked():  # все места заняты: сбрасываем нагрузку сразу
                raise web.HTTPServiceUnavailable(
                    text="занято, попробуйте позже", headers={"Retry-After": "1"}
                )
            async with semaphore:
                return await handler(request)

        return limited

    return decorate


release = asyncio.Event()  # демонстрация сама решает, когда отчёты завершатся


async def upload(request: web.Request) -> web.Response:
    body = await request.read()  # отказывает телам сверх client_max_size
    return web.Response(text=f"сохранено {len(body)} байт")


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(0.5)  # дольше бюджета этого пути
    return web.Response(text="наконец готово")


@limit_concurrency(2)
async def report(request: web.Request) -> web.Response:
    await release.wait()  # в реальности — дорогой отчёт
    return web.Response(text="отчёт готов")


async def call(session: ClientSession, method: str, path: str, data: bytes = b"") -> str:
    async with session.request(method, path, data=data) as resp:
        return f"{resp.status} {await resp.text()}"


async def main() -> None:
    app = web.Application(
        client_max_size=1024,  # 413 для тел от 1024 байт; по умолчанию 1 МиБ
        middlewares=[timeout_middleware(default=2.0, per_path={"/slow": 0.2})],
    )
    app.add_routes([web.post("/upload", upload), web.get("/slow", slow), web.get("/report", report)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            print(await call(session, "POST", "/upload", b"x" * 1000))
            print(await call(session, "POST", "/upload", b"x" * 2000))
            print(await call(session, "GET", "/slow"))

            tasks = [asyncio.create_task(call(session, "GET", "/report")) for _ in range(4)]
            rejected = 0
            for next_done in asyncio.as_completed(tasks, timeout=2):
                print(await next_done)
                rejected += 1
                if rejected == 2:  # оба лишних запроса отклонены...
                    release.set()  # ...значит, двум принятым можно завершиться
    finally:
        await runner.cleanup()


asyncio.run(main())
