# Listing 11.5, from manuscript/ru/11-web-development.md:758
import asyncio
import json

from aiohttp import ClientSession, web


async def ticks(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)  # отправляет строку статуса и заголовки сразу
    for n in range(1, 4):
        await asyncio.sleep(0.1)  # ждём, пока появится что сообщить
        event = f"id: {n}\nevent: tick\ndata: {json.dumps({'n': n})}\n\n"
        await response.write(event.encode())  # может ждать: обратное давление
    await response.write(b"event: done\ndata: bye\n\n")
    await response.write_eof()
    return response


async def read_events(session: ClientSession) -> None:
    async with session.get("/ticks") as resp:
        print(resp.status, resp.content_type, resp.headers["Transfer-Encoding"])
        fields: dict[str, str] = {}
        while line := await resp.content.readline():  # b"" означает конец потока
            text = line.decode().rstrip("\n")
            if text:  # "поле: значение"
                name, _, value = text.partition(": ")
                fields[name] = value
                continue
            print("событие:", fields)  # пустая строка завершает событие
            if fields.get("event") == "done":
                break
            fields = {}


async def main() -> None:
    app = web.Application()
    app.router.add_get("/ticks", ticks)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            async with asyncio.timeout(5):
                await read_events(session)
    finally:
        await runner.cleanup()


asyncio.run(main())
