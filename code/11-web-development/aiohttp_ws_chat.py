# Listing 11.8, from manuscript/en/11-web-development.md:1046
# pyright: reportUnknownMemberType=false
import asyncio

from aiohttp import ClientSession, WSCloseCode, WSMsgType, web


class ChatRoom:
    def __init__(self) -> None:
        self.members: dict[str, web.WebSocketResponse] = {}
        self.shutting_down = False

    async def join(self, request: web.Request) -> web.WebSocketResponse:
        name = request.query["name"]
        if name in self.members:  # do not silently replace another member
            raise web.HTTPConflict(text=f"{name} is taken")
        ws = web.WebSocketResponse(heartbeat=5, max_msg_size=4096)
        await ws.prepare(request)  # the HTTP upgrade handshake
        self.members[name] = ws
        await self.broadcast(f"{name} joined")
        try:
            async for msg in ws:  # ends when the connection closes
                if msg.type == WSMsgType.TEXT:
                    await self.broadcast(f"{name}: {msg.data}")
        finally:
            del self.members[name]
            if self.shutting_down:
                await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
            else:
                await self.broadcast(f"{name} left")
        return ws

    async def broadcast(self, text: str) -> None:
        for ws in list(self.members.values()):
            if ws.closed:
                continue
            try:
                await ws.send_str(text)
            except ConnectionResetError:
                pass  # that member's connection died; its own handler removes it

    async def close_all(self, app: web.Application) -> None:  # on_shutdown
        self.shutting_down = True
        for ws in list(self.members.values()):
            await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")


async def main() -> None:
    room = ChatRoom()
    app = web.Application()
    app.router.add_get("/chat", room.join)
    app.on_shutdown.append(room.close_all)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]

    async with ClientSession(f"http://127.0.0.1:{port}") as session:
        async with session.ws_connect("/chat?name=ada") as ada:
            print("ada sees:", await ada.receive_str(timeout=2))
            async with session.ws_connect("/chat?name=bob") as bob:
                print("ada sees:", await ada.receive_str(timeout=2))
                print("bob sees:", await bob.receive_str(timeout=2))
                await ada.send_str("hi bob")
                print("ada sees:", await ada.receive_str(timeout=2))
                print("bob sees:", await bob.receive_str(timeout=2))
            print("ada sees:", await ada.receive_str(timeout=2))  # bob has left

            # Shut the server down while ada is still connected.
            cleanup = asyncio.create_task(runner.cleanup())
            msg = await ada.receive(timeout=2)  # the client answers the close frame
            print(f"ada gets: {msg.type.name} {msg.data} {msg.extra}")
            await cleanup
            print("ada closed:", ada.closed, "code:", ada.close_code)

asyncio.run(main())
