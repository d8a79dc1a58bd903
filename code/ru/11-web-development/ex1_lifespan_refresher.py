# Listing 11.13, from manuscript/ru/11-web-development.md:1938
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI


class RateCache:
    def __init__(self) -> None:
        self.version = 0
        self.refreshed = asyncio.Event()

    async def refresh_forever(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)  # делаем вид, что загружаем свежие курсы валют
            self.version += 1
            self.refreshed.set()


cache = RateCache()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncGenerator[None, None]:
    task = asyncio.create_task(cache.refresh_forever(0.1), name="refresher")
    print("[lifespan] обновление кэша запущено")
    try:
        yield
    finally:
        task.cancel()
        await asyncio.wait([task])  # дожидаемся; его CancelledError остаётся внутри
        print("[lifespan] обновление кэша остановлено, отменено:", task.cancelled())


app = FastAPI()
app.router.lifespan_context = lifespan  # FastAPI 0.93+: FastAPI(lifespan=lifespan)


@app.get("/rates")
async def rates() -> dict[str, int]:
    return {"version": cache.version}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)  # pyright: ignore[reportArgumentType]
    async with lifespan(app):  # ASGITransport не шлёт событий lifespan: входим в него сами
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            print("до:", (await client.get("/rates")).json())
            async with asyncio.timeout(2):
                await cache.refreshed.wait()
            print("после обновления:", (await client.get("/rates")).json()["version"] >= 1)


asyncio.run(main())
