# Listing 9.16, from manuscript/en/09-testing.md:1891
import subprocess
import sys
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web


async def square(request: web.Request) -> web.Response:
    n = int(request.match_info["n"])
    return web.json_response({"n": n, "square": n * n})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/square/{n:-?[0-9]+}", square)
    return app


@pytest.fixture
async def api() -> AsyncIterator[tuple[str, aiohttp.ClientSession]]:
    runner = web.AppRunner(make_app())
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        timeout = aiohttp.ClientTimeout(total=2)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            yield f"http://{host}:{port}", session
    finally:
        await runner.cleanup()


async def test_square(api: tuple[str, aiohttp.ClientSession]) -> None:
    base, session = api
    async with session.get(f"{base}/square/12") as response:
        assert response.status == 200
        assert await response.json() == {"n": 12, "square": 144}


async def test_unknown_path(api: tuple[str, aiohttp.ClientSession]) -> None:
    base, session = api
    async with session.get(f"{base}/cube/3") as response:
        assert response.status == 404


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
