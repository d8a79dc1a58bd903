# Listing 11.13, from manuscript/en/11-web-development.md:1894
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
            await asyncio.sleep(interval)  # pretend to fetch fresh exchange rates
            self.version += 1
            self.refreshed.set()


cache = RateCache()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncGenerator[None, None]:
    task = asyncio.create_task(cache.refresh_forever(0.1), name="refresher")
    print("[lifespan] refresher started")
    try:
        yield
    finally:
        task.cancel()
        await asyncio.wait([task])  # wait for it; its CancelledError stays inside
        print("[lifespan] refresher stopped, cancelled:", task.cancelled())


app = FastAPI()
app.router.lifespan_context = lifespan  # FastAPI 0.93+: FastAPI(lifespan=lifespan)


@app.get("/rates")
async def rates() -> dict[str, int]:
    return {"version": cache.version}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)  # pyright: ignore[reportArgumentType]
    async with lifespan(app):  # ASGITransport sends no lifespan events: run it here
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            print("before:", (await client.get("/rates")).json())
            async with asyncio.timeout(2):
                await cache.refreshed.wait()
            print("after a refresh:", (await client.get("/rates")).json()["version"] >= 1)


asyncio.run(main())
