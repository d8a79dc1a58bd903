# Listing 7.9, from manuscript/ru/07-libraries-frameworks.md:969
import asyncio
import threading
import time

import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/async")
async def async_endpoint() -> dict[str, str]:
    await asyncio.sleep(0.15)  # уступает управление циклу событий
    return {"thread": threading.current_thread().name}


@app.get("/sync")
def sync_endpoint() -> dict[str, str]:
    time.sleep(0.15)  # блокирует, но лишь рабочий поток
    return {"thread": threading.current_thread().name}


@app.get("/bad")
async def bad_endpoint() -> dict[str, str]:
    time.sleep(0.15)  # блокирует сам цикл событий!
    return {"thread": threading.current_thread().name}


async def timed_batch(client: httpx.AsyncClient, path: str) -> tuple[str, float]:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(client.get(path)) for _ in range(4)]
    elapsed = time.perf_counter() - start
    return tasks[0].result().json()["thread"], elapsed


async def main() -> None:
    transport = httpx.ASGITransport(app=app)  # pyright: ignore[reportArgumentType]
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in ["/async", "/sync", "/bad"]:
            thread, elapsed = await timed_batch(client, path)
            verdict = "конкурентно" if elapsed < 0.45 else "по одному"
            print(f"{path:7} поток {thread!r:26} 4 запроса: {verdict}")


asyncio.run(main())
