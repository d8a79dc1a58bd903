# Listing 7.10, from manuscript/ru/07-libraries-frameworks.md:1092
import asyncio
import socket

import httpx
import uvicorn  # pyright: ignore[reportMissingTypeStubs]
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup() -> None:
    print("[приложение] хук запуска выполнен")  # здесь открывают пулы и клиенты


@app.on_event("shutdown")
async def shutdown() -> None:
    print("[приложение] хук остановки выполнен")  # ...а здесь их закрывают


@app.get("/ping")
async def ping() -> dict[str, str]:
    return {"ping": "pong"}


async def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # свободный порт выбирает операционная система
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    serve_task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not serve_task.done():
        await asyncio.sleep(0.01)  # ждём, пока сокет начнёт принимать соединения
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            r = await client.get("/ping")
            print(r.status_code, r.json())
    finally:
        server.should_exit = True  # то же, что Ctrl+C делает с отдельным сервером
        await serve_task


asyncio.run(main())
