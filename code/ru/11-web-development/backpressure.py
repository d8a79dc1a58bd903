# Listing 11.7, from manuscript/ru/11-web-development.md:970
import asyncio

from aiohttp import ClientSession, web

CHUNK = b"x" * 65536
TOTAL_CHUNKS = 512  # всего 32 МиБ
progress = {"sent": 0}


async def download(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    response.content_length = len(CHUNK) * TOTAL_CHUNKS
    await response.prepare(request)
    for _ in range(TOTAL_CHUNKS):
        await response.write(CHUNK)  # ждёт, пока буфер транспорта полон
        progress["sent"] += len(CHUNK)
    await response.write_eof()
    return response


async def main() -> None:
    app = web.Application()
    app.router.add_get("/download", download)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            async with session.get("/download") as resp:
                received = len(await resp.content.read(65536))
                await asyncio.sleep(0.2)  # клиент перестаёт читать...
                before = progress["sent"]
                await asyncio.sleep(0.2)  # ...и сервер перестаёт писать
                stalled = progress["sent"] == before
                print("сервер стоял, пока клиент делал паузу:", stalled)
                print(f"до остановки сервер записал {before / 2**20:.1f} МиБ из 32")
                async for chunk in resp.content.iter_chunked(65536):
                    received += len(chunk)
                print("клиент получил", received, "байт")
    finally:
        await runner.cleanup()


asyncio.run(main())
