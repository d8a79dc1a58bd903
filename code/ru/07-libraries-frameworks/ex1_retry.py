# Listing 7.15, from manuscript/ru/07-libraries-frameworks.md:1612
import asyncio

from aiohttp import ClientSession, ClientTimeout, web

calls = 0


async def flaky(request: web.Request) -> web.Response:
    global calls
    calls += 1
    if calls <= 2:
        await asyncio.sleep(0.5)  # первые два вызова слишком медленные
    return web.Response(text=f"ответ на вызов {calls}")


async def get_with_retry(
    session: ClientSession, path: str, attempts: int = 3, per_try: float = 0.2
) -> str:
    timeout = ClientTimeout(total=per_try)
    for attempt in range(1, attempts + 1):
        try:
            async with session.get(path, timeout=timeout) as resp:
                resp.raise_for_status()
                return await resp.text()
        except TimeoutError:
            print(f"попытка {attempt}: тайм-аут")
    raise TimeoutError(f"{path}: нет ответа после {attempts} попыток")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/flaky", flaky)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            print(await get_with_retry(session, "/flaky"))
        task = asyncio.current_task()
        assert task is not None
        print("неснятых запросов отмены у этой задачи:", task.cancelling())
    finally:
        await runner.cleanup()


asyncio.run(main())
