# Listing 7.4, from manuscript/ru/07-libraries-frameworks.md:366
import asyncio

from aiohttp import ClientSession, ClientTimeout, ServerTimeoutError, web


async def slow(request: web.Request) -> web.Response:
    delay = float(request.query["delay"])
    await asyncio.sleep(delay)
    return web.Response(text=f"проспал {delay}")


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
            # Бюджета сессии по умолчанию с лихвой хватает на быстрый запрос.
            async with session.get("/slow", params={"delay": "0.1"}) as resp:
                print("успех:", await resp.text())

            # asyncio.timeout задаёт один бюджет на несколько запросов.
            try:
                async with asyncio.timeout(0.6):
                    for delay in ["0.1", "0.1", "0.5"]:
                        params = {"delay": delay}
                        async with session.get("/slow", params=params) as resp:
                            print("  пакет получил:", await resp.text())
            except TimeoutError:
                print("  пакету не хватило времени")

            # sock_read ограничивает каждое ожидание данных из сокета.
            try:
                tight_read = ClientTimeout(sock_read=0.1)
                async with session.get(
                    "/slow", params={"delay": "0.4"}, timeout=tight_read
                ) as resp:
                    print("неожиданно:", await resp.text())
            except ServerTimeoutError as exc:
                print("тайм-аут чтения:", exc)

            # total ограничивает весь запрос, от соединения до последнего байта.
            try:
                tight_total = ClientTimeout(total=0.1)
                async with session.get(
                    "/slow", params={"delay": "0.4"}, timeout=tight_total
                ) as resp:
                    print("неожиданно:", await resp.text())
            except TimeoutError as exc:
                print("общий тайм-аут:", repr(exc))
    finally:
        await runner.cleanup()


asyncio.run(main())
