# Listing 11.6, from manuscript/ru/11-web-development.md:863
import asyncio
import socket
from collections.abc import AsyncIterator

import httpx
import uvicorn  # pyright: ignore[reportMissingTypeStubs]
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()
acks: asyncio.Queue[int] = asyncio.Queue()  # «получил» от клиента (только для демонстрации)
closed = asyncio.Event()


async def numbers() -> AsyncIterator[bytes]:
    n = 0
    try:
        while True:
            n += 1
            print(f"[сервер] отправляю {n}")
            yield f"data: {n}\n\n".encode()
            await acks.get()  # следующее событие ждёт, пока клиент не получит это
    finally:
        print(f"[сервер] генератор закрыт, событий: {n}")
        closed.set()


@app.get("/numbers")
async def stream_numbers() -> StreamingResponse:
    return StreamingResponse(numbers(), media_type="text/event-stream")


async def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    serve_task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not serve_task.done():
        await asyncio.sleep(0.01)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            async with client.stream("GET", "/numbers") as response:
                async for line in response.aiter_lines():
                    if not line.startswith("data: "):
                        continue
                    n = int(line.removeprefix("data: "))
                    print(f"[клиент] получил {n}")
                    if n == 3:
                        break  # клиенту достаточно, и он отключается
                    acks.put_nowait(n)
            await asyncio.wait_for(closed.wait(), timeout=2)
    finally:
        server.should_exit = True
        await serve_task


asyncio.run(main())
