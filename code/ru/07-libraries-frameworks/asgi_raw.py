# Listing 7.7, from manuscript/ru/07-libraries-frameworks.md:783
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    """Законченное ASGI-приложение: одна корутина, три аргумента."""
    assert scope["type"] == "http"
    body = b""
    while True:  # тело может прийти в нескольких сообщениях
        message = await receive()  # {"type": "http.request", "body": b"...", ...}
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    text = f"{scope['method']} {scope['path']}: {len(body)} байт\n"
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/plain")],
        }
    )
    await send({"type": "http.response.body", "body": text.encode()})


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.get("/hello")
        print(r.status_code, r.headers["content-type"], r.text, end="")
        r = await client.post("/upload", content=b"0123456789")
        print(r.status_code, r.headers["content-type"], r.text, end="")


asyncio.run(main())
