# Listing 7.5, from manuscript/ru/07-libraries-frameworks.md:488
import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

from aiohttp import ClientSession, web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class NoteStore:
    """Состояние в памяти, общее для обработчиков, привязанных к одному экземпляру."""

    def __init__(self) -> None:
        self.notes: dict[int, str] = {}

    async def create(self, request: web.Request) -> web.Response:
        body = await request.json()
        text = body.get("text")
        if not isinstance(text, str) or not text:
            raise web.HTTPBadRequest(text="поле 'text' обязательно")
        note_id = len(self.notes) + 1
        self.notes[note_id] = text
        return web.json_response({"id": note_id, "text": text}, status=201)

    async def read(self, request: web.Request) -> web.Response:
        note_id = int(request.match_info["note_id"])
        if note_id not in self.notes:
            raise web.HTTPNotFound(text=f"нет заметки {note_id}")
        return web.json_response({"id": note_id, "text": self.notes[note_id]})


@web.middleware
async def server_header(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        exc.headers["X-Served-By"] = "notes"  # и ответам с ошибкой тоже
        raise
    response.headers["X-Served-By"] = "notes"
    return response


async def lifecycle(app: web.Application) -> AsyncIterator[None]:
    print("[сервер] запуск")  # здесь открывают пулы, соединения...
    yield
    print("[сервер] остановка")  # ...а здесь их закрывают


def make_app() -> web.Application:
    store = NoteStore()
    app = web.Application(middlewares=[server_header])
    app.cleanup_ctx.append(lifecycle)
    app.add_routes(
        [
            web.post("/notes", store.create),
            web.get(r"/notes/{note_id:\d+}", store.read),
        ]
    )
    return app


async def main() -> None:
    runner = web.AppRunner(make_app())
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            async with session.post("/notes", json={"text": "купить молоко"}) as resp:
                print(resp.status, await resp.json())
            async with session.get("/notes/1") as resp:
                print(resp.status, resp.headers["X-Served-By"], await resp.json())
            async with session.get("/notes/2") as resp:
                print(resp.status, resp.headers["X-Served-By"], await resp.text())
            async with session.post("/notes", json={}) as resp:
                print(resp.status, await resp.text())
    finally:
        await runner.cleanup()


asyncio.run(main())
