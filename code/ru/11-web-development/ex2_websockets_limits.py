# Listing 11.14, from manuscript/ru/11-web-development.md:2012
import asyncio

from websockets.exceptions import ConnectionClosed, ConnectionClosedError
from websockets.legacy.client import connect
from websockets.legacy.server import WebSocketServerProtocol, serve

handler_done = asyncio.Event()


async def echo(ws: WebSocketServerProtocol) -> None:
    try:
        async for message in ws:  # заканчивается, когда клиент штатно закрывает соединение
            await ws.send(message)
    except ConnectionClosedError as exc:  # закрыто с кодом ошибки
        assert exc.sent is not None
        print("[сервер] закрыл соединение:", exc.sent)
    finally:
        handler_done.set()


async def main() -> None:
    async with serve(echo, "127.0.0.1", 0, max_size=1024) as server:
        port = server.server.sockets[0].getsockname()[1]
        async with connect(f"ws://127.0.0.1:{port}") as ws:
            await ws.send("привет")
            print("[клиент] эхо:", await asyncio.wait_for(ws.recv(), timeout=2))
            await ws.send("x" * 2000)  # больше max_size
            try:
                await asyncio.wait_for(ws.recv(), timeout=2)
            except ConnectionClosed as exc:
                await asyncio.wait_for(handler_done.wait(), timeout=2)
                assert exc.rcvd is not None
                print("[клиент] сервер закрыл соединение:", exc.rcvd)


asyncio.run(main())
