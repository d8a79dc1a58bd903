# Listing 11.11, from manuscript/ru/11-web-development.md:1600
import asyncio
import os
import signal

from aiohttp import ClientError, ClientSession, web


running = 0
both_running = asyncio.Event()


async def work(request: web.Request) -> web.Response:
    global running
    seconds = float(request.query["seconds"])
    running += 1
    if running == 2:
        both_running.set()
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"[сервер] запрос на {seconds} с отменён")
        raise
    return web.Response(text=f"проспал {seconds}")


async def on_shutdown(app: web.Application) -> None:
    print("[сервер] on_shutdown: закрыть веб-сокеты, остановить производителей")


async def on_cleanup(app: web.Application) -> None:
    print("[сервер] on_cleanup: закрыть базу данных и сессии")


async def fetch(session: ClientSession, seconds: float) -> str:
    try:
        async with session.get("/work", params={"seconds": seconds}) as resp:
            return await resp.text()
    except ClientError as exc:
        return f"ошибка: {type(exc).__name__}"


async def main() -> None:
    app = web.Application()
    app.router.add_get("/work", work)
    app.on_shutdown.append(on_shutdown)
    app.on_cleanup.append(on_cleanup)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, shutdown_timeout=0.3)
    await site.start()
    port = runner.addresses[0][1]

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            requests = [asyncio.create_task(fetch(session, s)) for s in (0.1, 0.5)]
            async with asyncio.timeout(2):
                await both_running.wait()  # теперь оба запроса выполняются
            os.kill(os.getpid(), signal.SIGTERM)
            await stop.wait()
            print("[сервер] SIGTERM: завершаю работу")
            await runner.cleanup()  # перестать слушать, 0,3 с на завершение, отмена, очистка
            print("[сервер] остановлен")
            for task in requests:
                print("[клиент]", await task)
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


asyncio.run(main())
