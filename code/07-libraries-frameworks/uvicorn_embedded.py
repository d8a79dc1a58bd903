# Listing 7.10, from manuscript/en/07-libraries-frameworks.md:1070
import asyncio
import socket

import httpx
import uvicorn  # pyright: ignore[reportMissingTypeStubs]
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup() -> None:
    print("[app] startup hook ran")  # open pools and clients here


@app.on_event("shutdown")
async def shutdown() -> None:
    print("[app] shutdown hook ran")  # ...and close them here


@app.get("/ping")
async def ping() -> dict[str, str]:
    return {"ping": "pong"}


async def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # the operating system picks a free port
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    serve_task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not serve_task.done():
        await asyncio.sleep(0.01)  # wait until the socket accepts connections
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            r = await client.get("/ping")
            print(r.status_code, r.json())
    finally:
        server.should_exit = True  # what Ctrl+C does to a standalone server
        await serve_task


asyncio.run(main())
