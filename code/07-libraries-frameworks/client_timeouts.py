# Listing 7.4, from manuscript/en/07-libraries-frameworks.md:358
import asyncio

from aiohttp import ClientSession, ClientTimeout, ServerTimeoutError, web


async def slow(request: web.Request) -> web.Response:
    delay = float(request.query["delay"])
    await asyncio.sleep(delay)
    return web.Response(text=f"slept {delay}")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/slow", slow)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        default = ClientTimeout(total=2, connect=1)
        base = f"http://127.0.0.1:{port}"
        async with ClientSession(base, timeout=default) as session:
            # The session's default budget is plenty for a quick request.
            async with session.get("/slow", params={"delay": "0.1"}) as resp:
                print("ok:", await resp.text())

            # asyncio.timeout puts one budget around several requests.
            try:
                async with asyncio.timeout(0.6):
                    for delay in ["0.1", "0.1", "0.5"]:
                        params = {"delay": delay}
                        async with session.get("/slow", params=params) as resp:
                            print("  batch got:", await resp.text())
            except TimeoutError:
                print("  the batch ran out of time")

            # sock_read limits each wait for data from the socket.
            try:
                tight_read = ClientTimeout(sock_read=0.1)
                async with session.get(
                    "/slow", params={"delay": "0.4"}, timeout=tight_read
                ) as resp:
                    print("unexpected:", await resp.text())
            except ServerTimeoutError as exc:
                print("read timeout:", exc)

            # total limits the whole request, from connecting to the last byte.
            try:
                tight_total = ClientTimeout(total=0.1)
                async with session.get(
                    "/slow", params={"delay": "0.4"}, timeout=tight_total
                ) as resp:
                    print("unexpected:", await resp.text())
            except TimeoutError as exc:
                print("total timeout:", repr(exc))
    finally:
        await runner.cleanup()


asyncio.run(main())
