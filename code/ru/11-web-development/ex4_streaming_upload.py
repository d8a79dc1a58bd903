# Listing 11.16, from manuscript/ru/11-web-development.md:2153
import asyncio
import hashlib
from collections.abc import AsyncIterator

from aiohttp import ClientSession, web

LIMIT = 4096


async def upload(request: web.Request) -> web.Response:
    if request.content_length is not None and request.content_length > LIMIT:
        raise web.HTTPRequestEntityTooLarge(  # отказ до того, как обработчик прочтёт хоть байт
            max_size=LIMIT, actual_size=request.content_length
        )
    digest, size = hashlib.sha256(), 0
    async for chunk in request.content.iter_chunked(1024):  # никогда не больше 1 КиБ
        size += len(chunk)
        if size > LIMIT:
            raise web.HTTPRequestEntityTooLarge(
                max_size=LIMIT, actual_size=size, text=f"чтение прекращено после {LIMIT} байт"
            )
        digest.update(chunk)
    return web.json_response({"bytes": size, "sha256": digest.hexdigest()[:12]})


async def pieces(count: int) -> AsyncIterator[bytes]:
    for _ in range(count):
        yield b"y" * 1000  # без Content-Length: тело уходит блоками (chunked)


async def send(session: ClientSession, body: bytes | AsyncIterator[bytes]) -> None:
    async with session.post("/upload", data=body) as resp:
        print(resp.status, await resp.text())


async def main() -> None:
    app = web.Application()
    app.router.add_post("/upload", upload)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            await send(session, b"x" * 3000)
            await send(session, b"x" * 10_000)
            await send(session, pieces(3))
            await send(session, pieces(10))
    finally:
        await runner.cleanup()


asyncio.run(main())
