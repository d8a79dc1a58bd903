# Listing 11.9, from manuscript/en/11-web-development.md:1203
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
                raise  # the handler's own TimeoutError: not ours to translate
            raise web.HTTPServiceUnavailable(text=f"timed out after {seconds} s")

    return middleware


def limit_concurrency(limit: int) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        semaphore = asyncio.Semaphore(limit)

        async def limited(request: web.Request) -> web.StreamResponse:
            if semaphore.locked():  # every slot is taken: shed the load now
                raise web.HTTPServiceUnavailable(
                    text="busy, try again later", headers={"Retry-After": "1"}
                )
            async with semaphore:
                return await handler(request)

        return limited

    return decorate


release = asyncio.Event()  # lets the demo decide when reports finish


async def upload(request: web.Request) -> web.Response:
    body = await request.read()  # refuses bodies over client_max_size
    return web.Response(text=f"stored {len(body)} bytes")


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(0.5)  # longer than this path's budget
    return web.Response(text="finally done")


@limit_concurrency(2)
async def report(request: web.Request) -> web.Response:
    await release.wait()  # an expensive report, in reality
    return web.Response(text="report ready")


async def call(session: ClientSession, method: str, path: str, data: bytes = b"") -> str:
    async with session.request(method, path, data=data) as resp:
        return f"{resp.status} {await resp.text()}"


async def main() -> None:
    app = web.Application(
        client_max_size=1024,  # 413 for bodies of 1024 bytes or more; default 1 MiB
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
                if rejected == 2:  # both extra requests were turned away...
                    release.set()  # ...so let the two admitted ones finish
    finally:
        await runner.cleanup()


asyncio.run(main())
