# Listing 11.17, from manuscript/ru/11-web-development.md:2224
import asyncio
import os
import signal

from aiohttp import ClientSession, web


async def wait_for_signal(*signals: signal.Signals) -> signal.Signals:
    loop = asyncio.get_running_loop()
    received: asyncio.Future[signal.Signals] = loop.create_future()

    def on_signal(sig: signal.Signals) -> None:
        if not received.done():
            received.set_result(sig)

    for sig in signals:
        loop.add_signal_handler(sig, on_signal, sig)
    try:
        return await received
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)


async def hello(request: web.Request) -> web.Response:
    return web.Response(text="привет")


async def play_client(port: int) -> None:
    async with ClientSession(f"http://127.0.0.1:{port}") as session:
        async with session.get("/") as resp:
            print("[клиент]", resp.status, await resp.text())
    os.kill(os.getpid(), signal.SIGINT)  # как будто кто-то нажал Ctrl+C


async def main() -> None:
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        client = asyncio.create_task(play_client(port))
        sig = await wait_for_signal(signal.SIGINT, signal.SIGTERM)
        print(f"[сервер] получен {sig.name}, завершаю работу")
        await client
    finally:
        await runner.cleanup()
    print("[сервер] чистый выход, без KeyboardInterrupt")


asyncio.run(main())
