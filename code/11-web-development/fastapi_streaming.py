# Listing 11.6, from manuscript/en/11-web-development.md:847
import asyncio
import socket
from collections.abc import AsyncIterator

import httpx
import uvicorn  # pyright: ignore[reportMissingTypeStubs]
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()
acks: asyncio.Queue[int] = asyncio.Queue()  # the client's "got it" (demo only)
closed = asyncio.Event()


async def numbers() -> AsyncIterator[bytes]:
    n = 0
    try:
        while True:
            n += 1
            print(f"[server] sending {n}")
            yield f"data: {n}\n\n".encode()
            await acks.get()  # the next event waits until the client has this one
    finally:
        print(f"[server] generator closed after {n} events")
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
                    print(f"[client] got {n}")
                    if n == 3:
                        break  # the client has seen enough and hangs up
                    acks.put_nowait(n)
            await asyncio.wait_for(closed.wait(), timeout=2)
    finally:
        server.should_exit = True
        await serve_task


asyncio.run(main())
