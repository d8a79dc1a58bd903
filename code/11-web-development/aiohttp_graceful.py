# Listing 11.11, from manuscript/en/11-web-development.md:1570
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
        print(f"[server] {seconds} s request cancelled")
        raise
    return web.Response(text=f"slept {seconds}")


async def on_shutdown(app: web.Application) -> None:
    print("[server] on_shutdown: close websockets, stop producers")


async def on_cleanup(app: web.Application) -> None:
    print("[server] on_cleanup: close the database, sessions")


async def fetch(session: ClientSession, seconds: float) -> str:
    try:
        async with session.get("/work", params={"seconds": seconds}) as resp:
            return await resp.text()
    except ClientError as exc:
        return f"failed: {type(exc).__name__}"


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
                await both_running.wait()  # both requests are now in flight
            os.kill(os.getpid(), signal.SIGTERM)
            await stop.wait()
            print("[server] SIGTERM: shutting down")
            await runner.cleanup()  # stop listening, drain for 0.3 s, cancel, clean up
            print("[server] stopped")
            for task in requests:
                print("[client]", await task)
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


asyncio.run(main())
