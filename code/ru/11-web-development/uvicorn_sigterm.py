# Listing 11.12, from manuscript/ru/11-web-development.md:1724
import asyncio
import os
import signal
import socket
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager

import httpx
import uvicorn  # pyright: ignore[reportMissingTypeStubs]
from fastapi import FastAPI

started = 0
both_started = asyncio.Event()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncGenerator[None, None]:
    print("[приложение] запуск")
    yield
    print("[приложение] остановка: все соединения закрыты")


app = FastAPI()
app.router.lifespan_context = lifespan


@app.get("/work")
async def work(seconds: float) -> dict[str, float]:
    global started
    started += 1
    if started == 2:
        both_started.set()
    await asyncio.sleep(seconds)
    return {"slept": seconds}


async def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: None)  # для uvicorn 0.29+: см. текст
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    serve_task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not serve_task.done():
        await asyncio.sleep(0.01)

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        requests = [
            asyncio.create_task(client.get("/work", params={"seconds": s}))
            for s in (0.1, 0.4)
        ]
        async with asyncio.timeout(2):
            await both_started.wait()
        os.kill(os.getpid(), signal.SIGTERM)  # его перехватывает собственный обработчик uvicorn
        await serve_task  # возвращается, когда выполняющиеся запросы завершены
        print("[main] serve() вернул управление, should_exit:", server.should_exit)
        for task in requests:
            response = await task
            print("[клиент]", response.status_code, response.json())
        try:
            await client.get("/work", params={"seconds": 0})
        except httpx.ConnectError:
            print("[клиент] новое соединение отклонено")
    loop.remove_signal_handler(signal.SIGTERM)


asyncio.run(main())
